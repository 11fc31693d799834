import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DeskError } from '../../shared/errors';
import { IdSchema, IsoTimeSchema } from '../../shared/model/session';
import { writeFileAtomic } from './atomicJsonFile';

/** How long a deleted session can be put back from the session list. */
export const KEEP_DELETED_DAYS = 30;

const EntrySchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** Where the file was, to write it back there. */
  file: z.string(),
  /** The file was one opened where it is, outside the workspace. */
  outside: z.boolean(),
  deletedAt: IsoTimeSchema,
  text: z.string(),
});
export type DeletedEntry = z.infer<typeof EntrySchema>;
export type DeletedListing = Omit<DeletedEntry, 'text'> & { undo: string };

/**
 * Sessions deleted from the list, each file's text kept in this machine's own folder for
 * KEEP_DELETED_DAYS days, so that Undo, and "Recently deleted" after a restart, can write the session
 * back (the file itself went to the system's trash, which the app cannot read back). One small file
 * per deletion, written atomically; older ones are removed when the list is read.
 */
export class DeletedSessions {
  constructor(
    readonly dir: string,
    private readonly now: () => string,
  ) {}

  private fileOf(undo: string): string {
    return path.join(this.dir, `${IdSchema.parse(undo)}.deleted.json`);
  }

  async keep(undo: string, entry: DeletedEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.fileOf(undo), JSON.stringify(EntrySchema.parse(entry)));
  }

  async get(undo: string): Promise<DeletedEntry> {
    const text = await readFile(this.fileOf(undo), 'utf8').catch(() => null);
    const parsed = text === null ? null : EntrySchema.safeParse(JSON.parse(text));
    if (!parsed?.success) throw new DeskError('not-found', { key: 'undoGone' });
    return parsed.data;
  }

  async forget(undo: string): Promise<void> {
    await rm(this.fileOf(undo), { force: true });
  }

  /** Newest first; entries past their time, or damaged, are removed. */
  async list(): Promise<DeletedListing[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const oldest = Date.parse(this.now()) - KEEP_DELETED_DAYS * 86_400_000;
    const out: DeletedListing[] = [];
    for (const name of names) {
      const undo = name.replace(/\.deleted\.json$/, '');
      if (undo === name || !IdSchema.safeParse(undo).success) continue;
      const entry = await this.get(undo).catch(() => null);
      if (!entry || Date.parse(entry.deletedAt) < oldest) {
        await this.forget(undo);
        continue;
      }
      const { text: _text, ...listing } = entry;
      out.push({ ...listing, undo });
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }
}
