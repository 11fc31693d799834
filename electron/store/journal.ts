import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';
import { ChangeSchema, type Change } from '../../shared/model/changes';

/** One acknowledged write: the changes and the time they were applied with, so replay is exact. */
export interface JournalEntry {
  at: string;
  changes: Change[];
}

export const JOURNAL_SUFFIX = '.journal';
export const COMPACTING_SUFFIX = '.journal.compacting';

/**
 * An append-only log beside a session file. Appending one line and fsyncing it is far cheaper than
 * rewriting a large session, so each change is durable in a few milliseconds; the session file itself
 * is rewritten later, in the background, and the log is then dropped. Replaying the log on top of the
 * session file gives the same session, even when some entries are already in it, because every change
 * sets records to absolute values with the recorded time.
 */
export class Journal {
  private handle: FileHandle | null = null;

  constructor(readonly sessionFile: string) {}

  get file(): string {
    return this.sessionFile + JOURNAL_SUFFIX;
  }

  async append(entry: JournalEntry): Promise<void> {
    this.handle ??= await open(this.file, 'a', 0o644);
    await this.handle.write(JSON.stringify(entry) + '\n');
    await this.handle.datasync();
  }

  /**
   * Moves the current log aside so new entries start a fresh one while the session file is rewritten.
   * Returns the moved file, or null when there was nothing to move.
   */
  async rotate(): Promise<string | null> {
    await this.close();
    const target = this.sessionFile + COMPACTING_SUFFIX;
    const pending = await readFile(this.file, 'utf8').catch(() => null);
    if (pending === null) return null;
    if (!(await exists(target))) {
      await rename(this.file, target);
      return target;
    }
    // An earlier rewrite failed and left its entries aside: add these after them, never over them.
    const handle = await open(target, 'a');
    try {
      await handle.write(pending.endsWith('\n') || pending === '' ? pending : pending + '\n');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rm(this.file, { force: true });
    return target;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}

/**
 * Reads a log. A last line cut short by a crash was never acknowledged and is ignored; a damaged line
 * before the end means the log cannot be trusted, which is reported rather than guessed around.
 */
export async function readJournal(file: string): Promise<JournalEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines = text.split('\n');
  const entries: JournalEntry[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const isLast = lines.slice(index + 1).every((rest) => !rest.trim());
    try {
      const raw = JSON.parse(line) as { at?: unknown; changes?: unknown };
      if (typeof raw.at !== 'string' || !Array.isArray(raw.changes)) throw new Error('not a journal entry');
      entries.push({ at: raw.at, changes: raw.changes.map((change) => ChangeSchema.parse(change)) });
    } catch {
      if (isLast) break;
      throw new DeskError(
        'damaged-file',
        `${path.basename(file)} is damaged at line ${index + 1}; the session was not opened so nothing is lost.`,
      );
    }
  }
  return entries;
}

const exists = async (file: string): Promise<boolean> => (await stat(file).catch(() => null)) !== null;
