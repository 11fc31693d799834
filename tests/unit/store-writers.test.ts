import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleWriterChild } from '../support/writerChild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../../electron/store/paths';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newSession } from '../../shared/model/factory';
import { generateSession } from '../fixtures/generate-session';
import { desk } from '../support/runCli';

/**
 * Two real processes on one workspace (the app launched twice, or the app and the CLI): one is the
 * writer, the other is refused in plain words and never acknowledges a change; when the writer dies
 * without warning its lock is stale and the other takes over. Not one acknowledged statement is lost.
 */
let root: string;
let childScript: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-writers-'));
  childScript = await bundleWriterChild(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Writer {
  child: ChildProcess;
  acked: () => string[];
  refusal: () => string | null;
  ended: Promise<void>;
}

function startWriter(dir: string, id: string, seed: number, paceMs: number): Writer {
  const child = spawn(process.execPath, [childScript, dir, id, String(seed)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PACE_MS: String(paceMs) },
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    child,
    // Only whole lines: a line cut off by the kill was not yet printed in full.
    acked: () => out.split('\n').slice(0, -1).filter(Boolean),
    refusal: () => /^refused (.*)$/m.exec(err)?.[1] ?? (err.trim() ? `stderr: ${err}` : null),
    ended,
  };
}

const until = async (condition: () => boolean, timeoutMs = 30_000): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function makeWorkspace(name: string, statements: number): Promise<{ dir: string; id: string }> {
  const dir = path.join(root, name);
  const now = new Date().toISOString();
  const session = statements
    ? { ...generateSession(statements, 7), id: newSession(now).id }
    : newSession(now);
  const creator = new Workspace(dir);
  await creator.create(session);
  await creator.release();
  return { dir, id: session.id };
}

async function allPresent(dir: string, id: string, acked: string[]): Promise<void> {
  const workspace = new Workspace(dir);
  const ids = new Set((await workspace.get(id)).statements.map((s) => s.id));
  expect(acked.filter((a) => !ids.has(a))).toEqual([]);
  await workspace.flush();
  const inFile = new Set((await loadFile(workspace.fileOf(id))).statements.map((s) => s.id));
  expect(acked.filter((a) => !inFile.has(a))).toEqual([]);
  await workspace.release();
}

describe('two processes on one workspace', () => {
  for (const [label, statements] of [
    ['small session (file rewritten)', 0],
    ['journalled session', 400],
  ] as const)
    for (const [pace, paceMs] of [
      ['at full speed', 0],
      ['at human pace', 150],
    ] as const)
      it(`${label}, ${pace}: one writes, the other is refused in plain words; nothing acknowledged is lost`, async () => {
        const { dir, id } = await makeWorkspace(`both-${statements}-${paceMs}`, statements);
        const a = startWriter(dir, id, 1, paceMs);
        const b = startWriter(dir, id, 2, paceMs);
        await until(() => (a.acked().length > 0 || b.acked().length > 0) && !!(a.refusal() || b.refusal()));
        const [writer, other] = a.acked().length > 0 ? [a, b] : [b, a];
        await until(() => writer.acked().length >= (paceMs ? 8 : 200));
        writer.child.kill('SIGKILL');
        other.child.kill('SIGKILL');
        await Promise.all([a.ended, b.ended]);

        expect(other.acked()).toEqual([]);
        expect(other.refusal()).toMatch(
          new RegExp(
            `is open in Session Desk on this computer \\(process ${writer.child.pid} since .*\\).*read-only`,
          ),
        );
        await allPresent(dir, id, writer.acked());
      });

  it('the writer is killed at random moments: the other takes its stale lock over, and nothing either acknowledged is lost', async () => {
    let takenOver = 0;
    for (let run = 0; run < 6; run++) {
      const { dir, id } = await makeWorkspace(`takeover-${run}`, run % 2 ? 400 : 0);
      const a = startWriter(dir, id, 10 + run, 0);
      const b = startWriter(dir, id, 20 + run, 0);
      await until(() => a.acked().length > 0 || b.acked().length > 0);
      const [first, second] = a.acked().length > 0 ? [a, b] : [b, a];
      await new Promise((resolve) => setTimeout(resolve, 150 + run * 60));
      first.child.kill('SIGKILL');
      await first.ended;
      await until(() => second.acked().length >= 20);
      second.child.kill('SIGKILL');
      await second.ended;
      // Refused while the first lived, writing once it was gone.
      if (/read-only/.test(second.refusal() ?? '')) takenOver++;
      else expect(second.refusal(), `run ${run}`).toBeNull();
      await allPresent(dir, id, [...first.acked(), ...second.acked()]);
    }
    expect(takenOver).toBeGreaterThanOrEqual(4);
  });

  it('the command line is refused while the app writes the workspace, and the file is left alone', async () => {
    const { dir, id } = await makeWorkspace('cli', 0);
    const app = new Workspace(dir);
    await app.get(id);
    const file = app.fileOf(id);
    const before = await readFile(file);
    const transcript = path.join(root, 'transcript.txt');
    await writeFile(transcript, '>> ANA LOPEZ: Hello, this is a turn.\n>> BEN: And another.\n');
    const refused = desk('import-transcript', file, transcript);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      new RegExp(`is open in Session Desk on this computer \\(process ${process.pid} .*nothing was imported`),
    );
    expect(await readFile(file)).toEqual(before);

    await app.release();
    const done = desk('import-transcript', file, transcript);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect((await loadFile(file)).statements).toHaveLength(2);
    // The command line gave the workspace back when it was done.
    await expect(readFile(path.join(dir, LOCK_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
