import { useEffect, useState, type CSSProperties } from 'react';
import { translator } from '../../../shared/i18n';
import { matchLanguage } from '../../../shared/i18n/languages';
import { applyChanges } from '../../../shared/model/changes';
import type { Session } from '../../../shared/model/session';
import { openTurn } from '../../../shared/timer/floor';
import {
  messageFlashKey,
  messageVisible,
  parsePresenterState,
  parseSegmentMark,
  presenterKey,
  segmentMarkKey,
  textOn,
  type PresenterState,
} from '../../../shared/timer/presenter';
import { call, messageOf } from '../desk';
import { useTimerReading } from '../common/clock';
import { useMachineSetting } from '../state/useMachineSetting';
import { usePreferences } from '../state/usePreferences';
import { StageBoard } from './StageBoard';

/**
 * The stage-facing screen. It holds its own copy of the session (loaded with getSession, kept current by
 * applying every `sessionChanged` event with the same pure `applyChanges`), and redraws every animation
 * frame from the stored timer state and `Date.now()` — it never counts anything down itself. The
 * moderator's message and blackout arrive through localStorage (see shared/timer/presenter.ts).
 */
export function Presenter({ sessionId }: { sessionId: string }) {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { preferences } = usePreferences();
  const [stage] = useMachineSetting<PresenterState>(presenterKey(sessionId), parsePresenterState);
  const [marked] = useMachineSetting(segmentMarkKey(sessionId), parseSegmentMark);

  useEffect(() => {
    let alive = true;
    call('getSession', { id: sessionId }).then(
      (loaded) => alive && setSession(loaded),
      (e: unknown) => alive && setError(messageOf(e)),
    );
    const unsubscribe = window.desk.on('sessionChanged', (event) => {
      if (event.id !== sessionId) return;
      setSession((current) => (current ? applyChanges(current, event.changes, event.updatedAt) : current));
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [sessionId]);

  const turn = session ? openTurn(session) : null;
  // The stage speaks the session's language, else the moderator's screens' (as the pages on other devices
  // do), the pseudo-locale included, so that a text left out of the translations shows there too.
  const tr = translator(
    session?.report.language ?? preferences.language ?? matchLanguage(navigator.languages),
  );
  const { t } = tr;
  const reading = useTimerReading(
    turn?.timer ?? null,
    {
      warningSeconds: preferences.timerWarningSeconds,
      dangerSeconds: preferences.timerDangerSeconds,
    },
    tr,
  );

  const title = session?.facts.title;
  useEffect(() => {
    document.documentElement.lang = tr.language;
    document.documentElement.dir = tr.dir;
    document.title = title ? `${t('web.stage')} · ${title}` : `Session Desk · ${t('web.stage')}`;
  }, [tr, t, title]);

  if (stage.blackout)
    return <main className="stage blackout" aria-label={t('web.blackout')} data-phase="blackout" />;
  if (error)
    return (
      <main className="stage idle">
        <p role="alert" className="stage-note">
          {error}
        </p>
      </main>
    );

  const phase = reading?.phase ?? 'idle';
  const background = phase === 'idle' ? '#000000' : preferences.timerColours[phase];
  const person = turn?.personId ? session?.people.find((p) => p.id === turn.personId) : null;
  const showMessage = messageVisible(stage, turn?.id ?? null);

  return (
    <main
      className={`stage phase-${phase}${reading?.paused ? ' paused' : ''}${showMessage ? ' with-message' : ''}`}
      style={{ background, color: textOn(background) }}
      data-phase={phase}
    >
      <div className="stage-centre">
        {reading ? (
          <>
            <div className="stage-name" dir="auto">
              {person?.name ?? (turn ? t('web.speaker') : '')}
            </div>
            <div
              className="stage-digits"
              role="timer"
              aria-live="off"
              dir="ltr"
              style={{ '--chars': Math.max(4, reading.display.length) } as CSSProperties}
            >
              {reading.display}
            </div>
            <div className="stage-label">{reading.label}</div>
          </>
        ) : (
          <div className="stage-note" dir="auto">
            {session ? session.facts.title || 'Session Desk' : t('web.connecting')}
          </div>
        )}
        {showMessage && (
          // A new key per message restarts the flash, so the speaker's eye is drawn to it once.
          <div
            key={messageFlashKey(stage)}
            className={`stage-message flash${stage.message.length > 90 ? ' long' : stage.message.length > 40 ? ' medium' : ''}`}
            role="status"
            dir="auto"
          >
            {stage.message}
          </div>
        )}
      </div>
      {session && <StageBoard session={session} marked={marked} tr={tr} />}
    </main>
  );
}
