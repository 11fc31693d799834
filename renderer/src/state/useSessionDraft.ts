import { useEffect, useState } from 'react';
import type { SessionDraft } from '../../../shared/drafting/types';
import { call } from '../desk';

/**
 * The main process's draft of the open session (tag suggestions, candidates, summaries), asked for
 * again a moment after the session last changed. Null until the first answer arrives; a failed
 * answer keeps the previous draft (drafting is a help, never a reason to block the screen).
 */
export function useSessionDraft(
  sessionId: string,
  updatedAt: string,
  options: { suggestionsOnly?: boolean; delayMs?: number } = {},
): SessionDraft | null {
  const [draft, setDraft] = useState<SessionDraft | null>(null);
  const { suggestionsOnly, delayMs = 400 } = options;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('draftReport', { id: sessionId, suggestionsOnly })
        .then((value) => live && setDraft(value as SessionDraft))
        .catch((error: unknown) => console.warn('Drafting failed:', error));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId, updatedAt, suggestionsOnly, delayMs]);
  return draft;
}
