import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSession } from '../fixtures/generate-session';

/**
 * Whole-process export timings: the CLI is spawned as a user runs it and timed end to end (Node start,
 * module loading, reading and validating the file, building and writing the DOCX). Both ways of
 * starting the CLI are measured: the bundle `npm run desk` runs (scripts/desk.mjs builds it when a source
 * changed) and `tsx electron/cli.ts`, which transpiles at every start.
 */
const BUNDLE = path.resolve('out/cli/desk.cjs');

function run(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

/** Brings the bundle `npm run desk` uses up to date (scripts/desk.mjs rebuilds it when sources changed). */
export function buildBundledCli(): string {
  run(process.execPath, ['scripts/desk.mjs', '--help']);
  return BUNDLE;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function withSession<T>(statements: number, work: (file: string, dir: string) => T): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-export-'));
  try {
    const file = path.join(dir, 'bench.session.json');
    await writeFile(file, JSON.stringify(generateSession(statements)));
    return work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Export300 {
  /** `node --import tsx electron/cli.ts export …`, median of the runs. */
  tsxMs: number;
  /** `node out/cli/desk.cjs export …`, median of the runs. */
  bundledMs: number;
  runs: number;
}

/** 300 generated statements to DOCX, whole process; target ≤ 0.5 s. */
export async function benchExport300(runs = 5): Promise<Export300> {
  const bundle = buildBundledCli();
  return withSession(300, (file, dir) => {
    const out = path.join(dir, 'report.docx');
    const tsx = Array.from({ length: runs }, () =>
      run(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'export', file, '--docx', out]),
    );
    const bundled = Array.from({ length: runs }, () =>
      run(process.execPath, [bundle, 'export', file, '--docx', out]),
    );
    return { tsxMs: median(tsx), bundledMs: median(bundled), runs };
  });
}

export interface ExportVsPandoc {
  /** Whole-process DOCX export of 5,000 statements by the bundled CLI. */
  deskMs: number;
  /** The same through `tsx`, which transpiles at start-up. */
  deskTsxMs: number;
  /** `pandoc report.md -o x.docx` on the Markdown export of the same report. */
  pandocMs: number;
  /** deskMs / pandocMs: below 1 means faster than pandoc. */
  ratio: number;
}

export async function benchExport5000VsPandoc(runs = 3): Promise<ExportVsPandoc> {
  const bundle = buildBundledCli();
  return withSession(5000, (file, dir) => {
    const out = path.join(dir, 'report.docx');
    const md = path.join(dir, 'report.md');
    run(process.execPath, [bundle, 'export', file, '--md', md]);
    const desk = Array.from({ length: runs }, () =>
      run(process.execPath, [bundle, 'export', file, '--docx', out]),
    );
    const deskTsx = Array.from({ length: runs }, () =>
      run(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'export', file, '--docx', out]),
    );
    const pandoc = Array.from({ length: runs }, () =>
      run('pandoc', [md, '-o', path.join(dir, 'pandoc.docx')]),
    );
    const deskMs = median(desk);
    const pandocMs = median(pandoc);
    return { deskMs, deskTsxMs: median(deskTsx), pandocMs, ratio: deskMs / pandocMs };
  });
}

export interface HostileExport {
  name: string;
  chars: number;
  docx: { hostileMs: number; plainMs: number; ratio: number };
  md: { hostileMs: number; plainMs: number; ratio: number };
}

/**
 * Each hostile statement (tests/support/hostile.ts) exported in-process to DOCX and to Markdown,
 * against a plain-text statement of the same length in an otherwise identical session: the median of
 * at least `runs` exports each. The statement goes to the report's annex (its tail is checked in the
 * Markdown); the report's own sections are filled so no drafting runs: only the text differs.
 */
export async function benchHostileExport(runs = 15): Promise<HostileExport[]> {
  const { HOSTILE_STATEMENTS } = await import('../support/hostile');
  const { newSession, newStatement } = await import('../../shared/model/factory');
  const { applyChanges } = await import('../../shared/model/changes');
  const { writeReport } = await import('../../electron/export/writeReport');
  const at = '2026-11-27T10:00:00.000Z';
  const sessionWith = (text: string) =>
    applyChanges(
      newSession(at, 'Hostile text export'),
      [
        {
          type: 'report.update',
          patch: { keyIssues: 'Key issues written by the rapporteur.', includeAnnex: true },
        },
        { type: 'statement.put', statement: newStatement(text, at) },
      ],
      at,
    );
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-hostile-'));
  const once = async (session: ReturnType<typeof sessionWith>, format: 'docx' | 'md') => {
    const t0 = performance.now();
    await writeReport(session, { [format]: path.join(dir, `report.${format}`) });
    return performance.now() - t0;
  };
  // Hostile and plain runs alternate (so a busy moment of the machine hits both), at least `runs`
  // each and at least 400 ms of each: single exports take milliseconds, so few runs are mostly noise.
  const compare = async (
    hostile: ReturnType<typeof sessionWith>,
    plain: ReturnType<typeof sessionWith>,
    format: 'docx' | 'md',
  ) => {
    await once(hostile, format); // warm-up (module load, JIT)
    await once(plain, format);
    const h: number[] = [];
    const p: number[] = [];
    let spent = 0;
    while (h.length < runs || spent < 800) {
      h.push(await once(hostile, format));
      p.push(await once(plain, format));
      spent += h.at(-1)! + p.at(-1)!;
    }
    const hostileMs = median(h);
    const plainMs = median(p);
    return { hostileMs, plainMs, ratio: hostileMs / plainMs };
  };
  try {
    const out: HostileExport[] = [];
    for (const { name, text, tail } of HOSTILE_STATEMENTS) {
      const words = 'plain words of a statement '.repeat(Math.ceil(text.length / 27)).slice(0, text.length);
      const hostile = sessionWith(text);
      const plain = sessionWith(words);
      const md = path.join(dir, 'check.md');
      await writeReport(hostile, { md });
      if (!(await readFile(md, 'utf8')).includes(tail))
        throw new Error(`The Markdown export lacks the statement "${name}": nothing would be measured.`);
      out.push({
        name,
        chars: text.length,
        docx: await compare(hostile, plain, 'docx'),
        md: await compare(hostile, plain, 'md'),
      });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
