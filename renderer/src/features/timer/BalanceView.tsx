import type { Session } from '../../../../shared/model/session';
import { BALANCE_DIMENSIONS, dimensionTitle, floorBalance } from '../../../../shared/timer/balance';
import { minutesClock } from './format';
import { useNow } from '../../common/clock';
import { useLanguage, useT } from '../../i18n';

/** Floor balance as horizontal bars, each with its figures in text so colour is never the only signal. */
export function BalanceView({ session }: { session: Session }) {
  const { t } = useT('timer');
  const { tr, format } = useLanguage();
  const now = useNow(1000);
  const balance = floorBalance(session, now, tr);
  return (
    <section className="card timer-balance" aria-labelledby="balance-heading">
      <h3 id="balance-heading">{t('balance.heading')}</h3>
      <p className="muted small-text">
        {balance.turns === 0
          ? t('balance.none')
          : t('balance.spoken', { time: minutesClock(balance.totalMs), count: balance.turns })}
      </p>
      {BALANCE_DIMENSIONS.map((key) => (
        <div key={key} className="balance-group" role="group" aria-label={dimensionTitle(key, tr)}>
          <h4>{dimensionTitle(key, tr)}</h4>
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
                  {t('balance.value', {
                    time: minutesClock(bucket.ms),
                    count: bucket.turns,
                    share: format.percent(bucket.share),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
