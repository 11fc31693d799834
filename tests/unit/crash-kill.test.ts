import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleWriterChild } from '../support/writerChild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile, SESSION_SUFFIX, Workspace } from '../../electron/store/workspace';
import { newSession, newStatement } from '../../shared/model/factory';
import { generateSession, rng } from '../fixtures/generate-session';

/**
 * "Never lose data": a child process appends statements through `Workspace.change` as fast as it can
 * and prints each id once the store acknowledged it; the parent kills it with SIGKILL at a random
 * moment (seeded) and then opens the workspace again. Every acknowledged statement must be there, and
 * the session file must parse and validate. Runs start from empty sessions and from ones large enough
 * that writes go through the store's faster path, so kills land in every phase of a write.
 */
const MIN_RUNS = 50;
/** Runs keep starting until MIN_RUNS and this much time have passed, never after HARD_STOP_MS. */
const KEEP_GOING_MS = 30_000;
const HARD_STOP_MS = 150_000;
const PARALLEL = 2;
const SEED = 20_260_623;

let root: string;
let childScript: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-crash-'));
  childScript = await bundleWriterChild(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface RunResult {
  run: number;
  acknowledged: string[];
  startCount: number;
  killedAfterMs: number;
  filesInWorkspace: string[];
}

/** Starts the child, waits for its first acknowledgement plus `delayMs`, then kills it without warning. */
function runChild(dir: string, id: string, delayMs: number, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir, id, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    // If the child never acknowledges anything, it is broken: kill it and fail with what it said.
    const startup = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('\n')) {
        clearTimeout(startup);
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(startup);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' || !timer)
        return reject(new Error(`child ended by itself (signal ${signal}) before the kill:\n${err}`));
      // Only whole lines count; a cut-off last line is not trusted (it would be acknowledged all the same).
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter(Boolean));
    });
  });
}

async function oneRun(run: number, next: () => number): Promise<RunResult> {
  const dir = path.join(root, `run-${run}`);
  // Some runs start empty (every change rewrites the file), some large (changes are logged first).
  const startCount = [0, 0, 140, 400][Math.floor(next() * 4)]!;
  const now = new Date().toISOString();
  const start = startCount
    ? { ...generateSession(startCount, SEED + run), id: newSession(now).id }
    : newSession(now, `Crash run ${run}`);
  // The parent creates the session, then lets the child become the workspace's writer.
  const creator = new Workspace(dir);
  await creator.create(start);
  await creator.release();
  const killedAfterMs = 50 + Math.floor(next() * 551);
  const acknowledged = await runChild(dir, start.id, killedAfterMs, SEED + run);
  return { run, acknowledged, startCount, killedAfterMs, filesInWorkspace: await readdir(dir) };
}

describe('a crash during writes loses no acknowledged change', () => {
  it(
    `kills a writing process at random moments, at least ${MIN_RUNS} times, and finds every acknowledged statement`,
    async () => {
      const next = rng(SEED);
      const started = Date.now();
      const results: RunResult[] = [];
      let runs = 0;
      let filesChecked = 0;
      let acknowledgedTotal = 0;
      let runsWithJournal = 0;

      const check = async (result: RunResult): Promise<void> => {
        const dir = path.join(root, `run-${result.run}`);
        const label = `run ${result.run} (start ${result.startCount} statements, killed ${result.killedAfterMs} ms after the first ack, files ${result.filesInWorkspace.join(', ')})`;
        expect(result.acknowledged.length, label).toBeGreaterThan(0);
        const sessionName = result.filesInWorkspace.find((f) => /^[0-9a-f-]{36}\.session\.json$/.test(f));
        expect(sessionName, label).toBeDefined();
        const id = sessionName!.slice(0, -SESSION_SUFFIX.length);
        if (
          result.filesInWorkspace.some(
            (f) => f !== sessionName && !f.endsWith('.tmp') && !f.startsWith('.session-desk.lock'),
          )
        )
          runsWithJournal++;

        // 1. A fresh process's view: open the workspace as the app would after the crash.
        const workspace = new Workspace(dir);
        const session = await workspace.get(id);
        const ids = new Set(session.statements.map((s) => s.id));
        const missing = result.acknowledged.filter((ack) => !ids.has(ack));
        expect(missing, `${label}: acknowledged but lost`).toEqual([]);
        expect(session.statements.length, label).toBeGreaterThanOrEqual(
          result.startCount + result.acknowledged.length,
        );
        filesChecked++;

        // 2. The file itself parses and validates on its own (what the CLI and other programs read).
        const file = path.join(dir, sessionName!);
        expect((await loadFile(file)).id, label).toBe(id);
        filesChecked++;

        // 3. The session stays writable after the crash, and a flushed file holds everything.
        const after = newStatement('Written after the crash', new Date().toISOString());
        await workspace.change(id, [{ type: 'statement.put', statement: after }]);
        await workspace.flush();
        const flushed = new Set((await loadFile(file)).statements.map((s) => s.id));
        expect(
          [...result.acknowledged, after.id].filter((ack) => !flushed.has(ack)),
          `${label}: missing from the file after flush`,
        ).toEqual([]);
        filesChecked++;
        const reopened = await new Workspace(dir).get(id);
        expect(
          reopened.statements.some((s) => s.id === after.id),
          label,
        ).toBe(true);
        await workspace.close(id);
        await workspace.release();
        acknowledgedTotal += result.acknowledged.length;
      };

      const elapsed = () => Date.now() - started;
      const more = () =>
        elapsed() < HARD_STOP_MS && (runs < MIN_RUNS || elapsed() < KEEP_GOING_MS) && runs < 400;
      const lane = async (): Promise<void> => {
        while (more()) {
          const result = await oneRun(runs++, next);
          results.push(result);
          await check(result);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, lane));

      console.log(
        `crash-kill: ${results.length} SIGKILL runs in ${Math.round(elapsed() / 1000)} s, ${filesChecked} file checks, ` +
          `${acknowledgedTotal} acknowledged statements all found, ${runsWithJournal} runs left more than the session file behind`,
      );
      expect(results.length).toBeGreaterThanOrEqual(MIN_RUNS);
      expect(filesChecked).toBe(results.length * 3);
    },
    HARD_STOP_MS + 60_000,
  );
});
