import {
  ROLE_LABELS,
  ROLES,
  liveStatements,
  ordered,
  type Person,
  type Role,
  type Session,
  type Statement,
  type StatementKind,
} from '../model/session';

/**
 * The session report as a neutral document: the Markdown and DOCX writers only lay it out, so what the
 * report says (and leaves out) is decided here once. Text written by the user stays Markdown
 * (`markdown` fields); text the report itself writes is plain (`text`, labels, cells).
 */
export type ReportBlock =
  | { type: 'paragraph'; markdown: string }
  | { type: 'facts'; rows: Array<[label: string, value: string]> }
  | { type: 'table'; header: string[]; rows: string[][] }
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
  | { type: 'note'; text: string };

export interface ReportSection {
  id: string;
  heading: string;
  level: 1 | 2 | 3;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  properties: { title: string; subject: string; author: string };
  title: string;
  subtitle: string | null;
  sections: ReportSection[];
}

export const UNTITLED = 'Untitled session';
export const PEOPLE_HEADER = ['Name', 'Role(s)', 'Affiliation', 'Stakeholder group', 'Region'];
export const NOTE_NO_STATEMENTS_FOR_QUESTION = 'No statements tagged to this question yet.';

export const KIND_LABELS: Record<StatementKind, string> = {
  statement: 'Statement',
  question: 'Question',
  recommendation: 'Recommendation',
  commitment: 'Commitment',
  'key-takeaway candidate': 'Key takeaway candidate',
  'call-to-action candidate': 'Call to action candidate',
  quote: 'Quote',
  'poll result': 'Poll result',
};

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

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const NOT_SET = '—';

function factsRows(session: Session): Array<[string, string]> {
  const f = session.facts;
  const time = clean(f.startTime);
  const zone = clean(f.timeZone);
  const rows: Array<[string, string]> = [
    ['Title', clean(f.title) ?? UNTITLED],
    ['Session code', clean(f.code) ?? NOT_SET],
    ['Date', f.date ? formatDate(f.date) : NOT_SET],
    ['Time', time ? (zone ? `${time} (${zone})` : time) : NOT_SET],
    ['Room', clean(f.room) ?? NOT_SET],
    ['Format', clean(f.format) ?? NOT_SET],
    ['Planned duration', f.durationMinutes !== null ? formatMinutes(f.durationMinutes) : NOT_SET],
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
  if (roles.length) return roles.map((role) => ROLE_LABELS[role]).join(', ');
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
            clean(p.stakeholder) ?? '',
            clean(p.region) ?? '',
          ]),
        },
      ]
    : [{ type: 'note', text: 'No people recorded yet.' }];
  return { id: 'people', heading: 'People', level: 1, blocks };
}

function statementBlock(statement: Statement, people: Map<string, Person>): ReportBlock {
  const speaker = statement.speakerId ? people.get(statement.speakerId) : undefined;
  const detail = speaker
    ? [clean(speaker.stakeholder), clean(speaker.region)].filter(Boolean).join(', ')
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

export function buildReport(session: Session): ReportDocument {
  const title = clean(session.facts.title) ?? UNTITLED;
  const people = ordered(session.people);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const questions = ordered(session.questions);
  const statements = liveStatements(session);

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

  const sections: ReportSection[] = [
    {
      id: 'facts',
      heading: 'Session facts',
      level: 1,
      blocks: [{ type: 'facts', rows: factsRows(session) }],
    },
    peopleSection(people),
    {
      id: 'questions',
      heading: 'Policy questions',
      level: 1,
      blocks: questions.length ? [] : [{ type: 'note', text: 'No policy questions recorded.' }],
    },
  ];
  questions.forEach((question, index) => {
    const blocks = buckets.get(question.id) ?? [];
    sections.push({
      id: `question-${question.id}`,
      heading: `Policy question ${index + 1}: ${question.text.trim().replace(/\s+/g, ' ')}`,
      level: 2,
      blocks: blocks.length ? blocks : [{ type: 'note', text: NOTE_NO_STATEMENTS_FOR_QUESTION }],
    });
  });
  if (other.length)
    sections.push({ id: 'other-statements', heading: 'Other statements', level: 1, blocks: other });

  const rapporteurs = people.filter((p) => p.roles.includes('rapporteur')).map((p) => clean(p.name));
  const author = rapporteurs.filter(Boolean).join(', ') || 'Session Desk';
  const code = clean(session.facts.code);
  const date = session.facts.date ? formatDate(session.facts.date) : null;
  const subtitleParts = [code, date, clean(session.facts.room)].filter(
    (part): part is string => part !== null,
  );
  return {
    properties: { title, subject: code ? `Session report, ${code}` : 'Session report', author },
    title,
    subtitle: subtitleParts.length ? subtitleParts.join(' · ') : null,
    sections,
  };
}
