import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ordered } from '../../../../shared/model/session';
import { openTurn, queueOf } from '../../../../shared/timer/floor';
import {
  parsePresenterState,
  parseSegmentMark,
  presenterKey,
  segmentMarkKey,
  type PresenterState,
} from '../../../../shared/timer/presenter';
import { resolveCurrentSegment } from '../../../../shared/timer/runOfShow';
import { useTimerReading } from '../../common/clock';
import { ErrorBanner } from '../../common/ErrorBanner';
import { findBinding, isTextField } from '../../common/keys';
import { call, messageOf } from '../../desk';
import { useOpenSession } from '../../state/SessionProvider';
import { useMachineSetting } from '../../state/useMachineSetting';
import { useLanguage, useT } from '../../i18n';
import { usePreferences } from '../../state/usePreferences';
import { BalanceView } from './BalanceView';
import { FloorCard } from './FloorCard';
import { personLabel } from './format';
import { QueueCard } from './QueueCard';
import { RunOfShowView } from './RunOfShowView';
import { StageCard } from './StageCard';
import { TIMER_KEYS, type TimerAction } from '../../keymap';
import { useMenuCommand } from '../../useMenuCommand';
import { TimerSettings } from './TimerSettings';
import { TurnsTable } from './TurnsTable';
import { useTimerActions } from './useTimerActions';
import './timer.css';

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

/** The moderator's screen: the clock and its keys, the queue, the stage screen, the plan and the balance. */
const MENU_ACTIONS = {
  undo: 'undo',
  redo: 'redo',
  stageBlackout: 'blackout',
  stageMessage: 'message',
} as const;

export function TimerPanel() {
  const { t } = useT('timer');
  const { tr } = useLanguage();
  const { session, change } = useOpenSession();
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
  const reading = useTimerReading(current?.timer ?? null, thresholds, tr);

  const [marked, setMarked] = useMachineSetting(segmentMarkKey(session.id), parseSegmentMark);
  const segmentId = resolveCurrentSegment(session, marked);
  const [minutesBySegment, setMinutesBySegment] = useMachineSetting(TURN_MINUTES_KEY, parseMinutesMap);
  const storedMinutes = minutesBySegment[segmentId ?? 'none'];
  const turnMinutes =
    typeof storedMinutes === 'number' && Number.isFinite(storedMinutes)
      ? storedMinutes
      : DEFAULT_TURN_MINUTES;
  const setTurnMinutes = (m: number) =>
    setMinutesBySegment({ ...minutesBySegment, [segmentId ?? 'none']: m });

  const [speakerId, setSpeakerId] = useState('');
  const [countUp, setCountUp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [presenter, setPresenter] = useMachineSetting<PresenterState>(
    presenterKey(session.id),
    parsePresenterState,
  );
  // Stage screens on other devices (team mode) show the same message and blackout.
  useEffect(() => {
    const { message, showMessage, blackout } = presenter;
    void call('setStageState', { sessionId: session.id, message, showMessage, blackout }).catch(
      () => undefined,
    );
  }, [session.id, presenter]);
  const panel = useRef<HTMLElement>(null);
  const messageBox = useRef<HTMLInputElement>(null);
  const queueSelect = useRef<HTMLSelectElement>(null);
  const actions = useTimerActions(session, change, { segmentId, turnMinutes, countUp }, setNotice, t);

  const openStage = useCallback(async () => {
    try {
      const { opened } = await call('openPresenter', { sessionId: session.id });
      setNotice(opened ? null : t('stage.desktopOnly'));
    } catch (e) {
      setNotice(messageOf(e));
    }
  }, [session.id, t]);

  const backToTimer = () => panel.current?.focus();
  const run = (action: TimerAction) => {
    const a = actions;
    if (action === 'startPause') a.startOrPause(speakerId || null);
    else if (action === 'next') a.next();
    else if (action === 'end') a.end();
    else if (action === 'addMinute') a.adjust(60);
    else if (action === 'takeMinute') a.adjust(-60);
    else if (action === 'message') messageBox.current?.focus();
    else if (action === 'hideMessage') setPresenter({ ...presenter, showMessage: false });
    else if (action === 'blackout') setPresenter({ ...presenter, blackout: !presenter.blackout });
    else if (action === 'openStage') void openStage();
    else if (action === 'queue') queueSelect.current?.focus();
    else if (action === 'undo') setNotice(a.history.undo() ? null : t('notice.nothingToUndo'));
    else if (action === 'redo') setNotice(a.history.redo() ? null : t('notice.nothingToRedo'));
  };
  const runRef = useRef(run);
  runRef.current = run;
  // The menu's Undo, Redo, Blackout and Message do what the timer's keys do.
  useMenuCommand(['undo', 'redo', 'stageBlackout', 'stageMessage'], ({ command }) =>
    runRef.current(MENU_ACTIONS[command as keyof typeof MENU_ACTIONS]),
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const binding = findBinding(TIMER_KEYS, event);
      if (!binding) return;
      event.preventDefault();
      runRef.current(binding.action);
    };
    // A focused button would also "click" on the Space key's release; the shortcut already acted.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && !isTextField(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);

  const paused = current?.timer.pauses.at(-1)?.to === null;
  const speaker = current
    ? personLabel(current.personId ? peopleById.get(current.personId) : null, t, tr)
    : null;

  return (
    <section className="timer-panel" aria-labelledby="timer-heading" ref={panel} tabIndex={-1}>
      <h2 id="timer-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <ErrorBanner message={prefsError} />
      <div className="timer-main">
        <FloorCard
          reading={reading}
          speaker={speaker}
          colours={preferences.timerColours}
          hasTurn={current !== null}
          paused={paused}
          queueLength={queue.length}
          notice={notice}
          people={people}
          speakerId={speakerId}
          setSpeakerId={setSpeakerId}
          turnMinutes={turnMinutes}
          setTurnMinutes={setTurnMinutes}
          countUp={countUp}
          setCountUp={setCountUp}
          actions={actions}
        />
        <QueueCard
          queue={queue}
          people={people}
          peopleById={peopleById}
          actions={actions}
          personSelect={queueSelect}
        />
        <StageCard
          presenter={presenter}
          update={setPresenter}
          openTurnId={current?.id ?? null}
          openStage={() => void openStage()}
          messageBox={messageBox}
          onDone={backToTimer}
        />
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
