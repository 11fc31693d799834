import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomicJsonFile';
import { LOCK_NAME } from './paths';

/**
 * What in a workspace folder belongs to this machine alone and must not travel with a sync tool: the
 * journals (crash recovery of this machine's open sessions), the writer's lock, the saved versions and
 * half-written temporary files. The session files and the engine's sidecars (`.yjs`) are mergeable
 * and do travel. Written as Syncthing's `.stignore`; Nextcloud and OneDrive users exclude the same
 * patterns in their client (docs/reliability.md).
 */
export const PER_MACHINE_PATTERNS = [
  '*.session.json.journal',
  '*.session.json.journal.compacting',
  LOCK_NAME,
  '.history',
  '.*.tmp',
  // A damaged engine state set aside on this computer (never read again; the session file is whole).
  '*.session.yjs.damaged-*',
];

const HEADER = '// Session Desk: files that belong to this computer only (written by the app).';

/** Writes `.stignore` when there is none, or adds the patterns it lacks; never removes a user's lines. */
export async function ensureSyncIgnore(dir: string): Promise<void> {
  const file = path.join(dir, '.stignore');
  const current = await readFile(file, 'utf8').catch(() => null);
  const lines = new Set((current ?? '').split(/\r?\n/).map((l) => l.trim()));
  const missing = PER_MACHINE_PATTERNS.filter((p) => !lines.has(p));
  if (!missing.length) return;
  const head = current === null ? `${HEADER}\n` : current.endsWith('\n') || current === '' ? '' : '\n';
  await writeFileAtomic(file, `${current ?? ''}${head}${missing.join('\n')}\n`);
}
