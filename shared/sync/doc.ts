import * as Y from 'yjs';
import { applyChanges, COLLECTIONS, type Change, type Collection, type SyncMerge } from '../model/changes';
import {
  AgendaSegmentSchema,
  FactsSchema,
  PersonSchema,
  PolicyQuestionSchema,
  QuestionSummarySchema,
  QueueEntrySchema,
  ReportFieldsSchema,
  ReportItemSchema,
  SCHEMA_VERSION,
  SessionSchema,
  StatementSchema,
  TurnSchema,
  type Person,
  type Session,
} from '../model/session';
import { settleSpeakerNumbers } from '../model/people';

const ImportConfidenceSchema = SessionSchema.shape.importConfidence;

/**
 * How a session lives in a Y.Doc (see index.ts for the API):
 *   meta      Y.Map   id, createdAt, updatedAt, importNotFound
 *   facts     Y.Map   one key per fact      (field-level: two people editing two facts keep both)
 *   report    Y.Map   one key per field
 *   <collection>          Y.Map<id, Y.Map<field, value>>   one Y.Map per record
 *   <collection>.order    Y.Array<id>       creation order, merged by Yjs, so every copy lists records alike
 * Field values are plain JSON (a record's `questionIds` or `timer` is one value: the last writer wins).
 */

export type { Collection };
export { COLLECTIONS };

export const RECORD_SCHEMAS = {
  people: PersonSchema,
  questions: PolicyQuestionSchema,
  agenda: AgendaSegmentSchema,
  statements: StatementSchema,
  turns: TurnSchema,
  queue: QueueEntrySchema,
  reportItems: ReportItemSchema,
  summaries: QuestionSummarySchema,
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Fields = Record<string, unknown>;

/** What a batch of changes (or a remote update) touched: facts, report, meta, and records by collection. */
export interface Touched {
  facts: boolean;
  report: boolean;
  meta: boolean;
  records: Partial<Record<Collection, Set<string>>>;
}

export const emptyTouched = (): Touched => ({ facts: false, report: false, meta: false, records: {} });

const CHANGE_COLLECTION: Record<string, Collection> = {
  person: 'people',
  question: 'questions',
  segment: 'agenda',
  statement: 'statements',
  turn: 'turns',
  queue: 'queue',
  reportItem: 'reportItems',
  summary: 'summaries',
};

/** The records and parts of the session that `changes` write. */
export function touchedBy(changes: readonly Change[]): Touched {
  const touched = emptyTouched();
  touched.meta = true;
  const add = (key: Collection, id: string): void => {
    (touched.records[key] ??= new Set()).add(id);
  };
  for (const change of changes) {
    if (change.type === 'facts.update') touched.facts = true;
    else if (change.type === 'report.update') touched.report = true;
    else if (change.type === 'sync.merge') {
      if (change.facts) touched.facts = true;
      if (change.report) touched.report = true;
      for (const key of COLLECTIONS) for (const r of change.records?.[key] ?? []) add(key, r.id);
    } else {
      const [kind, verb] = change.type.split('.') as [string, string];
      const key = CHANGE_COLLECTION[kind]!;
      const record = (change as Record<string, unknown>)[
        kind === 'queue' ? 'entry' : kind === 'reportItem' ? 'item' : kind
      ];
      add(key, verb === 'delete' ? (change as { id: string }).id : (record as { id: string }).id);
    }
  }
  return touched;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * Sets only the keys whose value differs, so an unchanged field never competes with another's edit.
 * With `previous` (the record before a local change), only what the change itself changed is written:
 * the doc may briefly lack a key (Yjs applies a remote overwrite's delete before the insert it waits
 * for), and that gap must not be filled with this copy's older value.
 */
function writeFields(map: Y.Map<unknown>, fields: Fields, previous?: Fields): number {
  let written = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (previous && same(previous[key], value)) continue;
    if (map.has(key) && same(map.get(key), value)) continue;
    map.set(key, value as Json);
    written++;
  }
  return written;
}

const orderOf = (doc: Y.Doc, key: Collection): Y.Array<string> => doc.getArray<string>(`${key}.order`);
const recordsOf = (doc: Y.Doc, key: Collection): Y.Map<Y.Map<unknown>> => doc.getMap<Y.Map<unknown>>(key);

export interface WriteOptions {
  /** Only these parts; everything when absent. */
  only?: Touched;
  /**
   * For a copy that shares no history with the doc: a record (or facts, report) is written only when its
   * `updatedAt` is later than the doc's, so the newer whole record wins instead of every differing field.
   */
  newerOnly?: boolean;
  /** The session before a local change: only fields the change altered are written. */
  before?: Session;
  origin?: unknown;
}

const later = (incoming: unknown, existing: unknown): boolean =>
  typeof incoming === 'string' && (typeof existing !== 'string' || incoming > existing);

/**
 * Writes a session into the doc field by field: only what differs is written. This folds in whatever the
 * doc has not seen (an edit made while not shared, or by another program) without touching the rest.
 * Returns the number of fields written.
 */
export function writeSessionToDoc(doc: Y.Doc, session: Session, options: WriteOptions = {}): number {
  const { only, newerOnly = false, before } = options;
  let written = 0;
  doc.transact(() => {
    const meta = doc.getMap('meta');
    if (!only || only.meta) {
      const fields: Fields = {
        id: session.id,
        createdAt: session.createdAt,
        importNotFound: session.importNotFound,
      };
      if (session.importConfidence) fields.importConfidence = session.importConfidence;
      if (!newerOnly || later(session.updatedAt, meta.get('updatedAt'))) fields.updatedAt = session.updatedAt;
      written += writeFields(meta, fields, before as unknown as Fields | undefined);
    }
    for (const part of ['facts', 'report'] as const) {
      if (only && !only[part]) continue;
      const map = doc.getMap(part);
      if (newerOnly && map.size > 0 && !later(session[part].updatedAt, map.get('updatedAt'))) continue;
      written += writeFields(map, session[part] as Fields, before?.[part] as Fields | undefined);
    }
    for (const key of COLLECTIONS) {
      const ids = only ? only.records[key] : null;
      if (only && !ids) continue;
      const records = recordsOf(doc, key);
      const list = session[key] as Array<Fields & { id: string; updatedAt: string }>;
      const previous = before
        ? new Map(
            (before[key] as Array<Fields & { id: string }>)
              .filter((r) => !ids || ids.has(r.id))
              .map((r) => [r.id, r]),
          )
        : null;
      for (const record of list) {
        if (ids && !ids.has(record.id)) continue;
        const existing = records.get(record.id);
        if (existing) {
          if (newerOnly && !later(record.updatedAt, existing.get('updatedAt'))) continue;
          written += writeFields(existing, record, previous?.get(record.id));
          continue;
        }
        const map = new Y.Map<unknown>();
        for (const [field, value] of Object.entries(record)) if (value !== undefined) map.set(field, value);
        records.set(record.id, map);
        orderOf(doc, key).push([record.id]);
        written += Object.keys(record).length;
      }
    }
  }, options.origin ?? LOCAL);
  return written;
}

/** The origin of this copy's own writes; anything else in an update event came from another device. */
export const LOCAL = Symbol('local');

/** 32-bit FNV-1a: the same content gives the same number on every machine. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const freshClientId = (): number => {
  const bytes = new Uint32Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return bytes[0]!;
};

/**
 * A doc holding the session. Built deterministically (its writer id is a hash of the content), so two
 * machines that start from the same file get the same history and merge field by field later; the doc
 * then takes a fresh random writer id for its own edits.
 */
export function docFromSession(session: Session): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = hash32(JSON.stringify(session)) || 1;
  writeSessionToDoc(doc, session);
  doc.clientID = freshClientId();
  return doc;
}

/** A doc from an encoded state (see encodeState); throws on bytes that are not a Yjs update. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export const encodeState = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(doc);
/** Merges encoded states or updates without loading a doc; order and repetition do not matter. */
export const mergeStates = (...states: Uint8Array[]): Uint8Array => Y.mergeUpdates(states);

function plain(map: Y.Map<unknown> | undefined): Fields {
  const out: Fields = {};
  if (!map) return out;
  for (const [key, value] of map.entries()) out[key] = value;
  return out;
}

/** Record ids of a collection in the doc's merged creation order (ids pushed twice count once). */
export function docOrder(doc: Y.Doc, key: Collection): string[] {
  const records = recordsOf(doc, key);
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of orderOf(doc, key).toArray())
    if (!seen.has(id) && records.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  const rest = [...records.keys()].filter((id) => !seen.has(id)).sort();
  return ids.concat(rest);
}

/** One record as the doc has it, validated; null when absent or invalid. */
export function recordFromDoc<K extends Collection>(
  doc: Y.Doc,
  key: K,
  id: string,
): Session[K][number] | null {
  const parsed = RECORD_SCHEMAS[key].safeParse(plain(recordsOf(doc, key).get(id)));
  return parsed.success ? (parsed.data as Session[K][number]) : null;
}

export interface Projection {
  session: Session;
  /** Records left out because they do not validate (a damaged or hostile update never reaches the file). */
  invalid: Array<{ collection: Collection; id: string }>;
}

/** The session the doc holds, every record validated; throws when the doc holds no session at all. */
export function projectDoc(doc: Y.Doc): Projection {
  const meta = plain(doc.getMap('meta'));
  if (typeof meta.id !== 'string') throw new Error('This state holds no session.');
  const invalid: Projection['invalid'] = [];
  const facts = FactsSchema.safeParse(plain(doc.getMap('facts')));
  const report = ReportFieldsSchema.safeParse(plain(doc.getMap('report')));
  if (!facts.success) throw new Error('The state holds no valid session facts.');
  const session = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    facts: facts.data,
  } as Session;
  for (const key of COLLECTIONS) {
    const list: unknown[] = [];
    for (const id of docOrder(doc, key)) {
      const record = recordFromDoc(doc, key, id);
      if (record) list.push(record);
      else invalid.push({ collection: key, id });
    }
    (session as Record<Collection, unknown>)[key] = list;
  }
  session.report = report.success ? report.data : ReportFieldsSchema.parse({});
  session.importNotFound = Array.isArray(meta.importNotFound) ? (meta.importNotFound as string[]) : [];
  const confidence = ImportConfidenceSchema.safeParse(meta.importConfidence);
  if (confidence.success && confidence.data) session.importConfidence = confidence.data;
  return { session, invalid };
}

export const sessionFromDoc = (doc: Y.Doc): Session => projectDoc(doc).session;

/**
 * Applies typed changes as the app always has (the same `applyChanges`, so the file's copy is exactly
 * what it was) and writes what they touched into the doc. Returns the new session.
 */
export function applyChangesToDoc(
  doc: Y.Doc,
  session: Session,
  changes: readonly Change[],
  now: string,
): Session {
  const next = applyChanges(session, changes, now);
  writeSessionToDoc(doc, next, { only: touchedBy(changes), before: session });
  return next;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types' events loosely
type AnyType = Y.AbstractType<any>;

/** Collects what transactions from other devices touched, until `take()` is called. */
export function watchRemote(doc: Y.Doc, isRemote: (origin: unknown) => boolean = (o) => o !== LOCAL) {
  let pending = emptyTouched();
  const collections = new Set<string>(COLLECTIONS);
  const onTransaction = (tr: Y.Transaction): void => {
    if (!isRemote(tr.origin)) return;
    for (const [type, keys] of tr.changed) {
      const parent = type._item?.parent as AnyType | undefined;
      const name = rootName(doc, type);
      if (name === 'facts' || name === 'report' || name === 'meta') pending[name] = true;
      else if (name && collections.has(name)) {
        const set = (pending.records[name as Collection] ??= new Set());
        for (const key of keys) if (key !== null) set.add(key);
      } else if (parent) {
        const parentName = rootName(doc, parent);
        const id = type._item?.parentSub;
        if (parentName && collections.has(parentName) && id)
          (pending.records[parentName as Collection] ??= new Set()).add(id);
      } else if (name?.endsWith('.order')) {
        pending.records[name.slice(0, -'.order'.length) as Collection] ??= new Set();
      }
    }
  };
  doc.on('afterTransaction', onTransaction);
  return {
    take(): Touched {
      const out = pending;
      pending = emptyTouched();
      return out;
    },
    stop: () => doc.off('afterTransaction', onTransaction),
  };
}

function rootName(doc: Y.Doc, type: AnyType): string | null {
  if (type._item) return null;
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
}

/**
 * The `sync.merge` change that brings `current` (this copy's file) to what the doc holds for the touched
 * parts, or null when they already agree. Records are validated; the collection's full order is sent
 * only when the merged order differs from the file's.
 */
export function mergeChangeFor(doc: Y.Doc, current: Session, touched: Touched): SyncMerge | null {
  const change: SyncMerge & { records: NonNullable<SyncMerge['records']> } = {
    type: 'sync.merge',
    updatedAt: current.updatedAt,
    records: {},
  };
  let differs = false;
  const meta = plain(doc.getMap('meta'));
  if (typeof meta.updatedAt === 'string' && meta.updatedAt !== current.updatedAt) {
    change.updatedAt = meta.updatedAt;
    differs = true;
  }
  if (
    touched.meta &&
    Array.isArray(meta.importNotFound) &&
    !same(meta.importNotFound, current.importNotFound)
  ) {
    change.importNotFound = meta.importNotFound as string[];
    differs = true;
  }
  if (
    touched.meta &&
    meta.importConfidence !== undefined &&
    !same(meta.importConfidence, current.importConfidence)
  ) {
    const confidence = ImportConfidenceSchema.safeParse(meta.importConfidence);
    if (confidence.success && confidence.data) {
      change.importConfidence = confidence.data;
      differs = true;
    }
  }
  for (const part of ['facts', 'report'] as const) {
    if (!touched[part]) continue;
    const parsed = (part === 'facts' ? FactsSchema : ReportFieldsSchema).safeParse(plain(doc.getMap(part)));
    if (parsed.success && !same(parsed.data, current[part])) {
      (change as Record<string, unknown>)[part] = parsed.data;
      differs = true;
    }
  }
  for (const key of COLLECTIONS) {
    const ids = touched.records[key];
    if (!ids) continue;
    const list = current[key] as Array<{ id: string }>;
    const byId = new Map(list.map((r) => [r.id, r]));
    const order = docOrder(doc, key);
    const records: unknown[] = [];
    const added: string[] = [];
    for (const id of order) {
      if (!ids.has(id)) continue;
      const record = recordFromDoc(doc, key, id);
      if (!record) continue;
      const mine = byId.get(id);
      if (mine && same(mine, record)) continue;
      if (!mine) added.push(id);
      records.push(record);
    }
    if (records.length) {
      (change.records as Record<string, unknown>)[key] = records;
      differs = true;
    }
    const addedSet = new Set(added);
    const wanted = order.filter((id) => byId.has(id) || addedSet.has(id));
    const wouldBe = list.map((r) => r.id).concat(added);
    if (wanted.length === wouldBe.length && wanted.some((id, i) => id !== wouldBe[i])) {
      (change.order ??= {})[key] = wanted;
      differs = true;
    }
  }
  if (touched.records.people && settleMergedNumbers(current, change)) differs = true;
  return differs ? change : null;
}

/**
 * Two devices that each added a person offline gave both the same next number: the people the change
 * brings are settled with this copy's (shared/model/people `settleSpeakerNumbers`, a rule of the merged
 * list alone, so both devices settle alike) and every person whose number moves goes into the change.
 */
function settleMergedNumbers(
  current: Session,
  change: SyncMerge & { records: Record<string, unknown> },
): boolean {
  const incoming = (change.records.people ?? []) as Person[];
  if (!incoming.length) return false;
  const byId = new Map(current.people.map((p) => [p.id, p]));
  for (const p of incoming) byId.set(p.id, p);
  const merged = [...byId.values()];
  const settled = settleSpeakerNumbers(merged);
  if (settled === merged) return false;
  const out = new Map(incoming.map((p) => [p.id, p]));
  settled.forEach((p, i) => {
    if (p !== merged[i]) out.set(p.id, p);
  });
  change.records.people = [...out.values()];
  return true;
}
