import * as Y from 'yjs';
import { COLLECTIONS, type Collection, type SyncMerge } from '../model/changes';
import { settleSpeakerNumbers } from '../model/people';
import { FactsSchema, ReportFieldsSchema, type Session } from '../model/session';
import {
  docFromSession,
  docFromState,
  encodeState,
  projectDoc,
  RECORD_SCHEMAS,
  writeSessionToDoc,
} from './doc';

/** One copy of a session as files give it: the JSON, and the engine's state when it was kept beside it. */
export interface SessionCopy {
  session: Session;
  /** The sidecar's state (`<id>.session.yjs`), or null when this copy has none. */
  state: Uint8Array | null;
}

export interface Difference {
  part: 'facts' | 'report' | 'meta' | Collection;
  /** The record's id, for a record. */
  id?: string;
  /** The fields that differ (for a record only one side has: every field). */
  fields: string[];
}

export interface MergeResult {
  session: Session;
  /** The merged engine state, to keep beside the merged file (built when first read). */
  readonly state: Uint8Array;
  /** What the merge took from `a` that `b` did not have, and the other way round. */
  fromA: Difference[];
  fromB: Difference[];
  /** How the copies were merged: field by field on a shared history, or record by record by time. */
  method: 'history' | 'newest-record';
}

export class DifferentSessionsError extends Error {}

/**
 * Merges two copies of one session from their files alone. When both carry engine state that shares
 * history, each copy's JSON is first folded into its own state (it may be newer: edited while the
 * state was not kept, or by another program), then the states merge field by field. Without a shared
 * history, records merge one by one and the later `updatedAt` wins. Refuses two different sessions.
 */
export function mergeCopies(a: SessionCopy, b: SessionCopy): MergeResult {
  if (a.session.id !== b.session.id)
    throw new DifferentSessionsError(
      `These are two different sessions ("${a.session.facts.title}" ${a.session.id} and "${b.session.facts.title}" ${b.session.id}); only copies of one session can be merged.`,
    );
  // Neither copy kept engine state: their docs would only hold each file's own content, so the merge is
  // the record-by-record rule below, done on the JSON without building two docs (mergeNewestRecords).
  if (!a.state && !b.state) return settled(mergeNewestRecords(a.session, b.session), a.session, b.session);
  const docA = a.state ? docFromState(a.state) : docFromSession(a.session);
  const docB = b.state ? docFromState(b.state) : docFromSession(b.session);
  const shared = sharesHistory(docA, docB);
  let merged: Y.Doc;
  if (shared) {
    writeSessionToDoc(docA, a.session);
    writeSessionToDoc(docB, b.session);
    // Only what a lacks of b's history travels (on a shared history, little): the same doc as merging
    // both whole states, without encoding a and decoding the merge again.
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)));
    merged = docA;
  } else {
    // Start from a's copy, then let each of b's records in where it is newer.
    writeSessionToDoc(docA, a.session);
    merged = docA;
    writeSessionToDoc(merged, b.session, { newerOnly: true });
  }
  const projected = projectDoc(merged).session;
  const session = withSettledNumbers(projected, a.session, b.session);
  // The engine's state carries the settled numbers too, so a later merge starts from them.
  if (session !== projected) writeSessionToDoc(merged, session);
  return {
    session,
    get state() {
      return encodeState(merged);
    },
    fromA: diffSessions(b.session, session),
    fromB: diffSessions(a.session, session),
    method: shared ? 'history' : 'newest-record',
  };
}

/**
 * The merged session with speaker numbers unique again (two copies may each have given a new person the
 * same next number); people both copies had keep theirs.
 */
function withSettledNumbers(merged: Session, a: Session, b: Session): Session {
  const inA = new Set(a.people.map((p) => p.id));
  const known = new Set(b.people.filter((p) => inA.has(p.id)).map((p) => p.id));
  const people = settleSpeakerNumbers(merged.people, known);
  return people === merged.people ? merged : { ...merged, people: [...people] };
}

function settled(result: MergeResult, a: Session, b: Session): MergeResult {
  const session = withSettledNumbers(result.session, a, b);
  if (session === result.session) return result;
  return {
    session,
    method: result.method,
    get state() {
      return encodeState(docFromSession(session));
    },
    fromA: diffSessions(b, session),
    fromB: diffSessions(a, session),
  };
}

const later = (incoming: unknown, existing: unknown): boolean =>
  typeof incoming === 'string' && (typeof existing !== 'string' || incoming > existing);

type Fields = Record<string, unknown>;

/** `b`'s defined fields over `a`'s, as the engine folds a newer copy in (an undefined value is never written). */
function overlay(a: Fields, b: Fields): Fields {
  const out: Fields = { ...a };
  for (const key of Object.keys(b)) if (b[key] !== undefined) out[key] = b[key];
  return out;
}

/**
 * Two copies that share no engine history, merged on their JSON by the engine's own rule for that case
 * (`writeSessionToDoc` with `newerOnly` into a doc built from `a`, then projected): the facts, the report
 * and each record of `b` are folded over `a`'s where their `updatedAt` is later; a record only one copy
 * has is kept; records keep `a`'s order, then `b`'s new ones in `b`'s order. Records taken whole from a
 * copy were validated when it was read; only a record made of both copies' fields is validated again,
 * and should it not validate, `b`'s newer record is kept whole (the engine would drop it). The property
 * tests (tests/unit/sync-merge-json.test.ts) check it gives the engine's session on random copies.
 */
export function mergeNewestRecords(a: Session, b: Session): MergeResult {
  const session = { ...a } as Session;
  // The engine writes meta from `b` (its own creation time and import notes), and the later updatedAt.
  session.createdAt = b.createdAt;
  session.importNotFound = b.importNotFound;
  if (b.importConfidence) session.importConfidence = b.importConfidence;
  if (later(b.updatedAt, a.updatedAt)) session.updatedAt = b.updatedAt;
  if (later(b.facts.updatedAt, a.facts.updatedAt))
    session.facts = FactsSchema.parse(overlay(a.facts as Fields, b.facts as Fields));
  if (later(b.report.updatedAt, a.report.updatedAt))
    session.report = ReportFieldsSchema.parse(overlay(a.report as Fields, b.report as Fields));
  for (const key of COLLECTIONS) {
    const list = (a[key] as Array<Fields & { id: string }>).slice();
    const at = new Map(list.map((record, index) => [record.id, index]));
    for (const record of b[key] as Array<Fields & { id: string; updatedAt: string }>) {
      const index = at.get(record.id);
      if (index === undefined) {
        at.set(record.id, list.push(record) - 1);
        continue;
      }
      const mine = list[index]!;
      if (!later(record.updatedAt, mine.updatedAt)) continue;
      const mixed = RECORD_SCHEMAS[key].safeParse(overlay(mine, record));
      list[index] = mixed.success ? (mixed.data as Fields & { id: string }) : record;
    }
    (session as Record<Collection, unknown>)[key] = list;
  }
  return {
    session,
    get state() {
      return encodeState(docFromSession(session));
    },
    fromA: diffSessions(b, session),
    fromB: diffSessions(a, session),
    method: 'newest-record',
  };
}

/** True when both docs hold the session under the same record maps (one grew from the other's history). */
function sharesHistory(a: Y.Doc, b: Y.Doc): boolean {
  const ids = (doc: Y.Doc): string | null => {
    const item = doc.getMap('meta')._map.get('id');
    return item ? `${item.id.client}:${item.id.clock}` : null;
  };
  const first = ids(a);
  return first !== null && first === ids(b);
}

/** What `to` has that `from` lacks or holds differently, part by part and record by record. */
export function diffSessions(from: Session, to: Session): Difference[] {
  const out: Difference[] = [];
  const fieldsDiffering = (x: Record<string, unknown>, y: Record<string, unknown>): string[] =>
    Object.keys(y).filter((key) => key !== 'updatedAt' && JSON.stringify(x[key]) !== JSON.stringify(y[key]));
  for (const part of ['facts', 'report'] as const) {
    const fields = fieldsDiffering(
      from[part] as Record<string, unknown>,
      to[part] as Record<string, unknown>,
    );
    if (fields.length) out.push({ part, fields });
  }
  for (const key of COLLECTIONS) {
    const before = new Map((from[key] as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const record of to[key] as Array<{ id: string } & Record<string, unknown>>) {
      const old = before.get(record.id) as Record<string, unknown> | undefined;
      if (old === record) continue;
      const fields = old ? fieldsDiffering(old, record) : Object.keys(record);
      if (fields.length) out.push({ part: key, id: record.id, fields });
    }
  }
  return out;
}

const sameJson = (x: unknown, y: unknown): boolean => x === y || JSON.stringify(x) === JSON.stringify(y);

/**
 * The `sync.merge` change that makes `current` equal `merged` (a merge result of it), carrying only
 * what differs: the records that changed or are new, and a collection's order only when the merged one
 * is not `current`'s with the new records after it. Null when they already agree.
 */
export function mergeChangeBetween(current: Session, merged: Session): SyncMerge | null {
  const records: Record<string, unknown[]> = {};
  const order: Record<string, string[]> = {};
  const change: SyncMerge = { type: 'sync.merge', updatedAt: merged.updatedAt, records, order };
  if (!sameJson(current.facts, merged.facts)) change.facts = merged.facts;
  if (!sameJson(current.report, merged.report)) change.report = merged.report;
  if (!sameJson(current.importNotFound, merged.importNotFound)) change.importNotFound = merged.importNotFound;
  if (merged.importConfidence && !sameJson(current.importConfidence, merged.importConfidence))
    change.importConfidence = merged.importConfidence;
  // A later stamp alone is carried too: the merged session was changed at the later of the two times.
  let differs =
    merged.updatedAt !== current.updatedAt ||
    Boolean(change.facts || change.report || change.importNotFound || change.importConfidence);
  for (const key of COLLECTIONS) {
    const mine = new Map((current[key] as Array<{ id: string }>).map((r) => [r.id, r]));
    const list = merged[key] as Array<{ id: string }>;
    const changed = list.filter((r) => {
      const before = mine.get(r.id);
      return before !== r && (!before || !sameJson(before, r));
    });
    if (changed.length) records[key] = changed;
    const wouldBe = [...mine.keys()].concat(changed.filter((r) => !mine.has(r.id)).map((r) => r.id));
    if (wouldBe.length !== list.length || list.some((r, i) => r.id !== wouldBe[i]))
      order[key] = list.map((r) => r.id);
    if (changed.length || order[key]) differs = true;
  }
  if (!Object.keys(order).length) delete change.order;
  return differs ? change : null;
}

/** One part's share of a merge, for people: how many records (or which fields of facts and report). */
export interface DifferenceCount {
  part: Difference['part'];
  count: number;
  fields: string[];
}

/** Differences counted part by part, in the session's order (facts, report, then each collection). */
export function countDifferences(list: readonly Difference[]): DifferenceCount[] {
  const byPart = new Map<Difference['part'], DifferenceCount>();
  for (const d of list) {
    const entry = byPart.get(d.part) ?? { part: d.part, count: 0, fields: [] };
    entry.count++;
    for (const field of d.fields) if (!entry.fields.includes(field)) entry.fields.push(field);
    byPart.set(d.part, entry);
  }
  return [...byPart.values()];
}
