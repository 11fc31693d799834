import path from 'node:path';
import { DeskError } from '../shared/errors';
import { summarizeSession } from '../shared/library/summary';
import type { DamagedFile, SessionSummary } from '../shared/model/session';
import type { Settings } from './store/settings';
import type { Workspace } from './store/workspace';

/**
 * Session files opened where they are, outside the workspace. Each folder gets a store of its own, as
 * the workspace has: its lock (one writer for the folder, so another copy of the app that has that
 * folder as its workspace and this one never both write), the journal beside the file, the saved
 * versions in the folder's `.history`. Only the files the user opened are read there; the folder is
 * never listed. The list of them is kept in the settings, so they are there again after a restart.
 */
export class OutsideSessions {
  private readonly stores = new Map<string, Workspace>();

  constructor(
    private readonly settings: Settings,
    private readonly makeStore: (dir: string) => Workspace,
  ) {}

  private entries() {
    return this.settings.read().outsideSessions;
  }

  /** The store of one outside folder (made once, then kept). */
  storeFor(dir: string): Workspace {
    let store = this.stores.get(dir);
    if (!store) this.stores.set(dir, (store = this.makeStore(dir)));
    return store;
  }

  private store(file: string): Workspace {
    return this.storeFor(path.dirname(file));
  }

  /** The store that writes this session, when it is one opened outside the workspace. */
  storeOf(id: string): Workspace | null {
    const entry = this.entries().find((e) => e.id === id);
    if (!entry) return null;
    const store = this.store(entry.file);
    store.place(id, path.basename(entry.file));
    return store;
  }

  /** The folder a session was opened from, or null when it is the workspace's. */
  folderOf(id: string): string | null {
    const entry = this.entries().find((e) => e.id === id);
    return entry ? path.dirname(entry.file) : null;
  }

  /** Opens `file` where it is from now on (and after a restart). */
  add(id: string, file: string): void {
    const others = this.entries().filter((e) => e.id !== id && e.file !== file);
    this.settings.update({ outsideSessions: [...others, { id, file: path.resolve(file) }] });
  }

  /** Forgets a session opened from outside (it was deleted, or copied in); its file is left as it is. */
  async remove(id: string): Promise<void> {
    const entry = this.entries().find((e) => e.id === id);
    if (!entry) return;
    await this.store(entry.file).close(id);
    this.settings.update({ outsideSessions: this.entries().filter((e) => e.id !== id) });
  }

  /**
   * Each one's summary for the session list, or why it cannot be read now (moved, a drive unplugged);
   * and each folder that another running copy of the app writes, so this one only reads it, with why.
   */
  async list(): Promise<{
    sessions: SessionSummary[];
    damaged: DamagedFile[];
    readOnly: Array<{ folder: string; why: DeskError }>;
  }> {
    const sessions: SessionSummary[] = [];
    const damaged: DamagedFile[] = [];
    const readOnly = new Map<string, DeskError>();
    for (const { id, file } of this.entries()) {
      try {
        const store = this.storeOf(id)!;
        const session = await store.peek(id);
        if (session.id !== id)
          throw new DeskError('damaged-file', `it now holds another session (${session.facts.title}).`);
        sessions.push({ ...summarizeSession(session, file), outside: path.dirname(file) });
        const folder = path.dirname(file);
        const why = readOnly.has(folder) ? null : await store.heldElsewhereError();
        if (why) readOnly.set(folder, why);
      } catch (error) {
        const why = error instanceof DeskError ? error.message : String(error);
        damaged.push({ file, message: `${file}, opened where it is: ${why}` });
      }
    }
    return { sessions, damaged, readOnly: [...readOnly].map(([folder, why]) => ({ folder, why })) };
  }

  /** Writes what is pending in every folder and lets their locks go (before quitting). */
  async release(): Promise<void> {
    const results = await Promise.allSettled([...this.stores.values()].map((s) => s.release()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
