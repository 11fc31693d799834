import { useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';
import { useT, type TFor } from '../../i18n';
import { sessions as en } from '../../i18n/locales/en/sessions';

export type Merged = NonNullable<Response<'mergeSessionFile'>['merged']>;
type Side = Merged['fromCopy'];

type Records = keyof typeof en.merge.records;
const isRecords = (part: string): part is Records => Object.hasOwn(en.merge.records, part);

/** "3 statements, 1 person, the session details (room)", or "nothing", in the screen's language. */
export function describeSide(side: Side, t: TFor<'sessions'>): string {
  const parts = side.map(({ part, count, fields }) => {
    if (part === 'facts') return t('merge.facts', { fields: fields.join(', ') });
    if (part === 'report') return t('merge.report', { fields: fields.join(', ') });
    return isRecords(part) ? t(`merge.records.${part}`, { count }) : `${count} ${part}`;
  });
  return parts.length ? parts.join(', ') : t('merge.nothing');
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
  const { t } = useT('sessions');
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
  const title = merged.title || t('untitled');
  return (
    <div role="status" className="notice merge-notice">
      <p>
        {t('merge.done', { file: merged.file, title })}
        {merged.undoVersion ? '' : ` ${t('merge.nothingNew')}`}
      </p>
      <ul>
        <li>{t('merge.fromCopy', { file: merged.file, what: describeSide(merged.fromCopy, t) })}</li>
        <li>{t('merge.fromHere', { what: describeSide(merged.fromHere, t) })}</li>
      </ul>
      <p className="muted">{t('merge.kept')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        {merged.undoVersion && (
          <button type="button" className="secondary" onClick={() => void undo()} disabled={busy}>
            {t('merge.undo')}
          </button>
        )}{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('merge.dismiss')}
        </button>
      </p>
    </div>
  );
}
