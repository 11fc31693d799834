import type { Session } from '../../../../shared/model/session';
import { BALANCE_DIMENSIONS, dimensionTitle, floorBalance } from '../../../../shared/timer/balance';
import { minutesClock } from './format';
import { useNow } from '../../common/clock';

/** Floor balance as horizontal bars, each with its figures in text so colour is never the only signal. */
export function BalanceView({ session }: { session: Session }) {
  const now = useNow(1000);
  const balance = floorBalance(session, now);
  return (
    <section className="card timer-balance" aria-labelledby="balance-heading">
      <h3 id="balance-heading">Floor balance</h3>
      <p className="muted small-text">
        {balance.turns === 0
          ? 'Nobody has had the floor yet.'
          : `${minutesClock(balance.totalMs)} spoken in ${balance.turns} turn${balance.turns === 1 ? '' : 's'}, including the running turn.`}
      </p>
      {BALANCE_DIMENSIONS.map((key) => (
        <div key={key} className="balance-group" role="group" aria-label={dimensionTitle(key)}>
          <h4>{dimensionTitle(key)}</h4>
          <ul>
            {balance[key].map((bucket) => (
              <li
                key={bucket.key}
                className={`balance-row${bucket.turns === 0 ? ' empty' : ''}`}
                data-testid={`balance-${key}-${bucket.key || 'not-recorded'}`}
              >
                <span className="balance-label">{bucket.label}</span>
                <span className="balance-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(bucket.share * 1000) / 10}%` }} />
                </span>
                <span className="balance-value">
                  {minutesClock(bucket.ms)} · {bucket.turns} turn{bucket.turns === 1 ? '' : 's'} ·{' '}
                  {Math.round(bucket.share * 100)}%
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
