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
