import type { Person } from '../../../../shared/model/session';
import type { TimerReading } from '../../../../shared/timer/timer';
import { ClockCard } from './ClockCard';
import { personLabel } from './format';
import { textDirection } from '../../common/textDirection';
import { TIMER_KEYS, timerKeyLabel } from '../../keymap';
import { useLanguage, useT } from '../../i18n';
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
  const { t } = useT('timer');
  const { tr } = useLanguage();
  const { history } = actions;
  const chosenLabel = personLabel(
    people.find((p) => p.id === speakerId),
    t,
    tr,
  );
  return (
    <div className="card timer-floor">
      <ClockCard reading={reading} speaker={speaker} colours={colours} />
      <div className="timer-controls" role="group" aria-label={t('floor.controls')}>
        <button type="button" onClick={() => actions.startOrPause(speakerId || null)}>
          {hasTurn ? (paused ? t('floor.resume') : t('floor.pause')) : t('floor.start')}{' '}
          <kbd>{timerKeyLabel('startPause')}</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => actions.adjust(60)} disabled={!hasTurn}>
          {t('floor.plusMinute')} <kbd>{timerKeyLabel('addMinute')}</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => actions.adjust(-60)} disabled={!hasTurn}>
          {t('floor.minusMinute')} <kbd>{timerKeyLabel('takeMinute')}</kbd>
        </button>
        <button type="button" className="secondary" onClick={actions.end} disabled={!hasTurn}>
          {t('floor.end')} <kbd>{timerKeyLabel('end')}</kbd>
        </button>
        <button type="button" onClick={actions.next} disabled={queueLength === 0}>
          {t('floor.next')} <kbd>{timerKeyLabel('next')}</kbd>
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!history.canUndo}
          title={
            history.nextUndo ? t('floor.undoWhat', { what: history.nextUndo }) : t('floor.nothingToUndo')
          }
          onClick={() => history.undo()}
        >
          {history.nextUndo ? t('floor.undoWhat', { what: history.nextUndo }) : t('floor.undo')}{' '}
          <kbd>{timerKeyLabel('undo')}</kbd>
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
          {t('floor.speaker')}
          {/* A long name is cut at its logical end with an ellipsis, read from its own side (the right,
              for Arabic), and shown whole on hover. */}
          <select
            aria-label={t('floor.speaker')}
            value={speakerId}
            onChange={(e) => setSpeakerId(e.target.value)}
            dir={textDirection(chosenLabel)}
            title={chosenLabel}
          >
            <option value="">{t('unnamed')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id} dir="auto">
                {personLabel(p, t, tr)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('floor.turnLength')}
          <input
            aria-label={t('floor.turnLength')}
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
          <input type="checkbox" checked={countUp} onChange={(e) => setCountUp(e.target.checked)} />{' '}
          {t('floor.countUp')}
        </label>
        <button type="submit">{t('floor.give')}</button>
      </form>
      <p className="muted small-text timer-keys" aria-label={t('floor.keys')}>
        {t('floor.keysIntro')}{' '}
        {TIMER_KEYS.map((k) => (
          <span key={k.action} className="timer-key">
            <kbd>{k.label}</kbd> {t(`keys.${k.action}`)}
          </span>
        ))}
      </p>
    </div>
  );
}
