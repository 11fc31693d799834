import { parentPort } from 'node:worker_threads';
import { draftSession } from '../shared/drafting/draft';
import { createAnalyzer } from '../shared/drafting/nlp';
import type { Analyzer } from '../shared/drafting/types';
import type { DraftRequest, DraftReply } from './drafting';

/**
 * The drafting's own thread: wink's model loads and every draft runs here, so a long draft never holds
 * the main process (and with it every window's saves and IPC). Requests come from electron/drafting.ts;
 * the session arrives as a structured clone, and the draft goes back the same way.
 */
let analyzer: Analyzer | null = null;

parentPort?.on('message', (request: DraftRequest) => {
  let reply: DraftReply;
  try {
    analyzer ??= createAnalyzer();
    reply =
      request.type === 'warm-up'
        ? { id: request.id, ok: true, draft: null }
        : { id: request.id, ok: true, draft: draftSession(request.session, analyzer, request.options) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
