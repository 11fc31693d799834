import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';

type Versions = Response<'listVersions'>;

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The session's saved versions (before imports, bulk deletes, migrations, and every few minutes).
 * Restoring one first saves the current state as a version, so a restore can itself be undone.
 */
export function VersionsDialog({
  sessionId,
  onClose,
  onRestored,
}: {
  sessionId: string;
  onClose: () => void;
  onRestored: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<Versions | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    call('listVersions', { id: sessionId }).then(setVersions, (e: unknown) => setError(messageOf(e)));
  }, [sessionId]);

  const restore = async (version: string, savedAt: string) => {
    if (
      !window.confirm(`Restore the version of ${when(savedAt)}? The current state is kept as a version too.`)
    )
      return;
    try {
      await call('restoreVersion', { id: sessionId, version });
      onRestored();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-heading" onClose={onClose}>
      <h2 id="versions-heading">Saved versions</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {versions && versions.length === 0 && (
        <p className="muted">
          No saved versions yet. One is kept before imports and large deletions, and every few minutes while
          the session changes.
        </p>
      )}
      {versions && versions.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>{when(v.savedAt)}</td>
                <td>{v.reason}</td>
                <td>{Math.max(1, Math.round(v.bytes / 1024))} KB</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void restore(v.version, v.savedAt)}
                    aria-label={`Restore the version of ${when(v.savedAt)}`}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
