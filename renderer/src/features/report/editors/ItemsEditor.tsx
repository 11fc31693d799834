import { EditorCard, MARKDOWN_HINT, snippet } from './EditorCard';
import { useId } from 'react';
import { newId } from '../../../../../shared/model/factory';
import { ordered, type ReportItem, type Session } from '../../../../../shared/model/session';
import { candidatesFor, speakerLabel, type ItemSection } from '../../../../../shared/report/drafting';
import {
  formatOffset,
  SECTION_HEADINGS,
  type ReportDocument,
} from '../../../../../shared/report/reportModel';
import { useCommitOnBlur } from '../../../common/useCommitOnBlur';
import type { ChangeFn } from '../useReportChange';
import type { SessionDraft } from '../../../../../shared/drafting/types';
import { DraftedCandidates } from './DraftedCandidates';

function ItemRow({
  item,
  index,
  count,
  label,
  change,
  move,
}: {
  item: ReportItem;
  index: number;
  count: number;
  label: string;
  change: ChangeFn;
  move: (delta: -1 | 1) => void;
}) {
  const id = useId();
  const put = (markdown: string) =>
    change([
      {
        type: 'reportItem.put',
        item: {
          id: item.id,
          section: item.section,
          markdown,
          sourceStatementIds: item.sourceStatementIds,
          order: item.order,
        },
      },
    ]);
  const { props } = useCommitOnBlur(item.markdown, put);
  return (
    <li className="report-item">
      <label htmlFor={id} className="visually-hidden">
        {label} {index + 1}
      </label>
      <textarea id={id} rows={2} dir="auto" {...props} />
      <div className="report-item-actions">
        <button
          type="button"
          className="secondary small"
          onClick={() => move(-1)}
          disabled={index === 0}
          aria-label={`Move ${label} ${index + 1} up`}
        >
          ↑
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => move(1)}
          disabled={index === count - 1}
          aria-label={`Move ${label} ${index + 1} down`}
        >
          ↓
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => change([{ type: 'reportItem.delete', id: item.id }])}
          aria-label={`Remove ${label} ${index + 1}`}
        >
          Remove
        </button>
      </div>
      {item.sourceStatementIds.length > 0 && <p className="field-hint">From a captured statement</p>}
    </li>
  );
}

const SINGULAR: Record<ItemSection, string> = { keyTakeaway: 'key takeaway', callToAction: 'call to action' };

export function ItemsEditor({
  session,
  section,
  limit,
  change,
  doc,
  draft,
}: {
  session: Session;
  section: ItemSection;
  limit: number;
  change: ChangeFn;
  doc: ReportDocument;
  draft: SessionDraft | null;
}) {
  const items = ordered(session.reportItems).filter((i) => i.section === section);
  const people = new Map(session.people.map((p) => [p.id, p]));
  const candidates = candidatesFor(session, section);
  const nextOrder = items.reduce((max, i) => Math.max(max, i.order), 0) + 1;
  const draftOf = (i: ReportItem) => ({
    id: i.id,
    section: i.section,
    markdown: i.markdown,
    sourceStatementIds: i.sourceStatementIds,
    order: i.order,
  });
  const move = (index: number, delta: -1 | 1) => {
    const a = items[index];
    const b = items[index + delta];
    if (!a || !b) return;
    change([
      { type: 'reportItem.put', item: { ...draftOf(a), order: b.order } },
      { type: 'reportItem.put', item: { ...draftOf(b), order: a.order } },
    ]);
  };
  const add = (markdown: string, sourceStatementIds: string[]) =>
    change([
      {
        type: 'reportItem.put',
        item: { id: newId(), section, markdown, sourceStatementIds, order: nextOrder },
      },
    ]);
  const title = SECTION_HEADINGS[section];
  const label = SINGULAR[section];
  const count = items.filter((i) => i.markdown.trim()).length;
  return (
    <EditorCard
      id={section}
      title={title}
      doc={doc}
      copyId={section === 'keyTakeaway' ? 'key-takeaways' : 'calls-to-action'}
      hint={MARKDOWN_HINT}
    >
      <p className={count > limit ? 'limit over' : 'limit'} role="status">
        {count > limit
          ? `${count} of ${limit} — the IGF asks for at most ${limit}`
          : `${count} of at most ${limit}`}
      </p>
      {items.length > 0 && (
        <ol className="report-items">
          {items.map((item, i) => (
            <ItemRow
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              label={label}
              change={change}
              move={(delta) => move(i, delta)}
            />
          ))}
        </ol>
      )}
      <button type="button" className="secondary" onClick={() => add('', [])}>
        Write a {label}
      </button>
      <DraftedCandidates
        candidates={
          section === 'keyTakeaway'
            ? (draft?.takeawayCandidates ?? [])
            : (draft?.callToActionCandidates ?? [])
        }
        items={items}
        label={label}
        people={people}
        speakerOf={(id) => session.statements.find((s) => s.id === id)?.speakerId ?? null}
        add={add}
      />
      <h4 className="candidates-heading">Marked while capturing</h4>
      {candidates.length === 0 ? (
        <p className="muted">
          No unused candidates. Mark a statement as a {label} candidate, or star it, while capturing.
        </p>
      ) : (
        <ul className="candidates" aria-label={`${title} candidates`}>
          {candidates.map((s) => {
            const who = speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined);
            return (
              <li key={s.id}>
                <span className="candidate-text">
                  <span className="muted">
                    {s.starred ? '★ ' : ''}
                    {who}
                    {formatOffset(s.offsetSeconds) ? ` · ${formatOffset(s.offsetSeconds)}` : ''}
                  </span>{' '}
                  {snippet(s.text, 200)}
                </span>
                <button
                  type="button"
                  className="small"
                  onClick={() => add(s.text, [s.id])}
                  aria-label={`Use as ${label}: ${snippet(s.text, 60)}`}
                >
                  Use
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </EditorCard>
  );
}
