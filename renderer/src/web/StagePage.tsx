import { textOn } from '../../../shared/timer/presenter';
import { readTimer } from '../../../shared/timer/timer';
import { linkStatus, usePageLanguage } from './language';
import { useFrame, useLink } from './socket';

/** The stage view in any browser: the same screen as the app's presenter window, fed over the network. */
export function StagePage() {
  const link = useLink();
  const view = link.stage;
  const turn = view?.turn ?? null;
  const now = useFrame(turn !== null) + link.offsetMs;
  const tr = usePageLanguage(link, (t) => `Session Desk · ${t('web.stage')}`);
  const { t } = tr;

  if (link.phase !== 'live' || !view)
    return (
      <main className="stage idle" data-phase="connecting">
        <p role="status" className="stage-note">
          {linkStatus(link, t)}
        </p>
      </main>
    );
  if (view.blackout)
    return <main className="stage blackout" aria-label={t('web.blackout')} data-phase="blackout" />;
  const reading = turn
    ? readTimer(
        turn.timer,
        now,
        { warningSeconds: view.warningSeconds, dangerSeconds: view.dangerSeconds },
        tr,
      )
    : null;
  const phase = reading?.phase ?? 'idle';
  const background = phase === 'idle' ? '#000000' : view.colours[phase];
  return (
    <main
      className={`stage phase-${phase}${reading?.paused ? ' paused' : ''}${view.message ? ' with-message' : ''}`}
      style={{ background, color: textOn(background) }}
      data-phase={phase}
    >
      {reading ? (
        <>
          <div className="stage-name" dir="auto">
            {turn?.name ?? t('web.speaker')}
          </div>
          {/* The clock reads the same in every language: digits left to right, as on a watch. */}
          <div className="stage-digits" role="timer" aria-live="off" dir="ltr">
            {reading.display}
          </div>
          <div className="stage-label">{reading.label}</div>
        </>
      ) : (
        <div className="stage-name" dir="auto">
          {view.title}
        </div>
      )}
      {view.message ? (
        <div className="stage-message" dir="auto">
          {view.message}
        </div>
      ) : null}
    </main>
  );
}
