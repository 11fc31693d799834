import { z } from 'zod';
import {
  AgendaSegmentSchema,
  FactsSchema,
  IdSchema,
  PersonSchema,
  PolicyQuestionSchema,
  StatementSchema,
  type Facts,
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
/** A patch names only the facts it changes: zod's `.partial()` would fill in every other fact's default. */
const factFields = FactsSchema.omit({ updatedAt: true }).shape;
export const FactsPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(factFields).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
    ]),
  ),
) as unknown as z.ZodType<Partial<Omit<Facts, 'updatedAt'>>>;

export type PersonDraft = z.input<typeof PersonDraftSchema>;
export type QuestionDraft = z.input<typeof QuestionDraftSchema>;
export type SegmentDraft = z.input<typeof SegmentDraftSchema>;
export type StatementDraft = z.input<typeof StatementDraftSchema>;
export type FactsPatch = z.input<typeof FactsPatchSchema>;

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
]);
export type Change = z.input<typeof ChangeSchema>;
type ParsedChange = z.output<typeof ChangeSchema>;

type Collection = 'people' | 'questions' | 'agenda' | 'statements';

function put<K extends Collection>(
  session: Session,
  key: K,
  record: Omit<Session[K][number], 'updatedAt' | 'deletedAt'>,
  now: string,
): Session {
  const list = session[key] as Array<Session[K][number]>;
  const next = { ...record, updatedAt: now, deletedAt: null } as Session[K][number];
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
    }
  })();
  return { ...touched, updatedAt: now };
}

export function applyChanges(session: Session, changes: readonly Change[], now: string): Session {
  return changes.reduce((acc, change) => applyChange(acc, change, now), session);
}
