import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DeskError, describeZodError } from '../../shared/errors';
import { applyChanges, ChangeError, type Change } from '../../shared/model/changes';
import { migrate } from '../../shared/model/migrate';
import {
  IdSchema,
  live,
  SessionSchema,
  type DamagedFile,
  type Session,
  type SessionSummary,
} from '../../shared/model/session';
import { AtomicJsonFile } from './atomicJsonFile';

export const SESSION_SUFFIX = '.session.json';
/** Larger files are refused before reading, so a stray huge file cannot stall or exhaust the app. */
export const MAX_SESSION_BYTES = 64 * 1024 * 1024;

interface OpenSession {
  db: Low<Session>;
  /** mtime of the file as we last wrote or read it: a different one means another program changed it. */
  mtimeMs: number;
  /** Writes of one session run one after the other, in the order the user made them. */
  queue: Promise<unknown>;
}

const clock = (): string => new Date().toISOString();

/**
 * The workspace: a folder with one `<id>.session.json` per session. Every change is applied to the
 * in-memory copy and written atomically before the call returns. A file that cannot be read or
 * validated is reported and never written to: only sessions that loaded cleanly get a writable handle.
 */
export class Workspace {
  private readonly open = new Map<string, OpenSession>();

  constructor(
    readonly dir: string,
    private readonly now: () => string = clock,
  ) {}

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
      try {
        const session =
          this.open.get(name.slice(0, -SESSION_SUFFIX.length))?.db.data ?? (await loadFile(file));
        sessions.push(summarize(session, name));
      } catch (error) {
        damaged.push({ file: name, message: error instanceof DeskError ? error.message : String(error) });
      }
    }
    sessions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { sessions, damaged };
  }

  async get(id: string): Promise<Session> {
    return (await this.handle(id)).db.data;
  }

  /** Writes a new session file; refuses to replace an existing one. */
  async create(session: Session): Promise<Session> {
    const parsed = SessionSchema.parse(session);
    const file = this.fileOf(parsed.id);
    await mkdir(this.dir, { recursive: true });
    if (await exists(file)) throw new DeskError('conflict', `A session with id ${parsed.id} already exists.`);
    const db = new Low<Session>(new AtomicJsonFile<Session>(file), parsed);
    await this.write(file, db);
    this.open.set(parsed.id, { db, mtimeMs: (await stat(file)).mtimeMs, queue: Promise.resolve() });
    return parsed;
  }

  /** Applies the changes and resolves once they are durable on disk. */
  async change(id: string, changes: readonly Change[]): Promise<{ updatedAt: string }> {
    const entry = await this.handle(id);
    const run = entry.queue.then(async () => {
      const file = this.fileOf(id);
      await this.assertUnchangedOnDisk(file, entry);
      let next: Session;
      try {
        next = applyChanges(entry.db.data, changes, this.now());
      } catch (error) {
        if (error instanceof ChangeError) throw new DeskError('invalid-request', error.message);
        throw error;
      }
      const previous = entry.db.data;
      entry.db.data = next;
      try {
        await this.write(file, entry.db);
      } catch (error) {
        // The caller keeps its copy and retries; memory stays as it was before this change.
        entry.db.data = previous;
        throw error;
      }
      entry.mtimeMs = (await stat(file)).mtimeMs;
      return { updatedAt: next.updatedAt };
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  /** Forgets the in-memory copy, e.g. after the user chose to reload a file changed elsewhere. */
  close(id: string): void {
    this.open.delete(id);
  }

  private async handle(id: string): Promise<OpenSession> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const file = this.fileOf(id);
    const session = await loadFile(file);
    if (session.id !== id)
      throw new DeskError(
        'damaged-file',
        `${path.basename(file)}: its id (${session.id}) does not match its name.`,
      );
    const db = new Low<Session>(new AtomicJsonFile<Session>(file), session);
    const entry: OpenSession = { db, mtimeMs: (await stat(file)).mtimeMs, queue: Promise.resolve() };
    this.open.set(id, entry);
    return entry;
  }

  private async assertUnchangedOnDisk(file: string, entry: OpenSession): Promise<void> {
    const current = await stat(file).catch(() => null);
    if (!current || current.mtimeMs !== entry.mtimeMs)
      throw new DeskError(
        'conflict',
        `${path.basename(file)} was changed or removed by another program since it was opened. Your change was not written; reopen the session to see the file's content.`,
      );
  }

  private async write(file: string, db: Low<Session>): Promise<void> {
    try {
      await db.write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      const reason =
        code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'the workspace folder is not writable'
            : `the system said ${code}`;
      throw new DeskError('write-failed', `Could not save ${path.basename(file)}: ${reason}.`);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}

/** Reads, migrates and validates one session file, with messages that name the file and the field. */
export async function loadFile(file: string): Promise<Session> {
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
  const parsed = SessionSchema.safeParse(migrate(raw, name));
  if (!parsed.success)
    throw new DeskError('damaged-file', `${name} is not a valid session: ${describeZodError(parsed.error)}`);
  return parsed.data;
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
