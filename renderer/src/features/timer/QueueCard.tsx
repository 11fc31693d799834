import { useState, type FormEvent, type RefObject } from 'react';
import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  STAKEHOLDER_GROUPS,
  type Person,
  type QueueEntry,
} from '../../../../shared/model/session';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { PickList } from '../../common/PickList';
import { personLabel } from './format';
import { timerKeyLabel } from '../../keymap';
import type { TimerActions } from './useTimerActions';

/** The speaking queue: who waits, in what order, and forms to add a listed person or one from the floor. */
export function QueueCard({
  queue,
  people,
  peopleById,
  actions,
  personSelect,
}: {
  queue: readonly QueueEntry[];
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  actions: TimerActions;
  /** Q puts the focus here. */
  personSelect: RefObject<HTMLSelectElement | null>;
}) {
  const [personId, setPersonId] = useState('');
  const [presence, setPresence] = useState<'' | 'onsite' | 'online'>('');
  const enqueue = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const person = peopleById.get(personId);
    if (!person) return;
    actions.enqueue(person, presence || person.presence || null);
    setPersonId('');
    setPresence('');
  };
  return (
    <div className="card timer-queue" aria-labelledby="queue-heading">
      <h3 id="queue-heading">Speaking queue</h3>
      {queue.length === 0 ? (
        <p className="muted">Nobody is waiting.</p>
      ) : (
        <ol aria-label="Queue">
          {queue.map((q, i) => {
            const person = peopleById.get(q.personId);
            const name = person?.name ?? 'Unknown person';
            return (
              <li key={q.id} className="queue-item">
                <span className="queue-name" title={personLabel(person)}>
                  {personLabel(person)}
                </span>
                {q.presence && <span className={`badge presence-${q.presence}`}>{q.presence}</span>}
                <span className="item-actions">
                  <button
                    type="button"
                    className="icon small"
                    aria-label={`Move ${name} up`}
                    disabled={i === 0}
                    onClick={() => actions.moveQueued(q.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon small"
                    aria-label={`Move ${name} down`}
                    disabled={i === queue.length - 1}
                    onClick={() => actions.moveQueued(q.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Remove ${name} from the queue`}
                    onClick={() => actions.removeQueued(q.id)}
                  >
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <form className="timer-row" onSubmit={enqueue}>
        <label>
          <span>
            Person <kbd>{timerKeyLabel('queue')}</kbd>
          </span>
          <select
            ref={personSelect}
            aria-label="Person"
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
            onKeyDown={(e) => {
              // Enter on the chosen person queues them: building the queue stays on the keyboard.
              if (e.key === 'Enter' && personId) enqueue(e);
            }}
          >
            <option value="">Choose…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Where
          <select
            aria-label="Where"
            value={presence}
            onChange={(e) => setPresence(e.target.value as typeof presence)}
          >
            <option value="">As listed</option>
            {PRESENCES.map((p) => (
              <option key={p} value={p}>
                {codeLabel('presence', p)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!personId}>
          Add to queue
        </button>
      </form>
      <AudienceQueueForm actions={actions} />
    </div>
  );
}

function AudienceQueueForm({ actions }: { actions: TimerActions }) {
  const [name, setName] = useState('');
  const [stakeholder, setStakeholder] = useState('');
  const [region, setRegion] = useState('');
  const [gender, setGender] = useState('');
  const [presence, setPresence] = useState<'onsite' | 'online'>('onsite');
  const add = (then: 'queue' | 'floor') => (event?: FormEvent) => {
    event?.preventDefault();
    if (!name.trim()) return;
    actions.addAudience(
      { name, stakeholder, region, gender: (gender || null) as Person['gender'], presence },
      then,
    );
    setName('');
  };
  const pickLists = [
    {
      label: 'Group',
      kind: 'stakeholder',
      options: STAKEHOLDER_GROUPS,
      value: stakeholder,
      onChange: setStakeholder,
    },
    { label: 'Region', kind: 'region', options: REGIONAL_GROUPS, value: region, onChange: setRegion },
    { label: 'Gender', kind: 'gender', options: GENDERS, value: gender, onChange: setGender },
  ] as const;
  return (
    <form className="timer-row audience" onSubmit={add('queue')} aria-label="Add an audience member">
      <label>
        Audience member
        <input
          aria-label="Audience member"
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Name"
        />
      </label>
      {pickLists.map((f) => (
        <PickList
          key={f.label}
          label={f.label}
          value={f.value}
          options={f.options}
          optionLabel={(v) => codeLabel(f.kind, v)}
          emptyLabel="Not recorded"
          onChange={f.onChange}
        />
      ))}
      <label>
        Where
        <select
          aria-label="Where"
          value={presence}
          onChange={(e) => setPresence(e.target.value as 'onsite' | 'online')}
        >
          {PRESENCES.map((p) => (
            <option key={p} value={p}>
              {codeLabel('presence', p)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!name.trim()}>
        Add audience member to queue
      </button>
      <button type="button" className="secondary" disabled={!name.trim()} onClick={() => add('floor')()}>
        Give them the floor now
      </button>
    </form>
  );
}
