import { useState, type FormEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import { ordered, type AgendaSegment, type Session } from '../../../../shared/model/session';
import { TextField } from './fields';
import { draftOf, moved, nextOrder } from './records';
import { RowActions } from './RowActions';
import { useT, type TFor } from '../../i18n';

type ChangeFn = (changes: Change[]) => void;

const minutesValidator =
  (t: TFor<'setup'>) =>
  (value: string): string | null =>
    /^\d+$/.test(value.trim()) && Number(value.trim()) <= 1440 ? null : t('agenda.minutesError');

/** The run of show: segments with planned minutes and the policy questions each addresses. */
export function AgendaEditor({ session, change }: { session: Session; change: ChangeFn }) {
  const { t } = useT('setup');
  const validateMinutes = minutesValidator(t);
  const segments = ordered(session.agenda);
  const questions = ordered(session.questions);
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('10');
  const minutesError = validateMinutes(minutes);

  const total = segments.reduce((sum, s) => sum + s.plannedMinutes, 0);
  const planned = session.facts.durationMinutes;
  const over = planned !== null && total > planned;

  const put = (segment: AgendaSegment, patch: Partial<AgendaSegment>) =>
    change([{ type: 'segment.put', segment: { ...draftOf(segment), ...patch } }]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || minutesError) return;
    change([
      {
        type: 'segment.put',
        segment: {
          id: newId(),
          title: title.trim(),
          plannedMinutes: Number(minutes.trim()),
          questionIds: [],
          order: nextOrder(session.agenda),
        },
      },
    ]);
    setTitle('');
  };

  const move = (id: string, delta: -1 | 1) =>
    change(moved(segments, id, delta).map((s) => ({ type: 'segment.put', segment: draftOf(s) })));

  const remove = (segment: AgendaSegment, n: number) => {
    if (!window.confirm(t('agenda.confirmRemove', { n, title: segment.title || t('agenda.untitled') })))
      return;
    change([{ type: 'segment.delete', id: segment.id }]);
  };

  return (
    <section className="card setup-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <p role="status" className={over ? 'warning agenda-total' : 'agenda-total muted'}>
        {planned === null
          ? t('agenda.totalUnplanned', { total })
          : t(over ? 'agenda.totalOver' : 'agenda.total', { total, planned, over: total - planned })}
      </p>
      {segments.length === 0 ? (
        <p className="muted">{t('agenda.none')}</p>
      ) : (
        <ol className="segment-list" aria-label={t('agenda.list')}>
          {segments.map((segment, index) => {
            const n = index + 1;
            return (
              <li key={segment.id} className="segment-item">
                <span className="question-number" aria-hidden="true">
                  {n}.
                </span>
                <TextField
                  className="segment-title"
                  label={<span className="visually-hidden">{t('agenda.segmentTitle', { n })}</span>}
                  value={segment.title}
                  onCommit={(v) => put(segment, { title: v.trim() })}
                />
                <TextField
                  className="segment-minutes"
                  label={
                    <>
                      <span aria-hidden="true">{t('agenda.minShort')}</span>
                      <span className="visually-hidden">{t('agenda.minutesOf', { n })}</span>
                    </>
                  }
                  inputMode="numeric"
                  value={String(segment.plannedMinutes)}
                  validate={validateMinutes}
                  onCommit={(v) => put(segment, { plannedMinutes: Number(v.trim()) })}
                />
                <fieldset className="checks segment-questions">
                  <legend className="visually-hidden">{t('agenda.questionsOf', { n })}</legend>
                  {questions.map((q, qi) => (
                    <label key={q.id} className="check" title={q.text}>
                      <input
                        type="checkbox"
                        checked={segment.questionIds.includes(q.id)}
                        onChange={() =>
                          put(segment, {
                            questionIds: segment.questionIds.includes(q.id)
                              ? segment.questionIds.filter((id) => id !== q.id)
                              : [...segment.questionIds, q.id],
                          })
                        }
                      />
                      {t('agenda.questionShort', { n: qi + 1 })}
                      <span className="visually-hidden"> {t('agenda.questionLong', { n: qi + 1 })}</span>
                    </label>
                  ))}
                </fieldset>
                <div className="item-actions">
                  <RowActions
                    name={t('agenda.name', { n })}
                    isFirst={index === 0}
                    isLast={index === segments.length - 1}
                    onMove={(step) => move(segment.id, step)}
                    onRemove={() => remove(segment, n)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <form className="add-row" onSubmit={add}>
        <label htmlFor="new-segment-title">{t('agenda.newSegment')}</label>
        <input
          id="new-segment-title"
          value={title}
          dir="auto"
          placeholder={t('agenda.placeholder')}
          autoComplete="off"
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor="new-segment-minutes">{t('agenda.minutes')}</label>
        <input
          id="new-segment-minutes"
          className="minutes"
          inputMode="numeric"
          value={minutes}
          aria-invalid={minutesError ? true : undefined}
          aria-describedby={minutesError ? 'new-segment-minutes-error' : undefined}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button type="submit" disabled={!title.trim() || minutesError !== null}>
          {t('agenda.add')}
        </button>
        {minutesError && (
          <p id="new-segment-minutes-error" className="field-error">
            {minutesError}
          </p>
        )}
      </form>
    </section>
  );
}
