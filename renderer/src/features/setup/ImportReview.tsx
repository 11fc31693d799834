import { useState } from 'react';
import { PAGE_EXTRA_FIELDS, PAGE_FIELDS } from '../../../../shared/igf/pageParse';
import type { Session } from '../../../../shared/model/session';
import { fieldName } from '../../common/notFound';
import { ReimportDialog } from './ReimportDialog';
import type { Change } from '../../../../shared/model/changes';

/** Below this the field was read from the page's layout, not from a label: the user should check it. */
const CHECK_BELOW = 0.85;

/**
 * What the page import found, how sure it was of each field and what it did not find; and the way to
 * bring in a newer version of the page.
 */
export function ImportReview({ session, change }: { session: Session; change: (changes: Change[]) => void }) {
  const [open, setOpen] = useState(false);
  const confidence = session.importConfidence;
  const fields = [...PAGE_FIELDS, ...PAGE_EXTRA_FIELDS];
  const found = confidence ? fields.filter((f) => confidence[f] !== undefined) : [];
  const check = found.filter((f) => (confidence?.[f] ?? 1) < CHECK_BELOW);
  const sure = found.filter((f) => !check.includes(f));
  const absent = confidence ? fields.filter((f) => confidence[f] === undefined) : [];
  return (
    <section className="card setup-section import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading">Session page</h2>
      {confidence ? (
        <dl className="import-found">
          {sure.length > 0 && (
            <>
              <dt>Read from labels on the page</dt>
              <dd>{sure.map(fieldName).join(', ')}</dd>
            </>
          )}
          {check.length > 0 && (
            <>
              <dt>Read from the page’s layout: please check</dt>
              <dd>
                <ul className="import-check">
                  {check.map((f) => (
                    <li key={f}>
                      {fieldName(f)}{' '}
                      <span className="muted">({Math.round((confidence[f] ?? 0) * 100)} % sure)</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {absent.length > 0 && (
            <>
              <dt>Not on the page</dt>
              <dd>{absent.map(fieldName).join(', ')}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">
          This session was not made from a session page, or before the import kept these details.
        </p>
      )}
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Compare with a newer page…
      </button>
      {open && <ReimportDialog session={session} change={change} onClose={() => setOpen(false)} />}
    </section>
  );
}
