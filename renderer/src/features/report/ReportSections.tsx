import { useId, type ReactNode } from 'react';
import type { ReportPatch } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import type { Preferences } from '../../../../shared/model/preferences';
import {
  liveStatements,
  ordered,
  type PolicyQuestion,
  type ReportItem,
  type Session,
} from '../../../../shared/model/session';
import {
  candidatesFor,
  draftSummary,
  followUpsByForum,
  NO_FORUM,
  speakerLabel,
  type ItemSection,
} from '../../../../shared/report/drafting';
import { formatOffset, SECTION_HEADINGS, type ReportDocument } from '../../../../shared/report/reportModel';
import { sectionToPlainText } from '../../../../shared/report/plainText';
import { useCommitOnBlur } from '../setup/useCommitOnBlur';
import { CopyButton } from './CopyButton';
import type { ChangeFn } from './useReportChange';

export const MARKDOWN_HINT = 'Markdown: **bold**, _italic_, [link](https://…), - list, 1. numbered, > quote';

/** One section of the editor: a heading, a copy button for the section's text, and its fields. */
export function EditorCard({
  id,
  title,
  doc,
  copyId,
  children,
  hint,
}: {
  id: string;
  title: string;
  doc: ReportDocument;
  copyId?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card report-card" aria-labelledby={`edit-${id}`}>
      <div className="report-card-head">
        <h3 id={`edit-${id}`}>{title}</h3>
        {copyId && <CopyButton label={title} text={() => sectionToPlainText(doc, copyId)} />}
      </div>
      {hint && <p className="field-hint">{hint}</p>}
      {children}
    </section>
  );
}

/** A textarea that commits on blur. */
export function MarkdownField({
  label,
  value,
  onCommit,
  rows = 4,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  rows?: number;
  placeholder?: string;
}) {
  const id = useId();
  const { props } = useCommitOnBlur(value, onCommit);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} placeholder={placeholder} {...props} />
    </div>
  );
}

const snippet = (text: string, max = 140): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

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
      <textarea id={id} rows={2} {...props} />
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
}: {
  session: Session;
  section: ItemSection;
  limit: number;
  change: ChangeFn;
  doc: ReportDocument;
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
      <h4 className="candidates-heading">Candidates from the statements</h4>
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

function SummaryEditor({
  session,
  question,
  index,
  change,
}: {
  session: Session;
  question: PolicyQuestion;
  index: number;
  change: ChangeFn;
}) {
  const summary = session.summaries.find((s) => s.questionId === question.id && s.deletedAt === null);
  const draft = draftSummary(session, question.id);
  const put = (markdown: string, sourceStatementIds: string[]) =>
    change([
      {
        type: 'summary.put',
        summary: { id: summary?.id ?? newId(), questionId: question.id, markdown, sourceStatementIds },
      },
    ]);
  const sources = new Set(
    summary?.sourceStatementIds.length ? summary.sourceStatementIds : draft.sourceStatementIds,
  );
  const statements = liveStatements(session).filter((s) => sources.has(s.id));
  const people = new Map(session.people.map((p) => [p.id, p]));
  const fill = () => {
    if (
      summary?.markdown.trim() &&
      summary.markdown !== draft.markdown &&
      !window.confirm('Replace the summary you wrote with a new draft from the statements?')
    )
      return;
    put(draft.markdown, draft.sourceStatementIds);
  };
  return (
    <div className="summary-editor">
      <h4>
        Question {index + 1}: {question.text}
      </h4>
      <MarkdownField
        label={`Summary for question ${index + 1}`}
        value={summary?.markdown ?? ''}
        rows={6}
        onCommit={(value) =>
          put(
            value,
            summary?.sourceStatementIds.length ? summary.sourceStatementIds : draft.sourceStatementIds,
          )
        }
        placeholder={
          draft.sourceStatementIds.length
            ? 'Not written yet: the report shows a draft from the tagged statements.'
            : 'No statements are tagged to this question yet.'
        }
      />
      <div className="summary-actions">
        <button
          type="button"
          className="secondary small"
          onClick={fill}
          disabled={!draft.sourceStatementIds.length}
          aria-label={`Draft from statements for question ${index + 1}`}
        >
          Draft from statements
        </button>
        {!summary?.markdown.trim() && draft.sourceStatementIds.length > 0 && (
          <span className="badge">Report uses the draft</span>
        )}
      </div>
      {statements.length > 0 && (
        <details className="sources">
          <summary>
            Sources: {statements.length} statement{statements.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {statements.map((s) => (
              <li key={s.id}>
                <span className="muted">
                  {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined)}
                  {formatOffset(s.offsetSeconds) ? ` · ${formatOffset(s.offsetSeconds)}` : ''}:
                </span>{' '}
                {snippet(s.text)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function SummariesEditor({
  session,
  change,
  doc,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
}) {
  const questions = ordered(session.questions);
  return (
    <EditorCard
      id="summaries"
      title="Summary of the discussion"
      doc={doc}
      copyId="questions"
      hint={MARKDOWN_HINT}
    >
      {questions.length === 0 && <p className="muted">No policy questions yet; add them in Setup.</p>}
      {questions.map((q, i) => (
        <SummaryEditor key={q.id} session={session} question={q} index={i} change={change} />
      ))}
    </EditorCard>
  );
}

export function WayForwardEditor({
  session,
  change,
  doc,
  preferences,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
  preferences: Preferences;
}) {
  const groups = followUpsByForum(session, preferences.fora);
  const people = new Map(session.people.map((p) => [p.id, p]));
  return (
    <EditorCard
      id="way-forward"
      title="Way forward and follow-up"
      doc={doc}
      copyId="way-forward"
      hint={MARKDOWN_HINT}
    >
      <MarkdownField
        label="Way forward (your text)"
        value={session.report.wayForward}
        onCommit={(wayForward) => change([{ type: 'report.update', patch: { wayForward } }])}
      />
      <h4>Recommendations by follow-up forum</h4>
      {groups.length === 0 ? (
        <p className="muted">
          No recommendations or commitments yet. Statements marked as such, or addressed to a forum while
          capturing, are listed here and in the report.
        </p>
      ) : (
        groups.map((g) => (
          <div key={g.forum} className="forum-group">
            <h5>{g.forum === NO_FORUM ? 'Without a named forum' : g.forum}</h5>
            <ul>
              {g.statements.map((s) => (
                <li key={s.id}>
                  {snippet(s.text, 200)}{' '}
                  <span className="muted">
                    — {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </EditorCard>
  );
}

function NumberField({
  label,
  value,
  max,
  onCommit,
  suffix,
}: {
  label: string;
  value: number | null;
  max: number;
  onCommit: (value: number | null) => void;
  suffix?: string;
}) {
  const id = useId();
  const parse = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
  const { props, error } = useCommitOnBlur(
    value === null ? '' : String(value),
    (text) => onCommit(parse(text)),
    (text) => {
      const n = parse(text);
      if (n === null) return null;
      return Number.isFinite(n) && n >= 0 && n <= max
        ? null
        : `A number from 0 to ${max.toLocaleString('en-GB')}.`;
    },
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="with-suffix">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          {...props}
        />
        {suffix && <span className="muted">{suffix}</span>}
      </span>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function ParticipationEditor({
  session,
  change,
  doc,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
}) {
  const r = session.report;
  const patch = (p: ReportPatch) => change([{ type: 'report.update', patch: p }]);
  const genderId = useId();
  const speaking = doc.sections.find((s) => s.id === 'speaking-time');
  return (
    <EditorCard id="participation" title="Participation and gender" doc={doc} copyId="participation">
      <div className="form-grid three">
        <NumberField
          label="Participants onsite"
          value={r.participantsOnsite}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnsite: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label="Participants online"
          value={r.participantsOnline}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnline: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label="Women and gender-diverse (%)"
          value={r.womenPercent}
          max={100}
          suffix="%"
          onCommit={(n) => patch({ womenPercent: n })}
        />
      </div>
      <div className="field">
        <label htmlFor={genderId}>Was gender addressed in the discussion?</label>
        <select
          id={genderId}
          value={r.genderAddressed === null ? '' : r.genderAddressed ? 'yes' : 'no'}
          onChange={(e) =>
            patch({ genderAddressed: e.target.value === '' ? null : e.target.value === 'yes' })
          }
        >
          <option value="">Not stated</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      </div>
      <MarkdownField
        label="How gender was addressed"
        value={r.genderHow}
        rows={3}
        onCommit={(genderHow) => patch({ genderHow })}
      />
      <h4>Speaking time (from the timer)</h4>
      {speaking?.blocks.some((b) => b.type === 'bars') ? (
        <p className="muted">Shown in the preview as tables with bars; the DOCX carries the same chart.</p>
      ) : (
        <p className="muted">No speaking turns were timed. Time turns on the timer to fill this in.</p>
      )}
    </EditorCard>
  );
}
