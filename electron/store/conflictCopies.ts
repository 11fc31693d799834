import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';
import { conflictCopyOf, sidecarOf, type SyncTool } from '../../shared/library/conflicts';
import { decodeLog, mergeChangeBetween, mergeCopies, mergeStates, type MergeResult } from '../../shared/sync';
import { parseSession } from './sessionFile';
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
      const current = await ws.get(id);
      const result: MergeResult = mergeCopies(
        { session: current, state: await readState(path.join(ws.dir, sidecarOf(conflict.original))) },
        { session: copy, state: copyState },
      );
      await ws.history.save(id, text, `conflict copy from ${conflict.tool}`);
      const change = mergeChangeBetween(current, result.session);
      if (change) await ws.change(id, [change]);
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
