import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';
import { ChangeSchema, type Change } from '../../shared/model/changes';
import { readUtf8, syncDirectory, writeAll } from './atomicJsonFile';

/** One acknowledged write: the changes and the time they were applied with, so replay is exact. */
export interface JournalEntry {
  at: string;
  changes: Change[];
}

export const JOURNAL_SUFFIX = '.journal';
export const COMPACTING_SUFFIX = '.journal.compacting';

/**
 * An append-only log of one session's acknowledged changes. Appending one line and fsyncing it is far
 * cheaper than rewriting a large session, so each change is durable in a few milliseconds; the session
 * file itself is rewritten later, in the background, and the log is then dropped. Replaying the log on
 * top of the session file gives the same session, even when some entries are already in it, because
 * every change sets records to absolute values with the recorded time.
 *
 * An append is acknowledged only when every byte of its line was written and synced. A write that
 * fails part-way (a full disk) is cut back off, so the log never holds half a line before a good one
 * and reads back whole once there is room again.
 */
export class Journal {
  private handle: FileHandle | null = null;
  /** Where the last whole line ends; anything after it is a failed append still to be cut off. */
  private end = 0;
  private dirty = false;

  /** `file` is the log's path (see `journalPaths`); its folder must exist. */
  constructor(readonly file: string) {}

  /** Bytes of acknowledged entries in the current log. */
  get bytes(): number {
    return this.end;
  }

  async append(entry: JournalEntry): Promise<void> {
    const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
    const handle = await this.openHandle();
    if (this.dirty) {
      await handle.truncate(this.end);
      await handle.datasync();
      this.dirty = false;
    }
    try {
      await writeAll(handle, line);
      await handle.datasync();
    } catch (error) {
      this.dirty = true;
      // Cut the partial line off now if the disk allows; otherwise before the next append.
      await handle
        .truncate(this.end)
        .then(() => handle.datasync())
        .then(() => (this.dirty = false))
        .catch(() => undefined);
      throw error;
    }
    this.end += line.length;
  }

  private async openHandle(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    const existing = await stat(this.file).catch(() => null);
    const handle = await open(this.file, 'a', 0o644);
    try {
      // A new log is a new name in its folder: make the name durable too, or a crash could lose it.
      if (!existing) await syncDirectory(path.dirname(this.file));
      this.end = (await handle.stat()).size;
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    this.handle = handle;
    return handle;
  }

  /**
   * Moves the current log aside (to `aside`) so new entries start a fresh one while the session file is
   * rewritten. Returns the moved file, or null when there was nothing to move.
   */
  async rotate(aside: string): Promise<string | null> {
    await this.close();
    if (!(await stat(this.file).catch(() => null)))
      return (await stat(aside).catch(() => null)) ? aside : null;
    if (!(await stat(aside).catch(() => null))) {
      await rename(this.file, aside);
      await syncDirectory(path.dirname(aside));
      this.end = 0;
      return aside;
    }
    // An earlier rewrite failed and left its entries aside: add these after them, never over them.
    const pending = await readUtf8(this.file);
    const handle = await open(aside, 'r+');
    try {
      const size = (await handle.stat()).size;
      const text = pending.endsWith('\n') || pending === '' ? pending : pending + '\n';
      try {
        await writeAll(handle, Buffer.from(text, 'utf8'), size);
        await handle.datasync();
      } catch (error) {
        // Never leave half of this log after the other: the whole of it is still in its own file.
        await handle.truncate(size).catch(() => undefined);
        throw error;
      }
    } finally {
      await handle.close();
    }
    await rm(this.file, { force: true });
    this.end = 0;
    return aside;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.dirty = false;
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
    text = await readUtf8(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines = text.split('\n');
  const entries: JournalEntry[] = [];
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && !lines[lastContent]!.trim()) lastContent--;
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    try {
      const raw = JSON.parse(line) as { at?: unknown; changes?: unknown };
      if (typeof raw.at !== 'string' || !Array.isArray(raw.changes)) throw new Error('not a journal entry');
      entries.push({ at: raw.at, changes: raw.changes.map((change) => ChangeSchema.parse(change)) });
    } catch {
      if (index === lastContent) break;
      throw new DeskError('damaged-file', {
        key: 'journalDamaged',
        params: { file: path.basename(file), line: index + 1 },
      });
    }
  }
  return entries;
}
