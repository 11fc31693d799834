import type * as Y from 'yjs';
import { COLLECTIONS, type Collection } from '../model/changes';
import type { Session } from '../model/session';
import { docFromSession, docFromState, encodeState, mergeStates, projectDoc, writeSessionToDoc } from './doc';

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
  /** The merged engine state, to keep beside the merged file. */
  state: Uint8Array;
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
  const docA = a.state ? docFromState(a.state) : docFromSession(a.session);
  const docB = b.state ? docFromState(b.state) : docFromSession(b.session);
  const shared = sharesHistory(docA, docB);
  let merged: Y.Doc;
  if (shared) {
    writeSessionToDoc(docA, a.session);
    writeSessionToDoc(docB, b.session);
    merged = docFromState(mergeStates(encodeState(docA), encodeState(docB)));
  } else {
    // Start from a's copy, then let each of b's records in where it is newer.
    writeSessionToDoc(docA, a.session);
    merged = docA;
    writeSessionToDoc(merged, b.session, { newerOnly: true });
  }
  const session = projectDoc(merged).session;
  return {
    session,
    state: encodeState(merged),
    fromA: diffSessions(b.session, session),
    fromB: diffSessions(a.session, session),
    method: shared ? 'history' : 'newest-record',
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
      const fields = old ? fieldsDiffering(old, record) : Object.keys(record);
      if (fields.length) out.push({ part: key, id: record.id, fields });
    }
  }
  return out;
}
