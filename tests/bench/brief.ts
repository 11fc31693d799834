import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateLibrarySession } from '../fixtures/generate-library';
import { buildBundledCli } from './export';

/**
 * The organizer's brief over a folder of generated sessions, as a user runs it: the bundled CLI in its
 * own process, timed end to end, its peak memory (maximum resident set) read by GNU time. The anchor,
 * measured in the same run on the same files: a bare Node process that only reads and JSON.parses
 * every file one after another (no validation, no document), the floor under any brief.
 */
export interface BriefFigures {
  sessions: number;
  statements: number;
  ms: number;
  peakMb: number;
  /** Anchor: read and JSON.parse every file, nothing else. */
  anchorMs: number;
  anchorPeakMb: number;
}

function timed(args: string[]): { ms: number; peakMb: number } {
  const hasTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`brief failed: ${r.stderr.slice(-2000)}`);
  const kb = Number(/PEAK_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, peakMb: kb / 1024 };
}

export function benchBrief(sessions: number, statements: number): BriefFigures {
  const cli = buildBundledCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'desk-bench-brief-'));
  try {
    const folder = path.join(dir, 'sessions');
    mkdirSync(folder);
    for (let i = 0; i < sessions; i++) {
      const s = generateLibrarySession(i, statements);
      writeFileSync(path.join(folder, `${s.id}.session.json`), JSON.stringify(s));
    }
    const out = (name: string) => path.join(dir, name);
    const full = timed([
      cli,
      'brief',
      folder,
      '--docx',
      out('b.docx'),
      '--md',
      out('b.md'),
      '--csv',
      out('c.csv'),
    ]);
    const anchor = timed([
      '-e',
      `const fs=require('fs'),p=require('path');for(const f of fs.readdirSync(process.argv[1]))JSON.parse(fs.readFileSync(p.join(process.argv[1],f),'utf8'))`,
      folder,
    ]);
    return {
      sessions,
      statements,
      ms: full.ms,
      peakMb: full.peakMb,
      anchorMs: anchor.ms,
      anchorPeakMb: anchor.peakMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
