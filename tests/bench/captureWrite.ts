import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../../electron/store/workspace';
import { newId } from '../../shared/model/factory';
import { generateSession } from '../fixtures/generate-session';

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Statement add → durable on disk (atomic write + fsync) through the real workspace code. */
export async function benchCaptureWrite(
  statements: number,
  samples = 100,
): Promise<{ p50: number; p95: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-'));
  try {
    const ws = new Workspace(dir);
    const session = await ws.create(generateSession(statements));
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      await ws.change(session.id, [
        {
          type: 'statement.put',
          statement: { id: newId(), text: `Benchmark statement ${i}`, at: new Date().toISOString() },
        },
      ]);
      times.push(performance.now() - t0);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface LongCaptureFigures {
  p50: number;
  p95: number;
  max: number;
  /** The same journal lines appended and fdatasync'ed to a bare file on the same disk. */
  bare: { p50: number; p95: number; max: number };
  /** Bytes the store wrote (session file rewrites + journal), over the journal bytes alone. */
  amplification: number;
}

/**
 * A long session: `changes` mixed edits (new statements, edits of earlier ones, deletes) on a session
 * of `statements`, each timed from the call to durable, long enough to include many background
 * rewrites; beside it the floor, a bare append + fdatasync of the same bytes.
 */
export async function benchLongCapture(statements: number, changes = 20_000): Promise<LongCaptureFigures> {
  const { open, stat } = await import('node:fs/promises');
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-long-'));
  try {
    const ws = new Workspace(dir);
    const session = await ws.create(generateSession(statements));
    const file = ws.fileOf(session.id);
    const ids = session.statements.map((s) => s.id);
    const lines: string[] = [];
    const times: number[] = [];
    let rewritten = 0;
    let lastIno = (await stat(file)).ino;
    for (let i = 0; i < changes; i++) {
      const roll = i % 10;
      const at = new Date().toISOString();
      const change =
        roll < 7 || ids.length < 10
          ? {
              type: 'statement.put' as const,
              statement: { id: newId(), text: `Long-session statement ${i}`, at },
            }
          : roll < 9
            ? {
                type: 'statement.put' as const,
                statement: { id: ids[(i * 7919) % ids.length]!, text: `Edited ${i}`, at },
              }
            : { type: 'statement.delete' as const, id: ids[(i * 104_729) % ids.length]! };
      if (change.type === 'statement.put' && roll < 7) ids.push(change.statement.id);
      const t0 = performance.now();
      await ws.change(session.id, [change]);
      times.push(performance.now() - t0);
      lines.push(JSON.stringify({ at, changes: [change] }) + '\n');
      const info = await stat(file);
      if (info.ino !== lastIno) {
        rewritten += info.size;
        lastIno = info.ino;
      }
    }
    await ws.release();
    const journalBytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0);
    const bareTimes: number[] = [];
    const handle = await open(path.join(dir, 'bare.log'), 'a');
    for (const line of lines) {
      const t0 = performance.now();
      await handle.write(line);
      await handle.datasync();
      bareTimes.push(performance.now() - t0);
    }
    await handle.close();
    return {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      bare: { p50: percentile(bareTimes, 50), p95: percentile(bareTimes, 95), max: Math.max(...bareTimes) },
      amplification: (rewritten + journalBytes) / journalBytes,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
