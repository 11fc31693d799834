import type { Person } from '../../../../shared/model/session';
import type { TimerReading } from '../../../../shared/timer/timer';
import { ClockCard } from './ClockCard';
import { personLabel } from './format';
import { textDirection } from '../../common/textDirection';
import { TIMER_KEYS, timerKeyLabel } from '../../keymap';
import type { TimerActions } from './useTimerActions';

/** The clock, the buttons for the turn, and the form that gives the floor to someone. */
export function FloorCard({
  reading,
  speaker,
  colours,
  hasTurn,
  paused,
  queueLength,
  notice,
  people,
  speakerId,
  setSpeakerId,
  turnMinutes,
  setTurnMinutes,
  countUp,
  setCountUp,
  actions,
}: {
  reading: TimerReading | null;
  speaker: string | null;
  colours: Record<'running' | 'warning' | 'danger' | 'overtime', string>;
  hasTurn: boolean;
  paused: boolean;
  queueLength: number;
  notice: string | null;
  people: readonly Person[];
  speakerId: string;
  setSpeakerId: (id: string) => void;
  turnMinutes: number;
  setTurnMinutes: (m: number) => void;
  countUp: boolean;
  setCountUp: (on: boolean) => void;
  actions: TimerActions;
}) {
  const { history } = actions;
  const chosenLabel = personLabel(people.find((p) => p.id === speakerId));
  return (
    <div className="card timer-floor">
      <ClockCard reading={reading} speaker={speaker} colours={colours} />
      <div className="timer-controls" role="group" aria-label="Turn controls">
        <button type="button" onClick={() => actions.startOrPause(speakerId || null)}>
          {hasTurn ? (paused ? 'Resume' : 'Pause') : 'Start'} <kbd>Space</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => actions.adjust(60)} disabled={!hasTurn}>
          +1 min <kbd>+</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => actions.adjust(-60)} disabled={!hasTurn}>
          −1 min <kbd>−</kbd>
        </button>
        <button type="button" className="secondary" onClick={actions.end} disabled={!hasTurn}>
          End turn <kbd>E</kbd>
        </button>
        <button type="button" onClick={actions.next} disabled={queueLength === 0}>
          Next in queue <kbd>N</kbd>
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!history.canUndo}
          title={history.nextUndo ? `Undo ${history.nextUndo}` : 'Nothing to undo'}
          onClick={() => history.undo()}
        >
          {history.nextUndo ? `Undo ${history.nextUndo}` : 'Undo'} <kbd>{timerKeyLabel('undo')}</kbd>
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
          actions.give(speakerId || null);
        }}
      >
        <label>
          Speaker
          {/* A long name is cut at its logical end with an ellipsis, read from its own side (the right,
              for Arabic), and shown whole on hover. */}
          <select
            aria-label="Speaker"
            value={speakerId}
            onChange={(e) => setSpeakerId(e.target.value)}
            dir={textDirection(chosenLabel)}
            title={chosenLabel}
          >
            <option value="">Unnamed speaker</option>
            {people.map((p) => (
              <option key={p.id} value={p.id} dir="auto">
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
          <input type="checkbox" checked={countUp} onChange={(e) => setCountUp(e.target.checked)} /> Count up
          (open discussion)
        </label>
        <button type="submit">Give the floor</button>
      </form>
      <p className="muted small-text timer-keys" aria-label="Keyboard shortcuts">
        Keys (outside text fields):{' '}
        {TIMER_KEYS.map((k) => (
          <span key={k.action} className="timer-key">
            <kbd>{k.label}</kbd> {k.what}
          </span>
        ))}
      </p>
    </div>
  );
}
