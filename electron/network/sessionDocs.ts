import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import * as Y from 'yjs';
import type { Change } from '../../shared/model/changes';
import type { Session } from '../../shared/model/session';
import {
  DamagedLogError,
  docFromLog,
  docFromSession,
  encodeLog,
  encodeLogRecord,
  encodeState,
  LOCAL,
  mergeChangeFor,
  sidecarOf,
  touchedBy,
  watchRemote,
  writeSessionToDoc,
} from '../../shared/sync';
import { writeFileAtomic } from '../store/atomicJsonFile';

/** Rewrite the sidecar as one update after this many appended records. */
const COMPACT_AFTER = 500;

/** The origin of updates that came from another device (anything but LOCAL). */
export const REMOTE = Symbol('remote');

/**
 * One session's merge state while it is shared or joined: the Y.Doc, and its sidecar log beside the
 * session file. The session file is written first and the sidecar after it, so the sidecar never holds
 * content the file lacks; on open the file is folded into the doc, which repairs a sidecar that fell
 * behind (a crash between the two writes) without losing what either holds.
 */
export class SessionDoc {
  private handle: FileHandle | null = null;
  private records = 0;
  /** Appends run one after another, in the order the updates happened. */
  private chain: Promise<void> = Promise.resolve();
  private readonly watch: ReturnType<typeof watchRemote>;
  /** What the file held that the doc lacked when it was opened: to send to the other devices. */
  folded: Uint8Array[] = [];

  private constructor(
    readonly file: string,
    readonly doc: Y.Doc,
  ) {
    this.watch = watchRemote(doc, (origin) => origin === REMOTE);
  }

  get sidecar(): string {
    return sidecarOf(this.file);
  }

  /** Loads (or starts) the sidecar of `file` and folds `session` — the file's content — into it. */
  static async open(file: string, session: Session, seed?: Uint8Array): Promise<SessionDoc> {
    const sidecar = sidecarOf(file);
    let doc: Y.Doc | null = null;
    const bytes = await readFile(sidecar).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (bytes) {
      try {
        doc = docFromLog(new Uint8Array(bytes));
      } catch (error) {
        if (!(error instanceof DamagedLogError)) throw error;
        // Never overwritten: kept aside for whoever wants to look; the file's content is rebuilt below.
        await rename(sidecar, `${sidecar}.damaged-${Date.now()}`);
      }
    }
    if (seed) {
      doc ??= new Y.Doc();
      Y.applyUpdate(doc, seed, REMOTE);
    }
    doc ??= docFromSession(session);
    const folded: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown): void => {
      if (origin === LOCAL) folded.push(update);
    };
    doc.on('update', collect);
    writeSessionToDoc(doc, session, doc.getMap('meta').size ? { newerOnly: !bytes && !!seed } : {});
    doc.off('update', collect);
    const opened = new SessionDoc(file, doc);
    opened.folded = folded;
    opened.watch.take();
    await opened.compact();
    return opened;
  }

  /** Records a change already applied to the file: the fields it altered go into the doc and the log. */
  async recordLocal(before: Session, changes: readonly Change[], after: Session): Promise<Uint8Array[]> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown): void => {
      if (origin === LOCAL) updates.push(update);
    };
    this.doc.on('update', collect);
    try {
      writeSessionToDoc(this.doc, after, { only: touchedBy(changes), before });
    } finally {
      this.doc.off('update', collect);
    }
    await this.append(updates);
    return updates;
  }

  /**
   * Applies updates from another device to the doc and returns the `sync.merge` change that brings
   * `current` (the file) to it, or null. Call `persist` with the same updates once the change is durable.
   */
  applyRemote(current: Session, updates: readonly Uint8Array[]): Change | null {
    for (const update of updates) Y.applyUpdate(this.doc, update, REMOTE);
    return mergeChangeFor(this.doc, current, this.watch.take());
  }

  /** Appends updates to the sidecar (fsynced). */
  persist(updates: readonly Uint8Array[]): Promise<void> {
    return this.append(updates);
  }

  private append(updates: readonly Uint8Array[]): Promise<void> {
    if (!updates.length) return this.chain;
    const run = this.chain.then(async () => {
      this.handle ??= await open(this.sidecar, 'a', 0o644);
      for (const update of updates) {
        const record = encodeLogRecord(update);
        const { bytesWritten } = await this.handle.write(record);
        if (bytesWritten !== record.length) throw new Error(`short write to ${this.sidecar}`);
      }
      await this.handle.datasync();
      this.records += updates.length;
      if (this.records >= COMPACT_AFTER) await this.compactNow();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Rewrites the sidecar as one merged update (atomic: old or new, never a mix). */
  compact(): Promise<void> {
    const run = this.chain.then(() => this.compactNow());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async compactNow(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
    await writeFileAtomic(this.sidecar, encodeLog([encodeState(this.doc)]));
    this.records = 0;
  }

  async close(): Promise<void> {
    await this.compact().catch(() => undefined);
    await this.chain;
    this.watch.stop();
    await this.handle?.close();
    this.handle = null;
    this.doc.destroy();
  }
}
