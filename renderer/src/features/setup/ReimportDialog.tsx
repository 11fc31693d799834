import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { Session } from '../../../../shared/model/session';
import { parseSessionPage } from '../../../../shared/igf/sessionPage';
import { pageDiff, reimportChanges, type FieldDiff } from '../../../../shared/igf/reimport';
import { inverseOf } from '../../../../shared/capture/undo';

/**
 * Paste a newer version of the session page: every field that differs from the session is listed with
 * its value now and on the page; the ticked ones are applied as one change, which one click undoes.
 */
export function ReimportDialog({
  session,
  change,
  onClose,
}: {
  session: Session;
  change: (changes: Change[]) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [applied, setApplied] = useState<{ count: number; inverse: Change[] } | null>(null);
  const deferred = useDeferredValue(text);
  const diffs: FieldDiff[] = useMemo(
    () => (deferred.trim() ? pageDiff(session, parseSessionPage(deferred), new Date().toISOString()) : []),
    // the comparison is with the session as it was when the page was pasted
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferred],
  );

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const chosen = diffs.filter((d) => !skipped.has(d.key));
  const apply = () => {
    const changes = reimportChanges(diffs, new Set(chosen.map((d) => d.key)));
    const inverse = inverseOf(session, changes);
    change(changes);
    setApplied({ count: chosen.length, inverse: inverse ?? [] });
    setText('');
  };
  const toggle = (key: string, on: boolean) =>
    setSkipped((cur) => {
      const next = new Set(cur);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <dialog
      ref={dialog}
      className="capture-dialog reimport-dialog"
      aria-labelledby="reimport-heading"
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id="reimport-heading">Compare with a newer page</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {applied ? (
        <p role="status" className="notice">
          Applied {applied.count} {applied.count === 1 ? 'difference' : 'differences'}.{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change(applied.inverse);
              setApplied(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : (
        <>
          <p className="muted">
            Paste the current text of the session page. Nothing changes until you apply the differences you
            keep ticked; people are matched by name, and nobody is removed.
          </p>
          <label htmlFor="reimport-text">Text of the newer page</label>
          <textarea
            id="reimport-text"
            rows={5}
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {deferred.trim() && diffs.length === 0 && (
            <p role="status">The page says the same as the session.</p>
          )}
          {diffs.length > 0 && (
            <table className="reimport-diffs">
              <caption>
                {diffs.length} {diffs.length === 1 ? 'difference' : 'differences'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Apply</th>
                  <th scope="col">Field</th>
                  <th scope="col">In the session</th>
                  <th scope="col">On the newer page</th>
                </tr>
              </thead>
              <tbody>
                {diffs.map((d) => (
                  <tr key={d.key} className={`diff-${d.kind}`}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Apply: ${d.field}`}
                        checked={!skipped.has(d.key)}
                        onChange={(e) => toggle(d.key, e.target.checked)}
                      />
                    </td>
                    <th scope="row">{d.field}</th>
                    <td>{d.before}</td>
                    <td>{d.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={apply} disabled={chosen.length === 0 || text !== deferred}>
              Apply {chosen.length} {chosen.length === 1 ? 'difference' : 'differences'}
            </button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
