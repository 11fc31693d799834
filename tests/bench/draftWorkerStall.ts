import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { applyChanges } from '../../shared/model/changes';
import type { Session } from '../../shared/model/session';
import { applyDraftPatch, MirrorSender, type DraftPatch } from '../../shared/drafting/mirror';
import type { SessionDraft } from '../../shared/drafting/types';
import { draftFor, draftInWorker, stopWorker, warmUp } from '../../electron/drafting';
import { generateSession } from '../fixtures/generate-session';
import { fixtureSession } from './drafting';

/**
 * How long the app's main process is held while its drafting worker drafts. Run in a process of its
 * own (see benchDraftWorker) that, like the app's main process, never loads the language model or
 * drafts itself: the bench's in-process drafts would otherwise leave their garbage, and its collection
 * would be counted as the worker's stall. Each run adds one statement the way capture does (one change
 * through the change model), then asks for the draft as the capture screen (suggestions) or the report
 * screen (everything) does, measuring this thread's event-loop delay with a 1 ms histogram.
 */

export interface StallRow {
  label: string;
  statements: number;
  mode: 'suggestions' | 'full';
  /** Median over the runs of each request's wall time. */
  ms: number;
  /** Medians over the runs of each request's longest and 95th-percentile event-loop delay. */
  maxMs: number;
  p95Ms: number;
  /** Anchor, same process: one plain structuredClone of the session (what each request used to send). */
  cloneMs: number;
  /** Bytes (V8 serialization) of one more such request to the worker, and of its answer. */
  requestBytes: number;
  replyBytes: number;
  /** Anchor: the bytes of the session itself. */
  sessionBytes: number;
  /**
   * The main thread's own work for that request, timed alone (median of 11, so a busy machine's
   * preemption rarely counts): the patch made, the request serialized, the answer deserialized and
   * applied. Beside it the same for the whole session out and the whole draft back (anchor).
   */
  mainWorkMs: number;
  wholeWorkMs: number;
  /**
   * Not yet small: the main process then hands the whole draft to the renderer over IPC, serialized
   * in its thread (a V8 serialization of the draft, timed alone the same way).
   */
  ipcReplyMs: number;
}

export interface StallBench {
  loadMs: number;
  loadMaxMs: number;
  rows: StallRow[];
  /** Anchor: the same histogram with nothing to do, 1 s, medians of three. */
  idleMaxMs: number;
  idleP95Ms: number;
  /**
   * Anchor: the same while another thread of this process is busy for 1 s and nothing is sent: what
   * the machine alone does to this thread's loop (on 2 shared cores, mostly being scheduled late).
   */
  busyMaxMs: number;
  busyP95Ms: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Median of 11 runs of `run`, each returning the ms it measured. */
const timed = (run: () => number): number => median(Array.from({ length: 11 }, run));

async function stalls<T>(work: () => Promise<T>): Promise<{ ms: number; maxMs: number; p95Ms: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t = performance.now();
  await work();
  const ms = performance.now() - t;
  h.disable();
  return { ms, maxMs: h.max / 1e6, p95Ms: h.percentile(95) / 1e6 };
}

/** The session with one more statement, as capture adds it (records already there are kept as they are). */
export function withOneMore(session: Session, i: number): Session {
  const last = session.statements[session.statements.length - 1]!;
  const at = new Date(Date.parse(last.at) + 1000).toISOString();
  return applyChanges(
    session,
    [
      {
        type: 'statement.put',
        statement: {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          speakerId: last.speakerId,
          text: `Spectrum licences for rural community networks should cost less than a goat, round ${i}.`,
          at,
        },
      },
    ],
    at,
  );
}

export async function measureWorkerStall(worker: string, runs = 7): Promise<StallBench> {
  draftInWorker(worker);
  const sessions = [
    { label: 'the ws77 fixture session', session: await fixtureSession('ws77') },
    { label: 'a generated session', session: generateSession(3_000, 7) },
  ];
  try {
    // The first answer waits for the thread to start and its model to load, as at app start.
    const load = await stalls(async () => {
      warmUp();
      await draftFor(sessions[0]!.session, { suggestionsOnly: true });
    });
    let n = 0;
    const rows: StallRow[] = [];
    for (const { label, session } of sessions) {
      let current = session;
      for (const mode of ['suggestions', 'full'] as const) {
        // The first ask of a session sends it whole; what is measured is capture going on after it.
        await draftFor(current, { suggestionsOnly: mode === 'suggestions' });
        const ms: number[] = [];
        const max: number[] = [];
        const p95: number[] = [];
        for (let i = 0; i < runs; i++) {
          current = withOneMore(current, ++n);
          const r = await stalls(() => draftFor(current, { suggestionsOnly: mode === 'suggestions' }));
          ms.push(r.ms);
          max.push(r.maxMs);
          p95.push(r.p95Ms);
        }
        const clone: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          structuredClone(current);
          clone.push(performance.now() - t);
        }
        // One more, counted outside the timed runs (serializing to count costs time of its own).
        const bytes = { request: 0, reply: 0 };
        let request: unknown = null;
        let reply: unknown = null;
        const { postMessage, emit } = Worker.prototype;
        Worker.prototype.postMessage = function (this: Worker, value: unknown, ...rest: never[]) {
          bytes.request += serialize(value).length;
          request = value;
          return postMessage.call(this, value, ...rest);
        };
        Worker.prototype.emit = function (this: Worker, event: string | symbol, ...args: unknown[]) {
          if (event === 'message') {
            bytes.reply += serialize(args[0]).length;
            reply = args[0];
          }
          return emit.call(this, event, ...args);
        };
        const previous = current;
        let draft: SessionDraft;
        try {
          current = withOneMore(current, ++n);
          draft = await draftFor(current, { suggestionsOnly: mode === 'suggestions' });
        } finally {
          Object.assign(Worker.prototype, { postMessage, emit });
        }
        const replyBytes = serialize(reply);
        const lastDraft = structuredClone(draft);
        const mainWork = timed(() => {
          const sender = new MirrorSender(() => undefined);
          sender.patch(previous);
          const t = performance.now();
          serialize({ ...(request as object), session: sender.patch(current) });
          const answer = deserialize(replyBytes) as { draft: DraftPatch | null };
          if (answer.draft) applyDraftPatch(lastDraft, answer.draft);
          return performance.now() - t;
        });
        const draftBytes = serialize(draft);
        const wholeWork = timed(() => {
          const t = performance.now();
          serialize(current);
          deserialize(draftBytes);
          return performance.now() - t;
        });
        const ipcReply = timed(() => {
          const t = performance.now();
          serialize(draft);
          return performance.now() - t;
        });
        rows.push({
          ipcReplyMs: ipcReply,
          mainWorkMs: mainWork,
          wholeWorkMs: wholeWork,
          requestBytes: bytes.request,
          replyBytes: bytes.reply,
          sessionBytes: serialize(current).length,
          label,
          statements: current.statements.length,
          mode,
          ms: median(ms),
          maxMs: median(max),
          p95Ms: median(p95),
          cloneMs: median(clone),
        });
      }
    }
    const idle = [];
    for (let i = 0; i < 3; i++) idle.push(await stalls(() => new Promise((r) => setTimeout(r, 1_000))));
    const busy = [];
    for (let i = 0; i < 3; i++)
      busy.push(
        await stalls(
          () =>
            new Promise((resolve, reject) => {
              const spin = new Worker('const end = Date.now() + 1000; while (Date.now() < end);', {
                eval: true,
              });
              spin.on('exit', resolve);
              spin.on('error', reject);
            }),
        ),
      );
    return {
      busyMaxMs: median(busy.map((r) => r.maxMs)),
      busyP95Ms: median(busy.map((r) => r.p95Ms)),
      loadMs: load.ms,
      loadMaxMs: load.maxMs,
      rows,
      idleMaxMs: median(idle.map((r) => r.maxMs)),
      idleP95Ms: median(idle.map((r) => r.p95Ms)),
    };
  } finally {
    await stopWorker();
  }
}

// Run as a script (by benchDraftWorker): prints the figures as JSON.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const worker = path.resolve(process.argv[2] ?? 'out/main/draftWorker.js');
  const runs = Number(process.argv[3] ?? 7);
  console.log(JSON.stringify(await measureWorkerStall(worker, runs)));
}
