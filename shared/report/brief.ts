import {
  DEFAULT_FORA,
  GENDERS,
  live,
  liveStatements,
  ordered,
  type Person,
  type Session,
} from '../model/session';
import { labelOrEmpty } from '../i18n/codeLabels';
import { translator, type Language, type Translator } from '../i18n/index';
import { followUpsByForum, liveItems, NO_FORUM, sortForums, speakerLabel } from './drafting';
import { markdownToPlainText } from './plainText';
import {
  documentLabels,
  formatDate,
  isolate,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from './reportModel';
import { clean, escapeMarkdownText } from './text';
import type { Messages } from '../i18n/index';

/**
 * The organizer's brief across any number of sessions. It is built so that it can be streamed: each
 * session is reduced to its contribution (`contributionOf`): a small entry kept for the whole run
 * (its row in the sessions table and its tallies) and longer parts (takeaways, calls to action,
 * follow-up lines per forum, spreadsheet rows) that the caller may put aside on disk. `briefSections`
 * then yields the document section by section, asking for those parts one session at a time, so a
 * writer can lay each section out and let it go. `buildBrief` does the same in memory.
 */
export interface BriefOptions {
  fora?: readonly string[];
  /** The language the brief is written in (default English); Arabic is laid out right to left. */
  language?: Language;
  /** Streamed writers: yield a forum's list in parts of about this many items. */
  partItems?: number;
}

/** The spreadsheet's columns, in order; their headings are `brief.csv.<column>` in the brief's language. */
export const CSV_COLUMNS = [
  'type',
  'fora',
  'text',
  'speaker',
  'stakeholder',
  'region',
  'code',
  'title',
  'date',
  'id',
] as const;

/** The spreadsheet's header line in the translator's language. */
export const csvHeader = (tr: Translator = translator('en')): string[] =>
  CSV_COLUMNS.map((column) => tr.t(`brief.csv.${column}`));

const trOf = (options: BriefOptions): Translator => translator(options.language ?? 'en');

const titleOf = (s: Session, tr: Translator): string => clean(s.facts.title) ?? tr.t('common.untitled');

/** "Title (WS #260)", or the title alone. */
export function sessionTrace(s: Session, tr: Translator = translator('en')): string {
  const code = clean(s.facts.code);
  return code ? `${titleOf(s, tr)} (${code})` : titleOf(s, tr);
}

/** What the brief keeps of each session for the whole run: a few hundred bytes. */
export interface BriefEntry {
  id: string;
  date: string | null;
  startTime: string | null;
  code: string | null;
  title: string;
  trace: string;
  row: string[];
  /** Parts this session has (so sections that need none of them never ask). */
  parts: string[];
}

/** How a session counts in the totals. */
export interface BriefTally {
  themes: string[];
  /** Stakeholder group or region → [speakers, recommendations and calls to action]. */
  stakeholders: Record<string, [number, number]>;
  regions: Record<string, [number, number]>;
  genders: Record<string, number>;
  onsite: number | null;
  online: number | null;
  womenPercent: number | null;
  genderAddressed: boolean | null;
}

/** One line of the calls-to-action spreadsheet. */
export type BriefCsvRow = string[];

export interface BriefContribution {
  entry: BriefEntry;
  tally: BriefTally;
  /** Longer parts by key: `takeaways`, `calls`, `csv`, `forum:<name>`; each a list of strings. */
  parts: Map<string, string[]>;
}

export const PART = {
  takeaways: 'takeaways',
  calls: 'calls',
  csv: 'csv',
  forum: (name: string) => `forum:${name}`,
} as const;

/** A forum's part holds pairs: the item's Markdown, then where it comes from ("Name (Group) · Session"). */
const pushSourced = (push: (key: string, value: string) => void, key: string, text: string, by: string) => {
  push(key, text.trim());
  push(key, by);
};

const csvType = (kind: string, tr: Translator): string =>
  kind === 'recommendation' || kind === 'commitment'
    ? tr.t(`brief.csvType.${kind}`)
    : tr.t('brief.csvType.addressed');

/** "**Call to action:** text", the colon inside the bold as the language writes it ("：" in Chinese). */
function callLead(tr: Translator, markdown: string): string {
  const colon = tr.t('common.colon');
  const bare = colon.trimEnd();
  const lead = escapeMarkdownText(`${tr.t('brief.callPrefix')}${bare}`);
  return `**${lead}**${colon.slice(bare.length)}${markdown.trim()}`;
}

/** Reduces one session to what the brief needs of it. Pure; the session can be released afterwards. */
export function contributionOf(s: Session, options: BriefOptions = {}): BriefContribution {
  const fora = options.fora ?? DEFAULT_FORA;
  const tr = trOf(options);
  const { t } = tr;
  const unattributed = t('common.unattributed');
  const people = new Map(ordered(s.people).map((p) => [p.id, p]));
  const statements = new Map(live(s.statements).map((st) => [st.id, st]));
  const trace = sessionTrace(s, tr);
  const parts = new Map<string, string[]>();
  const push = (key: string, value: string): void => {
    const list = parts.get(key);
    if (list) list.push(value);
    else parts.set(key, [value]);
  };
  const credit = new Map<Person | undefined, number>();
  const csvRow = (type: string, forums: string[], text: string, speakers: Array<Person | undefined>) => [
    type,
    forums.join('; '),
    markdownToPlainText(text).trim(),
    speakers.map((p) => (p ? (clean(p.name) ?? '') : unattributed)).join('; '),
    [...new Set(speakers.map((p) => labelOrEmpty('stakeholder', p?.stakeholder, tr)))]
      .filter(Boolean)
      .join('; '),
    [...new Set(speakers.map((p) => labelOrEmpty('region', p?.region, tr)))].filter(Boolean).join('; '),
    clean(s.facts.code) ?? '',
    titleOf(s, tr),
    s.facts.date ?? '',
    s.id,
  ];

  const takeaways = liveItems(s, 'keyTakeaway');
  for (const item of takeaways) push(PART.takeaways, item.markdown.trim());

  // Calls to action go to the fora their source statements were addressed to.
  const calls = liveItems(s, 'callToAction');
  const usedSources = new Set<string>();
  for (const item of calls) {
    push(PART.calls, item.markdown.trim());
    const sources = item.sourceStatementIds.map((id) => statements.get(id)).filter((st) => st !== undefined);
    for (const st of sources) usedSources.add(st.id);
    const speakers = [...new Set(sources.map((st) => (st.speakerId ? people.get(st.speakerId) : undefined)))];
    const named = [...new Set(sources.flatMap((st) => st.fora.map((f) => f.trim())).filter(Boolean))];
    const who = speakers.length
      ? speakers.map((p) => speakerLabel(p, tr)).join(t('common.listSeparator'))
      : unattributed;
    for (const forum of named.length ? named : [NO_FORUM])
      pushSourced(push, PART.forum(forum), callLead(tr, item.markdown), `${who} · ${isolate(tr, trace)}`);
    push(PART.csv, JSON.stringify(csvRow(t('brief.csvType.callToAction'), named, item.markdown, speakers)));
    for (const p of speakers.length ? speakers : [undefined]) credit.set(p, (credit.get(p) ?? 0) + 1);
  }

  // Recommendations and commitments, unless a call to action already carries them.
  const followUps = new Set<string>();
  for (const group of followUpsByForum(s, fora))
    for (const st of group.statements) {
      if (usedSources.has(st.id)) continue;
      const person = st.speakerId ? people.get(st.speakerId) : undefined;
      pushSourced(
        push,
        PART.forum(group.forum),
        st.text,
        `${speakerLabel(person, tr)} · ${isolate(tr, trace)}`,
      );
      followUps.add(st.id);
    }
  // The spreadsheet lists each once, in the order they were said.
  for (const st of liveStatements(s)) {
    if (!followUps.has(st.id)) continue;
    const person = st.speakerId ? people.get(st.speakerId) : undefined;
    const named = [...new Set(st.fora.map((f) => f.trim()).filter(Boolean))];
    push(PART.csv, JSON.stringify(csvRow(csvType(st.kind, tr), named, st.text, [person])));
    credit.set(person, (credit.get(person) ?? 0) + 1);
  }

  const stakeholders: BriefTally['stakeholders'] = {};
  const regions: BriefTally['regions'] = {};
  const genders: BriefTally['genders'] = {};
  const bump = (table: Record<string, [number, number]>, key: string, speakers: number, items: number) => {
    const cell = (table[key] ??= [0, 0]);
    cell[0] += speakers;
    cell[1] += items;
  };
  for (const p of people.values()) {
    if (!p.roles.includes('speaker')) continue;
    bump(stakeholders, clean(p.stakeholder) ?? '', 1, 0);
    bump(regions, clean(p.region) ?? '', 1, 0);
    genders[p.gender ?? 'none'] = (genders[p.gender ?? 'none'] ?? 0) + 1;
  }
  for (const [p, items] of credit) {
    bump(stakeholders, clean(p?.stakeholder) ?? '', 0, items);
    bump(regions, clean(p?.region) ?? '', 0, items);
  }

  const entry: BriefEntry = {
    id: s.id,
    date: s.facts.date,
    startTime: s.facts.startTime,
    code: clean(s.facts.code),
    title: titleOf(s, tr),
    trace,
    row: [
      clean(s.facts.code) ?? '—',
      titleOf(s, tr),
      s.facts.date ? formatDate(s.facts.date, tr) : '—',
      tr.format.number(takeaways.length),
      tr.format.number(calls.length),
      tr.format.number(followUps.size + calls.length),
    ],
    parts: [...parts.keys()],
  };
  const report = s.report;
  return {
    entry,
    parts,
    tally: {
      themes: [...new Set(s.facts.themes.map((t) => t.trim()).filter(Boolean))],
      stakeholders,
      regions,
      genders,
      onsite: report.participantsOnsite,
      online: report.participantsOnline,
      womenPercent: report.womenPercent,
      genderAddressed: report.genderAddressed,
    },
  };
}

/** By date (undated last), then start time, code and title: the order of a programme. */
export function programmeOrder(a: BriefEntry, b: BriefEntry): number {
  return (
    (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
    (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
    (a.code ?? '').localeCompare(b.code ?? '', 'en', { numeric: true }) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/** The totals over every session added so far; small and of fixed size whatever the number of sessions. */
export class BriefTotals {
  readonly entries: BriefEntry[] = [];
  readonly themes = new Map<string, number>();
  readonly stakeholders = new Map<string, [number, number]>();
  readonly regions = new Map<string, [number, number]>();
  readonly genders = new Map<string, number>();
  readonly forums = new Set<string>();
  readonly participation = {
    reporting: 0,
    onsite: 0,
    online: 0,
    total: 0,
    /** Participants in sessions that also estimated a share of women, and the women among them. */
    sharedTotal: 0,
    women: 0,
    sharing: 0,
    addressed: 0,
    notAddressed: 0,
    unanswered: 0,
  };
  private readonly seen = new Set<string>();

  /** Adds a session; false (and nothing counted) when the same session was added already. */
  add(c: BriefContribution): boolean {
    if (this.seen.has(c.entry.id)) return false;
    this.seen.add(c.entry.id);
    this.entries.push(c.entry);
    const t = c.tally;
    for (const theme of t.themes) this.themes.set(theme, (this.themes.get(theme) ?? 0) + 1);
    const merge = (into: Map<string, [number, number]>, from: Record<string, [number, number]>) => {
      for (const [key, [a, b]] of Object.entries(from)) {
        const cell = into.get(key) ?? [0, 0];
        into.set(key, [cell[0] + a, cell[1] + b]);
      }
    };
    merge(this.stakeholders, t.stakeholders);
    merge(this.regions, t.regions);
    for (const [g, n] of Object.entries(t.genders)) this.genders.set(g, (this.genders.get(g) ?? 0) + n);
    for (const key of c.entry.parts) if (key.startsWith('forum:')) this.forums.add(key.slice(6));
    const p = this.participation;
    if (t.onsite !== null || t.online !== null) {
      const total = (t.onsite ?? 0) + (t.online ?? 0);
      p.reporting++;
      p.onsite += t.onsite ?? 0;
      p.online += t.online ?? 0;
      p.total += total;
      if (t.womenPercent !== null) {
        p.sharing++;
        p.sharedTotal += total;
        p.women += (total * t.womenPercent) / 100;
      }
    }
    if (t.genderAddressed === true) p.addressed++;
    else if (t.genderAddressed === false) p.notAddressed++;
    else p.unanswered++;
    return true;
  }

  /** The sessions in programme order. */
  inOrder(): BriefEntry[] {
    return [...this.entries].sort(programmeOrder);
  }
}

/** Reads a put-aside part of a session back (undefined when it has none). */
export type PartReader = (entry: BriefEntry, key: string) => string[] | undefined;

const byCount = <T extends [string, number | [number, number]]>(rows: T[]): T[] =>
  rows.sort((a, b) => {
    const na = typeof a[1] === 'number' ? a[1] : a[1][0] + a[1][1];
    const nb = typeof b[1] === 'number' ? b[1] : b[1][0] + b[1][1];
    return a[0] === '' ? 1 : b[0] === '' ? -1 : nb - na || a[0].localeCompare(b[0]);
  });

function glance(totals: BriefTotals, tr: Translator): ReportSection[] {
  const { t } = tr;
  const n = tr.format.number;
  const notRecorded = t('balance.notRecorded');
  const people = (
    label: string,
    list: 'stakeholder' | 'region',
    map: Map<string, [number, number]>,
  ): ReportBlock =>
    map.size
      ? {
          type: 'table',
          header: [label, t('brief.peopleHeader.speakers'), t('brief.peopleHeader.items')],
          widths: [50, 20, 30],
          rows: byCount([...map.entries()]).map(([key, [speakers, items]]) => [
            labelOrEmpty(list, key, tr) || notRecorded,
            n(speakers),
            n(items),
          ]),
        }
      : { type: 'note', text: notRecorded };
  return [
    { id: 'glance', heading: t('brief.glance'), level: 1, blocks: [] },
    {
      id: 'glance-themes',
      heading: t('brief.themes'),
      level: 2,
      blocks: totals.themes.size
        ? [
            {
              type: 'table',
              header: [t('brief.themesHeader.theme'), t('brief.themesHeader.sessions')],
              widths: [75, 25],
              rows: byCount([...totals.themes.entries()]).map(([theme, count]) => [theme, n(count)]),
            },
          ]
        : [{ type: 'note', text: t('brief.noThemes') }],
    },
    {
      id: 'glance-stakeholders',
      heading: t('brief.stakeholders'),
      level: 2,
      blocks: [people(t('balance.dimension.stakeholder'), 'stakeholder', totals.stakeholders)],
    },
    {
      id: 'glance-regions',
      heading: t('brief.regions'),
      level: 2,
      blocks: [people(t('report.people.region'), 'region', totals.regions)],
    },
  ];
}

function participation(totals: BriefTotals, tr: Translator): ReportSection {
  const { t, format } = tr;
  const n = format.number;
  const p = totals.participation;
  const rows: string[][] = [
    [
      t('brief.participation.reporting'),
      t('brief.participation.outOf', { n: n(p.reporting), total: n(totals.entries.length) }),
    ],
    [t('brief.participation.onsite'), n(p.onsite)],
    [t('brief.participation.online'), n(p.online)],
    [t('brief.participation.total'), n(p.total)],
  ];
  if (p.sharing)
    rows.push([
      t('brief.participation.women'),
      t('brief.participation.womenValue', {
        women: n(Math.round(p.women)),
        total: n(p.sharedTotal),
        share: format.percent(p.sharedTotal ? Math.round((p.women / p.sharedTotal) * 100) / 100 : 0),
        basis: t('brief.participation.womenBasis', { count: p.sharing }),
      }),
    ]);
  rows.push(
    [t('brief.participation.addressed'), n(p.addressed)],
    [t('brief.participation.notAddressed'), n(p.notAddressed)],
  );
  rows.push([t('brief.participation.unanswered'), n(p.unanswered)]);
  for (const g of [...GENDERS, 'none'] as const)
    if (totals.genders.get(g)) rows.push([t(`brief.participation.speakers.${g}`), n(totals.genders.get(g)!)]);
  return {
    id: 'participation',
    heading: t('report.participation.heading'),
    level: 1,
    blocks: [
      {
        type: 'table',
        header: [t('brief.participationHeader.figure'), t('brief.participationHeader.total')],
        widths: [70, 30],
        rows,
      },
    ],
  };
}

function* itemSections(
  order: BriefEntry[],
  read: PartReader,
  key: string,
  id: string,
  heading: string,
  none: (sessions: string) => string,
  tr: Translator,
): Generator<ReportSection> {
  const without = order.filter((e) => !e.parts.includes(key)).map((e) => isolate(tr, e.trace));
  yield {
    id,
    heading,
    level: 1,
    blocks: without.length ? [{ type: 'note', text: none(without.join('; ')) }] : [],
  };
  for (const e of order) {
    if (!e.parts.includes(key)) continue;
    const items = read(e, key) ?? [];
    yield {
      id: `${id}-${e.id}`,
      heading: e.code ? `${e.code} · ${e.title}` : e.title,
      level: 2,
      blocks: [{ type: 'list', ordered: true, items }],
    };
  }
}

/** The title block of the brief, in the brief's language. */
export function briefHead(totals: BriefTotals, options: BriefOptions = {}): Omit<ReportDocument, 'sections'> {
  const tr = trOf(options);
  const { t } = tr;
  const dates = totals.entries
    .map((e) => e.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first && last
      ? first === last
        ? formatDate(first, tr)
        : `${formatDate(first, tr)} – ${formatDate(last, tr)}`
      : null;
  const count = t('brief.sessionCount', { count: totals.entries.length });
  const kicker = t('brief.kicker');
  return {
    language: options.language ?? 'en',
    dir: tr.dir,
    labels: documentLabels(tr),
    properties: {
      title: t('brief.propertiesTitle', { sessions: count }),
      subject: kicker,
      author: 'Session Desk',
      description: t('report.exportedBy', { kicker }),
    },
    kicker,
    title: t('brief.title'),
    subtitle: [count, span].filter(Boolean).join(' · '),
    cover: [],
  };
}

/**
 * The brief's sections in order. Sections that list sessions' own words ask `read` for one session's
 * part at a time, so a caller that keeps parts on disk holds only the section being written.
 */
export function* briefSections(
  totals: BriefTotals,
  read: PartReader,
  options: BriefOptions = {},
): Generator<ReportSection> {
  const tr = trOf(options);
  const { t } = tr;
  const order = totals.inOrder();
  const h = (column: keyof Messages['brief']['header']) => t(`brief.header.${column}`);
  yield {
    id: 'sessions',
    heading: t('brief.sessions'),
    level: 1,
    blocks: order.length
      ? [
          {
            type: 'table',
            header: [h('code'), h('session'), h('date'), h('takeaways'), h('callsToAction'), h('followUps')],
            // Wide enough for a date and the counts' headings in every language (Arabic words do not break).
            widths: [12, 30, 19, 13, 13, 13],
            rows: order.map((e) => e.row),
          },
        ]
      : [{ type: 'note', text: t('brief.noSessions') }],
  };
  if (order.length) {
    yield* glance(totals, tr);
    yield participation(totals, tr);
  }
  yield* itemSections(
    order,
    read,
    PART.takeaways,
    'key-takeaways',
    t('report.keyTakeaways'),
    (sessions) => t('brief.noKeyTakeaways', { sessions }),
    tr,
  );
  yield* itemSections(
    order,
    read,
    PART.calls,
    'calls-to-action',
    t('report.callsToAction'),
    (sessions) => t('brief.noCallsToAction', { sessions }),
    tr,
  );
  const forums = sortForums([...totals.forums], options.fora ?? DEFAULT_FORA);
  yield {
    id: 'follow-up',
    heading: t('brief.followUp'),
    level: 1,
    blocks: [{ type: 'note', text: forums.length ? t('brief.followUpIntro') : t('brief.noFollowUps') }],
  };
  for (const forum of forums) {
    const key = PART.forum(forum);
    let items: string[] = [];
    let by: string[] = [];
    let continued = false;
    const part = (): ReportSection => ({
      id: `forum-${forum}`,
      heading: forum === NO_FORUM ? t('brief.withoutForum') : forum,
      level: 2,
      blocks: [{ type: 'list', ordered: false, items, by }],
      continued,
    });
    for (const e of order) {
      if (!e.parts.includes(key)) continue;
      const pairs = read(e, key) ?? [];
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        items.push(pairs[i]!);
        by.push(pairs[i + 1]!);
      }
      // A streamed writer gets a long forum in parts, so memory holds one part, not the forum.
      if (options.partItems && items.length >= options.partItems) {
        yield part();
        items = [];
        by = [];
        continued = true;
      }
    }
    if (items.length || !continued) yield part();
  }
}

/** The spreadsheet rows (after the header) in programme order. */
export function* briefCsvRows(totals: BriefTotals, read: PartReader): Generator<BriefCsvRow> {
  for (const e of totals.inOrder())
    for (const line of read(e, PART.csv) ?? []) yield JSON.parse(line) as BriefCsvRow;
}

export const CSV_BOM = '\uFEFF';

/** One CSV line (RFC 4180: quoted when needed, quotes doubled, CRLF). */
export function csvLine(cells: readonly string[]): string {
  return (
    cells
      .map((cell) => {
        // A leading =, +, - or @ would be run as a formula by a spreadsheet.
        const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
        return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      })
      .join(',') + '\r\n'
  );
}

function collect(input: readonly Session[], options: BriefOptions): [BriefTotals, PartReader] {
  const totals = new BriefTotals();
  const parts = new Map<string, Map<string, string[]>>();
  for (const s of input) {
    const c = contributionOf(s, options);
    if (totals.add(c)) parts.set(c.entry.id, c.parts);
  }
  return [totals, (e, key) => parts.get(e.id)?.get(key)];
}

/** The whole brief in memory, for a few sessions (the same sections a streamed writer lays out). */
export function buildBrief(input: readonly Session[], options: BriefOptions = {}): ReportDocument {
  const [totals, read] = collect(input, options);
  return { ...briefHead(totals, options), sections: [...briefSections(totals, read, options)] };
}

/** The calls-to-action spreadsheet in memory, with the byte-order mark spreadsheets need for UTF-8. */
export function buildBriefCsv(input: readonly Session[], options: BriefOptions = {}): string {
  const [totals, read] = collect(input, options);
  let out = CSV_BOM + csvLine(csvHeader(trOf(options)));
  for (const row of briefCsvRows(totals, read)) out += csvLine(row);
  return out;
}
