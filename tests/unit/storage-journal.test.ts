import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SUFFIX } from '../../electron/store/journal';
import { sessionChunks, serializeSession } from '../../electron/store/sessionFile';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newId, newStatement } from '../../shared/model/factory';
import { SCHEMA_VERSION, SessionSchema } from '../../shared/model/session';
import { generateSession } from '../fixtures/generate-session';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const add = (text: string) => ({
  type: 'statement.put' as const,
  statement: newStatement(text, new Date().toISOString()),
});

/** A session large enough that changes go to the journal instead of rewriting the file. */
async function largeSession(ws: Workspace) {
  return ws.create(generateSession(300, 7));
}

describe('the journal of a large session', () => {
  it('edits its own copy in place yet never changes a copy it handed out', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    await ws.change(id, [add('first')]);
    const held = await ws.get(id);
    const frozen = JSON.parse(JSON.stringify(held)) as typeof held;
    const target = held.statements[5]!;
    await ws.change(id, [add('second')]);
    await ws.change(id, [{ type: 'statement.put', statement: { ...target, text: 'Edited later' } }]);
    await ws.change(id, [{ type: 'statement.delete', id: held.statements[6]!.id }]);
    // A refused change (unknown speaker) after edits made in place leaves no trace.
    await expect(
      ws.change(id, [
        add('refused'),
        { type: 'statement.put', statement: { ...target, speakerId: newId() } },
      ]),
    ).rejects.toThrow(/does not exist/);
    expect(held).toEqual(frozen);
    const now = await ws.get(id);
    expect(now.statements).toHaveLength(frozen.statements.length + 1);
    expect(now.statements.find((s) => s.id === target.id)!.text).toBe('Edited later');
    expect(now.statements.some((s) => s.text === 'refused')).toBe(false);
    await ws.release();
    const reopened = await new Workspace(dir).get(id);
    expect(reopened.statements.map((s) => [s.id, s.text, s.deletedAt !== null])).toEqual(
      now.statements.map((s) => [s.id, s.text, s.deletedAt !== null]),
    );
  });

  it('makes each change durable without rewriting the file, and a reopen replays it', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    const file = ws.fileOf(id);
    const before = await readFile(file, 'utf8');
    await ws.change(id, [add('after the snapshot')]);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readFile(file + JOURNAL_SUFFIX, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);

    // As after a crash: a new process opens the folder without the first one having flushed.
    const reopened = await new Workspace(dir).get(id);
    expect(reopened.statements.at(-1)!.text).toBe('after the snapshot');
    // Opening folds the journal into the file.
    expect(SessionSchema.parse(JSON.parse(await readFile(file, 'utf8'))).statements).toHaveLength(301);
    expect((await readdir(dir)).filter((f) => !f.startsWith('.session-desk.lock'))).toEqual([
      `${id}.session.json`,
    ]);
  });

  it('rewrites the file in the background and on flush, then drops the journal', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    for (let i = 0; i < 5; i++) await ws.change(id, [add(`s${i}`)]);
    await ws.flush();
    const onDisk = SessionSchema.parse(JSON.parse(await readFile(ws.fileOf(id), 'utf8')));
    expect(onDisk.statements.slice(-5).map((s) => s.text)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect((await readdir(dir)).filter((f) => f.includes('journal'))).toEqual([]);
    await ws.change(id, [add('after flush')]);
    expect((await new Workspace(dir).get(id)).statements.at(-1)!.text).toBe('after flush');
  });

  it('serializes a large session in bounded pieces that add up to the whole file', async () => {
    const session = generateSession(5_000, 3);
    const chunks: string[] = [];
    for await (const chunk of sessionChunks(session, { chunkChars: 64 * 1024 })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(10);
    // A piece ends after the record that took it past the bound: never much more than the bound.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 * 1024 + 4096);
    const whole = chunks.join('');
    expect(whole).toBe(await serializeSession(session));
    expect(JSON.parse(whole)).toEqual(JSON.parse(JSON.stringify(session)));
  });

  it('goes on acknowledging changes while the background rewrite streams the file, and keeps them all', async () => {
    const ws = new Workspace(dir);
    const { id } = await ws.create(generateSession(5_000, 9));
    await ws.change(id, [add('before the rewrite')]);
    const flushed = ws.flush();
    const during: string[] = [];
    for (let i = 0; i < 20; i++) {
      await ws.change(id, [add(`during ${i}`)]);
      during.push(`during ${i}`);
    }
    await flushed;
    await ws.flush();
    const texts = new Set((await loadFile(ws.fileOf(id))).statements.map((s) => s.text));
    for (const text of ['before the rewrite', ...during]) expect(texts.has(text), text).toBe(true);
    expect((await readdir(dir)).filter((f) => f.includes('journal') || f.endsWith('.tmp'))).toEqual([]);
    await ws.release();
  });

  it('ignores a last line cut short by a crash: it was never acknowledged', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    await ws.change(id, [add('acknowledged')]);
    await appendFile(ws.fileOf(id) + JOURNAL_SUFFIX, '{"at":"2026-01-01T00:00:00.000Z","chan');
    const session = await loadFile(ws.fileOf(id));
    expect(session.statements.at(-1)!.text).toBe('acknowledged');
  });

  it('reports a journal damaged before its end and touches nothing', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    await ws.change(id, [add('one')]);
    const journal = ws.fileOf(id) + JOURNAL_SUFFIX;
    const text = 'garbage\n' + (await readFile(journal, 'utf8'));
    await writeFile(journal, text);
    const snapshot = await readFile(ws.fileOf(id), 'utf8');
    await expect(new Workspace(dir).get(id)).rejects.toMatchObject({
      code: 'damaged-file',
      message: expect.stringMatching(/journal is damaged at line 1/),
    });
    const { damaged } = await new Workspace(dir).list();
    expect(damaged[0]!.message).toMatch(/damaged at line 1/);
    expect(await readFile(journal, 'utf8')).toBe(text);
    expect(await readFile(ws.fileOf(id), 'utf8')).toBe(snapshot);
  });
});

describe('version history', () => {
  it('saves a version before a bulk change and restores it, keeping the current state as a version', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    const ids = (await ws.get(id)).statements.slice(0, 6).map((s) => s.id);
    await ws.change(
      id,
      ids.map((sid) => ({ type: 'statement.delete' as const, id: sid })),
    );
    const versions = await ws.history.list(id);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.reason).toBe('before a large change');

    const restored = await ws.restore(id, versions[0]!.version);
    expect(restored.statements.filter((s) => s.deletedAt === null)).toHaveLength(300);
    expect((await ws.history.list(id)).map((v) => v.reason)).toContain('before restoring a version');
    expect((await new Workspace(dir).get(id)).statements.filter((s) => s.deletedAt === null)).toHaveLength(
      300,
    );
  });

  it('refuses version names that are not its own', async () => {
    const ws = new Workspace(dir);
    const { id } = await largeSession(ws);
    for (const bad of ['../../etc/passwd', 'x.session.json', `${id}.session.json`])
      await expect(ws.restore(id, bad)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('keeps the original of a migrated file as a version before writing the new format', async () => {
    const raw = JSON.parse(await readFile('tests/fixtures/sessions/v1-ws260.session.json', 'utf8'));
    const file = path.join(dir, `${raw.id}.session.json`);
    await copyFile('tests/fixtures/sessions/v1-ws260.session.json', file);
    const ws = new Workspace(dir);
    const session = await ws.get(raw.id);
    expect(session.schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    const [version] = await ws.history.list(raw.id);
    expect(version!.reason).toBe('format 1 before migration');
    expect(
      JSON.parse(await readFile(path.join(dir, '.history', raw.id, version!.version), 'utf8')).schemaVersion,
    ).toBe(1);
    expect((await stat(file)).size).toBeGreaterThan(0);
    expect(newId()).not.toBe(raw.id);
  });
});
