/**
 * Child process for tests/unit/crash-kill.test.ts: opens the workspace folder given as the first
 * argument, loads the session whose id is the second, then appends statements through the public
 * `Workspace.change` as fast as it can. After each write the store acknowledged, it prints the new
 * statement's id on its own line; the parent kills it with SIGKILL at a random moment and checks that
 * every printed id survived. An optional third argument seeds the sizes of the texts.
 *
 * For tests/unit/store-writers.test.ts (two processes on one workspace): `PACE_MS` waits that long
 * between changes (a person typing); a change refused because another process is the workspace's
 * writer prints `refused <message>` to stderr once and is tried again every 50 ms, never acknowledged.
 */
import { Workspace } from '../../electron/store/workspace';
import type { Change } from '../../shared/model/changes';
import { newStatement } from '../../shared/model/factory';
import { rng } from '../fixtures/generate-session';

const [dir, id, seedArg] = process.argv.slice(2);
if (!dir || !id) {
  process.stderr.write('usage: append-statements.ts <workspace dir> <session id> [seed]\n');
  process.exit(2);
}
const next = rng(Number(seedArg ?? 1));

const pace = Number(process.env.PACE_MS ?? 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let refused = false;

const workspace = new Workspace(dir);
await workspace.get(id);
for (let i = 0; ; i++) {
  // One to three statements per change, of varied length, so writes differ in size and batching.
  const batch = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, j) =>
    newStatement(
      `Statement ${i}.${j}: ${'words and **markdown** '.repeat(1 + Math.floor(next() * 40))}`,
      new Date().toISOString(),
    ),
  );
  const changes: Change[] = batch.map((statement) => ({ type: 'statement.put', statement }));
  if (next() < 0.1) changes.push({ type: 'facts.update', patch: { title: `Title after ${i}` } });
  try {
    await workspace.change(id, changes);
  } catch (error) {
    if ((error as { code?: string }).code !== 'read-only') throw error;
    if (!refused) process.stderr.write(`refused ${(error as Error).message}\n`);
    refused = true;
    i--;
    await sleep(50);
    continue;
  }
  // Written only after the store resolved: a printed id is a promise that it is on disk.
  // (stdout to a pipe is synchronous on Linux, so the line is in the pipe before the next write.)
  process.stdout.write(batch.map((s) => s.id).join('\n') + '\n');
  if (pace) await sleep(pace * (0.5 + next()));
}
