import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  DamagedFileSchema,
  SessionSummarySchema,
  type DamagedFile,
  type SessionSummary,
} from '../../shared/model/session';
import { writeFileAtomic } from './atomicJsonFile';

/**
 * The session list's summaries, kept on disk per machine so that opening a workspace of thousands of
 * sessions costs a stat per file, not a read and a validation per file. Each entry is keyed by the
 * file's name and stamped with its size and times (and its journals'): a file whose stamp changed is
 * read again. The index is a cache: a missing, damaged or older index is rebuilt, never trusted.
 */
export type IndexEntry = { stamp: string; summary: SessionSummary } | { stamp: string; damaged: DamagedFile };

// 2: session types are codes ('workshop'), no longer English names.
const VERSION = 2;
const EntrySchema = z.union([
  z.object({ stamp: z.string(), summary: SessionSummarySchema }),
  z.object({ stamp: z.string(), damaged: DamagedFileSchema }),
]);
const IndexSchema = z.object({ version: z.literal(VERSION), entries: z.record(z.string(), z.unknown()) });

export class SummaryIndex {
  private entries = new Map<string, IndexEntry>();
  private loading: Promise<void> | null = null;
  private dirty = false;

  constructor(readonly file: string) {}

  static in(stateDir: string): SummaryIndex {
    return new SummaryIndex(path.join(stateDir, 'summaries.json'));
  }

  /** Reads the index once per process; what cannot be read or validated is dropped. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const text = await readFile(this.file, 'utf8').catch(() => null);
      if (text === null) return;
      let parsed: z.infer<typeof IndexSchema>;
      try {
        parsed = IndexSchema.parse(JSON.parse(text));
      } catch {
        this.dirty = true;
        return;
      }
      for (const [name, raw] of Object.entries(parsed.entries)) {
        const entry = EntrySchema.safeParse(raw);
        if (entry.success) this.entries.set(name, entry.data);
        else this.dirty = true;
      }
    })();
    return this.loading;
  }

  lookup(name: string, stamp: string): IndexEntry | undefined {
    const entry = this.entries.get(name);
    return entry && entry.stamp === stamp ? entry : undefined;
  }

  store(name: string, entry: IndexEntry): void {
    this.entries.set(name, entry);
    this.dirty = true;
  }

  /** Forgets files that are gone. */
  retain(names: ReadonlySet<string>): void {
    for (const name of this.entries.keys())
      if (!names.has(name)) {
        this.entries.delete(name);
        this.dirty = true;
      }
  }

  /** Writes the index when it changed. A failure only costs the next start some reading. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(
        this.file,
        JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }),
      );
    } catch {
      this.dirty = true;
    }
  }
}
