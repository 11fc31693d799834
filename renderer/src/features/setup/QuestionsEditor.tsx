import { useState, type FormEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import { ordered, type PolicyQuestion, type Session } from '../../../../shared/model/session';
import { TextField } from './fields';
import { draftOf, moved, nextOrder } from './records';
import { useT } from '../../i18n';
import { RowActions } from './RowActions';

type ChangeFn = (changes: Change[]) => void;

/** The policy questions, numbered by their order; statements tag them by id, so reordering is safe. */
export function QuestionsEditor({ session, change }: { session: Session; change: ChangeFn }) {
  const { t } = useT('setup');
  const questions = ordered(session.questions);
  const [text, setText] = useState('');

  const tagged = (id: string): number =>
    session.statements.filter((s) => s.deletedAt === null && s.questionIds.includes(id)).length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    change([
      {
        type: 'question.put',
        question: { id: newId(), text: text.trim(), order: nextOrder(session.questions) },
      },
    ]);
    setText('');
  };

  const move = (id: string, delta: -1 | 1) =>
    change(moved(questions, id, delta).map((q) => ({ type: 'question.put', question: draftOf(q) })));

  const remove = (question: PolicyQuestion, n: number) => {
    const count = tagged(question.id);
    const message = count ? t('questions.confirmTagged', { count }) : t('questions.confirmRemove', { n });
    if (!window.confirm(message)) return;
    change([{ type: 'question.delete', id: question.id }]);
  };

  return (
    <section className="card setup-section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('questions.heading')}</h2>
      {questions.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
      ) : (
        <ol className="question-list" aria-label={t('questions.heading')}>
          {questions.map((q, index) => {
            const n = index + 1;
            const count = tagged(q.id);
            return (
              <li key={q.id} className="question-item">
                <span className="question-number" aria-hidden="true">
                  {n}.
                </span>
                <TextField
                  className="question-text"
                  label={<span className="visually-hidden">{t('questions.text', { n })}</span>}
                  multiline
                  rows={2}
                  value={q.text}
                  validate={(v) => (v.trim() ? null : t('questions.needsText'))}
                  onCommit={(v) =>
                    change([{ type: 'question.put', question: { ...draftOf(q), text: v.trim() } }])
                  }
                />
                <div className="item-actions">
                  {count > 0 && <span className="muted small-text">{t('questions.tagged', { count })}</span>}
                  <RowActions
                    name={t('questions.name', { n })}
                    isFirst={index === 0}
                    isLast={index === questions.length - 1}
                    onMove={(step) => move(q.id, step)}
                    onRemove={() => remove(q, n)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <form className="add-row" onSubmit={add}>
        <label htmlFor="new-question">{t('questions.newQuestion')}</label>
        <textarea
          id="new-question"
          dir="auto"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) add(e);
          }}
        />
        <button type="submit" disabled={!text.trim()}>
          {t('questions.add')}
        </button>
      </form>
    </section>
  );
}
