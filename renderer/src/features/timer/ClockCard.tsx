import { textOn } from '../../../../shared/timer/presenter';
import type { TimerReading } from '../../../../shared/timer/timer';
import { useT } from '../../i18n';

/** The moderator's copy of the stage clock, in the same phase colours. */
export function ClockCard({
  reading,
  speaker,
  colours,
}: {
  reading: TimerReading | null;
  speaker: string | null;
  colours: Record<'running' | 'warning' | 'danger' | 'overtime', string>;
}) {
  const { t } = useT('timer');
  const phase = reading?.phase ?? 'idle';
  const background = phase === 'idle' ? undefined : colours[phase];
  return (
    <div
      className={`timer-clock phase-${phase}${reading?.paused ? ' paused' : ''}`}
      style={background ? { background, color: textOn(background) } : undefined}
      data-phase={phase}
    >
      <div className="timer-speaker" title={speaker ?? undefined}>
        <bdi>{speaker ?? t('clock.nobody')}</bdi>
      </div>
      <div className="timer-digits" aria-label={t('clock.digits')} role="timer" dir="ltr">
        {reading ? reading.display : '–:––'}
      </div>
      <div className="timer-label" data-testid="timer-label">
        {reading ? reading.label : t('clock.give')}
      </div>
    </div>
  );
}
