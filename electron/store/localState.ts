import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Where this machine keeps what belongs to it alone and must not travel with a workspace folder that a
 * sync tool carries (Syncthing, Nextcloud, OneDrive): the session list's summary index today. One
 * folder per workspace, named after the workspace's absolute path, under `base`: the app's data folder
 * in the app; elsewhere (the CLI, tests) `SESSION_DESK_STATE_DIR` or the system's temporary folder.
 */
export function machineStateDir(workspaceDir: string, base?: string): string {
  const root = base ?? process.env.SESSION_DESK_STATE_DIR ?? path.join(tmpdir(), 'session-desk-state');
  const full = path.resolve(workspaceDir);
  const slug =
    path
      .basename(full)
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 40) || 'workspace';
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 16);
  return path.join(root, 'workspaces', `${slug}-${hash}`);
}
