import { watch } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { generateSession } from '../fixtures/generate-session';

/**
 * A sync tool replaces the session file (writes its copy beside it, renames it over) at every moment
 * of the write cycle: before the background rewrite, while it runs, after it, and at quit. Their file
 * is never silently replaced, the next change is a conflict, and a reload keeps both sides' work.
 */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-sync-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (text: string) => ({
  type: 'statement.put' as const,
  statement: newStatement(text, new Date().toISOString()),
});

/** What a sync tool does: their version of the session, renamed over the file in one step. */
async function syncToolReplaces(file: string, session: Session, text: string): Promise<string> {
  const theirs = JSON.stringify({
    ...session,
    statements: [
      ...session.statements,
      {
        ...newStatement(text, new Date().toISOString()),
        updatedAt: new Date().toISOString(),
        deletedAt: null,
      },
    ],
  });
  const temp = path.join(path.dirname(file), '.sync-tool.tmp');
  await writeFile(temp, theirs);
  await rename(temp, file);
  return theirs;
}

async function open(statements: number): Promise<{ ws: Workspace; id: string; file: string; base: Session }> {
  const ws = new Workspace(dir);
  const now = new Date().toISOString();
  const start = statements ? { ...generateSession(statements, 5), id: newSession(now).id } : newSession(now);
  const base = await ws.create(start);
  return { ws, id: base.id, file: ws.fileOf(base.id), base };
}

async function expectBothAfterReload(
  ws: Workspace,
  id: string,
  ours: string[],
  theirs: string,
): Promise<void> {
  const merged = await ws.reload(id);
  const texts = new Set(merged.statements.map((s) => s.text));
  for (const text of [...ours, theirs]) expect(texts.has(text), text).toBe(true);
  await ws.flush();
  const onDisk = new Set((await loadFile(ws.fileOf(id))).statements.map((s) => s.text));
  for (const text of [...ours, theirs]) expect(onDisk.has(text), text).toBe(true);
  await ws.release();
}

describe('another program replaces the session file', () => {
  it('before the background rewrite: their file stays, the next change is a conflict, a reload keeps both', async () => {
    const { ws, id, file, base } = await open(300);
    await ws.change(id, [put('Ours, in the journal')]);
    const theirs = await syncToolReplaces(file, base, 'Theirs, from the sync tool');
    // The background rewrite (1.5 s after the last change) finds their file and leaves it.
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(await readFile(file, 'utf8')).toBe(theirs);
    await expect(ws.change(id, [put('Refused')])).rejects.toMatchObject({ code: 'conflict' });
    await expect(ws.flush()).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    await expectBothAfterReload(ws, id, ['Ours, in the journal'], 'Theirs, from the sync tool');
  });

  it('while the background rewrite runs (their rename lands as our new file is being written)', async () => {
    for (let round = 0; round < 5; round++) {
      const { ws, id, file, base } = await open(2_000);
      for (let i = 0; i < 5; i++) await ws.change(id, [put(`Ours ${i}`)]);
      // The moment our temp file appears beside the session file, the sync tool renames theirs over it.
      let theirs: Promise<string> | null = null;
      const watcher = watch(dir, (_event, name) => {
        if (!theirs && name?.endsWith('.tmp') && !name.startsWith('.sync-tool'))
          theirs = syncToolReplaces(file, base, `Theirs ${round}`);
      });
      const flushed = ws.flush().then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );
      const outcome = await flushed;
      watcher.close();
      expect(theirs, `round ${round}: the watcher saw the rewrite`).not.toBeNull();
      const theirText = await theirs!;
      // Either their rename landed before ours was checked (a conflict, their file kept) or after our
      // rename (their file is the one on disk); both ways the next change is refused, not written.
      if (outcome === 'conflict') expect(await readFile(file, 'utf8')).toBe(theirText);
      expect(await readFile(file, 'utf8')).toBe(theirText);
      await expect(ws.change(id, [put('Refused')])).rejects.toMatchObject({ code: 'conflict' });
      await expectBothAfterReload(
        ws,
        id,
        Array.from({ length: 5 }, (_, i) => `Ours ${i}`),
        `Theirs ${round}`,
      );
      await rm(path.join(dir, '.history'), { recursive: true, force: true });
      await rm(file, { force: true });
    }
  });

  it('after the background rewrite: the next change (journal or whole file) is a conflict', async () => {
    for (const statements of [0, 300]) {
      const { ws, id, file, base } = await open(statements);
      await ws.change(id, [put('Ours, written')]);
      await ws.flush();
      const theirs = await syncToolReplaces(
        file,
        { ...base, statements: (await loadFile(file)).statements },
        'Theirs after',
      );
      await expect(ws.change(id, [put('Refused')])).rejects.toMatchObject({ code: 'conflict' });
      expect(await readFile(file, 'utf8')).toBe(theirs);
      await expectBothAfterReload(ws, id, ['Ours, written'], 'Theirs after');
      await rm(file, { force: true });
    }
  });

  it('at quit: the flush refuses to overwrite, and the next start merges the journal onto their file', async () => {
    const { ws, id, file, base } = await open(300);
    await ws.change(id, [put('Ours, at quit')]);
    const theirs = await syncToolReplaces(file, base, 'Theirs at quit');
    await expect(ws.release()).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    // The next start: their file with this app's acknowledged change replayed on top.
    const next = new Workspace(dir);
    const texts = new Set((await next.get(id)).statements.map((s) => s.text));
    expect(texts.has('Ours, at quit')).toBe(true);
    expect(texts.has('Theirs at quit')).toBe(true);
    await next.release();
  });

  it('a reload re-creates records their file lacks, so a journal naming them never makes the session unopenable', async () => {
    const { ws, id, file, base } = await open(300);
    const { updatedAt: _u, deletedAt: _d, ...speaker } = newPerson('Only here', 99, new Date().toISOString());
    await ws.change(id, [{ type: 'person.put', person: speaker }]);
    await ws.flush();
    const said = newStatement('Said by a person their file lacks', new Date().toISOString());
    await ws.change(id, [{ type: 'statement.put', statement: { ...said, speakerId: speaker.id } }]);
    // Their copy is from before the person existed.
    await syncToolReplaces(file, base, 'Theirs without the person');
    const merged = await ws.reload(id);
    expect(merged.statements.find((s) => s.id === said.id)?.speakerId).toBe(speaker.id);
    expect(merged.people.some((p) => p.id === speaker.id)).toBe(true);
    // And this app's copy before the reload is kept as a version.
    expect((await ws.history.list(id)).some((v) => v.reason.includes('before loading a changed file'))).toBe(
      true,
    );
    await ws.release();
  });
});
