import { codeLabel, labelOrEmpty } from '../i18n/codeLabels';
import {
  DEFAULT_FORA,
  ROLES,
  liveStatements,
  ordered,
  type Person,
  type Role,
  type Session,
  type Statement,
  type StatementKind,
} from '../model/session';
import { attributed, followUpsByForum, liveItems, speakerLabel, type ItemSection } from './drafting';
import { formatDuration, speakingTime, type SpeakingTime } from './speakingTime';
import { clean } from './text';

/**
 * The session report as a neutral document: the Markdown and DOCX writers only lay it out, so what the
 * report says (and leaves out) is decided here once. Text written by the user stays Markdown
 * (`markdown` fields); text the report itself writes is plain (`text`, labels, cells).
 */
export type ReportBlock =
  | { type: 'paragraph'; markdown: string }
  | { type: 'facts'; rows: Array<[label: string, value: string]> }
  /** `widths` are relative column widths for the DOCX (equal when absent). */
  | { type: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  | {
      type: 'statement';
      statementId: string;
      speaker: string | null;
      /** Stakeholder group and region of the speaker, e.g. "Government, African Group". */
      speakerDetail: string | null;
      /** Time from the session start as mm:ss ("12:05", "95:30"), when known. */
      offset: string | null;
      kind: StatementKind;
      starred: boolean;
      markdown: string;
    }
  | { type: 'note'; text: string }
  /** Items written by the user (Markdown), e.g. key takeaways; numbered when `ordered`. */
  /** `by` (plain text, one per item) says where each item comes from: "Name (Group) · Session". */
  | { type: 'list'; ordered: boolean; items: string[]; by?: string[] }
  /** A table with a bar per row: speaking time per group. `share` is 0–1. */
  | {
      type: 'bars';
      header: [label: string, value: string, share: string];
      rows: Array<{ label: string; value: string; share: number }>;
    };

export interface ReportSection {
  id: string;
  heading: string;
  level: 1 | 2 | 3;
  blocks: ReportBlock[];
  /** Pre-drafted from the statements and not yet written by the user (the preview says so). */
  drafted?: boolean;
}

export interface ReportDocument {
  properties: { title: string; subject: string; author: string };
  /** The small line above the title: "Session report", "Organizer's brief". */
  kicker: string;
  title: string;
  subtitle: string | null;
  /** Short label/value lines under the title on the first page. */
  cover: Array<[label: string, value: string]>;
  sections: ReportSection[];
}

/** Drafted text for sections the rapporteur has not written (from shared/drafting, made in the main process). */
export interface ReportDrafts {
  summaries: Record<string, { markdown: string; sourceStatementIds: string[] }>;
  keyIssues: string;
}

/** The line every drafted section opens with in the document, until the rapporteur edits or approves it. */
export const DRAFT_MARK =
  'DRAFT: drafted from the statements by Session Desk; not yet edited or approved by the rapporteur.';

export interface ReportOptions {
  /** Drafts for the sections not written yet; without them such sections say they are not written. */
  drafts?: ReportDrafts;
  /** The clock for timer turns still running; defaults to the session's last change, so output is stable. */
  nowMs?: number;
  /** The user's follow-up fora, in the order they listed them. */
  fora?: readonly string[];
}

export const UNTITLED = 'Untitled session';
export const PEOPLE_HEADER = ['Name', 'Role(s)', 'Affiliation', 'Stakeholder group', 'Region'];
export const NOTE_NO_STATEMENTS_FOR_QUESTION = 'No statements tagged to this question yet.';
export const NOTE_NO_SUMMARY_FOR_QUESTION = 'No summary written yet.';

export const kindLabel = (kind: StatementKind): string => codeLabel('kind', kind);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-06-24" → "24 June 2025"; anything else is shown as stored. Locale-free so output is stable. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Seconds from the start as mm:ss; minutes keep counting past 59 ("95:30"), as a session clock does. */
export function formatOffset(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  const whole = Math.floor(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${minutes} minutes (${hours} h${rest ? ` ${rest} min` : ''})`;
}

const NOT_SET = '—';

function factsRows(session: Session, time: SpeakingTime): Array<[string, string]> {
  const f = session.facts;
  const start = clean(f.startTime);
  const zone = clean(f.timeZone);
  const rows: Array<[string, string]> = [
    ['Title', clean(f.title) ?? UNTITLED],
    ['Session code', clean(f.code) ?? NOT_SET],
    ['Date', f.date ? formatDate(f.date) : NOT_SET],
    ['Time', start ? (zone ? `${start} (${zone})` : start) : NOT_SET],
    ['Room', clean(f.room) ?? NOT_SET],
    ['Format', clean(f.format) ?? NOT_SET],
    ['Planned duration', f.durationMinutes !== null ? formatMinutes(f.durationMinutes) : NOT_SET],
    ['Actual duration', actualDuration(time) ?? NOT_SET],
    ['Hybrid', f.hybrid === null ? NOT_SET : f.hybrid ? 'Yes' : 'No'],
  ];
  const themes = f.themes.map((t) => t.trim()).filter(Boolean);
  if (themes.length) rows.push(['Themes', themes.join(', ')]);
  return rows;
}

/** Organizers first, then moderators, rapporteurs and speakers, as the IGF report template lists them. */
const ROLE_RANK: Record<Role, number> = {
  organizer: 0,
  onsiteModerator: 1,
  onlineModerator: 2,
  rapporteur: 3,
  speaker: 4,
};

const personRank = (person: Person): number =>
  person.roles.length ? Math.min(...person.roles.map((r) => ROLE_RANK[r])) : person.audience ? 6 : 5;

function rolesLabel(person: Person): string {
  const roles = ROLES.filter((role) => person.roles.includes(role)).sort(
    (a, b) => ROLE_RANK[a] - ROLE_RANK[b],
  );
  if (roles.length) return roles.map((role) => codeLabel('role', role)).join(', ');
  return person.audience ? 'Audience' : 'Participant';
}

function peopleSection(people: Person[]): ReportSection {
  const sorted = people
    .map((person, index) => ({ person, index, rank: personRank(person) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ person }) => person);
  const blocks: ReportBlock[] = sorted.length
    ? [
        {
          type: 'table',
          header: [...PEOPLE_HEADER],
          rows: sorted.map((p) => [
            clean(p.name) ?? '(no name)',
            rolesLabel(p),
            clean(p.affiliation) ?? '',
            labelOrEmpty('stakeholder', p.stakeholder),
            labelOrEmpty('region', p.region),
          ]),
        },
      ]
    : [{ type: 'note', text: 'No people recorded yet.' }];
  return { id: 'people', heading: 'People', level: 1, blocks };
}

function statementBlock(statement: Statement, people: Map<string, Person>): ReportBlock {
  const speaker = statement.speakerId ? people.get(statement.speakerId) : undefined;
  const detail = speaker
    ? [labelOrEmpty('stakeholder', speaker.stakeholder), labelOrEmpty('region', speaker.region)]
        .filter(Boolean)
        .join(', ')
    : '';
  return {
    type: 'statement',
    statementId: statement.id,
    speaker: speaker ? (clean(speaker.name) ?? '(no name)') : null,
    speakerDetail: detail || null,
    offset: formatOffset(statement.offsetSeconds),
    kind: statement.kind,
    starred: statement.starred,
    markdown: statement.text,
  };
}

/** First timed turn's start to the last one's end, in whole minutes. */
export function actualDuration(time: SpeakingTime): string | null {
  if (!time.firstStart || !time.lastEnd) return null;
  const seconds = (Date.parse(time.lastEnd) - Date.parse(time.firstStart)) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const minutes = Math.round(seconds / 60);
  return `${minutes ? formatMinutes(minutes) : formatDuration(seconds)}, first to last timed turn`;
}

export const SECTION_HEADINGS = {
  keyTakeaway: 'Key takeaways',
  callToAction: 'Calls to action',
} as const satisfies Record<ItemSection, string>;

const ITEM_NOTES: Record<ItemSection, string> = {
  keyTakeaway: 'No key takeaways written yet.',
  callToAction: 'No calls to action written yet.',
};

function itemsSection(session: Session, section: ItemSection): ReportSection {
  const items = liveItems(session, section).map((item) => item.markdown.trim());
  return {
    id: section === 'keyTakeaway' ? 'key-takeaways' : 'calls-to-action',
    heading: SECTION_HEADINGS[section],
    level: 1,
    blocks: items.length
      ? [{ type: 'list', ordered: true, items }]
      : [{ type: 'note', text: ITEM_NOTES[section] }],
  };
}

const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ');

const yesNo = (value: boolean | null): string => (value === null ? NOT_SET : value ? 'Yes' : 'No');

function participationSections(session: Session, time: SpeakingTime): ReportSection[] {
  const r = session.report;
  const count = (n: number | null): string => (n === null ? NOT_SET : n.toLocaleString('en-GB'));
  const rows: Array<[string, string]> = [
    ['Participants onsite (estimated)', count(r.participantsOnsite)],
    ['Participants online (estimated)', count(r.participantsOnline)],
  ];
  if (r.participantsOnsite !== null && r.participantsOnline !== null)
    rows.push(['Participants in total', count(r.participantsOnsite + r.participantsOnline)]);
  rows.push(
    [
      'Women and gender-diverse participants (estimated)',
      r.womenPercent === null ? NOT_SET : `${Math.round(r.womenPercent * 10) / 10}%`,
    ],
    ['Gender addressed in the discussion', yesNo(r.genderAddressed)],
  );
  const blocks: ReportBlock[] = [{ type: 'facts', rows }];
  if (r.genderHow.trim()) {
    blocks.push({ type: 'paragraph', markdown: '**How gender was addressed**' });
    blocks.push({ type: 'paragraph', markdown: r.genderHow.trim() });
  }
  const timeBlocks: ReportBlock[] = time.totalSeconds
    ? [
        {
          type: 'paragraph',
          markdown: `Timed speaking: ${formatDuration(time.totalSeconds)} over ${time.turns} turn${time.turns === 1 ? '' : 's'}, from the moderator's timer.`,
        },
        ...time.dimensions.map((d): ReportBlock => ({
          type: 'bars',
          header: [d.label, 'Time', 'Share'],
          rows: d.rows.map((row) => ({
            label: row.label,
            value: formatDuration(row.seconds),
            share: row.share,
          })),
        })),
      ]
    : [{ type: 'note', text: 'No speaking turns were timed.' }];
  return [
    { id: 'participation', heading: 'Participation and gender', level: 1, blocks },
    { id: 'speaking-time', heading: 'Speaking time', level: 2, blocks: timeBlocks },
  ];
}

function wayForwardSections(
  session: Session,
  people: Map<string, Person>,
  fora: readonly string[],
): ReportSection[] {
  const text = session.report.wayForward.trim();
  const groups = followUpsByForum(session, fora);
  const sections: ReportSection[] = [
    {
      id: 'way-forward',
      heading: 'Way forward and follow-up',
      level: 1,
      blocks: text
        ? [{ type: 'paragraph', markdown: text }]
        : groups.length
          ? []
          : [{ type: 'note', text: 'No way forward recorded yet.' }],
    },
  ];
  for (const group of groups)
    sections.push({
      id: `forum-${group.forum}`,
      heading:
        group.forum === 'No forum named'
          ? 'Recommendations without a named forum'
          : `Follow-up: ${group.forum}`,
      level: 2,
      blocks: [
        {
          type: 'list',
          ordered: false,
          items: group.statements.map((s) =>
            attributed(s.text, speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined)),
          ),
        },
      ],
    });
  return sections;
}

function keyIssuesSection(session: Session, drafts: ReportDrafts | undefined): ReportSection {
  const written = session.report.keyIssues.trim();
  const draft = written ? '' : (drafts?.keyIssues.trim() ?? '');
  return {
    id: 'key-issues',
    heading: 'Key issues raised',
    level: 1,
    blocks: written
      ? [{ type: 'paragraph', markdown: written }]
      : draft
        ? [{ type: 'paragraph', markdown: draft }]
        : [{ type: 'note', text: 'No key issues written yet.' }],
    drafted: !written && Boolean(draft),
  };
}

export function buildReport(session: Session, options: ReportOptions = {}): ReportDocument {
  const title = clean(session.facts.title) ?? UNTITLED;
  const people = ordered(session.people);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const questions = ordered(session.questions);
  const statements = liveStatements(session);
  const nowMs = options.nowMs ?? Date.parse(session.updatedAt);
  const time = speakingTime(session, Number.isFinite(nowMs) ? nowMs : 0);
  const summaries = new Map(
    session.summaries.filter((s) => s.deletedAt === null).map((s) => [s.questionId, s]),
  );

  const sections: ReportSection[] = [
    {
      id: 'facts',
      heading: 'Session facts',
      level: 1,
      blocks: [{ type: 'facts', rows: factsRows(session, time) }],
    },
    peopleSection(people),
    itemsSection(session, 'keyTakeaway'),
    itemsSection(session, 'callToAction'),
    keyIssuesSection(session, options.drafts),
    {
      id: 'questions',
      heading: 'Summary of the discussion',
      level: 1,
      blocks: questions.length ? [] : [{ type: 'note', text: 'No policy questions recorded.' }],
    },
  ];
  questions.forEach((question, index) => {
    const written = summaries.get(question.id)?.markdown.trim();
    const draft = written ? null : options.drafts?.summaries[question.id]?.markdown.trim();
    sections.push({
      id: `question-${question.id}`,
      heading: `Policy question ${index + 1}: ${oneLine(question.text)}`,
      level: 2,
      blocks: written
        ? [{ type: 'paragraph', markdown: written }]
        : draft
          ? [{ type: 'paragraph', markdown: draft }]
          : [{ type: 'note', text: NOTE_NO_SUMMARY_FOR_QUESTION }],
      drafted: !written && Boolean(draft),
    });
  });
  sections.push(...wayForwardSections(session, peopleById, options.fora ?? DEFAULT_FORA));
  sections.push(...participationSections(session, time));

  if (session.report.includeAnnex) {
    // One pass over the statements: each goes into the bucket of every live question it is tagged to.
    const buckets = new Map<string, ReportBlock[]>(questions.map((q) => [q.id, []]));
    const other: ReportBlock[] = [];
    for (const statement of statements) {
      let tagged = false;
      const block = statementBlock(statement, peopleById);
      for (const questionId of new Set(statement.questionIds)) {
        const bucket = buckets.get(questionId);
        if (!bucket) continue;
        bucket.push(block);
        tagged = true;
      }
      if (!tagged) other.push(block);
    }
    sections.push({
      id: 'annex',
      heading: 'Annex: statement log',
      level: 1,
      blocks: statements.length
        ? [{ type: 'note', text: `All ${statements.length} statements as captured, by policy question.` }]
        : [{ type: 'note', text: 'No statements captured.' }],
    });
    questions.forEach((question, index) => {
      const blocks = buckets.get(question.id) ?? [];
      sections.push({
        id: `annex-question-${question.id}`,
        heading: `Statements on policy question ${index + 1}`,
        level: 2,
        blocks: blocks.length ? blocks : [{ type: 'note', text: NOTE_NO_STATEMENTS_FOR_QUESTION }],
      });
    });
    if (other.length)
      sections.push({ id: 'other-statements', heading: 'Other statements', level: 2, blocks: other });
  }

  const names = (role: Role): string =>
    people
      .filter((p) => p.roles.includes(role))
      .map((p) => clean(p.name))
      .filter(Boolean)
      .join(', ');
  const moderators = [
    names('onsiteModerator'),
    names('onlineModerator') && `${names('onlineModerator')} (online)`,
  ]
    .filter(Boolean)
    .join(', ');
  const cover: Array<[string, string]> = [];
  if (names('organizer')) cover.push(['Organizers', names('organizer')]);
  if (moderators) cover.push(['Moderators', moderators]);
  if (names('rapporteur')) cover.push(['Rapporteur', names('rapporteur')]);

  const author = names('rapporteur') || 'Session Desk';
  const code = clean(session.facts.code);
  const date = session.facts.date ? formatDate(session.facts.date) : null;
  const start = clean(session.facts.startTime);
  const subtitleParts = [code, date && start ? `${date}, ${start}` : date, clean(session.facts.room)].filter(
    (part): part is string => Boolean(part),
  );
  return {
    properties: { title, subject: code ? `Session report, ${code}` : 'Session report', author },
    kicker: 'Session report',
    title,
    subtitle: subtitleParts.length ? subtitleParts.join(' · ') : null,
    cover,
    sections,
  };
}
