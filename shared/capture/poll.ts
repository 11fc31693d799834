import { translator, type Translator } from '../i18n/index';
import type { Poll } from '../model/session';

/** "Label: count" lines to poll options; lines without a count get 0, blank lines are skipped. */
export function parsePollOptions(text: string): Poll['options'] {
  const options: Poll['options'] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(.*?)[\s:=–-]+(\d[\d,. ]*)\s*%?$/.exec(line);
    if (m && m[1]!.trim()) {
      const count = Number(m[2]!.replace(/[,. ]/g, ''));
      options.push({
        label: m[1]!.trim().slice(0, 2000),
        count: Number.isFinite(count) ? Math.min(count, 1e9) : 0,
      });
    } else options.push({ label: line.replace(/:\s*$/, '').slice(0, 2000), count: 0 });
    if (options.length === 100) break;
  }
  return options;
}

export const formatPollOptions = (options: Poll['options']): string =>
  options.map((o) => `${o.label}: ${o.count}`).join('\n');

/** Each option's share of all votes, in whole percent (0 when nobody voted). */
export function pollShares(poll: Poll): number[] {
  const total = poll.options.reduce((sum, o) => sum + o.count, 0);
  return poll.options.map((o) => (total === 0 ? 0 : Math.round((o.count / total) * 100)));
}

/** A poll's rows for a report table: option, votes, share; the total last, in the report's language. */
export function pollRows(poll: Poll, tr: Translator = translator('en')): string[][] {
  const shares = pollShares(poll);
  const total = poll.options.reduce((sum, o) => sum + o.count, 0);
  const { number, percent } = tr.format;
  return [
    ...poll.options.map((o, i) => [o.label, number(o.count), percent(shares[i]! / 100)]),
    [tr.t('report.poll.total'), number(total), total ? percent(1) : '—'],
  ];
}

/** The poll as Markdown lines under its statement (annex, statement lists): question, then counts. */
export function pollMarkdown(
  poll: Poll,
  escape: (text: string) => string,
  tr: Translator = translator('en'),
): string {
  const { t, format } = tr;
  const shares = pollShares(poll);
  const total = poll.options.reduce((sum, o) => sum + o.count, 0);
  const lines = poll.options.map(
    (o, i) =>
      `- ${escape(o.label)}${t('common.colon')}${format.number(o.count)} (${format.percent(shares[i]! / 100)})`,
  );
  const question = escape(poll.question || t('report.poll.untitled'));
  return [
    t('report.poll.line', { question, votes: t('report.poll.voteCount', { count: total }) }),
    '',
    ...lines,
  ].join('\n');
}
