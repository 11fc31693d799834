import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { Session } from '../../../../shared/model/session';
import { parseSessionPage } from '../../../../shared/igf/sessionPage';
import { newId } from '../../../../shared/model/factory';
import { pageDiff, reimportChanges, type FieldDiff } from '../../../../shared/igf/reimport';
import { inverseOf } from '../../../../shared/capture/undo';
import { useLanguage, useT, type TFor } from '../../i18n';
import { setup as en } from '../../i18n/locales/en/setup';

type FactField = keyof typeof en.reimport.fields;
const isFactField = (key: string): key is FactField => Object.hasOwn(en.reimport.fields, key);

/** A difference's field and its two values in the screen's language (the diff itself is built in English). */
function shown(d: FieldDiff, session: Session, t: TFor<'setup'>) {
  const yesNo = (v: string) => (v === 'true' ? t('yes') : v === 'false' ? t('no') : v);
  if (d.kind === 'fact') {
    const key = d.key.slice('facts.'.length);
    const field = isFactField(key) ? t(`reimport.fields.${key}`) : d.field;
    return key === 'hybrid'
      ? { field, before: yesNo(d.before), after: yesNo(d.after) }
      : { field, before: d.before, after: d.after };
  }
  if (d.kind === 'person-added')
    return {
      field: t('reimport.newPerson', { name: d.key.slice('person:new:'.length) }),
      before: d.before,
      after: d.after,
    };
  if (d.kind === 'person-left') {
    const name = session.people.find((p) => `person:left:${p.id}` === d.key)?.name ?? d.field;
    return {
      field: t('reimport.personLeft', { name }),
      before: d.before,
      after: t('reimport.personKept', { name }),
    };
  }
  if (d.kind === 'question') {
    const n = Number(d.key.slice('question:'.length)) + 1;
    const removed = d.changes.some((c) => c.type === 'question.delete');
    return {
      field: t('reimport.question', { n }),
      before: d.before,
      after: removed ? t('reimport.questionRemoved') : d.after,
    };
  }
  return { field: d.field, before: d.before, after: d.after };
}

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
  const { t } = useT('setup');
  const tr = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [applied, setApplied] = useState<{ count: number; inverse: Change[] } | null>(null);
  const deferred = useDeferredValue(text);
  const diffs: FieldDiff[] = useMemo(
    () =>
      deferred.trim()
        ? pageDiff(session, parseSessionPage(deferred), new Date().toISOString(), newId, tr)
        : [],
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
        <h2 id="reimport-heading">{t('reimport.heading')}</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('reimport.close')} <kbd>Esc</kbd>
        </button>
      </div>
      {applied ? (
        <p role="status" className="notice">
          {t('reimport.applied', { count: applied.count })}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change(applied.inverse);
              setApplied(null);
            }}
          >
            {t('reimport.undo')}
          </button>
        </p>
      ) : (
        <>
          <p className="muted">{t('reimport.intro')}</p>
          <label htmlFor="reimport-text">{t('reimport.text')}</label>
          <textarea
            id="reimport-text"
            dir="auto"
            rows={5}
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {deferred.trim() && diffs.length === 0 && <p role="status">{t('reimport.same')}</p>}
          {diffs.length > 0 && (
            <table className="reimport-diffs">
              <caption>{t('reimport.differences', { count: diffs.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reimport.apply')}</th>
                  <th scope="col">{t('reimport.field')}</th>
                  <th scope="col">{t('reimport.inSession')}</th>
                  <th scope="col">{t('reimport.onPage')}</th>
                </tr>
              </thead>
              <tbody>
                {diffs.map((d) => {
                  const { field, before, after } = shown(d, session, t);
                  return (
                    <tr key={d.key} className={`diff-${d.kind}`}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('reimport.applyField', { field })}
                          checked={!skipped.has(d.key)}
                          onChange={(e) => toggle(d.key, e.target.checked)}
                        />
                      </td>
                      <th scope="row" dir="auto">
                        {field}
                      </th>
                      <td dir="auto">{before}</td>
                      <td dir="auto">{after}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={apply} disabled={chosen.length === 0 || text !== deferred}>
              {t('reimport.applyCount', { count: chosen.length })}
            </button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t('reimport.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
