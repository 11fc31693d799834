import { useState, type FormEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import { ordered, type AgendaSegment, type Session } from '../../../../shared/model/session';
import { TextField } from './fields';
import { draftOf, moved, nextOrder } from './records';
import { RowActions } from './RowActions';

type ChangeFn = (changes: Change[]) => void;

const validateMinutes = (value: string): string | null =>
  /^\d+$/.test(value.trim()) && Number(value.trim()) <= 1440
    ? null
    : 'Enter whole minutes between 0 and 1440.';

/** The run of show: segments with planned minutes and the policy questions each addresses. */
export function AgendaEditor({ session, change }: { session: Session; change: ChangeFn }) {
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
    if (!window.confirm(`Remove segment ${n}, “${segment.title || 'untitled'}”, from the agenda?`)) return;
    change([{ type: 'segment.delete', id: segment.id }]);
  };

  return (
    <section className="card setup-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda (run of show)</h2>
      <p role="status" className={over ? 'warning agenda-total' : 'agenda-total muted'}>
        {planned === null
          ? `Agenda: ${total} min planned. Set the planned duration above to compare.`
          : `Agenda: ${total} of ${planned} min planned${over ? ` — ${total - planned} min over the session's duration.` : '.'}`}
      </p>
      {segments.length === 0 ? (
        <p className="muted">No segments yet, e.g. Opening, Round on question 1, Q&amp;A, Closing.</p>
      ) : (
        <ol className="segment-list" aria-label="Agenda segments">
          {segments.map((segment, index) => {
            const n = index + 1;
            return (
              <li key={segment.id} className="segment-item">
                <span className="question-number" aria-hidden="true">
                  {n}.
                </span>
                <TextField
                  className="segment-title"
                  label={<span className="visually-hidden">Title of segment {n}</span>}
                  value={segment.title}
                  onCommit={(v) => put(segment, { title: v.trim() })}
                />
                <TextField
                  className="segment-minutes"
                  label={
                    <>
                      Min<span className="visually-hidden">utes planned for segment {n}</span>
                    </>
                  }
                  inputMode="numeric"
                  value={String(segment.plannedMinutes)}
                  validate={validateMinutes}
                  onCommit={(v) => put(segment, { plannedMinutes: Number(v.trim()) })}
                />
                <fieldset className="checks segment-questions">
                  <legend className="visually-hidden">Policy questions addressed in segment {n}</legend>
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
                      Q{qi + 1}
                      <span className="visually-hidden"> (policy question {qi + 1})</span>
                    </label>
                  ))}
                </fieldset>
                <div className="item-actions">
                  <RowActions
                    name={`segment ${n}`}
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
        <label htmlFor="new-segment-title">New segment</label>
        <input
          id="new-segment-title"
          value={title}
          placeholder="e.g. Opening remarks"
          autoComplete="off"
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor="new-segment-minutes">Minutes</label>
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
          Add segment
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
