import type { Poll } from '../../../../shared/model/session';
import { pollShares } from '../../../../shared/capture/poll';

/** A poll's results as a small table with a bar per option; the numbers are always written out. */
export function PollView({ poll }: { poll: Poll }) {
  const shares = pollShares(poll);
  const total = poll.options.reduce((sum, o) => sum + o.count, 0);
  return (
    <table className="poll">
      <caption>
        Poll: {poll.question || 'untitled'} <span className="muted">({total} votes)</span>
      </caption>
      <tbody>
        {poll.options.map((o, i) => (
          <tr key={i}>
            <th scope="row">{o.label}</th>
            <td className="poll-count">{o.count}</td>
            <td className="poll-bar-cell">
              <span className="poll-bar" style={{ width: `${shares[i] ?? 0}%` }} />
              <span className="poll-share">{shares[i] ?? 0}%</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
