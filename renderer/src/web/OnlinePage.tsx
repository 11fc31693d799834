import { useState, type FormEvent } from 'react';
import { CODES, labelOrEmpty } from '../../../shared/i18n/codeLabels';
import { readTimer } from '../../../shared/timer/timer';
import { useFrame, useLink } from './socket';

type Choice = string;

/**
 * The online moderator's page, for a phone or a second laptop beside the meeting platform's chat: the
 * speaker's clock, the queue, and one form to put someone from online in the queue. Nothing else can be
 * changed from here (the host refuses anything else this link sends).
 */
export function OnlinePage() {
  const link = useLink();
  const view = link.stage;
  const turn = view?.turn ?? null;
  const now = useFrame(turn !== null) + link.offsetMs;
  const [name, setName] = useState('');
  const [stakeholder, setStakeholder] = useState<Choice>('');
  const [region, setRegion] = useState<Choice>('');
  const [gender, setGender] = useState<Choice>('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!name.trim()) return;
    link.send({
      type: 'request',
      name: name.trim(),
      stakeholder: stakeholder || null,
      region: region || null,
      gender: gender || null,
    });
    setName('');
    setStakeholder('');
    setRegion('');
    setGender('');
  };

  if (link.phase !== 'live' || !view)
    return (
      <main className="online">
        <h1>Online moderator</h1>
        <p role="status" className="note">
          {link.message || 'Connecting…'}
        </p>
      </main>
    );

  const reading = turn
    ? readTimer(turn.timer, now, { warningSeconds: view.warningSeconds, dangerSeconds: view.dangerSeconds })
    : null;
  const phase = reading?.phase ?? 'idle';
  const select = (
    label: string,
    list: 'stakeholder' | 'region' | 'gender',
    value: Choice,
    set: (v: Choice) => void,
  ) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Not known</option>
        {CODES[list].map((code) => (
          <option key={code} value={code}>
            {labelOrEmpty(list, code)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="online">
      <header>
        <h1>{view.title || 'Session'}</h1>
        <p className="sub">Online moderator</p>
      </header>
      <section className={`clock phase-${phase}`} aria-label="Speaker's time" data-phase={phase}>
        <div className="who">{turn ? (turn.name ?? 'Speaker') : 'Nobody has the floor'}</div>
        <div className="digits" role="timer" aria-live="off">
          {reading?.display ?? '–:––'}
        </div>
        <div className="label">{reading?.label ?? 'Not started'}</div>
      </section>
      <section aria-labelledby="queue-h">
        <h2 id="queue-h">Queue ({link.queue?.length ?? 0})</h2>
        {link.queue?.length ? (
          <ol className="queue">
            {link.queue.map((entry) => (
              <li key={entry.id}>
                <span className="name">{entry.name}</span>
                <span className="meta">
                  {[
                    entry.presence === 'online' ? 'Online' : entry.presence === 'onsite' ? 'In the room' : '',
                    labelOrEmpty('stakeholder', entry.stakeholder),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="note">Nobody is waiting.</p>
        )}
      </section>
      <form onSubmit={submit} aria-labelledby="add-h">
        <h2 id="add-h">Someone online asks for the floor</h2>
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            required
            autoComplete="off"
          />
        </label>
        {select('Stakeholder group', 'stakeholder', stakeholder, setStakeholder)}
        {select('Region', 'region', region, setRegion)}
        {select('Gender', 'gender', gender, setGender)}
        <button type="submit">Add to the queue</button>
        <p role="status" className="note">
          {link.lastAdded ? `${link.lastAdded} is in the queue.` : link.message}
        </p>
      </form>
    </main>
  );
}
