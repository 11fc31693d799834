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
import { WithName } from '../../common/WithName';
import { personLabel } from './format';
import { timerKeyLabel } from '../../keymap';
import { useLanguage, useT } from '../../i18n';
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
  const { t } = useT('timer');
  const { tr } = useLanguage();
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
      <h3 id="queue-heading">{t('queue.heading')}</h3>
      {queue.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <ol aria-label={t('queue.label')}>
          {queue.map((q, i) => {
            const person = peopleById.get(q.personId);
            const name = person?.name ?? t('queue.unknown');
            const label = personLabel(person, t, tr);
            return (
              <li key={q.id} className="queue-item">
                <span className="queue-name" title={label}>
                  <WithName text={label} name={person?.name ?? ''} />
                </span>
                {q.presence && (
                  <span className={`badge presence-${q.presence}`}>
                    {codeLabel('presence', q.presence, tr)}
                  </span>
                )}
                <span className="item-actions">
                  <button
                    type="button"
                    className="icon small"
                    aria-label={t('queue.up', { name })}
                    disabled={i === 0}
                    onClick={() => actions.moveQueued(q.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon small"
                    aria-label={t('queue.down', { name })}
                    disabled={i === queue.length - 1}
                    onClick={() => actions.moveQueued(q.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={t('queue.removeLabel', { name })}
                    onClick={() => actions.removeQueued(q.id)}
                  >
                    {t('queue.remove')}
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
            {t('queue.person')} <kbd>{timerKeyLabel('queue')}</kbd>
          </span>
          <select
            ref={personSelect}
            aria-label={t('queue.person')}
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
            onKeyDown={(e) => {
              // Enter on the chosen person queues them: building the queue stays on the keyboard.
              if (e.key === 'Enter' && personId) enqueue(e);
            }}
          >
            <option value="">{t('queue.choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p, t, tr)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.where')}
          <select
            aria-label={t('queue.where')}
            value={presence}
            onChange={(e) => setPresence(e.target.value as typeof presence)}
          >
            <option value="">{t('queue.asListed')}</option>
            {PRESENCES.map((p) => (
              <option key={p} value={p}>
                {codeLabel('presence', p, tr)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!personId}>
          {t('queue.add')}
        </button>
      </form>
      <AudienceQueueForm actions={actions} />
    </div>
  );
}

function AudienceQueueForm({ actions }: { actions: TimerActions }) {
  const { t } = useT('timer');
  const { tr } = useLanguage();
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
      label: t('queue.group'),
      kind: 'stakeholder',
      options: STAKEHOLDER_GROUPS,
      value: stakeholder,
      onChange: setStakeholder,
    },
    {
      label: t('queue.region'),
      kind: 'region',
      options: REGIONAL_GROUPS,
      value: region,
      onChange: setRegion,
    },
    { label: t('queue.gender'), kind: 'gender', options: GENDERS, value: gender, onChange: setGender },
  ] as const;
  return (
    <form className="timer-row audience" onSubmit={add('queue')} aria-label={t('queue.audienceForm')}>
      <label>
        {t('queue.audienceMember')}
        <input
          aria-label={t('queue.audienceMember')}
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('queue.name')}
        />
      </label>
      {pickLists.map((f) => (
        <PickList
          key={f.kind}
          label={f.label}
          value={f.value}
          options={f.options}
          optionLabel={(v) => codeLabel(f.kind, v, tr)}
          emptyLabel={t('queue.notRecorded')}
          onChange={f.onChange}
        />
      ))}
      <label>
        {t('queue.where')}
        <select
          aria-label={t('queue.where')}
          value={presence}
          onChange={(e) => setPresence(e.target.value as 'onsite' | 'online')}
        >
          {PRESENCES.map((p) => (
            <option key={p} value={p}>
              {codeLabel('presence', p, tr)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!name.trim()}>
        {t('queue.addAudience')}
      </button>
      <button type="button" className="secondary" disabled={!name.trim()} onClick={() => add('floor')()}>
        {t('queue.floorNow')}
      </button>
    </form>
  );
}
