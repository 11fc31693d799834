import { Worker } from 'node:worker_threads';
import { draftSession } from '../shared/drafting/draft';
import {
  applyDraftPatch,
  draftSlot,
  dropSlotsOf,
  MirrorSender,
  type DraftPatch,
  type SessionPatch,
} from '../shared/drafting/mirror';
import type { Analyzer, DraftOptions, SessionDraft } from '../shared/drafting/types';
import type { Session } from '../shared/model/session';
export { reportDrafts } from '../shared/drafting/output';

/**
 * The drafting service. In the app, drafts run in a worker thread (electron/draftWorker.ts, started
 * by `draftInWorker`), so wink's model loads and a long draft runs without holding the main process:
 * saves, IPC and every window stay responsive. Elsewhere (the command line) drafting runs in this
 * thread, where starting a worker would only add to a one-off export. Either way the model is loaded
 * once, on first use or on `warmUp` after the window has shown, and never reaches the renderer.
 */

/**
 * What electron/draftWorker.ts is asked, and what it answers. The session goes as a patch of the
 * worker's mirror of it and the draft comes back as a patch of the last one sent for the same slot
 * (shared/drafting/mirror.ts): each request clones only what changed, not the whole session and draft.
 */
export type DraftRequest =
  | { type: 'warm-up'; id: number }
  | { type: 'draft'; id: number; slot: string; session: SessionPatch; options: DraftOptions }
  | { type: 'forget'; sessionId: string };
export type DraftReply =
  | { id: number; ok: true; draft: DraftPatch | null }
  | { id: number; ok: false; message: string; resync?: boolean };

let analyzer: Analyzer | null = null;
let loading: Promise<Analyzer> | null = null;

async function load(): Promise<Analyzer> {
  if (analyzer) return analyzer;
  loading ??= import('../shared/drafting/nlp').then((m) => (analyzer = m.createAnalyzer()));
  return loading;
}

interface WorkerSpec {
  file: string | URL;
  execArgv?: string[];
}
interface Pending {
  resolve: (d: SessionDraft | null) => void;
  reject: (e: Error) => void;
  slot?: string;
  sessionId?: string;
}
/** A running worker and what it holds: sessions mirrored there, and the last draft of each slot. */
interface Link {
  worker: Worker;
  sender: MirrorSender;
  drafts: Map<string, SessionDraft>;
}
let spec: WorkerSpec | null = null;
let link: Link | null = null;
let answered = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The worker stopped (crashed, or could not start): a request it held is drafted here instead. */
class WorkerLost extends Error {}
/** The worker's mirror of the session was not the one the patch was made for: send it whole. */
class Resync extends Error {}

/** From now on drafts run in a worker started from `file` (the built draftWorker.js beside main). */
export function draftInWorker(file: string | URL, execArgv?: string[]): void {
  void stopWorker();
  spec = { file, execArgv };
}

/** Stops the worker (if any) and drafts in this thread again. */
export async function stopWorker(): Promise<void> {
  const w = link?.worker;
  spec = null;
  link = null;
  if (w) await w.terminate();
}

function thread(): Link {
  if (link) return link;
  const w = new Worker(spec!.file, { execArgv: spec!.execArgv });
  answered = false;
  const drafts = new Map<string, SessionDraft>();
  // A session the sender stops mirroring is dropped on both sides, with its drafts.
  const sender = new MirrorSender((sessionId) => {
    dropSlotsOf(drafts, sessionId);
    w.postMessage({ type: 'forget', sessionId } satisfies DraftRequest);
  });
  const current: Link = { worker: w, sender, drafts };
  const lost = (why: string): void => {
    if (link !== current) return;
    link = null;
    // A worker that never answered will not start next time either: draft in this thread from now on.
    if (!answered) {
      console.error(`The drafting worker could not start (${why}); drafting runs in the main process.`);
      spec = null;
    }
    for (const p of pending.values()) p.reject(new WorkerLost(why));
    pending.clear();
  };
  w.on('message', (reply: DraftReply) => {
    answered = true;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (!pending.size) w.unref();
    if (!reply.ok) {
      if (reply.resync && p.sessionId) sender.drop(p.sessionId);
      p.reject(reply.resync ? new Resync(reply.message) : new Error(reply.message));
    } else if (!reply.draft || !p.slot) p.resolve(null);
    else {
      // Replies come in the order the worker drafted them, each a patch of the one before in its slot.
      const draft = applyDraftPatch(drafts.get(p.slot), reply.draft);
      drafts.set(p.slot, draft);
      p.resolve(draft);
    }
  });
  w.on('error', (error) => lost(error.message));
  w.on('exit', (code) => lost(`it stopped with code ${code}`));
  w.unref();
  link = current;
  return current;
}

function ask(
  request: DraftRequest & { id: number },
  slot?: string,
  sessionId?: string,
): Promise<SessionDraft | null> {
  const { worker } = thread();
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject, slot, sessionId });
    // Held only while it has work, so an idle worker never keeps the process alive.
    worker.ref();
    worker.postMessage(request);
  });
}

function askDraft(session: Session, options: DraftOptions): Promise<SessionDraft | null> {
  const { sender } = thread();
  const slot = draftSlot(session.id, options);
  return ask(
    { type: 'draft', id: nextId++, slot, session: sender.patch(session), options },
    slot,
    session.id,
  );
}

/** Loads the model in the background; safe to call more than once. */
export function warmUp(): void {
  const done = spec ? ask({ type: 'warm-up', id: nextId++ }) : load();
  void done.catch((error) => console.error('The drafting model could not be loaded:', error));
}

async function draftNow(session: Session, options: DraftOptions): Promise<SessionDraft> {
  if (spec) {
    try {
      try {
        return (await askDraft(session, options))!;
      } catch (error) {
        // Once, whole: the mirror is rebuilt from this session.
        if (error instanceof Resync) return (await askDraft(session, options))!;
        throw error;
      }
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
    }
  }
  return draftSession(session, await load(), options);
}

const cache = new Map<string, { key: string; draft: Promise<SessionDraft> }>();

export async function draftFor(session: Session, options: DraftOptions = {}): Promise<SessionDraft> {
  const key = `${session.updatedAt}|${options.summaryWords ?? ''}|${options.suggestionsOnly ? 1 : 0}|${(options.fora ?? []).join('\u0001')}`;
  const hit = cache.get(session.id);
  // A draft of this very state (done, or still running) is shared: a burst of asks drafts once.
  if (hit && hit.key === key) return hit.draft;
  const draft = draftNow(session, options);
  if (cache.size > 20) cache.clear();
  cache.set(session.id, { key, draft });
  draft.catch(() => {
    if (cache.get(session.id)?.draft === draft) cache.delete(session.id);
  });
  return draft;
}
