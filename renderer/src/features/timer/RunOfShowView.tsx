import type { Session } from '../../../../shared/model/session';
import {
  describeVariance,
  formatVariance,
  runOfShow,
  varianceTone,
} from '../../../../shared/timer/runOfShow';
import { localTime, minutesClock } from './format';
import { useNow } from '../../common/clock';

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
  const now = useNow(1000);
  const run = runOfShow(session, now, marked);
  return (
    <section className="card timer-run" aria-labelledby="run-heading">
      <h3 id="run-heading">Run of show</h3>
      <p className="run-summary" data-testid="run-summary">
        {run.scheduleVarianceMs === null ? (
          <span className="muted">
            {run.segments.length === 0
              ? 'No agenda segments: add them under Setup to compare with the plan.'
              : 'Starts counting with the first turn (or set the date and start time under Setup).'}
          </span>
        ) : (
          <>
            <strong className={varianceTone(run.scheduleVarianceMs)}>
              {describeVariance(run.scheduleVarianceMs, 'Behind plan', 'Ahead of plan')}
            </strong>
            {run.startVarianceMs !== null && Math.abs(run.startVarianceMs) >= 1000 && (
              <span className="muted">
                {' '}
                (began {formatVariance(Math.abs(run.startVarianceMs))}{' '}
                {run.startVarianceMs > 0 ? 'late' : 'early'})
              </span>
            )}
          </>
        )}
        {run.hardEndMs !== null && (
          <span className="run-hard-end">
            {' '}
            · Hard end {localTime(run.hardEndMs)} (
            {run.leftToHardEndMs! >= 0
              ? `${minutesClock(run.leftToHardEndMs!)} left`
              : `${minutesClock(-run.leftToHardEndMs!)} past`}
            )
            {run.hardEndVarianceMs !== null &&
              ` · projected ${
                run.hardEndVarianceMs > 1000
                  ? `to overrun by ${minutesClock(run.hardEndVarianceMs)}`
                  : `to finish ${minutesClock(-run.hardEndVarianceMs)} early`
              }`}
          </span>
        )}
        {run.startSource === 'first-turn' && (
          <span className="muted"> · start taken from the first turn</span>
        )}
      </p>
      {run.segments.length > 0 && (
        <table className="run-table">
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col" className="num">
                Actual
              </th>
              <th scope="col" className="num">
                Spoken
              </th>
              <th scope="col" className="num">
                ±
              </th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
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
                  {r.status === 'current' && <span className="now-tag">Now</span>}{' '}
                  {r.segment.title || 'Untitled'}
                </td>
                <td className="num">{minutesClock(r.plannedMs)}</td>
                <td className="num">{r.actualMs === null ? '—' : minutesClock(r.actualMs)}</td>
                <td className="num">{r.turns ? `${minutesClock(r.spokenMs)} (${r.turns})` : '—'}</td>
                <td className={`num ${varianceTone(r.overMs)}`}>{formatVariance(r.overMs)}</td>
                <td>
                  {r.status !== 'current' && (
                    <button type="button" className="small secondary" onClick={() => onMark(r.segment.id)}>
                      Start segment
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
