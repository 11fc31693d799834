/**
 * The merge engine under the change log: Yjs (https://github.com/yjs/yjs), its document model and
 * sync protocol. Typed `Change`s stay the one way the UI edits a session; the same changes are applied
 * to the JSON (`applyChanges`) and written into a Y.Doc, which gives field-level merge, convergence and
 * catch-up after a disconnect. Pure: no Node, no DOM.
 *
 * Document layout (doc.ts): `meta`, `facts` and `report` are Y.Maps with one key per field; each record
 * collection (`people`, `statements`, …) is a Y.Map of record id → Y.Map of fields, with a Y.Array
 * `<collection>.order` of ids in creation order (merged by Yjs, so every copy lists records alike).
 * Field values are plain JSON; a list-valued field (`questionIds`, `timer`) is one value, last writer wins.
 *
 * The API:
 * - `docFromSession(session)`: a doc holding the session. Deterministic (the same file gives the same
 *   history on every machine), so two copies that started from one file merge field by field.
 * - `applyChangesToDoc(doc, session, changes, now)`: `applyChanges` on the JSON, and the touched fields
 *   written into the doc (only fields whose value changed, so an untouched field never competes).
 * - `writeSessionToDoc(doc, session, {only?, newerOnly?})`: folds a session into the doc field by field
 *   (an edit made while the doc was not kept, or by another program). `newerOnly` lets a record in only
 *   where its `updatedAt` is later, for copies that share no history.
 * - `sessionFromDoc(doc)` / `projectDoc(doc)`: the session the doc holds; every record is validated with
 *   the model's schemas and an invalid one is left out (and listed by `projectDoc`).
 * - `watchRemote(doc)` + `mergeChangeFor(doc, current, touched)`: after updates from another device,
 *   the `sync.merge` change that brings this copy's file to the doc (records with their stamps, and the
 *   merged order when it differs), applied through the same write path as any change.
 * - `encodeState(doc)`, `docFromState(bytes)`, `mergeStates(...states)`: the state as one Yjs update;
 *   merging is idempotent, commutative and associative.
 * - `mergeCopies(a, b)`: two copies of one session from files alone (`{session, state|null}` each): their
 *   JSON folded into their state, then merged; with no shared history, record by record by `updatedAt`.
 *   Returns the merged session and state and what came from each side; refuses two different sessions.
 *   When neither copy kept state, `mergeNewestRecords` does the same on the JSON alone (no doc is built;
 *   the state is built only if read). `mergeChangeBetween(current, merged)`: the `sync.merge` change
 *   that carries only what the merge changed, for the one write path.
 * - `encodeLog`, `encodeLogRecord`, `decodeLog` (log.ts): the sidecar format.
 *
 * Where the state lives: `<id>.session.yjs` beside `<id>.session.json` (SIDECAR_SUFFIX replaces
 * `.json`), an append-only log of updates with checksums, fsynced per append like the journal, rewritten
 * as one update from time to time. The JSON stays the file people and tools read, and it is
 * authoritative: it is written first; the sidecar is the merge history, and on every open the JSON is
 * folded into it (`writeSessionToDoc`), so a sidecar that is behind, lost or from an older copy never
 * loses what the JSON holds. A sync tool's conflict copy of the JSON pairs with the conflict copy of the
 * sidecar (`<id>.session.sync-conflict-….yjs`); either may be missing, `mergeCopies` takes null.
 */
export {
  applyChangesToDoc,
  COLLECTIONS,
  docFromSession,
  docFromState,
  docOrder,
  emptyTouched,
  encodeState,
  LOCAL,
  mergeChangeFor,
  mergeStates,
  projectDoc,
  recordFromDoc,
  sessionFromDoc,
  touchedBy,
  watchRemote,
  writeSessionToDoc,
  type Collection,
  type Projection,
  type Touched,
  type WriteOptions,
} from './doc';
export { decodeLog, DamagedLogError, encodeLog, encodeLogRecord, SIDECAR_SUFFIX } from './log';
export {
  countDifferences,
  diffSessions,
  DifferentSessionsError,
  mergeChangeBetween,
  mergeCopies,
  mergeNewestRecords,
  type Difference,
  type DifferenceCount,
  type MergeResult,
  type SessionCopy,
} from './merge';

import { docFromState } from './doc';
import { decodeLog } from './log';
import * as Y from 'yjs';

/** The doc a sidecar log holds (every record replayed; a torn last record ignored). */
export function docFromLog(bytes: Uint8Array): Y.Doc {
  const { updates } = decodeLog(bytes);
  const doc = docFromState(updates.length ? Y.mergeUpdates(updates) : new Uint8Array([0, 0]));
  return doc;
}

/** The sidecar file name for a session file name: `x.session.json` → `x.session.yjs`. */
export const sidecarOf = (sessionFile: string): string => sessionFile.replace(/\.json$/, '') + '.yjs';
