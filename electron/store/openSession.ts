import path from 'node:path';
import { rm } from 'node:fs/promises';
import { DeskError } from '../../shared/errors';
import { applyChangesInPlace, ChangeError, type Change } from '../../shared/model/changes';
import { sessionSizeProblem, textLimitProblem } from '../../shared/model/limits';
import type { Session } from '../../shared/model/session';
import { identityOf, sameIdentity, type FileIdentity } from './atomicJsonFile';
import type { VersionHistory } from './history';
import { Journal } from './journal';
import { sessionChunks, writeError, writeSessionFile } from './sessionFile';

/** Below this many statements a change rewrites the session file at once; above, it goes to the journal. */
const DIRECT_WRITE_BELOW = 150;
/** The session file is rewritten after this long without changes… */
const COMPACT_IDLE_MS = 1_500;
/** …or once the journal holds this share of the file's size (at least COMPACT_MIN_BYTES), so rewrites
 * cost a bounded multiple of what was logged however large the session. */
const COMPACT_SHARE = 0.25;
const COMPACT_MIN_BYTES = 256 * 1024;
/** A failed background rewrite (a full disk) is tried again after this long. */
const RETRY_REWRITE_MS = 5_000;
/** A copy goes to the version history at most this often while a session changes. */
const VERSION_EVERY_MS = 5 * 60_000;
/** A batch this large (an import) or with this many deletes is preceded by a version. */
const BULK_CHANGES = 20;
const BULK_DELETES = 5;

export interface OpenSessionContext {
  journalFile: string;
  compactingFile: string;
  history: VersionHistory;
  now: () => string;
  /** Throws when this process may not write the workspace (another process holds its lock). */
  assertWritable: () => void;
}

const isBulk = (changes: readonly Change[]): boolean =>
  changes.length >= BULK_CHANGES || changes.filter((c) => c.type.endsWith('.delete')).length >= BULK_DELETES;

/**
 * One session open for writing. A change is applied in memory and made durable before it is
 * acknowledged: a small session is rewritten whole; a larger one gets the change appended to its
 * journal, and the file is rewritten in the background, off the write queue. Every write first checks
 * that the file on disk is still the one this process last read or wrote (inode, size, mtime); a
 * mismatch is a conflict, never a silent overwrite, and the journal (acknowledged changes) is kept.
 */
export class OpenSession {
  private queue: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private journalEntries = 0;
  /** The last files this process wrote (one may be landing right now): any of them is "ours". */
  private ours: FileIdentity[] = [];
  /** Set when a write found the file changed by another program, or could not keep a needed copy. */
  private blocked: DeskError | null = null;
  private lastVersionAt = Date.now();
  readonly journal: Journal;
  private closed = false;
  /**
   * Collections of `current` that nothing outside this object holds, so a change may edit them in
   * place instead of copying every record (GC pauses on long sessions). Emptied whenever `data` is
   * read: whoever reads it (a rewrite's snapshot, a version, the screen) keeps a copy never changed.
   */
  private owned = new WeakSet<object>();
  /** While a change is applied but not yet durable: the state before it, as fresh copies. */
  private pending: (() => Session) | null = null;

  constructor(
    readonly id: string,
    readonly file: string,
    private current: Session,
    /** The file as this process last read or wrote it. */
    private identity: FileIdentity | null,
    /** Bytes of the file as last read or written: the base of the size limit and of compaction. */
    private fileBytes: number,
    private readonly ctx: OpenSessionContext,
  ) {
    this.journal = new Journal(ctx.journalFile);
  }

  /** The session as it stands; its arrays are never changed after this (see `owned`). */
  get data(): Session {
    // Mid-change, the in-place arrays hold a change not yet durable: a reader gets the state before it.
    if (this.pending) return this.pending();
    this.owned = new WeakSet();
    return this.current;
  }

  /** Keeps the session from being written (e.g. its older-format copy could not be saved first). */
  block(error: DeskError): void {
    this.blocked = error;
  }

  /** Applies the changes and resolves once they are durable on disk. */
  change(changes: readonly Change[]): Promise<{ updatedAt: string }> {
    return this.enqueue(async () => {
      this.ctx.assertWritable();
      const tooLong = textLimitProblem(changes);
      if (tooLong) throw new DeskError('invalid-request', tooLong);
      await this.assertUnchanged();
      const at = this.ctx.now();
      const bulk = isBulk(changes);
      let applied: ReturnType<typeof applyChangesInPlace>;
      try {
        // A bulk change first saves the state before it as a version, so it must not edit that state.
        applied = applyChangesInPlace(this.current, changes, at, bulk ? new WeakSet() : this.owned);
      } catch (error) {
        if (error instanceof ChangeError) throw new DeskError('invalid-request', error.message);
        throw error;
      }
      const next = applied.session;
      this.pending = applied.before;
      try {
        await this.assertFits(next, changes);
        if (bulk) await this.saveVersion('before a large change', { required: true });
        if (this.journalEntries === 0 && !this.compacting && next.statements.length < DIRECT_WRITE_BELOW) {
          // A small session is cheap to rewrite whole, so its file is always current for other programs.
          await this.writeWhole(next);
        } else {
          try {
            await this.journal.append({ at, changes: [...changes] });
          } catch (error) {
            await this.journal.close().catch(() => undefined);
            throw writeError(this.file, error);
          }
          this.journalEntries++;
          this.scheduleRewrite();
        }
      } catch (error) {
        // Memory stays as it was before this change; the caller keeps its copy and retries.
        applied.rollback();
        throw error;
      } finally {
        this.pending = null;
      }
      this.current = next;
      return { updatedAt: next.updatedAt };
    });
  }

  /** Replaces the session with `restored` (a saved version), after keeping the current state as a version. */
  replace(restored: Session): Promise<Session> {
    return this.enqueue(async () => {
      this.ctx.assertWritable();
      await this.settle();
      await this.assertUnchanged();
      await this.saveVersion('before restoring a version', { required: true, force: true });
      const next = { ...restored, updatedAt: this.ctx.now() };
      // Anything logged belongs to the state being replaced (it is in the version just saved).
      const stale = await this.journal.rotate(this.ctx.compactingFile);
      this.journalEntries = 0;
      await this.writeWhole(next);
      if (stale) await rm(stale, { force: true });
      this.current = next;
      return next;
    });
  }

  /** Writes the session file now if the journal holds anything (before quitting, or closing). */
  async flush(): Promise<void> {
    await this.queue;
    await this.compacting;
    if (this.journalEntries > 0) await this.rewrite();
    await this.compacting;
    if (this.blocked) throw this.blocked;
  }

  /** Stops background work without writing anything (the file changed elsewhere; a reload follows). */
  async abandon(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.queue;
    await this.compacting?.catch(() => undefined);
    await this.journal.close();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    await this.journal.close();
  }

  /** Saves the current state in the version history; `required` turns a failure into a refusal. */
  async saveVersion(reason: string, { required = false, force = false } = {}): Promise<void> {
    if (!force && this.data.statements.length === 0 && this.data.people.length === 0) return;
    this.lastVersionAt = Date.now();
    try {
      await this.ctx.history.save(this.id, sessionChunks(this.data), reason);
    } catch (error) {
      if (!required) return;
      const why = writeError(this.file, error).message.replace(/^Could not save [^:]+: /, '');
      throw new DeskError(
        'write-failed',
        `A copy of the session could not be saved in its versions first (${why.replace(/\.$/, '')}), so this change was not made. Nothing was lost.`,
      );
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private conflictError(): DeskError {
    return new DeskError('conflict', { key: 'changedElsewhere', params: { file: path.basename(this.file) } });
  }

  private async assertUnchanged(): Promise<void> {
    if (this.blocked) throw this.blocked;
    const current = await identityOf(this.file).catch(() => null);
    if (sameIdentity(current, this.identity) || this.ours.some((own) => sameIdentity(current, own))) return;
    this.blocked = this.conflictError();
    throw this.blocked;
  }

  /** The file as it would be with `next`: refused, with a clear message, past what the app can open. */
  private async assertFits(next: Session, changes: readonly Change[]): Promise<void> {
    const estimate = this.fileBytes + this.journal.bytes + JSON.stringify(changes).length;
    if (!sessionSizeProblem(estimate)) return;
    let bytes = 0;
    for await (const chunk of sessionChunks(next)) bytes += Buffer.byteLength(chunk);
    const problem = sessionSizeProblem(bytes);
    if (problem) throw new DeskError('invalid-request', problem);
  }

  /**
   * Rewrites the whole file with `next`, checking just before the rename that nobody replaced it. The
   * text is streamed into the temp file a slice at a time, so a change waiting behind a background
   * rewrite waits at most one slice, never for the whole session to be serialized and encoded.
   */
  private async writeWhole(next: Session): Promise<void> {
    const identity = await writeSessionFile(this.file, sessionChunks(next), async (landing) => {
      await this.assertUnchanged();
      this.ours = [landing, ...this.ours].slice(0, 3);
    });
    this.identity = identity;
    this.fileBytes = Number(identity.size);
  }

  /** Waits for a background rewrite in flight. */
  private async settle(): Promise<void> {
    await this.compacting?.catch(() => undefined);
  }

  private scheduleRewrite(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.closed) return;
    if (
      !this.compacting &&
      this.journal.bytes >= Math.max(COMPACT_MIN_BYTES, this.fileBytes * COMPACT_SHARE)
    ) {
      void this.rewrite().catch(() => undefined);
      return;
    }
    this.timer = setTimeout(() => void this.rewrite().catch(() => undefined), COMPACT_IDLE_MS);
    this.timer.unref?.();
  }

  /**
   * Rewrites the session file from memory. The journal is moved aside in the write queue (a moment),
   * then the file is serialized and written outside it, so captures go on meanwhile into a fresh
   * journal. The moved-aside journal is dropped only once the new file is durable.
   */
  private rewrite(): Promise<void> {
    if (this.compacting)
      return this.compacting.then(() => (this.journalEntries > 0 ? this.rewrite() : undefined));
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const started = this.enqueue(async () => {
      if (this.journalEntries === 0 || this.blocked) return;
      const rotated = await this.journal.rotate(this.ctx.compactingFile);
      this.journalEntries = 0;
      const snapshot = this.data;
      this.compacting = (async () => {
        try {
          await this.writeWhole(snapshot);
          if (rotated) await rm(rotated, { force: true });
          if (Date.now() - this.lastVersionAt >= VERSION_EVERY_MS) await this.saveVersion('periodic');
        } catch (error) {
          // The moved-aside journal still holds every change; a later rewrite appends to it.
          this.journalEntries++;
          if (!(error instanceof DeskError && error.code === 'conflict') && !this.closed) {
            if (this.timer) clearTimeout(this.timer);
            this.timer = setTimeout(() => void this.rewrite().catch(() => undefined), RETRY_REWRITE_MS);
            this.timer.unref?.();
          }
          throw error;
        } finally {
          this.compacting = null;
        }
      })();
    });
    return started.then(() => this.compacting?.catch(() => undefined));
  }
}
