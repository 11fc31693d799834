import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeConflictCopies } from '../../electron/store/conflictCopies';
import { Workspace } from '../../electron/store/workspace';
import { newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { generateLibrarySession } from '../fixtures/generate-library';

export interface ConflictMergeFigures {
  /** mergeConflictCopies over the folder: read, validate, merge, save the version, write, remove. */
  mergeMs: number;
  /** Anchor: read + JSON.parse of the same conflict copy. */
  parseMs: number;
  fromCopy: number;
}

/**
 * A Syncthing conflict copy of a session of `statements` statements, as another device saved it
 * (some statements edited there, some added), merged into the session when the list opens.
 */
export async function benchConflictMerge(statements = 5000): Promise<ConflictMergeFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-conflict-'));
  const stateDir = `${dir}-state`;
  const ws = new Workspace(dir, undefined, { stateDir });
  try {
    const base = generateLibrarySession(1, statements);
    await ws.create(base);
    const copy: Session = structuredClone(base);
    const later = new Date(Date.parse(base.updatedAt) + 60_000).toISOString();
    for (let i = 0; i < 50; i++) {
      const s = copy.statements[i * 97];
      if (s) Object.assign(s, { text: `${s.text} (edited on the other laptop)`, updatedAt: later });
    }
    for (let i = 0; i < 20; i++) copy.statements.push(newStatement(`Added on the other laptop ${i}`, later));
    copy.updatedAt = later;
    const name = `${base.id}.session.sync-conflict-20261201-101500-ABCDEFG.json`;
    const file = path.join(dir, name);
    await writeFile(file, JSON.stringify(copy));

    let t0 = performance.now();
    JSON.parse(await readFile(file, 'utf8'));
    const parseMs = performance.now() - t0;

    t0 = performance.now();
    const { merged, problems } = await mergeConflictCopies(ws);
    const mergeMs = performance.now() - t0;
    if (problems.length || merged.length !== 1)
      throw new Error(`conflict merge bench: ${JSON.stringify(problems)}`);
    return { mergeMs, parseMs, fromCopy: merged[0]!.fromCopy };
  } finally {
    await ws.release();
    await rm(dir, { recursive: true, force: true });
    await rm(stateDir, { recursive: true, force: true });
  }
}
