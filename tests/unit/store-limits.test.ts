import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newSession, newStatement } from '../../shared/model/factory';
import { MAX_TEXT_CHARS } from '../../shared/model/limits';
import { desk } from '../support/runCli';

/** What the app accepts it can open again: limits where changes come in, and big imports in linear time. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-limits-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('limits where changes are accepted', () => {
  it('refuses a 2,000,000-character statement with the size and the limit, and writes nothing', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(newSession(new Date().toISOString(), 'Limits'));
    const huge = newStatement('x'.repeat(2_000_000), new Date().toISOString());
    await expect(ws.change(session.id, [{ type: 'statement.put', statement: huge }])).rejects.toMatchObject({
      code: 'invalid-request',
      message: `This statement is 2,000,000 characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en-US')}. Split it into several, or shorten it.`,
    });
    const fits = newStatement('y'.repeat(MAX_TEXT_CHARS), new Date().toISOString());
    await ws.change(session.id, [{ type: 'statement.put', statement: fits }]);
    await ws.release();
    expect((await loadFile(ws.fileOf(session.id))).statements).toHaveLength(1);
  });

  it('a 20,000-turn transcript through the command line: every turn saved, and the file opens', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(newSession(new Date().toISOString(), 'Long transcript'));
    await ws.release();
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++)
      lines.push(`>> SPEAKER ${i % 7}: Turn number ${i} of a very long day.`, '');
    const transcript = path.join(dir, 'long.txt');
    await writeFile(transcript, lines.join('\n'));
    const result = desk('import-transcript', ws.fileOf(session.id), transcript);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const saved = await new Workspace(dir).get(session.id);
    expect(saved.statements).toHaveLength(20_000);
    expect(new Set(saved.statements.map((s) => s.text)).size).toBe(20_000);
  }, 120_000);
});
