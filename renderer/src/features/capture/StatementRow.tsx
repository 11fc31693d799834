import { memo, useRef, useState } from 'react';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import {
  markedNoQuestion,
  STATEMENT_KINDS,
  type Person,
  type PolicyQuestion,
  type Statement,
} from '../../../../shared/model/session';
import { formatOffset } from '../../../../shared/model/time';
import { StatementText } from '../../common/StatementText';
import { useLanguage, useT } from '../../i18n';
import { PollView } from './PollView';
import type { ListActions } from './StatementList';
import { toggle } from './useStatementActions';
import type { StatementSuggestion } from '../../../../shared/drafting/types';
import { SuggestionChips } from './SuggestionChips';

export const rowId = (id: string) => `statement-${id}`;

/** What every row needs to show and edit a statement; one object so the rows stay memoised. */
export interface RowContext {
  peopleById: ReadonlyMap<string, Person>;
  people: readonly Person[];
  numbers: ReadonlyMap<string, number>;
  questions: readonly PolicyQuestion[];
  questionNumber: ReadonlyMap<string, number>;
  fora: readonly string[];
  /** The drafting's suggestions, by statement id (empty until the first draft arrives). */
  suggestions: ReadonlyMap<string, StatementSuggestion>;
  /** The session's time zone: a time of day shown in place of an offset is the venue's. */
  timeZone: string | null;
}

export const StatementRow = memo(function StatementRow({
  index,
  start,
  measure,
  statement,
  context,
  selected,
  editing,
  actions,
}: {
  index: number;
  start: number;
  measure: (el: HTMLElement | null) => void | (() => void);
  statement: Statement;
  context: RowContext;
  selected: boolean;
  editing: boolean;
  actions: ListActions;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const speaker = statement.speakerId ? context.peopleById.get(statement.speakerId) : undefined;
  const number = speaker ? context.numbers.get(speaker.id) : undefined;
  const tagLabels = statement.questionIds
    .map((id) => context.questionNumber.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return (
    <li
      id={rowId(statement.id)}
      ref={measure}
      data-index={index}
      className={`statement${selected ? ' selected' : ''}${statement.starred ? ' starred' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      aria-current={selected ? 'true' : undefined}
      onClick={() => actions.select(statement.id)}
    >
      <div className="statement-meta">
        {selected && (
          <span className="selected-mark" aria-hidden="true">
            ▶
          </span>
        )}
        <span className="offset" title={tr.format.dateTime(Date.parse(statement.at))}>
          {formatOffset(statement.offsetSeconds, statement.at, context.timeZone)}
        </span>
        <strong className="speaker-name">
          {number !== undefined && <kbd className="speaker-number">{number}</kbd>}{' '}
          <bdi>{speaker?.name ?? t('unattributed')}</bdi>
        </strong>
        {speaker?.audience && <span className="muted small">{t('audienceMark')}</span>}
        {statement.starred && (
          <span className="star-mark" title={t('list.starred')}>
            ★<span className="visually-hidden">{t('list.starred')}</span>
          </span>
        )}
        {statement.kind !== 'statement' && (
          <span className="kind-badge">{codeLabel('kind', statement.kind, tr)}</span>
        )}
        {tagLabels.map((n) => (
          <span key={n} className="badge" title={context.questions[n - 1]?.text}>
            Q{n}
          </span>
        ))}
        {markedNoQuestion(statement) && (
          <span className="badge no-question" title={t('list.noQuestionTitle')}>
            {t('list.noQuestion')}
            <button
              type="button"
              className="badge-remove"
              aria-label={t('list.removeNoQuestion')}
              title={t('list.removeNoQuestion')}
              onClick={() => actions.setNoQuestion(statement.id, false)}
            >
              ×
            </button>
          </span>
        )}
        {tagLabels.length === 0 && (
          <SuggestionChips
            statement={statement}
            suggestion={context.suggestions.get(statement.id)}
            questionNumber={context.questionNumber}
            accept={(questionId) =>
              actions.patch(
                statement.id,
                questionId
                  ? t('undo.acceptSuggested', { n: context.questionNumber.get(questionId) ?? '' })
                  : t('undo.acceptNoQuestion'),
                questionId ? { questionIds: [questionId], noQuestion: false } : { noQuestion: true },
              )
            }
          />
        )}
        {statement.fora.map((f) => (
          <span key={f} className="forum-badge">
            <span className="mirror">→</span> <bdi>{f}</bdi>
          </span>
        ))}
        <span className="actions">
          <button
            type="button"
            className="link-button"
            onClick={(e) => {
              e.stopPropagation();
              actions.edit(statement.id);
            }}
          >
            {t('list.edit')}
          </button>
          <button
            type="button"
            className="link-button danger"
            onClick={(e) => {
              e.stopPropagation();
              actions.remove(statement.id);
            }}
          >
            {t('list.delete')}
          </button>
        </span>
      </div>
      {editing ? (
        <EditBox statement={statement} actions={actions} />
      ) : (
        <div dir="auto">
          <StatementText markdown={statement.text} />
        </div>
      )}
      {statement.poll && <PollView poll={statement.poll} />}
      {selected && !editing && <StatementDetails statement={statement} context={context} actions={actions} />}
    </li>
  );
});

/** The selected statement's speaker, kind, tags and fora, editable with the mouse (keys: see F1). */
function StatementDetails({
  statement,
  context,
  actions,
}: {
  statement: Statement;
  context: RowContext;
  actions: ListActions;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const { id } = statement;
  return (
    <div
      className="statement-details"
      role="group"
      aria-label={t('list.change')}
      onClick={(e) => e.stopPropagation()}
    >
      <label>
        {t('speaker.label')}
        <select
          value={statement.speakerId ?? ''}
          onChange={(e) => actions.patch(id, t('undo.speaker'), { speakerId: e.target.value || null })}
        >
          <option value="">{t('unattributed')}</option>
          {context.people.map((p) => (
            <option key={p.id} value={p.id}>
              {context.numbers.has(p.id) ? `${context.numbers.get(p.id)} · ` : ''}
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('box.kind')}
        <select
          value={statement.kind}
          onChange={(e) => actions.patch(id, t('undo.kind'), { kind: e.target.value as Statement['kind'] })}
        >
          {STATEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {codeLabel('kind', k, tr)}
            </option>
          ))}
        </select>
      </label>
      {context.questions.map((q, i) => (
        <label key={q.id} className="tag" title={q.text}>
          <input
            type="checkbox"
            checked={statement.questionIds.includes(q.id)}
            onChange={() =>
              actions.patch(id, t('undo.tag', { n: i + 1 }), {
                questionIds: toggle(statement.questionIds, q.id),
              })
            }
          />
          Q{i + 1}
        </label>
      ))}
      <label className="tag" title={t('list.noQuestionTitle')}>
        <input
          type="checkbox"
          checked={markedNoQuestion(statement)}
          onChange={() => actions.setNoQuestion(id, !markedNoQuestion(statement))}
        />
        {t('list.noQuestion')}
      </label>
      {context.fora.map((f) => (
        <label key={f} className="tag">
          <input
            type="checkbox"
            checked={statement.fora.includes(f)}
            onChange={() => actions.patch(id, t('undo.fora'), { fora: toggle(statement.fora, f) })}
          />
          {f}
        </label>
      ))}
    </div>
  );
}

function EditBox({ statement, actions }: { statement: Statement; actions: ListActions }) {
  const { t } = useT('capture');
  const [text, setText] = useState(statement.text);
  const done = useRef(false);
  const save = () => {
    if (done.current) return;
    done.current = true;
    actions.saveEdit(statement.id, text);
  };
  return (
    <textarea
      aria-label={t('list.editLabel')}
      className="edit-box"
      dir="auto"
      autoFocus
      rows={Math.min(8, Math.max(2, Math.ceil(text.length / 90)))}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.currentTarget.setSelectionRange(text.length, text.length)}
      onBlur={save}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          done.current = true;
          actions.cancelEdit();
        }
      }}
    />
  );
}
