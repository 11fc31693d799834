import { chmod, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/store/atomicJsonFile';
import { MAX_SESSION_BYTES, Workspace } from '../../electron/store/workspace';
import { DeskError } from '../../shared/errors';
import { newId, newSession } from '../../shared/model/factory';
import { SCHEMA_VERSION, SessionSchema } from '../../shared/model/session';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-store-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const now = () => new Date().toISOString();
const statement = (text: string) => ({
  type: 'statement.put' as const,
  statement: { id: newId(), text, at: now() },
});

describe('atomic write', () => {
  it('replaces the file whole and leaves no temp file behind', async () => {
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('writes text given in pieces as each piece comes, and the file appears only whole', async () => {
    const file = path.join(dir, 'big.json');
    await writeFileAtomic(file, 'old');
    const seen: string[] = [];
    async function* pieces() {
      for (let i = 0; i < 4; i++) {
        // Before each next piece: the temp file already holds every earlier one, the file is still old.
        const temp = (await readdir(dir)).find((name) => name.endsWith('.tmp'));
        seen.push(temp ? await readFile(path.join(dir, temp), 'utf8') : '(no temp file)');
        expect(await readFile(file, 'utf8')).toBe('old');
        yield `piece ${i};`;
      }
    }
    await writeFileAtomic(file, pieces());
    expect(seen).toEqual(['', 'piece 0;', 'piece 0;piece 1;', 'piece 0;piece 1;piece 2;']);
    expect(await readFile(file, 'utf8')).toBe('piece 0;piece 1;piece 2;piece 3;');
    expect(await readdir(dir)).toEqual(['big.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

describe('workspace', () => {
  it('creates, changes and reloads a session from disk', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(newSession(now(), 'Kyoto'));
    await ws.change(session.id, [statement('one'), statement('two')]);
    const file = path.join(dir, `${session.id}.session.json`);
    const onDisk = SessionSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(onDisk.statements.map((s) => s.text)).toEqual(['one', 'two']);

    const reopened = new Workspace(dir);
    expect((await reopened.get(session.id)).statements).toHaveLength(2);
    const { sessions, damaged } = await reopened.list();
    expect(damaged).toEqual([]);
    expect(sessions).toMatchObject([{ id: session.id, title: 'Kyoto', statementCount: 2 }]);
  });

  it('lists from a remembered summary until a file changes, then reads it again', async () => {
    const ws = new Workspace(dir);
    const { id } = await new Workspace(dir).create(newSession(now(), 'First title'));
    const file = path.join(dir, `${id}.session.json`);
    // Whole seconds, so that setting the same time again is exact.
    const when = 1_700_000_000;
    await utimes(file, when, when);
    expect((await ws.list()).sessions.map((s) => s.title)).toEqual(['First title']);

    // Same size and times, other bytes: the list does not read the file again.
    const original = await readFile(file, 'utf8');
    await writeFile(file, 'x'.repeat(Buffer.byteLength(original)));
    await utimes(file, when, when);
    expect((await ws.list()).sessions.map((s) => s.title)).toEqual(['First title']);

    // A real change (another program renames the session) is seen at once.
    const renamed = JSON.parse(original);
    renamed.facts.title = 'Renamed elsewhere';
    await writeFile(file, JSON.stringify(renamed));
    expect((await ws.list()).sessions.map((s) => s.title)).toEqual(['Renamed elsewhere']);
    await writeFile(file, '{"truncated');
    expect((await ws.list()).damaged.map((d) => d.file)).toEqual([`${id}.session.json`]);
  });

  it('writes changes in the order they were made, even when issued together', async () => {
    const ws = new Workspace(dir);
    const { id } = await ws.create(newSession(now()));
    await Promise.all(Array.from({ length: 20 }, (_, i) => ws.change(id, [statement(`s${i}`)])));
    const onDisk = JSON.parse(await readFile(ws.fileOf(id), 'utf8'));
    expect(onDisk.statements.map((s: { text: string }) => s.text)).toEqual(
      Array.from({ length: 20 }, (_, i) => `s${i}`),
    );
  });

  it('refuses ids that are not UUIDs, so no path can leave the folder', async () => {
    const ws = new Workspace(dir);
    for (const id of ['../../etc/passwd', 'a/b', '', 'x'.repeat(500)])
      await expect(ws.get(id)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  const damagedCases: Array<[string, string, RegExp]> = [
    ['truncated', '{"schemaVersion": 1, "id": "abc', /is not valid JSON/],
    ['not JSON', 'hello world', /is not valid JSON/],
    ['wrong schema', JSON.stringify({ schemaVersion: 1, id: 'nope' }), /is not a valid session: id/],
    ['newer version', JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }), /newer version of Session Desk/],
    ['an array', '[]', /not a session/],
  ];
  for (const [label, content, message] of damagedCases) {
    it(`reports a ${label} file, leaves it untouched and keeps the rest usable`, async () => {
      const ws = new Workspace(dir);
      const good = await ws.create(newSession(now(), 'Good one'));
      const id = newId();
      const file = path.join(dir, `${id}.session.json`);
      await writeFile(file, content);
      const before = await stat(file);

      const { sessions, damaged } = await new Workspace(dir).list();
      expect(sessions.map((s) => s.id)).toEqual([good.id]);
      expect(damaged).toHaveLength(1);
      expect(damaged[0]!.message).toMatch(message);
      expect(damaged[0]!.message).toContain(`${id}.session.json`);

      await expect(ws.get(id)).rejects.toBeInstanceOf(DeskError);
      await expect(ws.change(id, [statement('x')])).rejects.toBeInstanceOf(DeskError);
      expect(await readFile(file, 'utf8')).toBe(content);
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
      await ws.change(good.id, [statement('still works')]);
    });
  }

  it('refuses a 200 MB file without reading it, and leaves it and the rest of the workspace alone', async () => {
    const id = newId();
    const file = path.join(dir, `${id}.session.json`);
    const handle = await (await import('node:fs/promises')).open(file, 'w');
    // Sparse: 200 MB on paper, nothing on disk.
    await handle.truncate(200 * 1024 * 1024);
    expect(200 * 1024 * 1024).toBeGreaterThan(MAX_SESSION_BYTES);
    await handle.close();
    await expect(new Workspace(dir).get(id)).rejects.toThrow(/is 200 MB, larger than any session/);
    const ws = new Workspace(dir);
    const good = await ws.create(newSession(now(), 'Still usable'));
    const { sessions, damaged } = await ws.list();
    expect(sessions.map((s) => s.id)).toEqual([good.id]);
    expect(damaged[0]!.message).toMatch(/200 MB/);
    expect((await stat(file)).size).toBe(200 * 1024 * 1024);
  });

  it('notices a file changed by another program and does not overwrite it', async () => {
    const ws = new Workspace(dir);
    const { id } = await ws.create(newSession(now()));
    await ws.change(id, [statement('mine')]);
    const file = ws.fileOf(id);
    const theirs = JSON.parse(await readFile(file, 'utf8'));
    theirs.facts.title = 'Edited elsewhere';
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(file, JSON.stringify(theirs));
    await expect(ws.change(id, [statement('lost?')])).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(file, 'utf8')).facts.title).toBe('Edited elsewhere');
  });

  it('keeps memory consistent and reports clearly when the folder is not writable', async () => {
    if (process.getuid?.() === 0) {
      // Root ignores permission bits; remove the folder instead so the rename must fail.
      const ws = new Workspace(dir);
      const { id } = await ws.create(newSession(now()));
      await rm(dir, { recursive: true });
      await expect(ws.change(id, [statement('x')])).rejects.toMatchObject({ code: 'conflict' });
      return;
    }
    const ws = new Workspace(dir);
    const { id } = await ws.create(newSession(now()));
    await chmod(dir, 0o555);
    await expect(ws.change(id, [statement('x')])).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/not writable/),
    });
    expect((await ws.get(id)).statements).toHaveLength(0);
    await chmod(dir, 0o755);
    await ws.change(id, [statement('x')]);
    expect((await ws.get(id)).statements).toHaveLength(1);
  });
});
