import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { ErrorParamsSchema } from '../errors';

/**
 * The session file format. Every entity carries a stable id and its own `updatedAt`, deletes leave a
 * tombstone and order comes from an explicit `order` key, so that two copies of one session (two
 * laptops, a synced folder) can one day be merged record by record.
 */
export const SCHEMA_VERSION = 5;

/*
 * Stored values are stable codes; what a person reads comes from shared/i18n in their language.
 * shared/model/codes.ts says which code a written-out value (a page, a format-2 file) means.
 */
export const STAKEHOLDER_GROUPS = [
  'government',
  'civil-society',
  'private-sector',
  'technical-community',
  'intergovernmental-organization',
] as const;

export const REGIONAL_GROUPS = [
  'african-group',
  'asia-pacific-group',
  'eastern-european-group',
  'grulac',
  'weog',
  'intergovernmental-organization',
] as const;

export const ROLES = ['organizer', 'speaker', 'onsiteModerator', 'onlineModerator', 'rapporteur'] as const;

export const GENDERS = ['woman', 'man', 'non-binary-other', 'prefer-not-to-say'] as const;
export const PRESENCES = ['onsite', 'online'] as const;

/**
 * The IGF's session types and formats, from its codes ("WS #260", "Open Forum #168") and its pages'
 * format lines ("Panel - 90 Min"). What a page or a person wrote stays as written in the session; these
 * codes are what the library files a session under, and how a known name is shown in every language.
 */
export const SESSION_TYPES = [
  'workshop',
  'open-forum',
  'town-hall',
  'lightning-talk',
  'day-0',
  'networking-session',
  'main-session',
  'high-level',
  'launch-award',
  'dynamic-coalition',
  'best-practice-forum',
  'parliamentary-track',
  'nri-session',
  'panel',
  'roundtable',
  'birds-of-a-feather',
  'break-out',
  'debate',
  'classroom',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const STATEMENT_KINDS = [
  'statement',
  'question',
  'recommendation',
  'commitment',
  'key-takeaway-candidate',
  'call-to-action-candidate',
  'quote',
  'poll-result',
] as const;

export const DEFAULT_FORA = [
  'G7',
  'G20',
  'Global Digital Compact',
  'WSIS+20',
  'IGF Messages',
  'Bilateral Digital Dialogues',
] as const;

/** Upper bounds keep a hostile or damaged file from exhausting memory in the renderer. */
const SHORT = 2_000;
const LONG = 2_000_000;

export const IdSchema = z.uuid();
export const IsoTimeSchema = z.iso.datetime({ offset: true });

const Entity = {
  id: IdSchema,
  updatedAt: IsoTimeSchema,
  deletedAt: IsoTimeSchema.nullable().default(null),
};

export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.object({
  ...Entity,
  name: z.string().max(SHORT),
  affiliation: z.string().max(SHORT).nullable().default(null),
  /** A code of STAKEHOLDER_GROUPS, or any other text the user chose ("Other…"). */
  stakeholder: z.string().max(SHORT).nullable().default(null),
  /** A code of REGIONAL_GROUPS, or any other text the user chose ("Other…"). */
  region: z.string().max(SHORT).nullable().default(null),
  gender: z.enum(GENDERS).nullable().default(null),
  presence: z.enum(PRESENCES).nullable().default(null),
  roles: z.array(RoleSchema).max(ROLES.length).default([]),
  /** An audience member added during the session rather than a listed participant. */
  audience: z.boolean().default(false),
  order: z.number(),
  /**
   * The number the person answers to for the whole session (Ctrl+1 … Ctrl+9 for the first nine, and
   * beside the name): given when the person is added (the next free one) and never changed, so adding
   * someone never moves anyone else's. Null only in a change that leaves it to be assigned.
   */
  speakerNumber: z.number().int().min(1).max(1_000_000).nullable().default(null),
});
export type Person = z.infer<typeof PersonSchema>;

export const PolicyQuestionSchema = z.object({
  ...Entity,
  text: z.string().max(LONG),
  order: z.number(),
});
export type PolicyQuestion = z.infer<typeof PolicyQuestionSchema>;

export const AgendaSegmentSchema = z.object({
  ...Entity,
  title: z.string().max(SHORT),
  plannedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  questionIds: z.array(IdSchema).default([]),
  order: z.number(),
});
export type AgendaSegment = z.infer<typeof AgendaSegmentSchema>;

export const StatementKindSchema = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKindSchema>;

/** A poll shown in the room (Mentimeter or similar): its question and the options with their counts. */
export const PollSchema = z.object({
  question: z.string().max(SHORT),
  options: z
    .array(z.object({ label: z.string().max(SHORT), count: z.number().int().min(0).max(1e9) }))
    .max(100),
});
export type Poll = z.infer<typeof PollSchema>;

export const StatementSchema = z.object({
  ...Entity,
  speakerId: IdSchema.nullable().default(null),
  text: z.string().max(LONG),
  questionIds: z.array(IdSchema).default([]),
  kind: StatementKindSchema.default('statement'),
  fora: z.array(z.string().max(SHORT)).default([]),
  starred: z.boolean().default(false),
  /** Wall-clock time the statement was captured (UTC). */
  at: IsoTimeSchema,
  /** Seconds from the session start, when the start is known. */
  offsetSeconds: z.number().nullable().default(null),
  /** Only for kind "poll-result". */
  poll: PollSchema.nullable().default(null),
  /**
   * The rapporteur's verdict that the statement belongs to no policy question (procedure: a greeting,
   * a floor hand-over, a time check). Read it through `markedNoQuestion`: a question tagged wins.
   */
  noQuestion: z.boolean().default(false),
});
export type Statement = z.infer<typeof StatementSchema>;

/**
 * True when the rapporteur settled the statement as "no question". A statement tagged to a question is
 * never "no question", even when two copies merged one device's verdict with another's tag.
 */
export const markedNoQuestion = (s: Pick<Statement, 'noQuestion' | 'questionIds'>): boolean =>
  s.noQuestion === true && s.questionIds.length === 0;

/** Stored timer state; what it shows is a pure function of this and the clock (shared/timer). */
export const TimerStateSchema = z.object({
  mode: z.enum(['countdown', 'countup']),
  startedAt: IsoTimeSchema.nullable(),
  allottedSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  addedSeconds: z
    .number()
    .int()
    .min(-24 * 3600)
    .max(24 * 3600),
  pauses: z.array(z.object({ from: IsoTimeSchema, to: IsoTimeSchema.nullable() })).max(10_000),
  endedAt: IsoTimeSchema.nullable(),
});

/** One speaking turn: who had the floor, in which segment, and the timer that measured it. */
export const TurnSchema = z.object({
  ...Entity,
  personId: IdSchema.nullable().default(null),
  segmentId: IdSchema.nullable().default(null),
  timer: TimerStateSchema,
});
export type Turn = z.infer<typeof TurnSchema>;

/** A request for the floor, in the room or relayed from online. */
export const QueueEntrySchema = z.object({
  ...Entity,
  personId: IdSchema,
  presence: z.enum(PRESENCES).nullable().default(null),
  order: z.number(),
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;

/** A key takeaway or call to action, written or picked from candidate statements. */
export const ReportItemSchema = z.object({
  ...Entity,
  section: z.enum(['keyTakeaway', 'callToAction']),
  markdown: z.string().max(LONG),
  sourceStatementIds: z.array(IdSchema).max(10_000).default([]),
  order: z.number(),
});
export type ReportItem = z.infer<typeof ReportItemSchema>;

/** The rapporteur's summary of the discussion on one policy question, linked to its sources. */
export const QuestionSummarySchema = z.object({
  ...Entity,
  questionId: IdSchema,
  markdown: z.string().max(LONG),
  sourceStatementIds: z.array(IdSchema).max(10_000).default([]),
});
export type QuestionSummary = z.infer<typeof QuestionSummarySchema>;

export const ReportFieldsSchema = z.object({
  keyIssues: z.string().max(LONG).default(''),
  wayForward: z.string().max(LONG).default(''),
  participantsOnsite: z.number().int().min(0).max(1e7).nullable().default(null),
  participantsOnline: z.number().int().min(0).max(1e7).nullable().default(null),
  /** Estimated share of women and gender-diverse participants, in percent. */
  womenPercent: z.number().min(0).max(100).nullable().default(null),
  genderAddressed: z.boolean().nullable().default(null),
  genderHow: z.string().max(LONG).default(''),
  includeAnnex: z.boolean().default(false),
  /** The language the organizer writes the report in (ar, zh, en, fr, ru, es); unset means English. */
  language: z.enum(LANGUAGES).nullable().default(null),
  updatedAt: IsoTimeSchema.nullable().default(null),
});
export type ReportFields = z.infer<typeof ReportFieldsSchema>;

export const FactsSchema = z.object({
  title: z.string().max(SHORT).default(''),
  /** The page's 'Full Title:' when its heading shortens it (absent in files made before it was read). */
  fullTitle: z.string().max(SHORT).nullable().optional(),
  code: z.string().max(SHORT).nullable().default(null),
  year: z.number().int().min(1990).max(2200).nullable().default(null),
  themes: z.array(z.string().max(SHORT)).default([]),
  format: z.string().max(SHORT).nullable().default(null),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(null),
  /** Local date and start time in the session's own time zone. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .default(null),
  timeZone: z.string().max(100).nullable().default(null),
  room: z.string().max(SHORT).nullable().default(null),
  hybrid: z.boolean().nullable().default(null),
  description: z.string().max(LONG).default(''),
  expectedOutcomes: z.string().max(LONG).default(''),
  updatedAt: IsoTimeSchema,
});
export type Facts = z.infer<typeof FactsSchema>;

export const SessionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  facts: FactsSchema,
  people: z.array(PersonSchema).default([]),
  questions: z.array(PolicyQuestionSchema).default([]),
  agenda: z.array(AgendaSegmentSchema).default([]),
  statements: z.array(StatementSchema).default([]),
  turns: z.array(TurnSchema).default([]),
  queue: z.array(QueueEntrySchema).default([]),
  reportItems: z.array(ReportItemSchema).default([]),
  summaries: z.array(QuestionSummarySchema).default([]),
  report: ReportFieldsSchema.default(() => ReportFieldsSchema.parse({})),
  /** Fields the page import could not find, kept so the user can be reminded to fill them in. */
  importNotFound: z.array(z.string().max(SHORT)).default([]),
  /**
   * How sure the page import was of each field it found (0–1); absent in files made before it was
   * kept. The setup screen asks the user to check the fields read from the layout rather than a label.
   */
  importConfidence: z.record(z.string().max(100), z.number().min(0).max(1)).optional(),
});
export type Session = z.infer<typeof SessionSchema>;
/** The shape a session may have on disk before defaults are applied. */
export type SessionInput = z.input<typeof SessionSchema>;

/** What the session list shows without loading every statement into the renderer. */
export const SessionSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  code: z.string().nullable(),
  date: z.string().nullable(),
  updatedAt: IsoTimeSchema,
  statementCount: z.number().int(),
  file: z.string(),
  /** What the organizer's library searches and filters by (shared/library). */
  year: z.number().int().nullable().default(null),
  /** The session type read from the code: one of SESSION_TYPES ('workshop', 'open-forum'…), else the code's own words, or null. */
  type: z.string().nullable().default(null),
  themes: z.array(z.string()).default([]),
  /** Follow-up fora its statements were addressed to. */
  fora: z.array(z.string()).default([]),
  /** Organizers' names and affiliations. */
  organizers: z.array(z.string()).default([]),
  /** Hidden from the list unless the archive is shown (kept per machine). */
  archived: z.boolean().default(false),
  /** The folder of a session file opened where it is, outside the workspace; null for the workspace's own. */
  outside: z.string().nullable().default(null),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** A file in the workspace that could not be opened, with the reason in words a user can act on. */
/** A file the list could not read; `key` and `params` let the app word `message` in the screens' language. */
export const DamagedFileSchema = z.object({
  file: z.string(),
  message: z.string(),
  key: z.string().max(40).optional(),
  params: ErrorParamsSchema.optional(),
});
export type DamagedFile = z.infer<typeof DamagedFileSchema>;

export const live = <T extends { deletedAt: string | null }>(items: readonly T[]): T[] =>
  items.filter((item) => item.deletedAt === null);

export const byOrder = <T extends { order: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.order - b.order);

/** Live records in display order: what every screen and the report show. */
export const ordered = <T extends { deletedAt: string | null; order: number }>(items: readonly T[]): T[] =>
  byOrder(live(items));

/** Statements in the order they were said: by time, compared as ISO text (no collation needed). */
export const byTime = (a: Pick<Statement, 'at'>, b: Pick<Statement, 'at'>): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : 0;

/** Live statements by time, equal times in file order (the sort is stable). */
export const liveStatements = (session: Pick<Session, 'statements'>): Statement[] =>
  live(session.statements).sort(byTime);
