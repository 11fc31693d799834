import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Session } from '../../shared/model/session';
import { withOneMore, type StallBench } from './draftWorkerStall';
import { buildBundledCli } from './export';

/**
 * The drafting measured as the issue asks: the fixture sessions built as a user would (page import,
 * then the RAW transcript), drafted by the CLI, converted by scripts/draft-to-score.mjs and scored by
 * the fixtures' own scorer. The scorer's lexical baseline is scored in the same run as the anchor.
 * Timings run in one process on the same code the main process uses.
 */
const FIXTURES = path.resolve('tests/fixtures/drafting');
/** ws77 and of19 are the shared development set; of42 is written here, with key points but no spans. */
export const DRAFT_SESSIONS = ['ws77', 'of19', 'of42'] as const;

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export interface DraftScore {
  tagTop1: number;
  procF1: number;
  procPrecision: number;
  procRecall: number;
  ctaStrictPrecision: number;
  ctaStrictRecall: number;
  ctaPrecision: number;
  ctaRecall: number;
  coverage: Record<string, number>;
  compression: Record<string, number>;
}

function score(gold: string, draft: string): DraftScore {
  const out = `${draft}.figures.json`;
  run('python3', [path.join(FIXTURES, 'score_draft.py'), gold, draft, '--json', out]);
  const r = JSON.parse(require_(out)) as DraftScore;
  const p = r.procPrecision ?? 0;
  const rc = r.procRecall ?? 0;
  r.procF1 = p && rc ? (2 * p * rc) / (p + rc) : 0;
  return r;
}
const require_ = (file: string): string => run('cat', [file]);

export interface DraftBench {
  session: string;
  byDefault: DraftScore;
  atRatio: DraftScore;
  /** The scorer's lexical baseline, where the set ships one. */
  baseline: DraftScore | null;
  /** Whether call-to-action spans are labelled (else only tags, procedure and key points are scored). */
  spans: boolean;
  /** Coverage anchors at the ratio, per question index: what whole sentences could reach, and chance. */
  bounds: Record<string, CoverageBounds>;
}

export interface CoverageBounds {
  points: number;
  /** Key points some sentence of the question's turns covers at all. */
  coverable: number;
  /** Sentences chosen knowing the key points (greedy set cover within the length). */
  ceiling: number;
  /** Sentences taken in a random order (mean of 200 draws). */
  random: number;
}

/** tests/bench/coverage_bounds.py: the scorer's coverage rule applied to sentences of the transcript. */
function coverageBounds(session: string, ratio: number): Record<string, CoverageBounds> {
  const script = path.resolve('tests/bench/coverage_bounds.py');
  return JSON.parse(run('python3', [script, path.join(FIXTURES, session), String(ratio)])) as Record<
    string,
    CoverageBounds
  >;
}

/**
 * The length the figure holds a summary to: 8% of the words said on its question. A length
 * set as a share is a ceiling, so the summaries are drafted at exactly that share.
 */
export const BENCH_RATIO = 0.08;

/** Scores each fixture session at the default length and at BENCH_RATIO of the words said on each question. */
export async function benchDraftScores(ratio = BENCH_RATIO): Promise<DraftBench[]> {
  const cli = buildBundledCli();
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-draft-'));
  try {
    const results: DraftBench[] = [];
    for (const name of DRAFT_SESSIONS) {
      const file = path.join(dir, `${name}.session.json`);
      run(process.execPath, [cli, 'import-igf', path.join(FIXTURES, name, 'page.txt'), '-o', file]);
      run(process.execPath, [cli, 'import-transcript', file, path.join(FIXTURES, name, 'transcript.txt')]);
      const gold = path.join(FIXTURES, name, 'gold.json');
      const scored = async (extra: string[], tag: string) => {
        const json = path.join(dir, `${name}.${tag}.draft.json`);
        await writeFile(json, run(process.execPath, [cli, 'draft', file, '--json', ...extra]));
        const shaped = path.join(dir, `${name}.${tag}.score.json`);
        await writeFile(shaped, run(process.execPath, ['scripts/draft-to-score.mjs', json]));
        return score(gold, shaped);
      };
      const lexical = path.join(FIXTURES, 'selftest', `${name}-lexical.json`);
      const labels = JSON.parse(await readFile(gold, 'utf8')) as { turns: { callToAction: string[] }[] };
      results.push({
        session: name,
        byDefault: await scored([], 'default'),
        atRatio: await scored(['--ratio', String(ratio)], 'ratio'),
        baseline: existsSync(lexical) ? score(gold, lexical) : null,
        spans: labels.turns.some((t) => t.callToAction.length > 0),
        bounds: coverageBounds(name, ratio),
      });
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A fixture session as the rapporteur has it: the page imported, then the RAW transcript. */
export async function fixtureSession(name: (typeof DRAFT_SESSIONS)[number]): Promise<Session> {
  const { parseSessionPage } = await import('../../shared/igf/sessionPage');
  const { sessionFromPage } = await import('../../shared/model/factory');
  const { planTranscriptImport, transcriptChanges } = await import('../../shared/capture/transcriptImport');
  const { applyChanges } = await import('../../shared/model/changes');
  const now = '2026-12-02T00:00:00.000Z';
  const page = await readFile(path.join(FIXTURES, name, 'page.txt'), 'utf8');
  const transcript = await readFile(path.join(FIXTURES, name, 'transcript.txt'), 'utf8');
  const base = sessionFromPage(parseSessionPage(page), now);
  const plan = planTranscriptImport(transcript, base.people);
  const changes = transcriptChanges(base, plan, {
    addAsAudience: new Set(plan.speakers.filter((s) => !s.personId).map((s) => s.label)),
    nowMs: Date.parse(now),
  }).changes;
  return applyChanges(base, changes, now);
}

export interface DraftTimes {
  modelLoadMs: number;
  /** The same with the model package's own loader (anchor). */
  packageModelLoadMs: number;
  draftMs: number;
  turns: number;
  oneMoreMs: number;
  transcriptParseMs: number;
}

/** Model load (in a fresh process), a whole draft, and the suggestions after one more statement. */
export async function benchDraftTimes(): Promise<DraftTimes> {
  // What the drafting service does once at start: load wink and its English model, build the pipeline.
  // As the CLI bundles it (its chunk of shared/drafting/nlp.ts).
  const chunks = path.join(path.dirname(buildBundledCli()), 'chunks');
  // Builds leave earlier chunks behind: the newest is this build's.
  const named = (await readdir(chunks)).filter((f) => f.startsWith('nlp-'));
  const mtimes = await Promise.all(named.map(async (f) => (await stat(path.join(chunks, f))).mtimeMs));
  const nlpChunk = named[mtimes.indexOf(Math.max(...mtimes))]!;
  const load = run(process.execPath, [
    '--input-type=module',
    '-e',
    `const t0 = performance.now(); const { createAnalyzer } = await import(${JSON.stringify(pathToFileURL(path.join(chunks, nlpChunk)).href)}); createAnalyzer().analyze('Warm up.'); console.log(performance.now() - t0);`,
  ]);
  // Anchor, same run: the model package's own loader (a deep copy, then a character-by-character decode).
  const packageLoad = run(process.execPath, [
    '--input-type=module',
    '-e',
    "const t0 = performance.now(); const { default: wink } = await import('wink-nlp'); const { default: model } = await import('wink-eng-lite-web-model'); wink(model, ['sbd', 'pos']).readDoc('Warm up.').sentences().out(); console.log(performance.now() - t0);",
  ]);
  const { createAnalyzer } = await import('../../shared/drafting/nlp');
  const { draftSession } = await import('../../shared/drafting/draft');
  const { parseTranscript } = await import('../../shared/igf/transcript');
  const transcript = await readFile(path.join(FIXTURES, 'ws77', 'transcript.txt'), 'utf8');
  const t0 = performance.now();
  parseTranscript(transcript);
  const transcriptParseMs = performance.now() - t0;
  const session = await fixtureSession('ws77');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const analyzer = createAnalyzer();
    const t = performance.now();
    draftSession(session, analyzer);
    times.push(performance.now() - t);
  }
  const analyzer = createAnalyzer();
  draftSession(session, analyzer, { suggestionsOnly: true });
  const last = session.statements[session.statements.length - 1]!;
  const more: number[] = [];
  for (let i = 0; i < 5; i++) {
    const extra = {
      ...last,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      text: `Spectrum licences for villages should cost less than a goat, round ${i}.`,
      at: new Date(Date.parse(last.at) + 1000 * (i + 1)).toISOString(),
    };
    const t = performance.now();
    draftSession({ ...session, statements: [...session.statements, extra] }, analyzer, {
      suggestionsOnly: true,
    });
    more.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    modelLoadMs: Number(load.trim()),
    packageModelLoadMs: Number(packageLoad.trim()),
    draftMs: median(times),
    turns: session.statements.length,
    oneMoreMs: median(more),
    transcriptParseMs,
  };
}

export interface SyntheticBench {
  session: string;
  tagTop1: number;
  procF1: number;
  callToActionCandidates: number;
}

/**
 * The hand-written sessions on other topics (tests/fixtures/drafting/synthetic): question labels only,
 * so tag top-1 and procedural F1 are measured; key points and call-to-action spans are not labelled.
 */
export async function benchSynthetic(): Promise<SyntheticBench[]> {
  const { SYNTHETIC, syntheticSession, scoreSynthetic } = await import('../support/syntheticSession');
  const { createAnalyzer } = await import('../../shared/drafting/nlp');
  const { draftSession } = await import('../../shared/drafting/draft');
  const analyzer = createAnalyzer();
  return SYNTHETIC.map((name) => {
    const synthetic = syntheticSession(name);
    const draft = draftSession(synthetic.session, analyzer);
    return {
      session: name,
      ...scoreSynthetic(synthetic, draft),
      callToActionCandidates: draft.callToActionCandidates.length,
    };
  });
}

export interface WorkerDraftBench extends StallBench {
  /** Median time of the same drafts in this thread, which is held for all of each: by label and mode. */
  inProcessMs: Record<string, number>;
}

/**
 * Drafting through the app's built worker (out/main/draftWorker.js, as the main process starts it):
 * how long the asking thread (the app's main process: saves, IPC) is held while capture goes on and
 * drafts are asked for, measured in a process of its own (tests/bench/draftWorkerStall.ts); beside it
 * the same drafts in this thread, which holds it for all of each.
 */
export async function benchDraftWorker(runs = 7): Promise<WorkerDraftBench> {
  const { createAnalyzer } = await import('../../shared/drafting/nlp');
  const { draftSession } = await import('../../shared/drafting/draft');
  const { generateSession } = await import('../fixtures/generate-session');
  const worker = path.resolve('out/main/draftWorker.js');
  if (!existsSync(worker)) throw new Error(`${worker} is missing: run \`npm run build\` first.`);
  const stall = JSON.parse(
    run(path.resolve('node_modules/.bin/tsx'), [
      path.resolve('tests/bench/draftWorkerStall.ts'),
      worker,
      String(runs),
    ]),
  ) as StallBench;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sessions = [await fixtureSession('ws77'), generateSession(3_000, 7)];
  const analyzer = createAnalyzer();
  const inProcessMs: Record<string, number> = {};
  for (const row of stall.rows) {
    // The same session as the row's: its base, with as many statements added the same way.
    let session = sessions[row.label.includes('ws77') ? 0 : 1]!;
    for (let i = 1; session.statements.length < row.statements; i++) session = withOneMore(session, 1000 + i);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      draftSession(session, analyzer, { suggestionsOnly: row.mode === 'suggestions' });
      times.push(performance.now() - t);
    }
    inProcessMs[`${row.label}|${row.mode}`] = median(times);
  }
  return { ...stall, inProcessMs };
}
