import { EditorCard, snippet } from './EditorCard';
import { useId } from 'react';
import { newId } from '../../../../../shared/model/factory';
import { ordered, type ReportItem, type Session } from '../../../../../shared/model/session';
import { candidatesFor, speakerLabel, type ItemSection } from '../../../../../shared/report/drafting';
import { formatOffset, type ReportDocument } from '../../../../../shared/report/reportModel';
import { useCommitOnBlur } from '../../../common/useCommitOnBlur';
import type { ChangeFn } from '../useReportChange';
import type { SessionDraft } from '../../../../../shared/drafting/types';
import { DraftedCandidates } from './DraftedCandidates';
import { useLanguage, useT } from '../../../i18n';

function ItemRow({
  item,
  index,
  count,
  section,
  change,
  move,
}: {
  item: ReportItem;
  index: number;
  count: number;
  section: ItemSection;
  change: ChangeFn;
  move: (delta: -1 | 1) => void;
}) {
  const { t } = useT('report');
  const n = index + 1;
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
        {t(`items.${section}.item`, { n })}
      </label>
      <textarea id={id} rows={2} dir="auto" {...props} />
      <div className="report-item-actions">
        <button
          type="button"
          className="secondary small"
          onClick={() => move(-1)}
          disabled={index === 0}
          aria-label={t(`items.${section}.up`, { n })}
        >
          ↑
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => move(1)}
          disabled={index === count - 1}
          aria-label={t(`items.${section}.down`, { n })}
        >
          ↓
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => change([{ type: 'reportItem.delete', id: item.id }])}
          aria-label={t(`items.${section}.remove`, { n })}
        >
          {t('items.remove')}
        </button>
      </div>
      {item.sourceStatementIds.length > 0 && <p className="field-hint">{t('items.fromStatement')}</p>}
    </li>
  );
}

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
  const { t } = useT('report');
  const tr = useLanguage();
  const { format } = tr;
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
  const title = t(`items.${section}.title`);
  const count = items.filter((i) => i.markdown.trim()).length;
  return (
    <EditorCard
      id={section}
      title={title}
      doc={doc}
      copyId={section === 'keyTakeaway' ? 'key-takeaways' : 'calls-to-action'}
      hint={t('markdownHint')}
    >
      <p className={count > limit ? 'limit over' : 'limit'} role="status">
        {t(count > limit ? 'items.overLimit' : 'items.limit', {
          n: format.number(count),
          limit: format.number(limit),
        })}
      </p>
      {items.length > 0 && (
        <ol className="report-items">
          {items.map((item, i) => (
            <ItemRow
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              section={section}
              change={change}
              move={(delta) => move(i, delta)}
            />
          ))}
        </ol>
      )}
      <button type="button" className="secondary" onClick={() => add('', [])}>
        {t(`items.${section}.write`)}
      </button>
      <DraftedCandidates
        candidates={
          section === 'keyTakeaway'
            ? (draft?.takeawayCandidates ?? [])
            : (draft?.callToActionCandidates ?? [])
        }
        items={items}
        section={section}
        people={people}
        speakerOf={(id) => session.statements.find((s) => s.id === id)?.speakerId ?? null}
        add={add}
      />
      <h4 className="candidates-heading">{t('items.marked')}</h4>
      {candidates.length === 0 ? (
        <p className="muted">{t(`items.${section}.none`)}</p>
      ) : (
        <ul className="candidates" aria-label={t(`items.${section}.candidates`)}>
          {candidates.map((s) => {
            const who = speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined, tr);
            return (
              <li key={s.id}>
                <span className="candidate-text" dir="auto">
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
                  aria-label={t(`items.${section}.useAs`, { text: snippet(s.text, 60) })}
                >
                  {t('items.use')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </EditorCard>
  );
}
