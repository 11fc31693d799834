import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DeskError, describeZodError } from '../../shared/errors';
import { applyChanges, ChangeError, type Change } from '../../shared/model/changes';
import { migrate } from '../../shared/model/migrate';
import {
  IdSchema,
  live,
  SCHEMA_VERSION,
  SessionSchema,
  type DamagedFile,
  type Session,
  type SessionSummary,
} from '../../shared/model/session';
import { AtomicJsonFile } from './atomicJsonFile';
import { COMPACTING_SUFFIX, Journal, JOURNAL_SUFFIX, readJournal } from './journal';
import { VersionHistory } from './history';

export const SESSION_SUFFIX = '.session.json';
/** Larger files are refused before reading, so a stray huge file cannot stall or exhaust the app. */
export const MAX_SESSION_BYTES = 64 * 1024 * 1024;

interface OpenSession {
  id: string;
  db: Low<Session>;
  journal: Journal;
  /** mtime of the file as we last wrote or read it: a different one means another program changed it. */
  mtimeMs: number;
  /** Writes of one session run one after the other, in the order the user made them. */
  queue: Promise<unknown>;
  /** Set while the session file is being rewritten in the background (our own write moves its mtime). */
  compacting: Promise<void> | null;
  compactTimer: ReturnType<typeof setTimeout> | null;
  journalEntries: number;
  lastVersionAt: number;
}

const clock = (): string => new Date().toISOString();

/** Below this many statements a change rewrites the session file at once; above, it goes to the journal. */
const DIRECT_WRITE_BELOW = 150;
/** The session file is rewritten after this long without changes, or after this many logged changes. */
const COMPACT_AFTER_MS = 1_500;
const COMPACT_AFTER_ENTRIES = 200;
/** A copy goes to the version history at most this often while a session changes. */
const VERSION_EVERY_MS = 5 * 60_000;
/** A batch this large (an import) or with this many deletes is preceded by a version. */
const BULK_CHANGES = 20;
const BULK_DELETES = 5;

/**
 * The workspace: a folder with one `<id>.session.json` per session. A change is applied in memory and
 * appended to the session's journal with fsync before the call returns; the session file is rewritten
 * atomically in the background and the journal dropped. A file that cannot be read or validated is
 * reported and never written to: only sessions that loaded cleanly get a writable handle.
 */
export class Workspace {
  private readonly open = new Map<string, OpenSession>();
  private readonly summaries = new Map<
    string,
    { stamp: string; summary: SessionSummary } | { stamp: string; damaged: DamagedFile }
  >();
  readonly history: VersionHistory;

  constructor(
    readonly dir: string,
    private readonly now: () => string = clock,
  ) {
    this.history = new VersionHistory(dir);
  }

  fileOf(id: string): string {
    // Ids name files, so only a well-formed UUID may ever reach the file system.
    if (!IdSchema.safeParse(id).success) throw new DeskError('invalid-request', `Not a session id: ${id}`);
    return path.join(this.dir, `${id}${SESSION_SUFFIX}`);
  }

  async list(): Promise<{ sessions: SessionSummary[]; damaged: DamagedFile[] }> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith(SESSION_SUFFIX)).sort();
    const sessions: SessionSummary[] = [];
    const damaged: DamagedFile[] = [];
    for (const name of names) {
      const file = path.join(this.dir, name);
      const open = this.open.get(name.slice(0, -SESSION_SUFFIX.length));
      if (open) {
        sessions.push(summarize(open.db.data, name));
        continue;
      }
      // Reading and validating every file each time the list shows would grow with every session
      // kept; a file whose size and times have not changed keeps its earlier summary.
      const stamp = await fileStamp(file);
      const known = this.summaries.get(name);
      if (known && known.stamp === stamp) {
        if ('summary' in known) sessions.push(known.summary);
        else damaged.push(known.damaged);
        continue;
      }
      try {
        const summary = summarize(await loadFile(file), name);
        this.summaries.set(name, { stamp, summary });
        sessions.push(summary);
      } catch (error) {
        const entry = { file: name, message: error instanceof DeskError ? error.message : String(error) };
        this.summaries.set(name, { stamp, damaged: entry });
        damaged.push(entry);
      }
    }
    sessions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { sessions, damaged };
  }

  async get(id: string): Promise<Session> {
    return (await this.handle(id)).db.data;
  }

  /**
   * A session as it stands, without keeping it open: the open copy when there is one, else the file
   * and its journal read afresh. For reading many sessions one after another (the brief).
   */
  async peek(id: string): Promise<Session> {
    const open = this.open.get(id);
    if (open) return open.db.data;
    return loadFile(this.fileOf(id));
  }

  /** Writes a new session file; refuses to replace an existing one. */
  async create(session: Session): Promise<Session> {
    const parsed = SessionSchema.parse(session);
    const file = this.fileOf(parsed.id);
    await mkdir(this.dir, { recursive: true });
    if (await exists(file)) throw new DeskError('conflict', `A session with id ${parsed.id} already exists.`);
    const db = new Low<Session>(new AtomicJsonFile<Session>(file), parsed);
    await writeSnapshot(file, db);
    this.open.set(parsed.id, this.entryFor(parsed.id, db, (await stat(file)).mtimeMs));
    return parsed;
  }

  /** Applies the changes and resolves once they are durable on disk. */
  async change(id: string, changes: readonly Change[]): Promise<{ updatedAt: string }> {
    const entry = await this.handle(id);
    const run = entry.queue.then(async () => {
      const file = this.fileOf(id);
      if (!entry.compacting) await this.assertUnchangedOnDisk(file, entry);
      const at = this.now();
      let next: Session;
      try {
        next = applyChanges(entry.db.data, changes, at);
      } catch (error) {
        if (error instanceof ChangeError) throw new DeskError('invalid-request', error.message);
        throw error;
      }
      if (isBulk(changes)) await this.saveVersion(entry, 'before a large change');
      if (entry.journalEntries === 0 && !entry.compacting && next.statements.length < DIRECT_WRITE_BELOW) {
        // A small session is cheap to rewrite whole, so its file is always current for other programs.
        const previous = entry.db.data;
        entry.db.data = next;
        try {
          await writeSnapshot(file, entry.db);
        } catch (error) {
          entry.db.data = previous;
          throw error;
        }
        entry.mtimeMs = (await stat(file)).mtimeMs;
        return { updatedAt: next.updatedAt };
      }
      try {
        await entry.journal.append({ at, changes: [...changes] });
      } catch (error) {
        // Memory stays as it was before this change; the caller keeps its copy and retries.
        await entry.journal.close().catch(() => undefined);
        throw writeError(file, error);
      }
      entry.db.data = next;
      entry.journalEntries++;
      this.scheduleCompaction(entry);
      return { updatedAt: next.updatedAt };
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  /** Replaces a session with one of its saved versions, after saving the current state as a version too. */
  async restore(id: string, version: string): Promise<Session> {
    const entry = await this.handle(id);
    const restored = await this.history.read(id, version);
    await this.flushEntry(entry);
    const run = entry.queue.then(async () => {
      await entry.compacting;
      await this.saveVersion(entry, 'before restoring a version', true);
      const file = this.fileOf(id);
      // Anything logged since the flush belongs to the state being replaced.
      const stale = await entry.journal.rotate();
      entry.journalEntries = 0;
      const db = new Low<Session>(new AtomicJsonFile<Session>(file), { ...restored, updatedAt: this.now() });
      await writeSnapshot(file, db);
      if (stale) await rm(stale, { force: true });
      entry.db = db;
      entry.mtimeMs = (await stat(file)).mtimeMs;
      return db.data;
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes every pending session file now (before quitting, or before another program reads them). */
  async flush(): Promise<void> {
    await Promise.all([...this.open.values()].map((entry) => this.flushEntry(entry)));
  }

  /**
   * Drops the in-memory copy without writing it, after another program changed the file: the next
   * `get` reads their file and replays this app's journal (its acknowledged changes) on top.
   */
  async forget(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (!entry) return;
    if (entry.compactTimer) clearTimeout(entry.compactTimer);
    entry.compactTimer = null;
    await entry.queue;
    await entry.compacting?.catch(() => undefined);
    await entry.journal.close();
    this.open.delete(id);
  }

  /** Writes and forgets the in-memory copy. */
  async close(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (!entry) return;
    await this.flushEntry(entry);
    await entry.journal.close();
    this.open.delete(id);
  }

  private entryFor(id: string, db: Low<Session>, mtimeMs: number): OpenSession {
    return {
      id,
      db,
      journal: new Journal(this.fileOf(id)),
      mtimeMs,
      queue: Promise.resolve(),
      compacting: null,
      compactTimer: null,
      journalEntries: 0,
      lastVersionAt: Date.now(),
    };
  }

  private async handle(id: string): Promise<OpenSession> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const file = this.fileOf(id);
    const { session, replayed, migratedFrom } = await loadWithJournal(file);
    if (session.id !== id)
      throw new DeskError(
        'damaged-file',
        `${path.basename(file)}: its id (${session.id}) does not match its name.`,
      );
    if (migratedFrom !== null)
      await this.history.save(id, await readFile(file, 'utf8'), `format ${migratedFrom}, before migration`);
    const raced = this.open.get(id);
    if (raced) return raced;
    const db = new Low<Session>(new AtomicJsonFile<Session>(file), session);
    const entry = this.entryFor(id, db, (await stat(file)).mtimeMs);
    this.open.set(id, entry);
    // Fold whatever a crash left in the journal, or a migration changed, into the file now.
    if (replayed > 0 || migratedFrom !== null) {
      await writeSnapshot(file, db);
      entry.mtimeMs = (await stat(file)).mtimeMs;
      await rm(file + COMPACTING_SUFFIX, { force: true });
      await rm(file + JOURNAL_SUFFIX, { force: true });
    }
    return entry;
  }

  private scheduleCompaction(entry: OpenSession): void {
    if (entry.compactTimer) clearTimeout(entry.compactTimer);
    entry.compactTimer = null;
    if (entry.journalEntries >= COMPACT_AFTER_ENTRIES) {
      void this.compact(entry).catch(() => undefined);
      return;
    }
    entry.compactTimer = setTimeout(() => void this.compact(entry).catch(() => undefined), COMPACT_AFTER_MS);
    entry.compactTimer.unref?.();
  }

  /**
   * Rewrites the session file from memory. The journal is moved aside first, in the write queue, so
   * changes made meanwhile go to a fresh journal and the rewrite never delays a capture.
   */
  private compact(entry: OpenSession): Promise<void> {
    if (entry.compacting) return entry.compacting.then(() => this.compact(entry));
    if (entry.compactTimer) clearTimeout(entry.compactTimer);
    entry.compactTimer = null;
    const file = this.fileOf(entry.id);
    const started = entry.queue.then(async () => {
      if (entry.journalEntries === 0) return;
      const rotated = await entry.journal.rotate();
      entry.journalEntries = 0;
      const db = new Low<Session>(new AtomicJsonFile<Session>(file), entry.db.data);
      entry.compacting = (async () => {
        try {
          await writeSnapshot(file, db);
          entry.mtimeMs = (await stat(file)).mtimeMs;
          if (rotated) await rm(rotated, { force: true });
          if (Date.now() - entry.lastVersionAt >= VERSION_EVERY_MS) await this.saveVersion(entry, 'periodic');
        } finally {
          entry.compacting = null;
        }
      })();
      await entry.compacting.catch(() => undefined);
    });
    entry.queue = started.catch(() => undefined);
    return started;
  }

  private async flushEntry(entry: OpenSession): Promise<void> {
    await entry.queue;
    await entry.compacting;
    if (entry.journalEntries > 0) await this.compact(entry);
    await entry.compacting;
  }

  private async saveVersion(entry: OpenSession, reason: string, force = false): Promise<void> {
    if (!force && entry.db.data.statements.length === 0 && entry.db.data.people.length === 0) return;
    entry.lastVersionAt = Date.now();
    await this.history.save(entry.id, JSON.stringify(entry.db.data), reason).catch(() => undefined);
  }

  private async assertUnchangedOnDisk(file: string, entry: OpenSession): Promise<void> {
    const current = await stat(file).catch(() => null);
    if (!current || current.mtimeMs !== entry.mtimeMs)
      throw new DeskError(
        'conflict',
        `${path.basename(file)} was changed or removed by another program since it was opened. Your change was not written; reopen the session to see the file's content.`,
      );
  }
}

const isBulk = (changes: readonly Change[]): boolean =>
  changes.length >= BULK_CHANGES || changes.filter((c) => c.type.endsWith('.delete')).length >= BULK_DELETES;

function writeError(file: string, error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the workspace folder is not writable'
        : `the system said ${code}`;
  return new DeskError('write-failed', `Could not save ${path.basename(file)}: ${reason}.`);
}

async function writeSnapshot(file: string, db: Low<Session>): Promise<void> {
  try {
    await db.write();
  } catch (error) {
    throw writeError(file, error);
  }
}

/** The session file with whatever its journals hold replayed on top: the last acknowledged state. */
export async function loadWithJournal(
  file: string,
): Promise<{ session: Session; replayed: number; migratedFrom: number | null }> {
  const { session: base, migratedFrom } = await loadSnapshot(file);
  const entries = [
    ...(await readJournal(file + COMPACTING_SUFFIX)),
    ...(await readJournal(file + JOURNAL_SUFFIX)),
  ];
  let session = base;
  for (const [index, entry] of entries.entries()) {
    try {
      session = applyChanges(session, entry.changes, entry.at);
    } catch (error) {
      throw new DeskError(
        'damaged-file',
        `${path.basename(file)}: its journal entry ${index + 1} does not fit the session (${(error as Error).message}); nothing was changed.`,
      );
    }
  }
  return { session, replayed: entries.length, migratedFrom };
}

/** Size and modification times of a session file and its journals: what changes when any is written. */
async function fileStamp(file: string): Promise<string> {
  const parts = await Promise.all(
    [file, file + COMPACTING_SUFFIX, file + JOURNAL_SUFFIX].map((f) =>
      stat(f).then(
        (info) => `${info.size}:${info.mtimeMs}`,
        () => '-',
      ),
    ),
  );
  return parts.join('|');
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}

/** Reads one session as it stands, journal included, with messages that name the file and the field. */
export async function loadFile(file: string): Promise<Session> {
  return (await loadWithJournal(file)).session;
}

/** Reads, migrates and validates the session file itself. */
async function loadSnapshot(file: string): Promise<{ session: Session; migratedFrom: number | null }> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info) throw new DeskError('not-found', `${name} does not exist.`);
  if (info.size > MAX_SESSION_BYTES)
    throw new DeskError(
      'damaged-file',
      `${name} is ${Math.round(info.size / 1024 / 1024)} MB, larger than any session this app writes (${MAX_SESSION_BYTES / 1024 / 1024} MB); it was not opened.`,
    );
  let raw: unknown;
  try {
    raw = await new AtomicJsonFile<unknown>(file).read();
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new DeskError(
        'damaged-file',
        `${name} is not valid JSON (it may be truncated): ${error.message}`,
      );
    throw new DeskError('damaged-file', `${name} could not be read: ${(error as Error).message}`);
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  const parsed = SessionSchema.safeParse(migrate(raw, name));
  if (!parsed.success)
    throw new DeskError('damaged-file', `${name} is not a valid session: ${describeZodError(parsed.error)}`);
  return {
    session: parsed.data,
    migratedFrom: typeof version === 'number' && version < SCHEMA_VERSION ? version : null,
  };
}

function summarize(session: Session, file: string): SessionSummary {
  return {
    id: session.id,
    title: session.facts.title,
    code: session.facts.code,
    date: session.facts.date,
    updatedAt: session.updatedAt,
    statementCount: live(session.statements).length,
    file,
  };
}
