import { codeLabel, labelOrEmpty, sessionTypeLabel } from '../i18n/codeLabels';
import { translator, type Language, type Translator } from '../i18n/index';
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
import {
  attributed,
  followUpsByForum,
  liveItems,
  NO_FORUM,
  speakerLabel,
  type ItemSection,
} from './drafting';
import { formatDuration, speakingTime, type SpeakingTime } from './speakingTime';
import { clean, escapeMarkdownText } from './text';
import { pollMarkdown, pollRows } from '../capture/poll';

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
      /** The kind in the report's language. */
      kindLabel: string;
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
      rows: Array<{ label: string; value: string; share: number; shareText: string }>;
    };

export interface ReportSection {
  id: string;
  heading: string;
  level: 1 | 2 | 3;
  blocks: ReportBlock[];
  /** Pre-drafted from the statements and not yet written by the user (the preview says so). */
  drafted?: boolean;
  /** More of the previous section (a streamed writer gets a long section in parts): no heading. */
  continued?: boolean;
}

export interface ReportDocument {
  /** The language the report is written in; Arabic is laid out right to left. */
  language: Language;
  dir: 'ltr' | 'rtl';
  /** The few words the writers add themselves (table headings, page numbers), in that language. */
  labels: {
    item: string;
    details: string;
    unattributed: string;
    noText: string;
    page: string;
    /** Between a label and its value: ": ", "\u00a0: " in French, "：" in Chinese. */
    colon: string;
    /** The line a drafted section opens with (`report.draftMark` in the report's language). */
    draftMark: string;
  };
  properties: { title: string; subject: string; author: string; description: string };
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

export interface ReportOptions {
  /** Drafts for the sections not written yet; without them such sections say they are not written. */
  drafts?: ReportDrafts;
  /** The clock for timer turns still running; defaults to the session's last change, so output is stable. */
  nowMs?: number;
  /** The user's follow-up fora, in the order they listed them. */
  fora?: readonly string[];
  /** The report's language; defaults to the session's report language, else English. */
  language?: Language;
}

/** The language a session's report is written in when nobody says otherwise. */
export const reportLanguage = (session: Session, asked?: Language | null): Language =>
  asked ?? session.report.language ?? 'en';

export const documentLabels = (tr: Translator): ReportDocument['labels'] => ({
  item: tr.t('report.document.item'),
  details: tr.t('report.document.details'),
  unattributed: tr.t('common.unattributed'),
  noText: tr.t('report.document.noText'),
  page: tr.t('report.document.page', { page: '{{page}}', pages: '{{pages}}' }),
  colon: tr.t('common.colon'),
  draftMark: tr.t('report.draftMark'),
});

/**
 * User text set into a sentence of a right-to-left report (an English question in an Arabic heading)
 * is isolated, so its own punctuation stays with it instead of jumping to the other end of the line.
 */
export const isolate = (tr: Pick<Translator, 'dir'>, text: string): string =>
  tr.dir === 'rtl' ? `\u2068${text}\u2069` : text;

export const kindLabel = (kind: StatementKind, tr: Translator = translator('en')): string =>
  codeLabel('kind', kind, tr);

/** "2025-06-24" → "24 June 2025" in the report's language; anything else is shown as stored. */
export const formatDate = (date: string, tr: Translator = translator('en')): string => tr.format.date(date);

/** Seconds from the start as mm:ss; minutes keep counting past 59 ("95:30"), as a session clock does. */
export function formatOffset(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  const whole = Math.floor(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

export const formatMinutes = (minutes: number, tr: Translator = translator('en')): string =>
  tr.format.minutes(minutes);

const NOT_SET = '—';

function factsRows(session: Session, time: SpeakingTime, tr: Translator): Array<[string, string]> {
  const { t } = tr;
  const f = session.facts;
  const start = clean(f.startTime);
  const zone = clean(f.timeZone);
  const rows: Array<[string, string]> = [
    [t('report.facts.title'), clean(f.title) ?? t('common.untitled')],
    [t('report.facts.code'), clean(f.code) ?? NOT_SET],
    [t('report.facts.date'), f.date ? formatDate(f.date, tr) : NOT_SET],
    [
      t('report.facts.time'),
      start ? (zone ? t('report.facts.timeWithZone', { time: start, zone }) : start) : NOT_SET,
    ],
    [t('report.facts.room'), clean(f.room) ?? NOT_SET],
    [t('report.facts.format'), clean(f.format) ? sessionTypeLabel(clean(f.format)!, tr) : NOT_SET],
    [
      t('report.facts.plannedDuration'),
      f.durationMinutes !== null ? formatMinutes(f.durationMinutes, tr) : NOT_SET,
    ],
    [t('report.facts.actualDuration'), actualDuration(time, tr) ?? NOT_SET],
    [t('report.facts.hybrid'), yesNo(f.hybrid, tr)],
  ];
  const themes = f.themes.map((theme) => theme.trim()).filter(Boolean);
  if (themes.length) rows.push([t('report.facts.themes'), themes.join(t('common.listSeparator'))]);
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

function rolesLabel(person: Person, tr: Translator): string {
  const roles = ROLES.filter((role) => person.roles.includes(role)).sort(
    (a, b) => ROLE_RANK[a] - ROLE_RANK[b],
  );
  if (roles.length)
    return roles.map((role) => codeLabel('role', role, tr)).join(tr.t('common.listSeparator'));
  return person.audience ? tr.t('report.people.audience') : tr.t('report.people.participant');
}

function peopleSection(people: Person[], tr: Translator): ReportSection {
  const { t } = tr;
  const sorted = people
    .map((person, index) => ({ person, index, rank: personRank(person) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ person }) => person);
  const blocks: ReportBlock[] = sorted.length
    ? [
        {
          type: 'table',
          header: [
            t('report.people.name'),
            t('report.people.roles'),
            t('report.people.affiliation'),
            t('report.people.stakeholder'),
            t('report.people.region'),
          ],
          rows: sorted.map((p) => [
            clean(p.name) ?? t('common.noName'),
            rolesLabel(p, tr),
            clean(p.affiliation) ?? '',
            labelOrEmpty('stakeholder', p.stakeholder, tr),
            labelOrEmpty('region', p.region, tr),
          ]),
        },
      ]
    : [{ type: 'note', text: t('report.people.none') }];
  return { id: 'people', heading: t('report.people.heading'), level: 1, blocks };
}

function statementBlock(statement: Statement, people: Map<string, Person>, tr: Translator): ReportBlock {
  const speaker = statement.speakerId ? people.get(statement.speakerId) : undefined;
  const detail = speaker
    ? [labelOrEmpty('stakeholder', speaker.stakeholder, tr), labelOrEmpty('region', speaker.region, tr)]
        .filter(Boolean)
        .join(tr.t('common.listSeparator'))
    : '';
  return {
    type: 'statement',
    statementId: statement.id,
    speaker: speaker ? (clean(speaker.name) ?? tr.t('common.noName')) : null,
    speakerDetail: detail || null,
    offset: formatOffset(statement.offsetSeconds),
    kind: statement.kind,
    kindLabel: kindLabel(statement.kind, tr),
    starred: statement.starred,
    markdown: statement.poll
      ? `${statement.text.trim()}\n\n${pollMarkdown(statement.poll, escapeMarkdownText, tr)}`
      : statement.text,
  };
}

/** Every poll shown in the room, with its counts: one table per poll, in the order they were taken. */
function pollSections(statements: readonly Statement[], tr: Translator): ReportSection[] {
  const { t } = tr;
  const polls = statements.filter((s) => s.poll && s.poll.options.length > 0);
  if (polls.length === 0) return [];
  return [
    { id: 'polls', heading: t('report.poll.heading'), level: 1, blocks: [] },
    ...polls.map((s, i): ReportSection => ({
      id: `poll-${s.id}`,
      heading: t('report.poll.title', {
        n: tr.format.number(i + 1),
        question: isolate(tr, oneLine(s.poll!.question || s.text) || t('report.poll.untitled')),
      }),
      level: 2,
      blocks: [
        {
          type: 'table',
          header: [t('report.poll.option'), t('report.poll.votes'), t('report.poll.share')],
          rows: pollRows(s.poll!, tr),
          widths: [60, 20, 20],
        },
      ],
    })),
  ];
}

/** First timed turn's start to the last one's end, in whole minutes. */
export function actualDuration(time: SpeakingTime, tr: Translator = translator('en')): string | null {
  if (!time.firstStart || !time.lastEnd) return null;
  const seconds = (Date.parse(time.lastEnd) - Date.parse(time.firstStart)) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  // Turns days apart (a rehearsal, a clock on another zone) are not one session's duration.
  if (seconds > 24 * 3600) return tr.t('report.facts.notMeasured');
  const minutes = Math.round(seconds / 60);
  return tr.t('report.facts.actualDurationValue', {
    duration: minutes ? formatMinutes(minutes, tr) : formatDuration(seconds, tr),
  });
}

/** The heading of the key takeaways or calls to action, in the translator's language. */
export const sectionHeading = (section: ItemSection, tr: Pick<Translator, 't'> = translator('en')): string =>
  section === 'keyTakeaway' ? tr.t('report.keyTakeaways') : tr.t('report.callsToAction');

export const SECTION_HEADINGS = {
  keyTakeaway: sectionHeading('keyTakeaway'),
  callToAction: sectionHeading('callToAction'),
} as const satisfies Record<ItemSection, string>;

function itemsSection(session: Session, section: ItemSection, tr: Translator): ReportSection {
  const items = liveItems(session, section).map((item) => item.markdown.trim());
  return {
    id: section === 'keyTakeaway' ? 'key-takeaways' : 'calls-to-action',
    heading: sectionHeading(section, tr),
    level: 1,
    blocks: items.length
      ? [{ type: 'list', ordered: true, items }]
      : [
          {
            type: 'note',
            text: section === 'keyTakeaway' ? tr.t('report.noKeyTakeaways') : tr.t('report.noCallsToAction'),
          },
        ],
  };
}

const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ');

const yesNo = (value: boolean | null, tr: Translator): string =>
  value === null ? NOT_SET : value ? tr.t('common.yes') : tr.t('common.no');

function participationSections(session: Session, time: SpeakingTime, tr: Translator): ReportSection[] {
  const { t, format } = tr;
  const r = session.report;
  const count = (n: number | null): string => (n === null ? NOT_SET : format.number(n));
  const rows: Array<[string, string]> = [
    [t('report.participation.onsite'), count(r.participantsOnsite)],
    [t('report.participation.online'), count(r.participantsOnline)],
  ];
  if (r.participantsOnsite !== null && r.participantsOnline !== null)
    rows.push([t('report.participation.total'), count(r.participantsOnsite + r.participantsOnline)]);
  rows.push(
    [
      t('report.participation.women'),
      r.womenPercent === null ? NOT_SET : format.percent(Math.round(r.womenPercent * 10) / 1000, 1),
    ],
    [t('report.participation.genderAddressed'), yesNo(r.genderAddressed, tr)],
  );
  const blocks: ReportBlock[] = [{ type: 'facts', rows }];
  if (r.genderHow.trim()) {
    blocks.push({
      type: 'paragraph',
      markdown: `**${escapeMarkdownText(t('report.participation.genderHow'))}**`,
    });
    blocks.push({ type: 'paragraph', markdown: r.genderHow.trim() });
  }
  const timeBlocks: ReportBlock[] = time.totalSeconds
    ? [
        {
          type: 'paragraph',
          markdown: escapeMarkdownText(
            t('report.speaking.summary', {
              count: time.turns,
              duration: formatDuration(time.totalSeconds, tr),
            }),
          ),
        },
        ...time.dimensions.map((d): ReportBlock => ({
          type: 'bars',
          header: [d.label, t('report.speaking.time'), t('report.speaking.share')],
          rows: d.rows.map((row) => ({
            label: row.label,
            value: formatDuration(row.seconds, tr),
            share: row.share,
            shareText: format.percent(row.share),
          })),
        })),
      ]
    : [{ type: 'note', text: t('report.speaking.none') }];
  return [
    { id: 'participation', heading: t('report.participation.heading'), level: 1, blocks },
    { id: 'speaking-time', heading: t('report.speaking.heading'), level: 2, blocks: timeBlocks },
  ];
}

function wayForwardSections(
  session: Session,
  people: Map<string, Person>,
  fora: readonly string[],
  tr: Translator,
): ReportSection[] {
  const { t } = tr;
  const text = session.report.wayForward.trim();
  const groups = followUpsByForum(session, fora);
  const sections: ReportSection[] = [
    {
      id: 'way-forward',
      heading: t('report.wayForward'),
      level: 1,
      blocks: text
        ? [{ type: 'paragraph', markdown: text }]
        : groups.length
          ? []
          : [{ type: 'note', text: t('report.noWayForward') }],
    },
  ];
  for (const group of groups)
    sections.push({
      id: `forum-${group.forum}`,
      heading:
        group.forum === NO_FORUM
          ? t('report.noForum')
          : t('report.forum', { forum: isolate(tr, group.forum) }),
      level: 2,
      blocks: [
        {
          type: 'list',
          ordered: false,
          items: group.statements.map((s) =>
            attributed(s.text, speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined, tr)),
          ),
        },
      ],
    });
  return sections;
}

function keyIssuesSection(session: Session, drafts: ReportDrafts | undefined, tr: Translator): ReportSection {
  const written = session.report.keyIssues.trim();
  const draft = written ? '' : (drafts?.keyIssues.trim() ?? '');
  return {
    id: 'key-issues',
    heading: tr.t('report.keyIssues'),
    level: 1,
    blocks: written
      ? [{ type: 'paragraph', markdown: written }]
      : draft
        ? [{ type: 'paragraph', markdown: draft }]
        : [{ type: 'note', text: tr.t('report.noKeyIssues') }],
    drafted: !written && Boolean(draft),
  };
}

export function buildReport(session: Session, options: ReportOptions = {}): ReportDocument {
  const language = reportLanguage(session, options.language);
  const tr = translator(language);
  const { t } = tr;
  const title = clean(session.facts.title) ?? t('common.untitled');
  const people = ordered(session.people);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const questions = ordered(session.questions);
  const statements = liveStatements(session);
  const nowMs = options.nowMs ?? Date.parse(session.updatedAt);
  const time = speakingTime(session, Number.isFinite(nowMs) ? nowMs : 0, tr);
  const summaries = new Map(
    session.summaries.filter((s) => s.deletedAt === null).map((s) => [s.questionId, s]),
  );
  const noStatementsForQuestion = t('report.noStatementsForQuestion');

  const sections: ReportSection[] = [
    {
      id: 'facts',
      heading: t('report.facts.heading'),
      level: 1,
      blocks: [{ type: 'facts', rows: factsRows(session, time, tr) }],
    },
    peopleSection(people, tr),
    itemsSection(session, 'keyTakeaway', tr),
    itemsSection(session, 'callToAction', tr),
    keyIssuesSection(session, options.drafts, tr),
    {
      id: 'questions',
      heading: t('report.discussion'),
      level: 1,
      blocks: questions.length ? [] : [{ type: 'note', text: t('report.noQuestions') }],
    },
  ];
  const taggedQuestionIds = new Set(statements.flatMap((s) => s.questionIds));
  questions.forEach((question, index) => {
    const written = summaries.get(question.id)?.markdown.trim();
    const draft = written ? null : options.drafts?.summaries[question.id]?.markdown.trim();
    sections.push({
      id: `question-${question.id}`,
      heading: t('report.question', { n: index + 1, text: isolate(tr, oneLine(question.text)) }),
      level: 2,
      blocks: written
        ? [{ type: 'paragraph', markdown: written }]
        : draft
          ? [{ type: 'paragraph', markdown: draft }]
          : [
              {
                type: 'note',
                // Says why there is nothing yet: no notes filed under the question, or notes but no summary.
                text: taggedQuestionIds.has(question.id) ? t('report.noSummary') : noStatementsForQuestion,
              },
            ],
      drafted: !written && Boolean(draft),
    });
  });
  sections.push(...pollSections(statements, tr));
  sections.push(...wayForwardSections(session, peopleById, options.fora ?? DEFAULT_FORA, tr));
  sections.push(...participationSections(session, time, tr));

  if (session.report.includeAnnex) {
    // One pass over the statements: each goes into the bucket of every live question it is tagged to.
    const buckets = new Map<string, ReportBlock[]>(questions.map((q) => [q.id, []]));
    const other: ReportBlock[] = [];
    for (const statement of statements) {
      let tagged = false;
      const block = statementBlock(statement, peopleById, tr);
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
      heading: t('report.annex.heading'),
      level: 1,
      blocks: statements.length
        ? [{ type: 'note', text: t('report.annex.intro', { count: statements.length }) }]
        : [{ type: 'note', text: t('report.annex.none') }],
    });
    questions.forEach((question, index) => {
      const blocks = buckets.get(question.id) ?? [];
      sections.push({
        id: `annex-question-${question.id}`,
        heading: t('report.annex.question', { n: index + 1 }),
        level: 2,
        blocks: blocks.length ? blocks : [{ type: 'note', text: noStatementsForQuestion }],
      });
    });
    if (other.length)
      sections.push({
        id: 'other-statements',
        heading: t('report.annex.otherStatements'),
        level: 2,
        blocks: other,
      });
  }

  const separator = t('common.listSeparator');
  const names = (role: Role): string =>
    people
      .filter((p) => p.roles.includes(role))
      .map((p) => clean(p.name))
      .filter(Boolean)
      .join(separator);
  const moderators = [
    names('onsiteModerator'),
    names('onlineModerator') && t('report.cover.online', { names: names('onlineModerator') }),
  ]
    .filter(Boolean)
    .join(separator);
  const cover: Array<[string, string]> = [];
  if (names('organizer')) cover.push([t('report.cover.organizers'), names('organizer')]);
  if (moderators) cover.push([t('report.cover.moderators'), moderators]);
  if (names('rapporteur')) cover.push([t('report.cover.rapporteur'), names('rapporteur')]);

  const author = names('rapporteur') || 'Session Desk';
  const code = clean(session.facts.code);
  const date = session.facts.date ? formatDate(session.facts.date, tr) : null;
  const start = clean(session.facts.startTime);
  const subtitleParts = [
    code,
    date && start ? t('common.dateAndTime', { date, time: start }) : date,
    clean(session.facts.room),
  ]
    .filter((part): part is string => Boolean(part))
    .map((part) => isolate(tr, part));
  const kicker = t('report.kicker');
  return {
    language,
    dir: tr.dir,
    labels: documentLabels(tr),
    properties: {
      title,
      subject: code ? t('report.subjectWithCode', { code }) : kicker,
      author,
      description: t('report.exportedBy', { kicker }),
    },
    kicker,
    title,
    subtitle: subtitleParts.length ? subtitleParts.join(' · ') : null,
    cover,
    sections,
  };
}
