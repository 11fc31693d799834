import { parentPort } from 'node:worker_threads';
import { draftSession } from '../shared/drafting/draft';
import { diffDraft, dropSlotsOf, MirrorReceiver } from '../shared/drafting/mirror';
import { createAnalyzer } from '../shared/drafting/nlp';
import type { Analyzer, SessionDraft } from '../shared/drafting/types';
import type { DraftRequest, DraftReply } from './drafting';

/**
 * The drafting's own thread: wink's model loads and every draft runs here, so a long draft never holds
 * the main process (and with it every window's saves and IPC). Requests come from electron/drafting.ts,
 * in order, on one port: the session arrives as a patch of this thread's mirror of it, and the draft
 * goes back as what changed since the last draft sent for the same slot (shared/drafting/mirror.ts).
 */
let analyzer: Analyzer | null = null;
const mirrors = new MirrorReceiver();
const sent = new Map<string, SessionDraft>();

parentPort?.on('message', (request: DraftRequest) => {
  if (request.type === 'forget') {
    mirrors.forget(request.sessionId);
    dropSlotsOf(sent, request.sessionId);
    return;
  }
  let reply: DraftReply;
  try {
    analyzer ??= createAnalyzer();
    if (request.type === 'warm-up') reply = { id: request.id, ok: true, draft: null };
    else {
      let session;
      try {
        session = mirrors.apply(request.session);
      } catch (error) {
        // A patch that could not be applied leaves no mirror to patch: the next request sends it whole.
        mirrors.forget(request.session.head.id);
        throw error;
      }
      if (!session) reply = { id: request.id, ok: false, message: 'out of step', resync: true };
      else {
        const draft = draftSession(session, analyzer, request.options);
        reply = { id: request.id, ok: true, draft: diffDraft(sent.get(request.slot), draft) };
        sent.set(request.slot, draft);
      }
    }
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
