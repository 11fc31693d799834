import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId, newPerson } from '../../../../shared/model/factory';
import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  STAKEHOLDER_GROUPS,
  ordered,
  type Person,
  type Session,
} from '../../../../shared/model/session';
import {
  addToQueue,
  endOpenTurns,
  giveFloor,
  moveInQueue,
  openTurn,
  queueOf,
  takeNext,
  transitionOpenTurn,
} from '../../../../shared/timer/floor';
import {
  EMPTY_PRESENTER,
  parsePresenterState,
  presenterKey,
  textOn,
  type PresenterState,
} from '../../../../shared/timer/presenter';
import { resolveCurrentSegment } from '../../../../shared/timer/runOfShow';
import { adjustTimer, pauseTimer, resumeTimer, type TimerReading } from '../../../../shared/timer/timer';
import { call, messageOf } from '../../desk';
import { BalanceView } from './BalanceView';
import { personLabel } from './format';
import { isTyping, usePreferences, useStored, useTimerReading } from './hooks';
import { RunOfShowView } from './RunOfShowView';
import { TimerSettings } from './TimerSettings';
import { TurnsTable } from './TurnsTable';
import './timer.css';
import { PickList } from '../../components/PickList';

type ChangeFn = (changes: Change[]) => void;

const DEFAULT_TURN_MINUTES = 3;
const TURN_MINUTES_KEY = 'session-desk.timer.turn-minutes';
const parseMinutesMap = (raw: string | null): Record<string, number> => {
  try {
    const v = JSON.parse(raw ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, number>) : {};
  } catch {
    return {};
  }
};
const parseSegmentMark = (raw: string | null): string | null => {
  try {
    const v = JSON.parse(raw ?? 'null') as unknown;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
};

const SHORTCUTS: Array<[string, string]> = [
  ['Space', 'start / pause'],
  ['N', 'next in queue'],
  ['E', 'end turn'],
  ['+', 'add a minute'],
  ['−', 'take a minute'],
  ['M', 'message to the stage'],
];

function ClockCard({
  reading,
  speaker,
  colours,
}: {
  reading: TimerReading | null;
  speaker: string | null;
  colours: Record<'running' | 'warning' | 'danger' | 'overtime', string>;
}) {
  const phase = reading?.phase ?? 'idle';
  const background = phase === 'idle' ? undefined : colours[phase];
  return (
    <div
      className={`timer-clock phase-${phase}${reading?.paused ? ' paused' : ''}`}
      style={background ? { background, color: textOn(background) } : undefined}
      data-phase={phase}
    >
      <div className="timer-speaker">{speaker ?? 'No one has the floor'}</div>
      <div className="timer-digits" aria-label="Time on the clock" role="timer">
        {reading ? reading.display : '–:––'}
      </div>
      <div className="timer-label" data-testid="timer-label">
        {reading ? reading.label : 'Give the floor to start a turn'}
      </div>
    </div>
  );
}

export function TimerPanel({ session, change }: { session: Session; change: ChangeFn }) {
  const { preferences, error: prefsError, save: savePreferences } = usePreferences();
  const thresholds = useMemo(
    () => ({
      warningSeconds: preferences.timerWarningSeconds,
      dangerSeconds: preferences.timerDangerSeconds,
    }),
    [preferences.timerWarningSeconds, preferences.timerDangerSeconds],
  );
  const people = useMemo(() => ordered(session.people), [session.people]);
  const peopleById = useMemo(() => new Map(session.people.map((p) => [p.id, p])), [session.people]);
  const queue = useMemo(() => queueOf(session), [session]);
  const current = useMemo(() => openTurn(session), [session]);
  const reading = useTimerReading(current?.timer ?? null, thresholds);

  const [marked, setMarked] = useStored(`session-desk.timer.${session.id}.segment`, parseSegmentMark);
  const segmentId = resolveCurrentSegment(session, marked);
  const [minutesBySegment, setMinutesBySegment] = useStored(TURN_MINUTES_KEY, parseMinutesMap);
  const storedMinutes = minutesBySegment[segmentId ?? 'none'];
  const turnMinutes =
    typeof storedMinutes === 'number' && Number.isFinite(storedMinutes)
      ? storedMinutes
      : DEFAULT_TURN_MINUTES;
  const setTurnMinutes = (m: number) =>
    setMinutesBySegment({ ...minutesBySegment, [segmentId ?? 'none']: m });

  const [speakerId, setSpeakerId] = useState('');
  const [countUp, setCountUp] = useState(false);
  const [queuePersonId, setQueuePersonId] = useState('');
  const [queuePresence, setQueuePresence] = useState<'' | 'onsite' | 'online'>('');
  const [notice, setNotice] = useState<string | null>(null);

  const [presenter, setPresenter] = useStored<PresenterState>(presenterKey(session.id), parsePresenterState);
  const [messageDraft, setMessageDraft] = useState(presenter.message);
  const messageBox = useRef<HTMLInputElement>(null);

  const request = useCallback(
    () => ({
      id: newId(),
      segmentId,
      allottedSeconds: Math.round(turnMinutes * 60),
      mode: countUp ? ('countup' as const) : ('countdown' as const),
    }),
    [segmentId, turnMinutes, countUp],
  );

  const startOrPause = useCallback(() => {
    const now = Date.now();
    if (current) {
      const paused = current.timer.pauses.at(-1)?.to === null;
      change(transitionOpenTurn(session, (t) => (paused ? resumeTimer(t, now) : pauseTimer(t, now))));
      return;
    }
    change(giveFloor(session, { ...request(), personId: speakerId || null }, now));
  }, [current, change, session, request, speakerId]);

  const next = useCallback(() => {
    const { changes, entry } = takeNext(session, request(), Date.now());
    if (!entry) {
      setNotice('The queue is empty.');
      return;
    }
    setNotice(null);
    change(changes);
  }, [session, request, change]);

  const end = useCallback(() => {
    const changes = endOpenTurns(session, Date.now());
    if (changes.length) change(changes);
  }, [session, change]);

  const adjust = useCallback(
    (seconds: number) => {
      const changes = transitionOpenTurn(session, (t) => adjustTimer(t, seconds));
      if (changes.length) change(changes);
    },
    [session, change],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key;
      let handled = true;
      if (key === ' ' || key === 'Spacebar') startOrPause();
      else if (key === 'n' || key === 'N') next();
      else if (key === 'e' || key === 'E') end();
      else if (key === '+' || key === '=' || event.code === 'NumpadAdd') adjust(60);
      else if (key === '-' || key === '−' || event.code === 'NumpadSubtract') adjust(-60);
      else if (key === 'm' || key === 'M') messageBox.current?.focus();
      else handled = false;
      if (handled) event.preventDefault();
    };
    // A focused button would also "click" on the Space key's release; the shortcut already acted.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && !isTyping(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [startOrPause, next, end, adjust]);

  // Audience member added on the fly.
  const [audName, setAudName] = useState('');
  const [audStakeholder, setAudStakeholder] = useState('');
  const [audRegion, setAudRegion] = useState('');
  const [audGender, setAudGender] = useState('');
  const [audPresence, setAudPresence] = useState<'onsite' | 'online'>('onsite');
  const addAudience = (then: 'queue' | 'floor') => (event?: FormEvent) => {
    event?.preventDefault();
    if (!audName.trim()) return;
    const now = new Date().toISOString();
    const person: Person = newPerson(
      audName.trim(),
      session.people.reduce((m, p) => Math.max(m, p.order + 1), 0),
      now,
      {
        audience: true,
        stakeholder: audStakeholder || null,
        region: audRegion || null,
        gender: (audGender || null) as Person['gender'],
        presence: audPresence,
      },
    );
    const { updatedAt: _u, deletedAt: _d, ...draft } = person;
    const withPerson = { ...session, people: [...session.people, person] };
    const changes: Change[] = [{ type: 'person.put', person: draft }];
    if (then === 'queue')
      changes.push(...addToQueue(withPerson, { id: newId(), personId: person.id, presence: audPresence }));
    else changes.push(...giveFloor(withPerson, { ...request(), personId: person.id }, Date.now()));
    change(changes);
    setAudName('');
  };

  const enqueue = (event: FormEvent) => {
    event.preventDefault();
    const person = peopleById.get(queuePersonId);
    if (!person) return;
    change(
      addToQueue(session, {
        id: newId(),
        personId: person.id,
        presence: queuePresence || person.presence || null,
      }),
    );
    setQueuePersonId('');
    setQueuePresence('');
  };

  const updatePresenter = (patch: Partial<PresenterState>) => setPresenter({ ...presenter, ...patch });
  const openStage = async () => {
    try {
      const { opened } = await call('openPresenter', { sessionId: session.id });
      setNotice(opened ? null : 'The presenter view opens in the desktop app only.');
    } catch (e) {
      setNotice(messageOf(e));
    }
  };

  const paused = current?.timer.pauses.at(-1)?.to === null;
  const speaker = current ? personLabel(current.personId ? peopleById.get(current.personId) : null) : null;

  return (
    <section className="timer-panel" aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="visually-hidden">
        Timer
      </h2>
      <div className="timer-main">
        <div className="card timer-floor">
          <ClockCard reading={reading} speaker={speaker} colours={preferences.timerColours} />
          <div className="timer-controls" role="group" aria-label="Turn controls">
            <button type="button" onClick={startOrPause}>
              {current ? (paused ? 'Resume' : 'Pause') : 'Start'} <kbd>Space</kbd>
            </button>
            <button type="button" className="secondary" onClick={() => adjust(60)} disabled={!current}>
              +1 min <kbd>+</kbd>
            </button>
            <button type="button" className="secondary" onClick={() => adjust(-60)} disabled={!current}>
              −1 min <kbd>−</kbd>
            </button>
            <button type="button" className="secondary" onClick={end} disabled={!current}>
              End turn <kbd>E</kbd>
            </button>
            <button type="button" onClick={next} disabled={queue.length === 0}>
              Next in queue <kbd>N</kbd>
            </button>
          </div>
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <form
            className="timer-give"
            onSubmit={(e) => {
              e.preventDefault();
              change(giveFloor(session, { ...request(), personId: speakerId || null }, Date.now()));
            }}
          >
            <label>
              Speaker
              <select aria-label="Speaker" value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
                <option value="">Unnamed speaker</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {personLabel(p)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Turn length (min)
              <input
                aria-label="Turn length (min)"
                type="number"
                min={0}
                max={240}
                step={0.5}
                value={turnMinutes}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isFinite(v) && v >= 0 && v <= 240) setTurnMinutes(v);
                }}
              />
            </label>
            <label className="check">
              <input type="checkbox" checked={countUp} onChange={(e) => setCountUp(e.target.checked)} /> Count
              up (open discussion)
            </label>
            <button type="submit">Give the floor</button>
          </form>
          <p className="muted small-text timer-keys" aria-label="Keyboard shortcuts">
            Keys (outside text fields):{' '}
            {SHORTCUTS.map(([k, what]) => (
              <span key={k} className="timer-key">
                <kbd>{k}</kbd> {what}
              </span>
            ))}
          </p>
        </div>

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
                    <span className="queue-name">{personLabel(person)}</span>
                    {q.presence && <span className={`badge presence-${q.presence}`}>{q.presence}</span>}
                    <span className="item-actions">
                      <button
                        type="button"
                        className="icon small"
                        aria-label={`Move ${name} up`}
                        disabled={i === 0}
                        onClick={() => change(moveInQueue(session, q.id, -1))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon small"
                        aria-label={`Move ${name} down`}
                        disabled={i === queue.length - 1}
                        onClick={() => change(moveInQueue(session, q.id, 1))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={`Remove ${name} from the queue`}
                        onClick={() => change([{ type: 'queue.delete', id: q.id }])}
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
              Person
              <select
                aria-label="Person"
                value={queuePersonId}
                onChange={(e) => setQueuePersonId(e.target.value)}
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
                value={queuePresence}
                onChange={(e) => setQueuePresence(e.target.value as typeof queuePresence)}
              >
                <option value="">As listed</option>
                {PRESENCES.map((p) => (
                  <option key={p} value={p}>
                    {codeLabel('presence', p)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={!queuePersonId}>
              Add to queue
            </button>
          </form>
          <form
            className="timer-row audience"
            onSubmit={addAudience('queue')}
            aria-label="Add an audience member"
          >
            <label>
              Audience member
              <input
                aria-label="Audience member"
                value={audName}
                onChange={(e) => setAudName(e.target.value)}
                placeholder="Name"
              />
            </label>
            <PickList
              label="Group"
              value={audStakeholder}
              options={STAKEHOLDER_GROUPS}
              optionLabel={(v) => codeLabel('stakeholder', v)}
              emptyLabel="Not recorded"
              onChange={setAudStakeholder}
            />
            <PickList
              label="Region"
              value={audRegion}
              options={REGIONAL_GROUPS}
              optionLabel={(v) => codeLabel('region', v)}
              emptyLabel="Not recorded"
              onChange={setAudRegion}
            />
            <PickList
              label="Gender"
              value={audGender}
              options={GENDERS}
              optionLabel={(v) => codeLabel('gender', v)}
              emptyLabel="Not recorded"
              onChange={setAudGender}
            />
            <label>
              Where
              <select
                aria-label="Where"
                value={audPresence}
                onChange={(e) => setAudPresence(e.target.value as 'onsite' | 'online')}
              >
                {PRESENCES.map((p) => (
                  <option key={p} value={p}>
                    {codeLabel('presence', p)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={!audName.trim()}>
              Add audience member to queue
            </button>
            <button
              type="button"
              className="secondary"
              disabled={!audName.trim()}
              onClick={() => addAudience('floor')()}
            >
              Give them the floor now
            </button>
          </form>
        </div>

        <div className="card timer-stage" aria-labelledby="stage-heading">
          <h3 id="stage-heading">Stage screen</h3>
          <div className="timer-row">
            <button type="button" onClick={() => void openStage()}>
              Open presenter view
            </button>
            <button
              type="button"
              className={presenter.blackout ? '' : 'secondary'}
              aria-pressed={presenter.blackout}
              onClick={() => updatePresenter({ blackout: !presenter.blackout })}
            >
              {presenter.blackout ? 'End blackout' : 'Blackout'}
            </button>
          </div>
          <form
            className="timer-row"
            onSubmit={(e) => {
              e.preventDefault();
              updatePresenter({ message: messageDraft.trim(), showMessage: messageDraft.trim() !== '' });
            }}
          >
            <label>
              <span>
                Message to the speaker <kbd>M</kbd>
              </span>
              <input
                aria-label="Message to the speaker"
                ref={messageBox}
                value={messageDraft}
                maxLength={200}
                placeholder="Please wrap up"
                onChange={(e) => setMessageDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') e.currentTarget.blur();
                }}
              />
            </label>
            <button type="submit">Show message</button>
            <button
              type="button"
              className="secondary"
              disabled={!presenter.showMessage}
              onClick={() =>
                updatePresenter({
                  ...EMPTY_PRESENTER,
                  blackout: presenter.blackout,
                  message: presenter.message,
                })
              }
            >
              Hide message
            </button>
          </form>
          <p role="status" className="muted small-text">
            Stage shows: {presenter.blackout ? 'blackout' : 'the timer'}
            {presenter.showMessage && presenter.message ? ` and the message “${presenter.message}”` : ''}.
          </p>
        </div>
      </div>

      <div className="timer-side">
        <RunOfShowView session={session} marked={marked} onMark={setMarked} />
        <BalanceView session={session} />
      </div>

      <TurnsTable session={session} change={change} thresholds={thresholds} />
      <TimerSettings preferences={preferences} error={prefsError} save={savePreferences} />
    </section>
  );
}
