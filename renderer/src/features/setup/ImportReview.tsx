import { useState } from 'react';
import { PAGE_EXTRA_FIELDS, PAGE_FIELDS } from '../../../../shared/igf/pageParse';
import type { Session } from '../../../../shared/model/session';
import { useFieldNames } from './useFieldNames';
import { useLanguage, useT } from '../../i18n';
import { ReimportDialog } from './ReimportDialog';
import type { Change } from '../../../../shared/model/changes';

/** Below this the field was read from the page's layout, not from a label: the user should check it. */
const CHECK_BELOW = 0.85;

/**
 * What the page import found, how sure it was of each field and what it did not find; and the way to
 * bring in a newer version of the page.
 */
export function ImportReview({ session, change }: { session: Session; change: (changes: Change[]) => void }) {
  const { t } = useT('setup');
  const { format } = useLanguage();
  const { name: fieldName, describe } = useFieldNames();
  const [open, setOpen] = useState(false);
  const confidence = session.importConfidence;
  const fields = [...PAGE_FIELDS, ...PAGE_EXTRA_FIELDS];
  const found = confidence ? fields.filter((f) => confidence[f] !== undefined) : [];
  const check = found.filter((f) => (confidence?.[f] ?? 1) < CHECK_BELOW);
  const sure = found.filter((f) => !check.includes(f));
  const absent = confidence ? fields.filter((f) => confidence[f] === undefined) : [];
  return (
    <section className="card setup-section import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading">{t('review.heading')}</h2>
      {confidence ? (
        <dl className="import-found">
          {sure.length > 0 && (
            <>
              <dt>{t('review.fromLabels')}</dt>
              <dd>{describe(sure)}</dd>
            </>
          )}
          {check.length > 0 && (
            <>
              <dt>{t('review.fromLayout')}</dt>
              <dd>
                <ul className="import-check">
                  {check.map((f) => (
                    <li key={f}>
                      {fieldName(f)}{' '}
                      <span className="muted">
                        {t('review.sure', { percent: format.percent(confidence[f] ?? 0) })}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {absent.length > 0 && (
            <>
              <dt>{t('review.absent')}</dt>
              <dd>{describe(absent)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{t('review.notFromPage')}</p>
      )}
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('review.compare')}
      </button>
      {open && <ReimportDialog session={session} change={change} onClose={() => setOpen(false)} />}
    </section>
  );
}
