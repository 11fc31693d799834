import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askWorker } from '../support/drafting';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { draftFor, draftInWorker, stopWorker, warmUp, type DraftRequest } from '../../electron/drafting';
import { applyDraftPatch, draftSlot, MirrorSender } from '../../shared/drafting/mirror';
import { applyChangesInPlace, type Change } from '../../shared/model/changes';
import { generateSession } from '../fixtures/generate-session';

/**
 * Drafting in its worker thread: the thread that asks (the app's main process) keeps running while a
 * long draft is made, and the draft is the one drafting in that thread would give. The worker is
 * bundled from its source here (Node runs no TypeScript); the app and the e2e desk run the built one.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'desk-worker-'));
const WORKER = path.join(dir, 'draftWorker.mjs');

beforeAll(() => {
  buildSync({
    entryPoints: [path.resolve('electron/draftWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: WORKER,
    logLevel: 'warning',
  });
});
afterAll(async () => {
  await stopWorker();
  rmSync(dir, { recursive: true, force: true });
});

describe('drafting in a worker thread', () => {
  it('keeps the asking thread’s event loop ticking through a 3,000-statement draft, with the same draft', async () => {
    const session = generateSession(3_000, 7);
    draftInWorker(WORKER);
    warmUp();
    // The first draft also waits for the worker to start and load its model; measure the second.
    await draftFor({ ...session, updatedAt: '2026-01-01T00:00:00.000Z' }, { fora: ['G20'] });

    let ticks = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 10);
    const started = performance.now();
    const viaWorker = await draftFor(session);
    const took = performance.now() - started;
    clearInterval(timer);

    const inProcess = draftSession(session, createAnalyzer());
    // A draft that long in this thread would have stalled the timer for all of it.
    expect(took).toBeGreaterThan(200);
    expect(ticks).toBeGreaterThan(took / 10 / 4);
    expect(longest).toBeLessThan(took / 2);
    expect(viaWorker).toEqual(inProcess);
    expect(viaWorker.statements).toHaveLength(3_000);
    // The figures (times in and out of the worker, the longest stall) are `npm run bench`'s.
  }, 120_000);

  it('as capture goes on in two sessions, each draft through the worker is the one this thread gives', async () => {
    draftInWorker(WORKER);
    const analyzer = createAnalyzer();
    const sessions = [generateSession(120, 21), generateSession(60, 22)];
    // The open session's arrays, changed in place as electron/store/openSession.ts changes them.
    const owned = [new WeakSet<object>(), new WeakSet<object>()];
    for (let step = 0; step < 6; step++) {
      for (const k of [0, 1]) {
        const s = sessions[k]!;
        const when = new Date(Date.UTC(2026, 6, 1, 10, k, step)).toISOString();
        const changes: Change[] =
          step % 3 === 2
            ? [
                {
                  type: 'statement.put',
                  statement: { ...s.statements[step]!, questionIds: [s.questions[1]!.id] },
                },
              ]
            : step % 3 === 1
              ? [{ type: 'statement.delete', id: s.statements[step + 1]!.id }]
              : [
                  {
                    type: 'statement.put',
                    statement: {
                      id: `00000000-0000-4000-8000-0000000${k}${String(step).padStart(4, '0')}`,
                      speakerId: s.people[0]!.id,
                      text: `My ask to donors is to fund local content in session ${k}, step ${step}.`,
                      at: when,
                    },
                  },
                ];
        sessions[k] = applyChangesInPlace(s, changes, when, owned[k]!).session;
        for (const suggestionsOnly of [true, false]) {
          const viaWorker = await draftFor(sessions[k]!, { suggestionsOnly });
          expect(viaWorker).toEqual(draftSession(sessions[k]!, analyzer, { suggestionsOnly }));
        }
      }
    }
  }, 120_000);

  it('a patch for a mirror the worker does not hold is refused as out of step, not drafted from a wrong session', async () => {
    const worker = new Worker(WORKER);
    const ask = (request: DraftRequest) => askWorker(worker, request);
    try {
      const session = generateSession(10, 8);
      const sender = new MirrorSender(() => undefined);
      sender.patch(session);
      // The worker never got the first patch: the second one is based on a mirror it lacks.
      const patch = sender.patch({ ...session, statements: session.statements.slice(0, 5) });
      expect(patch.base).not.toBeNull();
      const slot = draftSlot(session.id, {});
      expect(await ask({ type: 'draft', id: 1, slot, session: patch, options: {} })).toMatchObject({
        id: 1,
        ok: false,
        resync: true,
      });
      const whole = new MirrorSender(() => undefined).patch(session);
      const reply = await ask({ type: 'draft', id: 2, slot, session: whole, options: {} });
      expect(reply.ok && reply.draft ? applyDraftPatch(undefined, reply.draft) : null).toEqual(
        draftSession(session, createAnalyzer()),
      );
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('a draft that fails in the worker is reported, and the next one is drafted', async () => {
    draftInWorker(WORKER);
    const session = generateSession(20, 3);
    const broken = { ...session, updatedAt: '2026-02-01T00:00:00.000Z', statements: null } as never;
    await expect(draftFor(broken)).rejects.toThrow();
    const draft = await draftFor(session);
    expect(draft).toEqual(draftSession(session, createAnalyzer()));
  }, 60_000);

  it('a worker that cannot start leaves drafting in this thread, with the same draft', async () => {
    draftInWorker(path.resolve('out/no-such-worker.js'));
    const session = generateSession(30, 5);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      expect(await draftFor(session)).toEqual(draftSession(session, createAnalyzer()));
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/drafting worker could not start/);
  }, 60_000);
});
