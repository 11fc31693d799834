import { DeskError } from '../../shared/errors';
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { syncDirectory } from './atomicJsonFile';

/** Who holds a workspace: enough to tell a live holder from one that crashed, and to say who it is. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** "Session Desk" or "the command line"; said to the user of the process that is refused. */
  program: string;
}

/** A holder on another computer (a synced folder) that has not refreshed its lock this long is gone. */
export const STALE_AFTER_MS = 10 * 60_000;
const HEARTBEAT_MS = 60_000;

/** Locks this process holds, so several stores in one process share one lock (one writer: this process). */
const held = new Map<string, { count: number; timer: ReturnType<typeof setInterval>; owner: LockOwner }>();

const processStartedAt = new Date(Date.now() - process.uptime() * 1000).toISOString();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux: when a process started (so a pid reused by an unrelated process is not taken for the holder). */
async function startOf(pid: number): Promise<number | null> {
  if (process.platform !== 'linux') return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const uptime = Number((await readFile('/proc/uptime', 'utf8')).split(' ')[0]);
    return Date.now() - (uptime - ticks / 100) * 1000;
  } catch {
    return null;
  }
}

async function isStale(owner: LockOwner | null, file: string): Promise<boolean> {
  if (!owner) return true; // unreadable: never a lock this app wrote whole (they are created by link)
  if (owner.host !== hostname()) {
    const info = await stat(file).catch(() => null);
    return !info || Date.now() - info.mtimeMs > STALE_AFTER_MS;
  }
  if (!alive(owner.pid)) return true;
  const started = await startOf(owner.pid);
  // Two seconds of slack for clock rounding between the holder's own reckoning and /proc.
  return started !== null && started > Date.parse(owner.startedAt) + 2_000;
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    if (
      typeof raw.pid === 'number' &&
      typeof raw.host === 'string' &&
      typeof raw.startedAt === 'string' &&
      typeof raw.program === 'string'
    )
      return raw as LockOwner;
    return null;
  } catch {
    return null;
  }
}

export type LockResult = { held: true } | { held: false; owner: LockOwner };

/**
 * One writer per workspace: a lock file holding the writer's pid, host and start time, created
 * atomically (written whole under another name, then hard-linked into place, which fails if a lock
 * exists). A lock whose process is gone (same computer) or that was not refreshed for a long time
 * (another computer) is stale and taken over; any other holder leaves this process read-only.
 */
export class WorkspaceLock {
  constructor(
    readonly file: string,
    private readonly program = 'Session Desk',
  ) {}

  get isHeld(): boolean {
    return held.has(this.file);
  }

  async acquire(): Promise<LockResult> {
    const mine = held.get(this.file);
    if (mine) {
      mine.count++;
      return { held: true };
    }
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      startedAt: processStartedAt,
      program: this.program,
    };
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true });
    for (let attempt = 0; attempt < 5; attempt++) {
      const temp = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
      await writeFile(temp, JSON.stringify(owner) + '\n', { mode: 0o644 });
      try {
        await link(temp, this.file);
        await syncDirectory(dir);
        const timer = setInterval(() => {
          const now = new Date();
          void utimes(this.file, now, now).catch(() => undefined);
        }, HEARTBEAT_MS);
        timer.unref?.();
        held.set(this.file, { count: 1, timer, owner });
        return { held: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        await rm(temp, { force: true });
      }
      const current = await readOwner(this.file);
      if (current && current.pid === owner.pid && current.host === owner.host) {
        // Ours from an earlier store of this process that was released without removing it.
        await rm(this.file, { force: true });
        continue;
      }
      if (!(await isStale(current, this.file))) return { held: false, owner: current! };
      // Take the stale lock aside under a name only this attempt uses; if what was moved is not the
      // lock judged stale (another process took over meanwhile), put it back.
      const aside = `${this.file}.stale.${randomUUID()}`;
      try {
        await rename(this.file, aside);
      } catch {
        continue;
      }
      const moved = await readOwner(aside);
      if (JSON.stringify(moved) !== JSON.stringify(current)) {
        await link(aside, this.file).catch(() => undefined);
      }
      await rm(aside, { force: true });
    }
    const current = await readOwner(this.file);
    if (current) return { held: false, owner: current };
    throw new Error('The workspace lock could not be taken.');
  }

  /** Another live process that holds the lock now, without taking it; null when none (or this one) does. */
  async holder(): Promise<LockOwner | null> {
    if (this.isHeld) return null;
    const owner = await readOwner(this.file);
    if (!owner || (owner.pid === process.pid && owner.host === hostname())) return null;
    return (await isStale(owner, this.file)) ? null : owner;
  }

  /** Gives the lock up once every store of this process that took it has released it. */
  async release(): Promise<void> {
    const mine = held.get(this.file);
    if (!mine || --mine.count > 0) return;
    clearInterval(mine.timer);
    held.delete(this.file);
    const current = await readOwner(this.file);
    if (current && current.pid === process.pid && current.host === mine.owner.host)
      await rm(this.file, { force: true });
  }
}

/**
 * What a refused process tells its user, in plain words. `place` names the folder as the user knows
 * it: their workspace, or a folder they opened a session file from.
 */
export function describeHolder(
  owner: LockOwner,
  workspaceDir: string,
  place: 'workspace' | 'folder' = 'workspace',
): DeskError {
  const since = new Date(owner.startedAt);
  const when = Number.isNaN(since.getTime())
    ? ''
    : { reason: 'since', params: { since: since.toISOString().slice(0, 16).replace('T', ' ') } };
  const where =
    owner.host === hostname()
      ? { reason: 'thisComputer' }
      : { reason: 'otherComputer', params: { host: owner.host } };
  // The lock file names the command line in English; it is worded in the reader's language.
  const program = owner.program === 'the command line' ? { reason: 'commandLine' } : owner.program;
  return new DeskError('read-only', {
    key: place === 'folder' ? 'readOnlyFolder' : 'readOnly',
    params: { dir: workspaceDir, program, where, pid: owner.pid, when },
  });
}
