import { z } from 'zod';
import {
  AgendaSegmentSchema,
  FactsSchema,
  IdSchema,
  IsoTimeSchema,
  PersonSchema,
  PolicyQuestionSchema,
  QuestionSummarySchema,
  QueueEntrySchema,
  ReportFieldsSchema,
  ReportItemSchema,
  StatementSchema,
  TurnSchema,
  type Facts,
  type ReportFields,
  type Session,
} from './session';

/**
 * Every edit a user makes is one of these changes. The renderer applies them to its copy for an
 * immediate screen, the main process applies the same pure function to the file's copy and writes it;
 * undo is the inverse change. Records are addressed by id, never by position.
 */
const omitStamps = { updatedAt: true, deletedAt: true } as const;

export const PersonDraftSchema = PersonSchema.omit(omitStamps);
export const QuestionDraftSchema = PolicyQuestionSchema.omit(omitStamps);
export const SegmentDraftSchema = AgendaSegmentSchema.omit(omitStamps);
export const StatementDraftSchema = StatementSchema.omit(omitStamps);
export const TurnDraftSchema = TurnSchema.omit(omitStamps);
export const QueueDraftSchema = QueueEntrySchema.omit(omitStamps);
export const ReportItemDraftSchema = ReportItemSchema.omit(omitStamps);
export const SummaryDraftSchema = QuestionSummarySchema.omit(omitStamps);

/**
 * A patch names only the fields it changes: zod's `.partial()` would fill in every other field's
 * default and so blank it.
 */
function patchOf<T extends z.ZodRawShape>(shape: T): z.ZodType<Partial<z.output<z.ZodObject<T>>>> {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
      ]),
    ),
  ) as unknown as z.ZodType<Partial<z.output<z.ZodObject<T>>>>;
}
export const FactsPatchSchema: z.ZodType<Partial<Omit<Facts, 'updatedAt'>>> = patchOf(
  FactsSchema.omit({ updatedAt: true }).shape,
);
export const ReportPatchSchema: z.ZodType<Partial<Omit<ReportFields, 'updatedAt'>>> = patchOf(
  ReportFieldsSchema.omit({ updatedAt: true }).shape,
);

export type PersonDraft = z.input<typeof PersonDraftSchema>;
export type QuestionDraft = z.input<typeof QuestionDraftSchema>;
export type SegmentDraft = z.input<typeof SegmentDraftSchema>;
export type StatementDraft = z.input<typeof StatementDraftSchema>;
export type FactsPatch = z.input<typeof FactsPatchSchema>;
export type ReportPatch = z.input<typeof ReportPatchSchema>;

/**
 * What the merge engine (shared/sync) found another device changed: records as they now stand, stamps
 * included, so every copy of the session ends up byte for byte the same. `order` is the full id order of
 * a collection, sent only when a merge interleaved records differently from this copy's order.
 */
const mergeRecords = {
  people: z.array(PersonSchema).max(100_000).optional(),
  questions: z.array(PolicyQuestionSchema).max(100_000).optional(),
  agenda: z.array(AgendaSegmentSchema).max(100_000).optional(),
  statements: z.array(StatementSchema).max(100_000).optional(),
  turns: z.array(TurnSchema).max(100_000).optional(),
  queue: z.array(QueueEntrySchema).max(100_000).optional(),
  reportItems: z.array(ReportItemSchema).max(100_000).optional(),
  summaries: z.array(QuestionSummarySchema).max(100_000).optional(),
};
export const SyncMergeSchema = z.object({
  type: z.literal('sync.merge'),
  updatedAt: IsoTimeSchema,
  facts: FactsSchema.optional(),
  report: ReportFieldsSchema.optional(),
  importNotFound: z.array(z.string().max(2_000)).max(1_000).optional(),
  records: z.strictObject(mergeRecords).default({}),
  order: z
    .strictObject(
      Object.fromEntries(
        Object.keys(mergeRecords).map((key) => [key, z.array(IdSchema).max(100_000).optional()]),
      ) as { [K in keyof typeof mergeRecords]: z.ZodOptional<z.ZodArray<typeof IdSchema>> },
    )
    .optional(),
});
export type SyncMerge = z.input<typeof SyncMergeSchema>;

/** `put` creates a record or replaces its fields (and revives a tombstone); `delete` leaves a tombstone. */
export const ChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('facts.update'), patch: FactsPatchSchema }),
  z.object({ type: z.literal('person.put'), person: PersonDraftSchema }),
  z.object({ type: z.literal('person.delete'), id: IdSchema }),
  z.object({ type: z.literal('question.put'), question: QuestionDraftSchema }),
  z.object({ type: z.literal('question.delete'), id: IdSchema }),
  z.object({ type: z.literal('segment.put'), segment: SegmentDraftSchema }),
  z.object({ type: z.literal('segment.delete'), id: IdSchema }),
  z.object({ type: z.literal('statement.put'), statement: StatementDraftSchema }),
  z.object({ type: z.literal('statement.delete'), id: IdSchema }),
  z.object({ type: z.literal('turn.put'), turn: TurnDraftSchema }),
  z.object({ type: z.literal('turn.delete'), id: IdSchema }),
  z.object({ type: z.literal('queue.put'), entry: QueueDraftSchema }),
  z.object({ type: z.literal('queue.delete'), id: IdSchema }),
  z.object({ type: z.literal('reportItem.put'), item: ReportItemDraftSchema }),
  z.object({ type: z.literal('reportItem.delete'), id: IdSchema }),
  z.object({ type: z.literal('summary.put'), summary: SummaryDraftSchema }),
  z.object({ type: z.literal('summary.delete'), id: IdSchema }),
  z.object({ type: z.literal('report.update'), patch: ReportPatchSchema }),
  SyncMergeSchema,
]);
export type Change = z.input<typeof ChangeSchema>;
type ParsedChange = z.output<typeof ChangeSchema>;

export const COLLECTIONS = [
  'people',
  'questions',
  'agenda',
  'statements',
  'turns',
  'queue',
  'reportItems',
  'summaries',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Sets records exactly as given (stamps included), then reorders a collection when an order is given. */
function merge(session: Session, change: z.output<typeof SyncMergeSchema>): Session {
  const next: Session = { ...session };
  if (change.facts) next.facts = change.facts;
  if (change.report) next.report = change.report;
  if (change.importNotFound) next.importNotFound = change.importNotFound;
  for (const key of COLLECTIONS) {
    const records = change.records[key] as Array<{ id: string }> | undefined;
    const order = change.order?.[key];
    if (!records?.length && !order) continue;
    const list = (session[key] as Array<{ id: string }>).slice();
    if (records?.length) {
      const at = new Map(list.map((item, index) => [item.id, index]));
      for (const record of records) {
        const index = at.get(record.id);
        if (index === undefined) {
          at.set(record.id, list.length);
          list.push(record);
        } else list[index] = record;
      }
    }
    if (order) {
      const rank = new Map(order.map((id, index) => [id, index]));
      const unranked = list.filter((item) => !rank.has(item.id));
      const ranked = list.filter((item) => rank.has(item.id));
      ranked.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      (next as Record<Collection, unknown>)[key] = [...ranked, ...unranked];
    } else (next as Record<Collection, unknown>)[key] = list;
  }
  return next;
}

function put<K extends Collection>(
  session: Session,
  key: K,
  record: Omit<Session[K][number], 'updatedAt' | 'deletedAt'>,
  now: string,
): Session {
  const list = session[key] as Array<Session[K][number]>;
  // Stamps go where the schema puts them, so a record has one shape (and one key order in the file)
  // however it was made: loaded, put here, or merged from another device.
  const { id, ...fields } = record as { id: string };
  const next = { id, updatedAt: now, deletedAt: null, ...fields } as unknown as Session[K][number];
  const at = list.findIndex((item) => item.id === record.id);
  const copy = list.slice();
  if (at === -1) copy.push(next);
  else copy[at] = next;
  return { ...session, [key]: copy };
}

function tombstone(session: Session, key: Collection, id: string, now: string): Session {
  const list = session[key] as Array<{ id: string; deletedAt: string | null }>;
  const at = list.findIndex((item) => item.id === id);
  if (at === -1) throw new ChangeError('not-found', `No record with id ${id} in ${key}.`);
  const copy = list.slice();
  copy[at] = { ...list[at]!, deletedAt: now, updatedAt: now } as (typeof list)[number];
  return { ...session, [key]: copy };
}

export class ChangeError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-reference',
    message: string,
  ) {
    super(message);
  }
}

function assertKnownIds(session: Session, ids: readonly string[], key: Collection, what: string): void {
  const known = new Set((session[key] as Array<{ id: string }>).map((item) => item.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw new ChangeError('invalid-reference', `The ${what} ${unknown} does not exist.`);
}

/** Applies one validated change; throws ChangeError when it refers to records the session lacks. */
export function applyChange(session: Session, raw: Change, now: string): Session {
  const change: ParsedChange = ChangeSchema.parse(raw);
  const touched = ((): Session => {
    switch (change.type) {
      case 'facts.update':
        return { ...session, facts: { ...session.facts, ...change.patch, updatedAt: now } };
      case 'person.put':
        return put(session, 'people', change.person, now);
      case 'person.delete':
        return tombstone(session, 'people', change.id, now);
      case 'question.put':
        return put(session, 'questions', change.question, now);
      case 'question.delete':
        return tombstone(session, 'questions', change.id, now);
      case 'segment.put':
        assertKnownIds(session, change.segment.questionIds, 'questions', 'policy question');
        return put(session, 'agenda', change.segment, now);
      case 'segment.delete':
        return tombstone(session, 'agenda', change.id, now);
      case 'statement.put':
        assertKnownIds(session, change.statement.questionIds, 'questions', 'policy question');
        if (change.statement.speakerId)
          assertKnownIds(session, [change.statement.speakerId], 'people', 'speaker');
        return put(session, 'statements', change.statement, now);
      case 'statement.delete':
        return tombstone(session, 'statements', change.id, now);
      case 'turn.put':
        if (change.turn.personId) assertKnownIds(session, [change.turn.personId], 'people', 'speaker');
        if (change.turn.segmentId)
          assertKnownIds(session, [change.turn.segmentId], 'agenda', 'agenda segment');
        return put(session, 'turns', change.turn, now);
      case 'turn.delete':
        return tombstone(session, 'turns', change.id, now);
      case 'queue.put':
        assertKnownIds(session, [change.entry.personId], 'people', 'person');
        return put(session, 'queue', change.entry, now);
      case 'queue.delete':
        return tombstone(session, 'queue', change.id, now);
      case 'reportItem.put':
        assertKnownIds(session, change.item.sourceStatementIds, 'statements', 'statement');
        return put(session, 'reportItems', change.item, now);
      case 'reportItem.delete':
        return tombstone(session, 'reportItems', change.id, now);
      case 'summary.put':
        assertKnownIds(session, [change.summary.questionId], 'questions', 'policy question');
        assertKnownIds(session, change.summary.sourceStatementIds, 'statements', 'statement');
        return put(session, 'summaries', change.summary, now);
      case 'summary.delete':
        return tombstone(session, 'summaries', change.id, now);
      case 'report.update':
        return { ...session, report: { ...session.report, ...change.patch, updatedAt: now } };
      case 'sync.merge':
        return merge(session, change);
    }
  })();
  return { ...touched, updatedAt: change.type === 'sync.merge' ? change.updatedAt : now };
}

export function applyChanges(session: Session, changes: readonly Change[], now: string): Session {
  return changes.reduce((acc, change) => applyChange(acc, change, now), session);
}
