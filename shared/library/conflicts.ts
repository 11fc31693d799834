/**
 * The conflict copies sync tools make when two people change one file, recognised by name so they can
 * be merged into the session instead of being ignored. Only copies of the app's own files count:
 * `<id>.session.json` and the engine's sidecar `<id>.session.yjs`.
 *
 * - Syncthing: `<id>.session.sync-conflict-20261201-101500-ABCDEFG.json` (the device id is 7
 *   characters; older versions left it out).
 * - Nextcloud / ownCloud: `<id>.session (conflicted copy 2026-12-01 101500).json`; Dropbox writes
 *   `(Ana's conflicted copy 2026-12-01)` the same way.
 * - OneDrive: the computer's name appended, `<id>.session-LAPTOP-4F2K.json`, sometimes with `-2`.
 */
export type SyncTool = 'Syncthing' | 'Nextcloud' | 'OneDrive';

export interface ConflictName {
  /** The name of the file it is a copy of. */
  original: string;
  tool: SyncTool;
}

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const EXT = '(\\.json|\\.yjs)';
const PATTERNS: Array<[RegExp, SyncTool]> = [
  [new RegExp(`^(${ID}\\.session)\\.sync-conflict-\\d{8}-\\d{6}(?:-[A-Z0-9]{7})?${EXT}$`, 'i'), 'Syncthing'],
  [new RegExp(`^(${ID}\\.session) \\((?:[^()]*'s )?conflicted copy[^()]*\\)${EXT}$`, 'i'), 'Nextcloud'],
  [new RegExp(`^(${ID}\\.session)-(?!sync-conflict)[A-Za-z0-9][A-Za-z0-9_-]{0,62}${EXT}$`, 'i'), 'OneDrive'],
];

/** What a file name is a conflict copy of, or null when it is not one. */
export function conflictCopyOf(name: string): ConflictName | null {
  for (const [pattern, tool] of PATTERNS) {
    const m = pattern.exec(name);
    if (m) return { original: `${m[1]!.toLowerCase()}${m[2]!.toLowerCase()}`, tool };
  }
  return null;
}

/** The sidecar copy that goes with a conflict copy of a session file (same marker, `.yjs`). */
export const sidecarOf = (sessionFileName: string): string => sessionFileName.replace(/\.json$/i, '.yjs');
