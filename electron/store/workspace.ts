import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';
import type { Change } from '../../shared/model/changes';
import {
  IdSchema,
  SessionSchema,
  type DamagedFile,
  type Session,
  type SessionSummary,
} from '../../shared/model/session';
import { identityOf, sameIdentity } from './atomicJsonFile';
import { summarizeSession } from '../../shared/library/summary';
import { VersionHistory } from './history';
import { machineStateDir } from './localState';
import { SummaryIndex } from './summaryIndex';
import { describeHolder, WorkspaceLock, type LockOwner } from './lock';
import { OpenSession } from './openSession';
import { besideSessionFiles, type StorePaths } from './paths';
import { loadWithJournal, SESSION_SUFFIX, serializeSession, writeSessionFile } from './sessionFile';

export { loadFile, loadWithJournal, MAX_SESSION_BYTES, SESSION_SUFFIX } from './sessionFile';

const clock = (): string => new Date().toISOString();

export interface WorkspaceOptions {
  /** Where journals and the lock live (see paths.ts). */
  paths?: StorePaths;
  /** This machine's own folder for the workspace: the session list's index (see localState.ts). */
  stateDir?: string;
  /** How this process names itself to another one it keeps read-only. */
  program?: string;
  /** A folder a session file was opened from, rather than the workspace: said so when read-only. */
  place?: 'workspace' | 'folder';
}

/**
 * The workspace: a folder with one `<id>.session.json` per session. It lists them (with a cache of
 * summaries), creates and restores them, and makes this process the folder's only writer through a
 * lock (lock.ts); a process that cannot get the lock opens the workspace read-only and says so. The
 * writing itself is the open session's (openSession.ts); the file format is sessionFile.ts's.
 */
export class Workspace {
  private readonly open = new Map<string, OpenSession>();
  readonly history: VersionHistory;
  /** This machine's own folder for the workspace (see localState.ts); never inside the workspace. */
  readonly stateDir: string;
  private readonly index: SummaryIndex;
  private readonly paths: StorePaths;
  private readonly lock: WorkspaceLock;
  private lockState: { held: true } | { held: false; owner: LockOwner } | null = null;
  private readonly kind: 'workspace' | 'folder';

  constructor(
    readonly dir: string,
    private readonly now: () => string = clock,
    options: WorkspaceOptions = {},
  ) {
    this.history = new VersionHistory(dir);
    this.paths = options.paths ?? besideSessionFiles;
    this.lock = new WorkspaceLock(this.paths.lock(dir), options.program);
    this.kind = options.place ?? 'workspace';
    this.stateDir = options.stateDir ?? machineStateDir(dir);
    this.index = SummaryIndex.in(this.stateDir);
  }

  /** Where each listed session's file is, by the id inside it: a file keeps its session whatever its name. */
  private readonly located = new Map<string, string>();

  fileOf(id: string): string {
    // Ids name files, so only a well-formed UUID may ever reach the file system.
    if (!IdSchema.safeParse(id).success) throw new DeskError('invalid-request', `Not a session id: ${id}`);
    return path.join(this.dir, this.located.get(id) ?? `${id}${SESSION_SUFFIX}`);
  }

  /**
   * Knows a session's file by its name without listing the folder: a file opened where it is, outside
   * the workspace, whose folder is not the app's to list.
   */
  place(id: string, name: string): void {
    IdSchema.parse(id);
    if (path.basename(name) !== name) throw new DeskError('invalid-request', `Not a file name: ${name}`);
    this.located.set(id, name);
  }

  /** The session's file, found by its content when someone renamed it (the list reads every file). */
  private async locate(id: string): Promise<string> {
    const file = this.fileOf(id);
    if (this.located.has(id) || (await identityOf(file))) return file;
    await this.list();
    return this.fileOf(id);
  }

  /** Null when this process may write; otherwise the plain-words reason it may not. */
  get readOnly(): string | null {
    return this.readOnlyError?.message ?? null;
  }

  /** The same reason as an error, which the app words in the language of the screens. */
  get readOnlyError(): DeskError | null {
    return this.lockState && !this.lockState.held
      ? describeHolder(this.lockState.owner, this.dir, this.kind)
      : null;
  }

  /**
   * Whether another running process writes this folder now, so this one could only read it: the
   * reason in plain words, or null. Asks the lock without taking it (listing a folder never makes
   * this process its writer); a writer that has quit since this process was refused no longer counts.
   */
  async heldElsewhere(): Promise<string | null> {
    return (await this.heldElsewhereError())?.message ?? null;
  }

  /** The same, as an error the app words in the language of the screens. */
  async heldElsewhereError(): Promise<DeskError | null> {
    if (this.lockState?.held) return null;
    const owner = await this.lock.holder();
    return owner ? describeHolder(owner, this.dir, this.kind) : null;
  }

  /** Makes sure the folder exists and is a folder, and tries (again) to become its writer. */
  private async ready(): Promise<void> {
    await ensureFolder(this.dir);
    if (this.lockState?.held) return;
    const wasReadOnly = this.lockState !== null;
    this.lockState = await this.lock.acquire();
    // What was open read-only may be behind what the other writer saved: read it again.
    if (wasReadOnly && this.lockState.held) for (const entry of this.open.values()) await entry.abandon();
    if (wasReadOnly && this.lockState.held) this.open.clear();
  }

  private assertWritable = (): void => {
    const refusal = this.readOnlyError;
    if (refusal) throw refusal;
  };

  async list(): Promise<{ sessions: SessionSummary[]; damaged: DamagedFile[]; readOnly: string | null }> {
    await this.ready();
    await this.index.load();
    const all = await readdir(this.dir);
    const present = new Set(all);
    const names = all.filter((name) => name.endsWith(SESSION_SUFFIX)).sort();
    // Reading and validating every file each time the list shows would grow with every session kept;
    // a file whose size and times have not changed keeps its summary in the index (summaryIndex.ts).
    const stamps = await Promise.all(
      names.map((name) => fileStamp(path.join(this.dir, name), this.paths, present)),
    );
    const sessions: SessionSummary[] = [];
    const damaged: DamagedFile[] = [];
    const seen = new Map<string, string>();
    // A copy of a file (`x (1).session.json`) holds the same session: the first name keeps it.
    const add = (summary: SessionSummary) => {
      const first = seen.get(summary.id);
      if (first) {
        damaged.push({
          file: summary.file,
          message: `${summary.file} is another copy of the session in ${first}; it was left untouched.`,
        });
        return;
      }
      seen.set(summary.id, summary.file);
      this.located.set(summary.id, summary.file);
      sessions.push(summary);
    };
    for (const [i, name] of names.entries()) {
      const file = path.join(this.dir, name);
      const open = this.open.get(name.slice(0, -SESSION_SUFFIX.length));
      if (open && open.file === file) {
        add(summarizeSession(open.data, name));
        continue;
      }
      const stamp = stamps[i]!;
      let entry = this.index.lookup(name, stamp);
      if (!entry) {
        try {
          entry = { stamp, summary: summarizeSession((await this.load(file)).session, name) };
        } catch (error) {
          const message = error instanceof DeskError ? error.message : String(error);
          const keyed =
            error instanceof DeskError && error.key ? { key: error.key, params: error.params } : {};
          entry = { stamp, damaged: { file: name, message, ...keyed } };
        }
        this.index.store(name, entry);
      }
      if ('summary' in entry) add(entry.summary);
      else damaged.push(entry.damaged);
    }
    this.index.retain(new Set(names));
    await this.index.save();
    sessions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { sessions, damaged, readOnly: this.readOnly };
  }

  async get(id: string): Promise<Session> {
    return (await this.handle(id)).data;
  }

  /**
   * A session as it stands, without keeping it open: the open copy when there is one, else the file
   * and its journal read afresh. For reading many sessions one after another (the brief).
   */
  async peek(id: string): Promise<Session> {
    const open = this.open.get(id);
    if (open) return open.data;
    const file = await this.locate(id);
    return (await this.load(file)).session;
  }

  /** Writes a new session file; refuses to replace an existing one. */
  async create(session: Session): Promise<Session> {
    await this.ready();
    this.assertWritable();
    const parsed = SessionSchema.parse(session);
    const file = this.fileOf(parsed.id);
    if (await identityOf(file))
      throw new DeskError('conflict', { key: 'sessionExists', params: { id: parsed.id } });
    const text = await serializeSession(parsed);
    const identity = await writeSessionFile(file, text, async () => {
      if (await identityOf(file))
        throw new DeskError('conflict', { key: 'sessionExists', params: { id: parsed.id } });
    });
    this.open.set(parsed.id, this.entryFor(parsed.id, parsed, identity, Buffer.byteLength(text)));
    return parsed;
  }

  /** Applies the changes and resolves once they are durable on disk. */
  async change(id: string, changes: readonly Change[]): Promise<{ updatedAt: string }> {
    // Read-only because another process writes here: it may have finished since; try again.
    if (this.readOnly) await this.ready();
    const entry = await this.handle(id);
    return entry.change(changes);
  }

  /** Replaces a session with one of its saved versions, after saving the current state as a version too. */
  async restore(id: string, version: string): Promise<Session> {
    const entry = await this.handle(id);
    this.assertWritable();
    const restored = await this.history.read(id, version);
    await entry.flush();
    return entry.replace(restored);
  }

  /**
   * Takes a session out of the workspace (to be moved to the system's trash): written and closed
   * first. The file's text is returned, so the deletion can be undone with `putBack`.
   */
  async detach(id: string): Promise<{ file: string; text: string }> {
    await this.ready();
    this.assertWritable();
    const file = await this.locate(id);
    await this.close(id);
    const text = await readFile(file, 'utf8');
    this.located.delete(id);
    return { file, text };
  }

  /** Writes a detached session's file back where it was; refuses to replace anything there now. */
  async putBack(file: string, text: string): Promise<void> {
    await this.ready();
    this.assertWritable();
    // The person knows the session by its title, not by its file's name (often its id).
    const title = titleIn(text);
    const named = title ? `“${title}”` : path.basename(file);
    const exists = async () => {
      if (await identityOf(file))
        throw new DeskError('conflict', { key: 'existsAgain', params: { file: named } });
    };
    await exists();
    await writeSessionFile(file, text, exists);
  }

  /** Writes every pending session file now (before quitting, or before another program reads them). */
  async flush(): Promise<void> {
    const results = await Promise.allSettled([...this.open.values()].map((entry) => entry.flush()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Flushes, then lets another process become the workspace's writer (the app quits, the CLI ends). */
  async release(): Promise<void> {
    try {
      await this.flush();
    } finally {
      if (this.lockState?.held) await this.lock.release();
      this.lockState = null;
    }
  }

  /**
   * Loads the file again as another program left it, after a conflict: this app's acknowledged
   * changes (its journal) are replayed on top, and records their file lacks are re-created from this
   * app's copy, so the session always opens. This app's copy is first kept as a version, so nothing
   * is lost whatever the merge does; the journal is dropped only once the merged file is durable.
   */
  async reload(id: string): Promise<Session> {
    const entry = this.open.get(id);
    if (!entry) return this.get(id);
    await entry.abandon();
    await entry.saveVersion('this computer before loading a changed file', { force: true });
    this.open.delete(id);
    return (await this.handle(id, entry.data)).data;
  }

  /** Drops the in-memory copy without writing it (kept for callers that only need the file's view). */
  async forget(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (!entry) return;
    await entry.abandon();
    this.open.delete(id);
  }

  /** Writes and forgets the in-memory copy. */
  async close(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (!entry) return;
    await entry.close();
    this.open.delete(id);
  }

  private entryFor(
    id: string,
    data: Session,
    identity: Awaited<ReturnType<typeof identityOf>>,
    bytes: number,
  ) {
    const file = this.fileOf(id);
    return new OpenSession(id, file, data, identity, bytes, {
      journalFile: this.paths.journal(file),
      compactingFile: this.paths.compacting(file),
      history: this.history,
      now: this.now,
      assertWritable: this.assertWritable,
    });
  }

  private load(file: string, fallback?: Session) {
    return loadWithJournal(file, [this.paths.compacting(file), this.paths.journal(file)], fallback);
  }

  private async handle(id: string, fallback?: Session): Promise<OpenSession> {
    const cached = this.open.get(id);
    if (cached) return cached;
    await this.ready();
    const file = await this.locate(id);
    const identity = await identityOf(file);
    const { session, replayed, migratedFrom, text } = await this.load(file, fallback);
    if (session.id !== id)
      throw new DeskError(
        'damaged-file',
        `${path.basename(file)}: it holds session ${session.id}, not ${id}; list the sessions again.`,
      );
    const raced = this.open.get(id);
    if (raced) return raced;
    const entry = this.entryFor(id, session, identity, Buffer.byteLength(text));
    this.open.set(id, entry);
    if (this.readOnly) return entry;
    if (migratedFrom !== null) {
      try {
        await this.history.save(id, text, `format ${migratedFrom}, before migration`);
      } catch {
        // Never replace the older file without its copy: the session opens, but is not written.
        entry.block(
          new DeskError(
            'write-failed',
            `${path.basename(file)} is in an older format and a copy of it could not be kept in its versions before updating it, so it is not changed. Check that the workspace's .history folder is writable.`,
          ),
        );
        return entry;
      }
    }
    // Fold whatever a crash or a conflict left in the journal, or a migration changed, into the file
    // now; the journals go only once the merged file is durable.
    if (replayed > 0 || migratedFrom !== null) {
      const merged = await serializeSession(session);
      const written = await writeSessionFile(file, merged, async () => {
        if (!sameIdentity(await identityOf(file), identity))
          throw new DeskError(
            'conflict',
            `${path.basename(file)} changed while it was being opened; open it again.`,
          );
      });
      this.open.set(id, this.entryFor(id, session, written, Buffer.byteLength(merged)));
      await rm(this.paths.compacting(file), { force: true });
      await rm(this.paths.journal(file), { force: true });
    }
    return this.open.get(id)!;
  }
}

/** A workspace path that is a file (or cannot be made a folder) is said plainly, not as `internal`. */
async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory())
    throw new DeskError('invalid-request', { key: 'workspaceIsFile', params: { dir } });
  if (info) return;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new DeskError('write-failed', {
      key: 'workspaceNotCreated',
      params: { dir, code: (error as NodeJS.ErrnoException).code ?? 'error' },
    });
  }
}

/**
 * Inode, size and modification time of a session file and of its journals: what changes when any is
 * written. `present` (the folder's listing) saves a stat for a journal beside the file that is not there.
 */
async function fileStamp(file: string, paths: StorePaths, present?: ReadonlySet<string>): Promise<string> {
  const dir = path.dirname(file);
  const parts = await Promise.all(
    [file, paths.compacting(file), paths.journal(file)].map((f, i) =>
      i > 0 && present && path.dirname(f) === dir && !present.has(path.basename(f))
        ? '-'
        : stat(f).then(
            (info) => `${info.ino}:${info.size}:${info.mtimeMs}`,
            () => '-',
          ),
    ),
  );
  return parts.join('|');
}

/** The title in a session file's text, or null when the text does not say (damaged, untitled). */
function titleIn(text: string): string | null {
  try {
    const title = (JSON.parse(text) as { facts?: { title?: unknown } } | null)?.facts?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : null;
  } catch {
    return null;
  }
}
