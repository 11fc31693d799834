import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSession, withWrittenReport } from '../fixtures/generate-session';
import { buildBundledCli } from './export';

/**
 * Start-up of the CLI as people run it: a whole-process DOCX export of 300 statements through the
 * installed command (`bin/session-desk.mjs`) once its code cache is made (every run after the first),
 * the same with the cache off (a first run), and through `npm run desk`, beside `node -e 0` measured in
 * the same run (the floor on this machine); wall and CPU time. Twice: once with the report
 * written by the rapporteur (what is exported), once with nothing written, so that every section is
 * drafted from the statements first (wink's model loaded, every statement analysed). Then one run of
 * each under `--cpu-prof`, with its samples grouped by where the time went.
 */
interface Timing {
  wallMs: number;
  /** User + system CPU time of the process and its threads: fairer than wall time on a busy machine. */
  cpuMs: number;
}

function time(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Timing {
  // bash's `times` prints its children's CPU time; the anchor is measured the same way.
  const viaBash = process.platform !== 'win32';
  const t0 = performance.now();
  const result = viaBash
    ? spawnSync('bash', ['-c', '"$@" >/dev/null || exit $?; times', 'bash', command, ...args], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ...env },
      })
    : spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  const wallMs = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  const children = result.stdout.trim().split('\n')[1] ?? '';
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000,
    0,
  );
  return { wallMs, cpuMs: viaBash ? cpuMs : NaN };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface CliExport {
  /** `session-desk` (bin/session-desk.mjs) with its code cache made by an earlier run. */
  bin: Timing;
  /** The same with the code cache off (`SESSION_DESK_CODE_CACHE=off`): a first run, or a new build. */
  binCold: Timing;
  npmRunMs: number;
  /** Profiled milliseconds by package or file, largest first. */
  breakdown: Array<{ part: string; ms: number }>;
  /** Profiled milliseconds by step of the export, in the order they run. */
  phases: Array<{ part: string; ms: number }>;
}

export interface CliStart {
  nodeFloor: Timing;
  /** Key issues and every question's summary written: nothing to draft. */
  written: CliExport;
  /** Nothing written: every section drafted before it is written. */
  drafted: CliExport;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * The steps of an export, each known by a function of its own (the nearest one on the stack wins):
 * loading the bundle's modules, reading and checking the session file, drafting, the report model,
 * laying out the sections, making the package with docx, zipping and writing.
 */
const DRAFTING_OWNERS = new Set([
  'shared/drafting',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'electron/drafting.ts',
]);
const PHASES: Array<{ part: string; test: (fn: string, url: string, owner: string | undefined) => boolean }> =
  [
    { part: 'zip (node:zlib)', test: (fn) => fn === 'zipParts' },
    {
      part: 'write (temp file, fsync, rename)',
      test: (fn) => fn === 'writeTarget' || fn === 'writeFileAtomic',
    },
    {
      part: 'DOCX package by docx (styles, numbering, footer)',
      test: (fn) => fn === 'documentFor' || fn === 'compileParts',
    },
    {
      part: 'DOCX sections laid out as XML',
      test: (fn) => fn === 'layoutSections' || fn === 'reportToDocxXml',
    },
    { part: 'report model', test: (fn) => fn === 'buildReport' },
    // Drafting's code wherever it runs, its language model's loading included.
    {
      part: 'drafting (its language model loaded)',
      test: (fn, _url, owner) =>
        fn === 'draftFor' || fn === 'reportDrafts' || (owner !== undefined && DRAFTING_OWNERS.has(owner)),
    },
    {
      part: 'read and validate the session',
      test: (fn) =>
        ['loadFile', 'loadWithJournal', 'loadSnapshot', 'readJournal', 'parseSession'].includes(fn),
    },
    {
      part: 'module load (bundle from the code cache, Node loader)',
      test: (fn, url) =>
        (fn === 'load' && url.endsWith('run-bundle.mjs')) ||
        url.startsWith('node:internal/modules') ||
        url.endsWith('session-desk.mjs'),
    },
  ];
const PHASE_ORDER = [
  'module load (bundle from the code cache, Node loader)',
  'read and validate the session',
  'drafting (its language model loaded)',
  'report model',
  'DOCX sections laid out as XML',
  'DOCX package by docx (styles, numbering, footer)',
  'zip (node:zlib)',
  'write (temp file, fsync, rename)',
  'garbage collection',
  'Node start-up and the rest',
  'idle / waiting on the disk',
];

function phasesOf(
  prof: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  owners: Map<string, string>,
) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = phaseOf.get(id);
    if (known) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    const up = parent.get(id);
    const part =
      functionName === '(garbage collector)'
        ? 'garbage collection'
        : functionName === '(idle)' || functionName === '(program)'
          ? 'idle / waiting on the disk'
          : (PHASES.find((p) => p.test(functionName, url, owners.get(url.split('/').pop() ?? '')))?.part ??
            (up === undefined ? 'Node start-up and the rest' : resolve(up)));
    phaseOf.set(id, part);
    return part;
  };
  const totals = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const part = resolve(id);
    totals.set(part, (totals.get(part) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  });
  return PHASE_ORDER.filter((part) => totals.has(part)).map((part) => ({ part, ms: totals.get(part)! }));
}

/** Which package a bundle file mostly holds, from esbuild's metafile (bytes per source in each file). */
async function chunkOwners(dir: string): Promise<Map<string, string>> {
  const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const owners = new Map<string, string>();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    const counts = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const m = /^(?:node_modules\/((?:@[^/]+\/)?[^/]+)|(shared|electron)\/([^/]+))/.exec(input);
      const key = m ? (m[1] ?? `${m[2]}/${m[3]}`) : 'app';
      counts.set(key, (counts.get(key) ?? 0) + bytesInOutput);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'app';
    owners.set(path.basename(output), top);
  }
  return owners;
}

async function profile(
  bundle: string,
  file: string,
  out: string,
  env: NodeJS.ProcessEnv,
): Promise<Pick<CliExport, 'breakdown' | 'phases'>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-prof-'));
  try {
    // Through the installed command and its code cache, as a user's second run goes.
    spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-interval=100',
        `--cpu-prof-dir=${dir}`,
        'bin/session-desk.mjs',
        'export',
        file,
        '--docx',
        out,
      ],
      { env: { ...process.env, ...env } },
    );
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
      else if (
        url.startsWith('node:internal/modules') ||
        url === 'node:vm' ||
        file === 'run-bundle.mjs' ||
        file === 'session-desk.mjs'
      )
        part = 'loading modules (from the code cache)';
      else if (url.startsWith('node:') || url === '') part = 'Node itself (fs, zlib, …)';
      else if (file === 'desk.cjs') part = 'CLI and page import (desk.cjs)';
      else part = owners.get(file) ?? file;
      parts.set(part, (parts.get(part) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
    });
    return {
      breakdown: [...parts].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms),
      phases: phasesOf(prof, owners),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const medianOf = (xs: Timing[]): Timing => ({
  wallMs: median(xs.map((x) => x.wallMs)),
  cpuMs: median(xs.map((x) => x.cpuMs)),
});

export async function benchCliStart(runs = 9): Promise<CliStart> {
  const bundle = buildBundledCli();
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-cli-'));
  // A cache of the bench's own, made by the warm-up runs below; the user's is left alone.
  const warm = { SESSION_DESK_CODE_CACHE: path.join(dir, 'code-cache') };
  const cold = { SESSION_DESK_CODE_CACHE: 'off' };
  try {
    const written = path.join(dir, 'written.session.json');
    const drafted = path.join(dir, 'drafted.session.json');
    const out = path.join(dir, 'report.docx');
    await writeFile(written, JSON.stringify(withWrittenReport(generateSession(300))));
    await writeFile(drafted, JSON.stringify(generateSession(300)));
    const bin = (file: string) => ['bin/session-desk.mjs', 'export', file, '--docx', out];
    for (const file of [written, drafted]) time(process.execPath, bin(file), warm);
    const floor: Timing[] = [];
    const times = {
      written: { bin: [], cold: [], npm: [] },
      drafted: { bin: [], cold: [], npm: [] },
    } as Record<'written' | 'drafted', { bin: Timing[]; cold: Timing[]; npm: Timing[] }>;
    // Interleaved, so a busy moment on the machine weighs on every variant alike.
    for (let i = 0; i < runs; i++) {
      floor.push(time(process.execPath, ['-e', '0']));
      for (const [kind, file] of [
        ['written', written],
        ['drafted', drafted],
      ] as const) {
        const t = times[kind];
        t.bin.push(time(process.execPath, bin(file), warm));
        t.cold.push(time(process.execPath, bin(file), cold));
        if (i < 3)
          t.npm.push(time('npm', ['run', '--silent', 'desk', '--', 'export', file, '--docx', out], warm));
      }
    }
    const result = async (kind: 'written' | 'drafted', file: string): Promise<CliExport> => ({
      bin: medianOf(times[kind].bin),
      binCold: medianOf(times[kind].cold),
      npmRunMs: median(times[kind].npm.map((t) => t.wallMs)),
      ...(await profile(bundle, file, out, warm)),
    });
    return {
      nodeFloor: medianOf(floor),
      written: await result('written', written),
      drafted: await result('drafted', drafted),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
