import { draftSession } from '../shared/drafting/draft';
import type { Analyzer, DraftOptions, SessionDraft } from '../shared/drafting/types';
import type { Session } from '../shared/model/session';
export { reportDrafts } from '../shared/drafting/output';

/**
 * The drafting service of the main process. wink's English model is loaded once, on first use or
 * when the app calls `warmUp` after its window has shown, so opening a session and typing never wait
 * for it; the renderer reaches drafts only through the contract and never bundles the model.
 */
let analyzer: Analyzer | null = null;
let loading: Promise<Analyzer> | null = null;

async function load(): Promise<Analyzer> {
  if (analyzer) return analyzer;
  loading ??= import('../shared/drafting/nlp').then((m) => (analyzer = m.createAnalyzer()));
  return loading;
}

/** Loads the model in the background; safe to call more than once. */
export function warmUp(): void {
  void load().catch((error) => console.error('The drafting model could not be loaded:', error));
}

const cache = new Map<string, { key: string; draft: SessionDraft }>();

export async function draftFor(session: Session, options: DraftOptions = {}): Promise<SessionDraft> {
  const nlp = await load();
  const key = `${session.updatedAt}|${options.summaryWords ?? ''}|${options.suggestionsOnly ? 1 : 0}|${(options.fora ?? []).join('\u0001')}`;
  const hit = cache.get(session.id);
  if (hit && hit.key === key) return hit.draft;
  const draft = draftSession(session, nlp, options);
  if (cache.size > 20) cache.clear();
  cache.set(session.id, { key, draft });
  return draft;
}
