import type { Worker } from 'node:worker_threads';
import type { DraftReply, DraftRequest } from '../../electron/drafting';
import type { SummarySentence } from '../../shared/drafting/summary';

/** A summary sentence with only the words given (equal weights), for selection tests. */
export const summarySentence = (
  text: string,
  terms: string[],
  speaker: string,
  statementIndex: number,
): SummarySentence => ({
  text,
  vec: new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)])),
  statementIndex,
  sentenceIndex: 0,
  speaker,
  group: null,
  specificity: 0.5,
  weight: 1,
});

/** One request to a drafting worker and its reply (or the worker's error). */
export const askWorker = (worker: Worker, request: DraftRequest): Promise<DraftReply> =>
  new Promise<DraftReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
