import type { Session } from '../../../../shared/model/session';
import { openTurn, queueOf } from '../../../../shared/timer/floor';
import { textOn } from '../../../../shared/timer/presenter';
import { useTimerReading } from '../../common/clock';
import { WithName } from '../../common/WithName';
import { useLanguage } from '../../i18n';
import { usePreferences } from '../../state/usePreferences';

/**
 * For one person both taking notes and keeping time: who has the floor, their time left in the phase
 * colour the stage shows, and who is next. Hidden while nobody has the floor and nobody waits.
 */
export function TimerStrip({ session }: { session: Session }) {
  const { t, tr } = useLanguage();
  const { preferences } = usePreferences();
  const turn = openTurn(session);
  const thresholds = {
    warningSeconds: preferences.timerWarningSeconds,
    dangerSeconds: preferences.timerDangerSeconds,
  };
  const reading = useTimerReading(turn?.timer ?? null, thresholds, tr);
  const head = queueOf(session)[0];
  if (!turn && !head) return null;
  const nameOf = (id: string | null | undefined) => session.people.find((p) => p.id === id)?.name ?? '';
  const phase = reading?.phase ?? 'idle';
  const label = reading?.label ?? '';
  const background = phase === 'idle' ? undefined : preferences.timerColours[phase];
  const nextName = head ? nameOf(head.personId) : '';
  const next = head
    ? head.presence === 'online'
      ? t('stage.nextUpOnline', { name: nextName })
      : nextName
    : t('stage.nobodyNext');
  return (
    <section className="timer-strip" aria-label={t('stage.strip')} data-phase={phase}>
      <span className="timer-strip-now">
        <span className="muted">{t('stage.onFloor')}:</span>{' '}
        <strong data-testid="strip-speaker">
          <bdi>{turn ? nameOf(turn.personId) : t('stage.noTurn')}</bdi>
        </strong>
      </span>
      {reading && (
        <span
          className="timer-strip-clock"
          role="timer"
          aria-label={label}
          title={label}
          dir="ltr"
          style={background ? { background, color: textOn(background) } : undefined}
        >
          {reading.display}
        </span>
      )}
      <span className="timer-strip-next">
        <span className="muted">{t('stage.nextUp')}:</span>{' '}
        <strong data-testid="strip-next">
          <WithName text={next} name={nextName} />
        </strong>
      </span>
    </section>
  );
}
