import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSession, withWrittenReport } from '../fixtures/generate-session';
import { buildBundledCli } from './export';

/**
 * Start-up of the CLI as people run it: a whole-process DOCX export of 300 statements through the
 * installed command (`bin/session-desk.mjs`), through `node` on the bundle, and through `npm run desk`,
 * beside `node -e 0` measured in the same run (the floor on this machine). Twice: once with the report
 * written by the rapporteur (what is exported), once with nothing written, so that every section is
 * drafted from the statements first (wink's model loaded, every statement analysed). Then one run of
 * each under `--cpu-prof`, with its samples grouped by where the time went.
 */
function time(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return performance.now() - t0;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface CliExport {
  binMs: number;
  bundleMs: number;
  npmRunMs: number;
  /** Profiled milliseconds by part, largest first. */
  breakdown: Array<{ part: string; ms: number }>;
}

export interface CliStart {
  nodeFloorMs: number;
  /** Key issues and every question's summary written: nothing to draft. */
  written: CliExport;
  /** Nothing written: every section drafted before it is written. */
  drafted: CliExport;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** Which package a bundle chunk mostly holds, from esbuild's `// node_modules/<pkg>/…` markers. */
async function chunkOwners(dir: string): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const name of await readdir(path.join(dir, 'chunks'))) {
    const text = await readFile(path.join(dir, 'chunks', name), 'utf8');
    // Bytes per source between esbuild's `// path` markers: the biggest source names the chunk.
    const counts = new Map<string, number>();
    const marks = [
      ...text.matchAll(/^\/\/ (node_modules\/((?:@[^/]+\/)?[^/]+)|shared\/([^/]+)|electron\/([^/]+))/gm),
    ];
    marks.forEach((m, i) => {
      const key = m[2] ?? (m[3] ? `shared/${m[3]}` : `electron/${m[4]}`);
      const size = (marks[i + 1]?.index ?? text.length) - m.index;
      counts.set(key, (counts.get(key) ?? 0) + size);
    });
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'app';
    owners.set(name, top);
  }
  return owners;
}

async function profile(
  bundle: string,
  file: string,
  out: string,
): Promise<Array<{ part: string; ms: number }>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-prof-'));
  try {
    spawnSync(process.execPath, [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      bundle,
      'export',
      file,
      '--docx',
      out,
    ]);
    const [name] = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    const prof = JSON.parse(await readFile(path.join(dir, name!), 'utf8')) as {
      nodes: ProfileNode[];
      samples: number[];
      timeDeltas: number[];
    };
    const owners = await chunkOwners(path.dirname(bundle));
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parts = new Map<string, number>();
    prof.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id)!.callFrame;
      const file = url.split('/').pop() ?? '';
      let part: string;
      if (functionName === '(garbage collector)') part = 'garbage collection';
      else if (functionName === '(idle)' || functionName === '(program)') part = 'idle / waiting on the disk';
      else if (url.startsWith('node:internal/modules') || functionName === 'compileSourceTextModule')
        part = 'loading and compiling modules';
      else if (url.startsWith('node:') || url === '') part = 'Node itself (fs, zlib, …)';
      else if (file === 'desk.mjs') part = 'CLI and page import (desk.mjs)';
      else part = owners.get(file) ?? file;
      parts.set(part, (parts.get(part) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
    });
    return [...parts].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchCliStart(runs = 7): Promise<CliStart> {
  const bundle = buildBundledCli();
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-cli-'));
  try {
    const written = path.join(dir, 'written.session.json');
    const drafted = path.join(dir, 'drafted.session.json');
    const out = path.join(dir, 'report.docx');
    await writeFile(written, JSON.stringify(withWrittenReport(generateSession(300))));
    await writeFile(drafted, JSON.stringify(generateSession(300)));
    const floor: number[] = [];
    const times = {
      written: { bin: [], bundle: [], npm: [] },
      drafted: { bin: [], bundle: [], npm: [] },
    } as Record<'written' | 'drafted', Record<'bin' | 'bundle' | 'npm', number[]>>;
    // Interleaved, so a busy moment on the machine weighs on every variant alike.
    for (let i = 0; i < runs; i++) {
      floor.push(time(process.execPath, ['-e', '0']));
      for (const [kind, file] of [
        ['written', written],
        ['drafted', drafted],
      ] as const) {
        const t = times[kind];
        t.bin.push(time(process.execPath, ['bin/session-desk.mjs', 'export', file, '--docx', out]));
        t.bundle.push(time(process.execPath, [bundle, 'export', file, '--docx', out]));
        if (i < 3) t.npm.push(time('npm', ['run', '--silent', 'desk', '--', 'export', file, '--docx', out]));
      }
    }
    const result = async (kind: 'written' | 'drafted', file: string): Promise<CliExport> => ({
      binMs: median(times[kind].bin),
      bundleMs: median(times[kind].bundle),
      npmRunMs: median(times[kind].npm),
      breakdown: await profile(bundle, file, out),
    });
    return {
      nodeFloorMs: median(floor),
      written: await result('written', written),
      drafted: await result('drafted', drafted),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
