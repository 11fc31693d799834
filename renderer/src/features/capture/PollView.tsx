import type { Poll } from '../../../../shared/model/session';
import { pollShares } from '../../../../shared/capture/poll';
import { useLanguage, useT } from '../../i18n';

/** A poll's results as a small table with a bar per option; the numbers are always written out. */
export function PollView({ poll }: { poll: Poll }) {
  const { t } = useT('capture');
  const { format } = useLanguage();
  const shares = pollShares(poll);
  const total = poll.options.reduce((sum, o) => sum + o.count, 0);
  return (
    <table className="poll">
      <caption>
        <bdi>{t('poll.caption', { question: poll.question || t('poll.untitled') })}</bdi>{' '}
        <span className="muted">{t('poll.votes', { count: total })}</span>
      </caption>
      <tbody>
        {poll.options.map((o, i) => (
          <tr key={i}>
            <th scope="row" dir="auto">
              {o.label}
            </th>
            <td className="poll-count">{format.number(o.count)}</td>
            <td className="poll-bar-cell">
              <span className="poll-bar" style={{ width: `${shares[i] ?? 0}%` }} />
              <span className="poll-share">{format.percent((shares[i] ?? 0) / 100)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
