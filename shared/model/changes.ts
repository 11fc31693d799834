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
  SessionSchema,
  StatementSchema,
  TurnSchema,
  type Facts,
  type ReportFields,
  type Person,
  type Session,
} from './session';
import { nextSpeakerNumber } from './people';

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
  importConfidence: SessionSchema.shape.importConfidence,
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
  if (change.importConfidence) next.importConfidence = change.importConfidence;
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

type Row = { id: string; updatedAt: string; deletedAt: string | null };

/**
 * Where each id sits in a collection, shared by every copy of that array made here: copies only
 * replace a record in place or append, so a position once right stays right for the array it was
 * taken from, and each lookup checks the id it finds (another copy may have appended elsewhere).
 * Looking a record up is then O(1) instead of a scan of every statement.
 */
const positions = new WeakMap<readonly Row[], Map<string, number>>();

function positionsOf(list: readonly Row[]): Map<string, number> {
  let map = positions.get(list);
  if (!map) {
    map = new Map();
    for (let i = 0; i < list.length; i++) if (!map.has(list[i]!.id)) map.set(list[i]!.id, i);
    positions.set(list, map);
  }
  return map;
}

function indexOf(list: readonly Row[], id: string): number {
  const at = positionsOf(list).get(id);
  if (at === undefined) return -1;
  if (list[at]?.id === id) return at;
  // Another copy sharing this map put `id` elsewhere (the same batch applied twice to one base, as the
  // screen and its undo history do): this array gets a map of its own, once, instead of a scan of
  // every record on each later lookup, which made a 20,000-turn import quadratic.
  positions.delete(list);
  return positionsOf(list).get(id) ?? -1;
}

/**
 * For a collection copied by a batch (never one changed in place): the array it was copied from and
 * the positions the batch wrote, so a screen can bring its view of the list up to date from the
 * changes instead of comparing 20,000 records to find the one that was added.
 */
const edits = new WeakMap<readonly Row[], { base: readonly Row[]; at: number[] }>();

/**
 * The positions where `next` differs from `previous`, ascending, when `next` is the copy one batch
 * made of `previous`; null when that is not known (the caller compares the two instead).
 */
export function changedPositions(previous: readonly unknown[], next: readonly unknown[]): number[] | null {
  const edit = edits.get(next as readonly Row[]);
  if (!edit || edit.base !== previous) return null;
  return [...new Set(edit.at)].sort((a, b) => a - b);
}

/** The record `id` of a collection as it now stands, found in O(1) through the same positions. */
export function findRecord<T extends Row>(list: readonly T[], id: string): T | undefined {
  const at = indexOf(list, id);
  return at === -1 ? undefined : list[at];
}

/** Where `id` sits in `list` (-1 when absent), in O(1). */
export const recordIndex = (list: readonly Row[], id: string): number => indexOf(list, id);

/**
 * A batch of changes works on one copy of each collection it touches (copied on first touch), so a
 * batch of n changes costs O(n) and not O(n × records): a 20,000-turn transcript applies in one pass.
 * Nothing the caller holds is mutated, except arrays the caller lists in `owned` (its private working
 * copy, see applyChangesInPlace): those are changed in place, each step logged so it can be undone.
 */
class Draft {
  private readonly copied = new Set<Collection>();
  private readonly inPlace = new Set<Collection>();
  /** Steps done in place, oldest first: `before` undefined means `id` was appended. */
  private readonly undo: Array<{
    list: Row[];
    at: number;
    before: Row | undefined;
    id: string;
    mapped?: number;
  }> = [];
  /** The session's new `updatedAt`: now, or what a merge from another device says. */
  stamp: string | null = null;
  constructor(
    public session: Session,
    private readonly owned?: WeakSet<object>,
  ) {}

  /** After a merge replaced collections wholesale: the next edit copies them again. */
  replaced(): void {
    this.copied.clear();
    this.inPlace.clear();
  }

  /** Puts every owned array back as it was before this batch (newest step first). */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) {
      const step = this.undo[i]!;
      if (step.before) step.list[step.at] = step.before;
      else {
        step.list.pop();
        const map = positionsOf(step.list);
        if (step.mapped === undefined) map.delete(step.id);
        else map.set(step.id, step.mapped);
      }
    }
    this.undo.length = 0;
  }

  /** `base` as it was before this batch, its changed-in-place arrays replaced by undone copies. */
  before(base: Session): Session {
    const copies = new Map<Row[], Row[]>();
    for (let i = this.undo.length - 1; i >= 0; i--) {
      const step = this.undo[i]!;
      let copy = copies.get(step.list);
      if (!copy) copies.set(step.list, (copy = step.list.slice()));
      if (step.before) copy[step.at] = step.before;
      else copy.pop();
    }
    const view = { ...base } as Record<Collection, unknown>;
    for (const key of COLLECTIONS) {
      const copy = copies.get(base[key] as unknown as Row[]);
      if (copy) view[key] = copy;
    }
    return view as unknown as Session;
  }

  private list(key: Collection): Row[] {
    if (!this.copied.has(key)) {
      const original = this.session[key] as unknown as Row[];
      if (this.owned?.has(original)) this.inPlace.add(key);
      else {
        const copy = original.slice();
        positions.set(copy, positionsOf(original));
        if (!this.owned) edits.set(copy, { base: original, at: [] });
        // The copy is new and only the caller will hold it: the next batch may change it in place.
        this.owned?.add(copy);
        this.session = { ...this.session, [key]: copy };
      }
      this.copied.add(key);
    }
    return this.session[key] as unknown as Row[];
  }

  private set(key: Collection, list: Row[], at: number, next: Row): void {
    if (this.inPlace.has(key)) this.undo.push({ list, at, before: list[at]!, id: next.id });
    edits.get(list)?.at.push(at);
    list[at] = next;
  }

  private append(key: Collection, list: Row[], next: Row): void {
    const map = positionsOf(list);
    if (this.inPlace.has(key))
      this.undo.push({ list, at: list.length, before: undefined, id: next.id, mapped: map.get(next.id) });
    map.set(next.id, list.length);
    edits.get(list)?.at.push(list.length);
    list.push(next);
  }

  get(key: Collection, id: string): Row | undefined {
    const list = this.session[key] as unknown as Row[];
    const at = indexOf(list, id);
    return at === -1 ? undefined : list[at];
  }

  has(key: Collection, id: string): boolean {
    return indexOf(this.session[key] as unknown as Row[], id) !== -1;
  }

  put(key: Collection, record: { id: string }, now: string): void {
    const list = this.list(key);
    // Stamps first, as in a loaded file, so every record of a collection has one shape (one hidden
    // class): lookups stay fast however many records were edited.
    const { id, ...fields } = record;
    const next = { id, updatedAt: now, deletedAt: null, ...fields } as Row;
    const at = indexOf(list, record.id);
    if (at === -1) this.append(key, list, next);
    else this.set(key, list, at, next);
  }

  tombstone(key: Collection, id: string, now: string): void {
    const list = this.list(key);
    const at = indexOf(list, id);
    if (at === -1) throw new ChangeError('not-found', `No record with id ${id} in ${key}.`);
    this.set(key, list, at, { ...list[at]!, updatedAt: now, deletedAt: now });
  }
}

export class ChangeError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-reference',
    message: string,
  ) {
    super(message);
  }
}

function assertKnownIds(draft: Draft, ids: readonly string[], key: Collection, what: string): void {
  const unknown = ids.find((id) => !draft.has(key, id));
  if (unknown) throw new ChangeError('invalid-reference', `The ${what} ${unknown} does not exist.`);
}

/** Applies one validated change to the draft; throws ChangeError when it refers to records the session lacks. */
function applyTo(draft: Draft, raw: Change, now: string): void {
  const change: ParsedChange = ChangeSchema.parse(raw);
  switch (change.type) {
    case 'facts.update':
      draft.session = {
        ...draft.session,
        facts: { ...draft.session.facts, ...change.patch, updatedAt: now },
      };
      return;
    case 'person.put': {
      // A person keeps their speaker number; someone new without one gets the next free number.
      const before = draft.get('people', change.person.id) as Person | undefined;
      const speakerNumber =
        change.person.speakerNumber ?? before?.speakerNumber ?? nextSpeakerNumber(draft.session.people);
      const person = { ...change.person, speakerNumber };
      return draft.put('people', person, now);
    }
    case 'person.delete':
      return draft.tombstone('people', change.id, now);
    case 'question.put':
      return draft.put('questions', change.question, now);
    case 'question.delete':
      return draft.tombstone('questions', change.id, now);
    case 'segment.put':
      assertKnownIds(draft, change.segment.questionIds, 'questions', 'policy question');
      return draft.put('agenda', change.segment, now);
    case 'segment.delete':
      return draft.tombstone('agenda', change.id, now);
    case 'statement.put':
      assertKnownIds(draft, change.statement.questionIds, 'questions', 'policy question');
      if (change.statement.speakerId)
        assertKnownIds(draft, [change.statement.speakerId], 'people', 'speaker');
      // Tagging a question takes back a "no question" verdict: one statement is never both.
      return draft.put(
        'statements',
        change.statement.noQuestion && change.statement.questionIds.length
          ? { ...change.statement, noQuestion: false }
          : change.statement,
        now,
      );
    case 'statement.delete':
      return draft.tombstone('statements', change.id, now);
    case 'turn.put':
      if (change.turn.personId) assertKnownIds(draft, [change.turn.personId], 'people', 'speaker');
      if (change.turn.segmentId) assertKnownIds(draft, [change.turn.segmentId], 'agenda', 'agenda segment');
      return draft.put('turns', change.turn, now);
    case 'turn.delete':
      return draft.tombstone('turns', change.id, now);
    case 'queue.put':
      assertKnownIds(draft, [change.entry.personId], 'people', 'person');
      return draft.put('queue', change.entry, now);
    case 'queue.delete':
      return draft.tombstone('queue', change.id, now);
    case 'reportItem.put':
      assertKnownIds(draft, change.item.sourceStatementIds, 'statements', 'statement');
      return draft.put('reportItems', change.item, now);
    case 'reportItem.delete':
      return draft.tombstone('reportItems', change.id, now);
    case 'summary.put':
      assertKnownIds(draft, [change.summary.questionId], 'questions', 'policy question');
      assertKnownIds(draft, change.summary.sourceStatementIds, 'statements', 'statement');
      return draft.put('summaries', change.summary, now);
    case 'summary.delete':
      return draft.tombstone('summaries', change.id, now);
    case 'report.update':
      draft.session = {
        ...draft.session,
        report: { ...draft.session.report, ...change.patch, updatedAt: now },
      };
      return;
    case 'sync.merge':
      draft.session = merge(draft.session, change);
      draft.replaced();
      draft.stamp = change.updatedAt;
      return;
  }
}

/** Applies one change; throws ChangeError when it refers to records the session lacks. */
export function applyChange(session: Session, change: Change, now: string): Session {
  return applyChanges(session, [change], now);
}

/**
 * The one write path: every edit, on screen and on disk, goes through here. All or nothing: a change
 * that does not fit leaves the caller's session as it was (nothing is mutated).
 */
export function applyChanges(session: Session, changes: readonly Change[], now: string): Session {
  return run(new Draft(session), changes, now);
}

function run(draft: Draft, changes: readonly Change[], now: string): Session {
  for (const change of changes) {
    draft.stamp = null;
    applyTo(draft, change, now);
  }
  return { ...draft.session, updatedAt: draft.stamp ?? now };
}

/**
 * The same rule as applyChanges for the one holder of a private working copy (the open session in
 * the main process): collections in `owned` are changed in place instead of copied, so a change to a
 * 20,000-statement session does not copy 20,000 records. Collections it copies join `owned`. The
 * caller must drop an array from `owned` before anyone else may hold it (a snapshot to write, a copy
 * handed out). A refused change mutates nothing; `rollback` undoes an applied one the caller could
 * not make durable; `before` gives, as fresh copies, the state the batch started from (for a reader
 * arriving while the change is not yet durable).
 */
export function applyChangesInPlace(
  session: Session,
  changes: readonly Change[],
  now: string,
  owned: WeakSet<object>,
): { session: Session; rollback: () => void; before: () => Session } {
  const draft = new Draft(session, owned);
  try {
    return {
      session: run(draft, changes, now),
      rollback: () => draft.rollback(),
      before: () => draft.before(session),
    };
  } catch (error) {
    draft.rollback();
    throw error;
  }
}
