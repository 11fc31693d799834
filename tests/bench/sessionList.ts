import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../../electron/store/workspace';
import { generateLibrarySession } from '../fixtures/generate-library';
import { generateSession } from '../fixtures/generate-session';

/** The session list over a workspace of `sessions` files: first read, then again with nothing changed. */
export async function benchSessionList(
  sessions = 40,
  statements = 300,
): Promise<{ firstMs: number; againMs: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-list-'));
  try {
    const writer = new Workspace(dir, undefined, {
      stateDir: path.join(dir, '..', `${path.basename(dir)}-state`),
    });
    for (let i = 0; i < sessions; i++) await writer.create(generateSession(statements, i + 1));
    const ws = new Workspace(dir, undefined, {
      stateDir: path.join(dir, '..', `${path.basename(dir)}-state-2`),
    });
    let t0 = performance.now();
    await ws.list();
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    await ws.list();
    return { firstMs, againMs: performance.now() - t0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-state`, { recursive: true, force: true });
    await rm(`${dir}-state-2`, { recursive: true, force: true });
  }
}

export interface LibraryListFigures {
  /** No index yet: every file read and validated once (the first start after an upgrade). */
  buildMs: number;
  /** A new process's first list, the index on disk: a stat per file. */
  firstMs: number;
  /** The same process again, nothing changed. */
  againMs: number;
  /** Anchor: readdir and one stat per file, in the same run. */
  statsMs: number;
}

/**
 * The organizer's library: `sessions` files of `statements` statements each. Files are copies of 30
 * generated sessions under new ids (the list's cost does not depend on what the sessions say).
 */
export async function benchLibraryList(sessions = 3000, statements = 300): Promise<LibraryListFigures> {
  const root = await mkdtemp(path.join(tmpdir(), 'desk-bench-library-'));
  const dir = path.join(root, 'workspace');
  const stateDir = path.join(root, 'state');
  try {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir);
    const bases = Array.from({ length: 30 }, (_, i) => generateLibrarySession(i, statements));
    for (let i = 0; i < sessions; i++) {
      const base = bases[i % bases.length]!;
      const id = `${base.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`;
      await writeFile(
        path.join(dir, `${id}.session.json`),
        JSON.stringify({ ...base, id, facts: { ...base.facts, code: `WS #${i + 1}` } }),
      );
    }
    let t0 = performance.now();
    const built = await new Workspace(dir, undefined, { stateDir }).list();
    const buildMs = performance.now() - t0;
    if (built.sessions.length !== sessions) throw new Error(`listed ${built.sessions.length} of ${sessions}`);
    const ws = new Workspace(dir, undefined, { stateDir });
    t0 = performance.now();
    await ws.list();
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    await ws.list();
    const againMs = performance.now() - t0;
    t0 = performance.now();
    const names = await readdir(dir);
    await Promise.all(names.map((n) => stat(path.join(dir, n))));
    const statsMs = performance.now() - t0;
    return { buildMs, firstMs, againMs, statsMs };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
