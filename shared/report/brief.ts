import { DEFAULT_FORA, ordered, type Session } from '../model/session';
import {
  followUpsByForum,
  liveItems,
  NO_FORUM,
  sortForums,
  speakerLabel,
  type ItemSection,
} from './drafting';
import {
  formatDate,
  UNTITLED,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from './reportModel';
import { clean, escapeMarkdownText } from './text';

/**
 * The organizer's brief across several sessions: their key takeaways and calls to action, session by
 * session, and every follow-up recommendation grouped by the forum it is addressed to (G7, G20, …),
 * each traced to its session by title and code. The same document model as a report, so the same
 * DOCX and Markdown writers lay it out.
 */
export interface BriefOptions {
  fora?: readonly string[];
}

const titleOf = (s: Session): string => clean(s.facts.title) ?? UNTITLED;

/** "Title (WS #260)", or the title alone. */
export function sessionTrace(s: Session): string {
  const code = clean(s.facts.code);
  return code ? `${titleOf(s)} (${code})` : titleOf(s);
}

const sessionHeading = (s: Session): string => {
  const code = clean(s.facts.code);
  return code ? `${code} · ${titleOf(s)}` : titleOf(s);
};

/** By date (undated last), then code, then title: the order of a programme. */
function programmeOrder(a: Session, b: Session): number {
  const da = a.facts.date ?? '9999';
  const db = b.facts.date ?? '9999';
  return (
    da.localeCompare(db) ||
    (a.facts.startTime ?? '').localeCompare(b.facts.startTime ?? '') ||
    (a.facts.code ?? '').localeCompare(b.facts.code ?? '', 'en', { numeric: true }) ||
    titleOf(a).localeCompare(titleOf(b))
  );
}

const NOTES: Record<ItemSection, string> = {
  keyTakeaway: 'No key takeaways written yet for',
  callToAction: 'No calls to action written yet for',
};

function itemSections(sessions: Session[], section: ItemSection): ReportSection[] {
  const id = section === 'keyTakeaway' ? 'key-takeaways' : 'calls-to-action';
  const heading = section === 'keyTakeaway' ? 'Key takeaways' : 'Calls to action';
  const out: ReportSection[] = [];
  const without: string[] = [];
  for (const s of sessions) {
    const items = liveItems(s, section).map((item) => item.markdown.trim());
    if (!items.length) {
      without.push(sessionTrace(s));
      continue;
    }
    out.push({
      id: `${id}-${s.id}`,
      heading: sessionHeading(s),
      level: 2,
      blocks: [{ type: 'list', ordered: true, items }],
    });
  }
  const head: ReportBlock[] = without.length
    ? [{ type: 'note', text: `${NOTES[section]}: ${without.join('; ')}.` }]
    : [];
  return [{ id, heading, level: 1, blocks: head }, ...out];
}

export function buildBrief(input: readonly Session[], options: BriefOptions = {}): ReportDocument {
  const seen = new Set<string>();
  const sessions = input.filter((s) => !seen.has(s.id) && seen.add(s.id)).sort(programmeOrder);
  const fora = options.fora ?? DEFAULT_FORA;

  // Follow-ups of every session, per forum, each line traced to its speaker and session.
  const byForum = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const s of sessions) {
    const people = new Map(ordered(s.people).map((p) => [p.id, p]));
    const groups = followUpsByForum(s, fora);
    counts.set(s.id, new Set(groups.flatMap((g) => g.statements.map((st) => st.id))).size);
    for (const group of groups) {
      const list = byForum.get(group.forum) ?? [];
      for (const st of group.statements) {
        const who = speakerLabel(st.speakerId ? people.get(st.speakerId) : undefined);
        const trace = `_${escapeMarkdownText(who)} · ${escapeMarkdownText(sessionTrace(s))}_`;
        const text = st.text.trim();
        list.push(text.includes('\n') ? `${text}\n\n— ${trace}` : `${text} — ${trace}`);
      }
      byForum.set(group.forum, list);
    }
  }

  const sections: ReportSection[] = [
    {
      id: 'sessions',
      heading: 'Sessions in this brief',
      level: 1,
      blocks: sessions.length
        ? [
            {
              type: 'table',
              header: ['Code', 'Session', 'Date', 'Takeaways', 'Calls to action', 'Follow-ups'],
              rows: sessions.map((s) => [
                clean(s.facts.code) ?? '—',
                titleOf(s),
                s.facts.date ? formatDate(s.facts.date) : '—',
                String(liveItems(s, 'keyTakeaway').length),
                String(liveItems(s, 'callToAction').length),
                String(counts.get(s.id) ?? 0),
              ]),
            },
          ]
        : [{ type: 'note', text: 'No sessions were selected.' }],
    },
    ...itemSections(sessions, 'keyTakeaway'),
    ...itemSections(sessions, 'callToAction'),
    {
      id: 'follow-up',
      heading: 'Follow-up by forum',
      level: 1,
      blocks: byForum.size
        ? [
            {
              type: 'note',
              text: 'Recommendations and commitments from the sessions, grouped by the forum they were addressed to.',
            },
          ]
        : [{ type: 'note', text: 'No recommendations or commitments were recorded in these sessions.' }],
    },
    ...sortForums([...byForum.keys()], fora).map((forum): ReportSection => ({
      id: `forum-${forum}`,
      heading: forum === NO_FORUM ? 'Without a named forum' : forum,
      level: 2,
      blocks: [{ type: 'list', ordered: false, items: byForum.get(forum)! }],
    })),
  ];

  const dates = sessions
    .map((s) => s.facts.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first && last
      ? first === last
        ? formatDate(first)
        : `${formatDate(first)} – ${formatDate(last)}`
      : null;
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  const title = 'Key messages and follow-up';
  return {
    properties: {
      title: `Organizer's brief: ${count}`,
      subject: 'Organizer’s brief',
      author: 'Session Desk',
    },
    kicker: 'Organizer’s brief',
    title,
    subtitle: [count, span].filter(Boolean).join(' · '),
    cover: [],
    sections,
  };
}
