import { useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';

export type Merged = NonNullable<Response<'mergeSessionFile'>['merged']>;
type Side = Merged['fromCopy'];

const RECORDS: Record<string, [string, string]> = {
  people: ['person', 'people'],
  questions: ['policy question', 'policy questions'],
  agenda: ['agenda segment', 'agenda segments'],
  statements: ['statement', 'statements'],
  turns: ['speaking turn', 'speaking turns'],
  queue: ['queue entry', 'queue entries'],
  reportItems: ['report item', 'report items'],
  summaries: ['question summary', 'question summaries'],
};

/** "3 statements, 1 person, the session details (room)", or "nothing". */
export function describeSide(side: Side): string {
  const parts = side.map(({ part, count, fields }) => {
    if (part === 'facts') return `the session details (${fields.join(', ')})`;
    if (part === 'report') return `the report (${fields.join(', ')})`;
    const [one, many] = RECORDS[part] ?? [part, part];
    return `${count} ${count === 1 ? one : many}`;
  });
  return parts.length ? parts.join(', ') : 'nothing';
}

/**
 * What "Merge another copy…" did: what came from the copy, what only this one had, and Undo, which
 * restores the version saved just before the merge.
 */
export function MergeNotice({
  merged,
  onUndone,
  onDismiss,
}: {
  merged: Merged;
  onUndone: () => void;
  onDismiss: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    if (!merged.undoVersion) return;
    setBusy(true);
    try {
      await call('restoreVersion', { id: merged.id, version: merged.undoVersion });
      onUndone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const title = merged.title || 'Untitled session';
  return (
    <div role="status" className="notice merge-notice">
      <p>
        Merged {merged.file} into “{title}”.
        {merged.undoVersion ? '' : ' It held nothing this session did not already have.'}
      </p>
      <ul>
        <li>
          From {merged.file}: {describeSide(merged.fromCopy)}.
        </li>
        <li>Only in this computer’s copy, kept: {describeSide(merged.fromHere)}.</li>
      </ul>
      <p className="muted">The copy was kept as a saved version; the file it came from is untouched.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        {merged.undoVersion && (
          <button type="button" className="secondary" onClick={() => void undo()} disabled={busy}>
            Undo merge
          </button>
        )}{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
