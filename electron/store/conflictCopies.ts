import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';
import { conflictCopyOf, sidecarOf, type SyncTool } from '../../shared/library/conflicts';
import type { Change } from '../../shared/model/changes';
import type { Session } from '../../shared/model/session';
import {
  decodeLog,
  DifferentSessionsError,
  mergeChangeBetween,
  mergeCopies,
  mergeStates,
  type Difference,
  type MergeResult,
  type SessionCopy,
} from '../../shared/sync';
import { loadSnapshot, parseSession, serializeSession } from './sessionFile';
import type { Workspace } from './workspace';

/**
 * Conflict copies a sync tool left in the workspace, merged into their session with the merge engine
 * (shared/sync `mergeCopies`: field by field where the copies share history, record by record by time
 * where they do not), so nothing either side saved is lost. The copy is kept as a saved version of the
 * session, then removed, and what was merged is reported for the user to see.
 */
export interface ConflictMerge {
  id: string;
  title: string;
  file: string;
  tool: SyncTool;
  /** Records and fields the conflict copy brought in, and those only this copy had. */
  fromCopy: number;
  fromHere: number;
}

export interface ConflictProblem {
  file: string;
  message: string;
}

/** Reads a sidecar's engine state; a missing or unreadable one is null (the JSON is authoritative). */
export async function readState(file: string): Promise<Uint8Array | null> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return null;
  try {
    const { updates } = decodeLog(new Uint8Array(bytes));
    return updates.length ? mergeStates(...updates) : null;
  } catch {
    return null;
  }
}

/** Merges every conflict copy in the workspace folder into its session. */
export async function mergeConflictCopies(
  ws: Workspace,
  apply?: (id: string, changes: Change[]) => Promise<unknown>,
): Promise<{ merged: ConflictMerge[]; problems: ConflictProblem[] }> {
  const names = await readdir(ws.dir).catch(() => [] as string[]);
  const merged: ConflictMerge[] = [];
  const problems: ConflictProblem[] = [];
  if (ws.readOnly) return { merged, problems };
  for (const name of names.sort()) {
    const conflict = conflictCopyOf(name);
    if (!conflict || !conflict.original.endsWith('.json')) continue;
    const copyFile = path.join(ws.dir, name);
    const originalFile = path.join(ws.dir, conflict.original);
    try {
      const text = await readFile(copyFile, 'utf8');
      const copy = parseSession(text, name).session;
      const id = conflict.original.slice(0, conflict.original.indexOf('.'));
      if (copy.id !== id)
        throw new DeskError(
          'damaged-file',
          `${name} holds another session (${copy.id}); it was left as it is.`,
        );
      const copyState = await readState(path.join(ws.dir, sidecarOf(name)));
      if (!(await stat(originalFile).catch(() => null))) {
        // Only the copy is left (the original was removed or renamed): it becomes the session file.
        await rename(copyFile, originalFile);
        continue;
      }
      const { result } = await mergeInto(ws, id, { session: copy, state: copyState }, text, {
        reason: `conflict copy from ${conflict.tool}`,
        apply: apply && ((changes) => apply(id, changes)),
      });
      await rm(copyFile, { force: true });
      await rm(path.join(ws.dir, sidecarOf(name)), { force: true });
      merged.push({
        id,
        title: result.session.facts.title,
        file: name,
        tool: conflict.tool,
        fromCopy: result.fromB.length,
        fromHere: result.fromA.length,
      });
    } catch (error) {
      problems.push({ file: name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { merged, problems };
}

/** How the merged change reaches the session: the workspace itself, or through the team mode first. */
export type ApplyChanges = (changes: Change[]) => Promise<unknown>;

/**
 * Merges a copy into the session `id` with the merge engine: the copy's text is kept as a saved version
 * first, then only what the merge changed goes through the one write path. With `keepBefore`, the
 * session as it was is saved as a version too, and its name returned, so the merge can be undone by
 * restoring it.
 */
async function mergeInto(
  ws: Workspace,
  id: string,
  copy: SessionCopy,
  copyText: string,
  options: { reason: string; keepBefore?: boolean; apply?: ApplyChanges },
): Promise<{ result: MergeResult; change: Change | null; before: string | null }> {
  const current = await ws.get(id);
  const refusal = ws.readOnlyError;
  if (refusal) throw refusal;
  let result: MergeResult;
  try {
    result = mergeCopies({ session: current, state: await readState(sidecarOf(ws.fileOf(id))) }, copy);
  } catch (error) {
    if (error instanceof DifferentSessionsError) throw new DeskError('invalid-request', error.message);
    throw error;
  }
  await ws.history.save(id, copyText, options.reason);
  const change = mergeChangeBetween(current, result.session);
  let before: string | null = null;
  if (change) {
    if (options.keepBefore)
      before = await ws.history.save(id, await serializeSession(current), 'before merging another copy');
    await (options.apply ?? ((changes) => ws.change(id, changes)))([change]);
  }
  return { result, change, before };
}

/** What merging another copy by hand did, for the user to see (and undo). */
export interface CopyMerged {
  id: string;
  title: string;
  /** The copy's file name. */
  file: string;
  fromCopy: Difference[];
  fromHere: Difference[];
  /** The change that was applied (null when the copy brought nothing new). */
  change: Change | null;
  /** The saved version holding the session as it was before the merge; null when nothing changed. */
  undoVersion: string | null;
}

/**
 * "Merge another copy…": a file the user picked (an email attachment, a copy from a USB stick, another
 * machine's folder), merged into the session `id` of this workspace. Refuses the session's own file, a
 * file that is not a session and a copy of another session, each in plain words, changing nothing.
 */
export async function mergeFileInto(
  ws: Workspace,
  id: string,
  file: string,
  apply?: ApplyChanges,
): Promise<CopyMerged> {
  if (!path.isAbsolute(file))
    throw new DeskError('invalid-request', { key: 'notAbsolute', params: { file } });
  const name = path.basename(file);
  const current: Session = await ws.get(id);
  if (path.resolve(file) === path.resolve(ws.fileOf(id)))
    throw new DeskError('invalid-request', { key: 'ownFile', params: { file: name } });
  let snapshot: Awaited<ReturnType<typeof loadSnapshot>>;
  try {
    snapshot = await loadSnapshot(file);
  } catch (error) {
    if (error instanceof DeskError && error.code === 'damaged-file')
      throw new DeskError(
        'invalid-request',
        `${error.message.replace(/\.?$/, '.')} Only a Session Desk session file can be merged; nothing was changed.`,
      );
    throw error;
  }
  if (snapshot.session.id !== id)
    throw new DeskError(
      'invalid-request',
      `${name} holds another session (“${snapshot.session.facts.title || 'Untitled session'}”), not a copy of “${current.facts.title || 'Untitled session'}”; only copies of one session can be merged. Nothing was changed.`,
    );
  const { result, change, before } = await mergeInto(
    ws,
    id,
    { session: snapshot.session, state: await readState(sidecarOf(file)) },
    snapshot.text,
    { reason: `merged in from ${name}`, keepBefore: true, apply },
  );
  return {
    id,
    title: result.session.facts.title,
    file: name,
    fromCopy: result.fromB,
    fromHere: result.fromA,
    change,
    undoVersion: before,
  };
}
