import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import {
  liveStatements,
  ordered,
  type Person,
  type Session,
  type Statement,
} from '../../../../shared/model/session';
import { formatOffset, offsetSecondsFrom } from '../../../../shared/model/time';
import { StatementText } from './StatementText';

interface Props {
  session: Session;
  change: (changes: Change[]) => void;
}

export function CapturePanel({ session, change }: Props) {
  const people = useMemo(() => ordered(session.people), [session.people]);
  const questions = useMemo(() => ordered(session.questions), [session.questions]);
  const statements = useMemo(() => liveStatements(session), [session]);
  const peopleById = useMemo(() => new Map(session.people.map((p) => [p.id, p])), [session.people]);
  const questionNumber = useMemo(() => new Map(questions.map((q, i) => [q.id, i + 1])), [questions]);

  const [speakerId, setSpeakerId] = useState<string>('');
  const [tags, setTags] = useState<string[]>([]);
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  const toggleTag = (id: string) =>
    setTags((current) => (current.includes(id) ? current.filter((t) => t !== id) : [...current, id]));

  const add = () => {
    if (!text.trim()) return;
    const at = new Date().toISOString();
    change([
      {
        type: 'statement.put',
        statement: {
          id: newId(),
          speakerId: speakerId || null,
          text: text.trim(),
          questionIds: tags,
          kind: 'statement',
          fora: [],
          starred: false,
          at,
          offsetSeconds: offsetSecondsFrom(session.facts, at),
        },
      },
    ]);
    setText('');
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      add();
      return;
    }
    // Alt+1…Alt+9 toggles a policy question without leaving the box.
    if (event.altKey && /^Digit[1-9]$/.test(event.code)) {
      const question = questions[Number(event.code.slice(5)) - 1];
      if (question) {
        event.preventDefault();
        toggleTag(question.id);
      }
    }
  };

  return (
    <section className="capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading" className="visually-hidden">
        Capture
      </h2>
      <ol className="statement-log" aria-label="Statements">
        {statements.length === 0 && <li className="muted">No statements yet. Type below and press Enter.</li>}
        {statements.map((s) => (
          <StatementRow
            key={s.id}
            statement={s}
            speaker={s.speakerId ? peopleById.get(s.speakerId) : undefined}
            questionNumber={questionNumber}
            change={change}
          />
        ))}
      </ol>

      <div className="capture-box card">
        <div className="capture-row">
          <label htmlFor="speaker">Speaker</label>
          <select id="speaker" value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
            <option value="">— no speaker —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <fieldset className="tags">
            <legend>Policy questions</legend>
            {questions.length === 0 && <span className="muted">none set up</span>}
            {questions.map((q, i) => (
              <label key={q.id} className="tag" title={q.text}>
                <input type="checkbox" checked={tags.includes(q.id)} onChange={() => toggleTag(q.id)} />Q
                {i + 1}
                <kbd>Alt+{i + 1}</kbd>
              </label>
            ))}
          </fieldset>
        </div>
        <label htmlFor="statement-text" className="visually-hidden">
          Statement
        </label>
        <textarea
          id="statement-text"
          ref={box}
          autoFocus
          rows={3}
          value={text}
          placeholder="What was said… (Enter to add, Shift+Enter for a new line)"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
    </section>
  );
}

function StatementRow({
  statement,
  speaker,
  questionNumber,
  change,
}: {
  statement: Statement;
  speaker: Person | undefined;
  questionNumber: Map<string, number>;
  change: (changes: Change[]) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const tagLabels = statement.questionIds
    .map((id) => questionNumber.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);

  const save = () => {
    if (editing === null) return;
    if (editing.trim() && editing.trim() !== statement.text)
      change([{ type: 'statement.put', statement: { ...statement, text: editing.trim() } }]);
    setEditing(null);
  };

  return (
    <li className="statement">
      <div className="statement-meta">
        <span className="offset">{formatOffset(statement.offsetSeconds, statement.at)}</span>
        <strong>{speaker?.name ?? 'Unattributed'}</strong>
        {tagLabels.map((n) => (
          <span key={n} className="badge">
            Q{n}
          </span>
        ))}
        <span className="actions">
          <button type="button" className="link-button" onClick={() => setEditing(statement.text)}>
            Edit
          </button>
          <button
            type="button"
            className="link-button danger"
            onClick={() => change([{ type: 'statement.delete', id: statement.id }])}
          >
            Delete
          </button>
        </span>
      </div>
      {editing === null ? (
        <StatementText markdown={statement.text} />
      ) : (
        <textarea
          aria-label="Edit statement"
          autoFocus
          value={editing}
          onChange={(e) => setEditing(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              save();
            } else if (e.key === 'Escape') setEditing(null);
          }}
        />
      )}
    </li>
  );
}
