import type { Session } from '../../../../shared/model/session';
import { formatVariance, runOfShow, varianceTone } from '../../../../shared/timer/runOfShow';
import { timeOfDay } from '../../../../shared/model/time';
import { minutesClock } from './format';
import { ZoneNote } from './ZoneNote';
import { useNow } from '../../common/clock';
import { useT, type TFor } from '../../i18n';

/** "Behind plan by 2:05" (whole seconds, as the variance figures are). */
function describeVariance(ms: number, t: TFor<'timer'>): string {
  const s = Math.round(ms / 1000);
  if (s === 0) return t('run.onPlan');
  const clock = minutesClock(Math.abs(s) * 1000);
  return s > 0 ? t('run.behind', { clock }) : t('run.ahead', { clock });
}

/** The agenda against the clock; see shared/timer/runOfShow.ts for how actual and ahead/behind are defined. */
export function RunOfShowView({
  session,
  marked,
  onMark,
}: {
  session: Session;
  marked: string | null;
  onMark: (segmentId: string) => void;
}) {
  const { t } = useT('timer');
  const now = useNow(1000);
  const run = runOfShow(session, now, marked);
  const localTime = (ms: number) => timeOfDay(ms, session.facts.timeZone);
  return (
    <section className="card timer-run" aria-labelledby="run-heading">
      <h3 id="run-heading">{t('run.heading')}</h3>
      <p className="run-summary" data-testid="run-summary">
        {run.scheduleVarianceMs === null ? (
          <span className="muted">
            {run.segments.length === 0 ? t('run.noSegments') : t('run.notStarted')}
          </span>
        ) : (
          <>
            <strong className={varianceTone(run.scheduleVarianceMs)}>
              {describeVariance(run.scheduleVarianceMs, t)}
            </strong>
            {run.startVarianceMs !== null && Math.abs(run.startVarianceMs) >= 1000 && (
              <span className="muted">
                {' '}
                {t(run.startVarianceMs > 0 ? 'run.beganLate' : 'run.beganEarly', {
                  clock: formatVariance(Math.abs(run.startVarianceMs)),
                })}
              </span>
            )}
          </>
        )}
        {run.hardEndMs !== null && (
          <span className="run-hard-end">
            {' '}
            ·{' '}
            {run.leftToHardEndMs === null
              ? t('run.hardEnd', { time: localTime(run.hardEndMs) })
              : run.leftToHardEndMs >= 0
                ? t('run.hardEndLeft', {
                    time: localTime(run.hardEndMs),
                    clock: minutesClock(run.leftToHardEndMs),
                  })
                : t('run.hardEndPast', {
                    time: localTime(run.hardEndMs),
                    clock: minutesClock(-run.leftToHardEndMs),
                  })}
            <ZoneNote timeZone={session.facts.timeZone} lead=" · " />
            {run.hardEndVarianceMs !== null &&
              ` · ${
                run.hardEndVarianceMs > 1000
                  ? t('run.overrun', { clock: minutesClock(run.hardEndVarianceMs) })
                  : t('run.early', { clock: minutesClock(-run.hardEndVarianceMs) })
              }`}
          </span>
        )}
        {run.startSource === 'first-turn' && <span className="muted"> · {t('run.fromFirstTurn')}</span>}
      </p>
      {run.segments.length > 0 && (
        <table className="run-table">
          <thead>
            <tr>
              <th scope="col">{t('run.segment')}</th>
              <th scope="col" className="num">
                {t('run.planned')}
              </th>
              <th scope="col" className="num">
                {t('run.actual')}
              </th>
              <th scope="col" className="num">
                {t('run.spoken')}
              </th>
              <th scope="col" className="num">
                ±
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('run.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {run.segments.map((r) => (
              <tr
                key={r.segment.id}
                className={`run-${r.status}`}
                aria-current={r.status === 'current' ? 'step' : undefined}
              >
                <td>
                  {r.status === 'current' && <span className="now-tag">{t('run.now')}</span>}{' '}
                  <bdi>{r.segment.title || t('run.untitled')}</bdi>
                </td>
                <td className="num">{minutesClock(r.plannedMs)}</td>
                <td className="num">{r.actualMs === null ? '—' : minutesClock(r.actualMs)}</td>
                <td className="num">{r.turns ? `${minutesClock(r.spokenMs)} (${r.turns})` : '—'}</td>
                <td className={`num ${varianceTone(r.overMs)}`}>{formatVariance(r.overMs)}</td>
                <td>
                  {r.status !== 'current' && (
                    <button type="button" className="small secondary" onClick={() => onMark(r.segment.id)}>
                      {t('run.startSegment')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
