import path from 'node:path';

/**
 * Where the store keeps its own per-machine files for a workspace: the journals of open sessions and
 * the workspace lock. One place to decide it, so these files can move out of a synced workspace
 * folder (into the app's data folder) by passing another `StorePaths`.
 */
export interface StorePaths {
  /** The log of acknowledged changes not yet in the session file. */
  journal(sessionFile: string): string;
  /** The log moved aside while the session file is rewritten. */
  compacting(sessionFile: string): string;
  /** The lock that makes one process the workspace's only writer. */
  lock(workspaceDir: string): string;
}

export const LOCK_NAME = '.session-desk.lock';

/** Today's layout: everything beside the session files. */
export const besideSessionFiles: StorePaths = {
  journal: (file) => file + '.journal',
  compacting: (file) => file + '.journal.compacting',
  lock: (dir) => path.join(dir, LOCK_NAME),
};
