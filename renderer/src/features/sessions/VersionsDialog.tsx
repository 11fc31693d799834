import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';
import { useLanguage, useT, type TFor } from '../../i18n';

type Versions = Response<'listVersions'>;

/**
 * Why a version was kept, in the screen's language. The reason is read back from the version's file
 * name (electron/store/history.ts), so these are the reasons the app writes; another shows as written.
 */
function reasonText(reason: string, t: TFor<'sessions'>): string {
  const fixed: Record<string, Parameters<TFor<'sessions'>>[0]> = {
    periodic: 'versions.reason.periodic',
    'before a large change': 'versions.reason.bulk',
    'before restoring a version': 'versions.reason.restore',
    'this computer before loading a changed file': 'versions.reason.reload',
  };
  const key = fixed[reason];
  if (key) return t(key);
  const migration = /^format (\d+),? before migration$/.exec(reason);
  if (migration) return t('versions.reason.migration', { format: migration[1]! });
  const conflict = /^conflict copy from (.+)$/.exec(reason);
  if (conflict) return t('versions.reason.conflict', { tool: conflict[1]! });
  return reason;
}

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
  const { t } = useT('sessions');
  const { format } = useLanguage();
  const when = (iso: string): string => format.dateTime(Date.parse(iso));
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<Versions | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    call('listVersions', { id: sessionId }).then(setVersions, (e: unknown) => setError(messageOf(e)));
  }, [sessionId]);

  const restore = async (version: string, savedAt: string) => {
    if (!window.confirm(t('versions.confirm', { when: when(savedAt) }))) return;
    try {
      await call('restoreVersion', { id: sessionId, version });
      onRestored();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-heading" onClose={onClose}>
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {versions && versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      {versions && versions.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('versions.saved')}</th>
              <th scope="col">{t('versions.why')}</th>
              <th scope="col">{t('versions.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('versions.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>{when(v.savedAt)}</td>
                <td>{reasonText(v.reason, t)}</td>
                <td>
                  {t('versions.kilobytes', { size: format.number(Math.max(1, Math.round(v.bytes / 1024))) })}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void restore(v.version, v.savedAt)}
                    aria-label={t('versions.restoreLabel', { when: when(v.savedAt) })}
                  >
                    {t('versions.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="dialog">
        <button type="submit">{t('versions.close')}</button>
      </form>
    </dialog>
  );
}
