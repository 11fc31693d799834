import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CaptureDraftSchema, type CaptureDraft } from '../../shared/model/draft';
import { IdSchema } from '../../shared/model/session';
import { writeFileAtomic } from './atomicJsonFile';

/**
 * Unsent capture-box text, one small file per session in the app's own data folder (not the
 * workspace, which may be synced to other machines). A damaged draft is ignored, never fatal.
 */
export class Drafts {
  constructor(readonly dir: string) {}

  private fileOf(sessionId: string): string {
    return path.join(this.dir, `${IdSchema.parse(sessionId)}.draft.json`);
  }

  async get(sessionId: string): Promise<CaptureDraft | null> {
    try {
      const parsed = CaptureDraftSchema.safeParse(JSON.parse(await readFile(this.fileOf(sessionId), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Saves of one session's draft, one after another: a clear that overtook a slow write would be undone
   * by that write's rename, and the sentence just added would come back as unsent text. */
  private readonly queues = new Map<string, Promise<void>>();

  save(sessionId: string, draft: CaptureDraft | null): Promise<void> {
    const file = this.fileOf(sessionId);
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.write(file, draft));
    this.queues.set(file, next);
    void next
      .finally(() => {
        if (this.queues.get(file) === next) this.queues.delete(file);
      })
      .catch(() => undefined);
    return next;
  }

  private async write(file: string, draft: CaptureDraft | null): Promise<void> {
    if (!draft || (!draft.text.trim() && draft.questionIds.length === 0)) {
      await rm(file, { force: true });
      return;
    }
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(file, JSON.stringify(draft));
  }
}
