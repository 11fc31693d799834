import { useEffect, useState } from 'react';
import type { SessionDraft } from '../../../shared/drafting/types';
import { call } from '../desk';
import { useOpenSession } from './SessionProvider';

/**
 * The main process's draft of the open session (tag suggestions, candidates, summaries), asked for
 * again a moment after the session last changed. Null until the first answer arrives; a failed
 * answer keeps the previous draft (drafting is a help, never a reason to block the screen). The main
 * process drafts from its own copy, so the request waits for this window's changes to be saved: a big
 * import saved in parts on a slow machine would otherwise be drafted half-saved, and never again.
 */
export function useSessionDraft(
  sessionId: string,
  updatedAt: string,
  options: { suggestionsOnly?: boolean; delayMs?: number } = {},
): SessionDraft | null {
  const [draft, setDraft] = useState<SessionDraft | null>(null);
  const { suggestionsOnly, delayMs = 400 } = options;
  const { whenSaved } = useOpenSession();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      whenSaved()
        .then(() => (live ? call('draftReport', { id: sessionId, suggestionsOnly }) : null))
        .then((value) => live && value && setDraft(value as SessionDraft))
        .catch((error: unknown) => console.warn('Drafting failed:', error));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId, updatedAt, suggestionsOnly, delayMs, whenSaved]);
  return draft;
}
