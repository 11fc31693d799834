import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../../electron/store/workspace';
import { generateSession } from '../fixtures/generate-session';

/** The session list over a workspace of `sessions` files: first read, then again with nothing changed. */
export async function benchSessionList(
  sessions = 40,
  statements = 300,
): Promise<{ firstMs: number; againMs: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-list-'));
  try {
    const writer = new Workspace(dir);
    for (let i = 0; i < sessions; i++) await writer.create(generateSession(statements, i + 1));
    const ws = new Workspace(dir);
    let t0 = performance.now();
    await ws.list();
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    await ws.list();
    return { firstMs, againMs: performance.now() - t0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
