import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newSession, newStatement } from '../../shared/model/factory';
import { generateSession } from '../fixtures/generate-session';

/**
 * A real full disk: a 2 MB tmpfs mounted for the test. Mounting needs root, which CI has; elsewhere
 * the test is skipped and says why (storage.test.ts covers the read-only folder for normal users).
 */
const mountPoint = mkdtempSync(path.join(tmpdir(), 'desk-tinyfs-'));
const mounted =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]).status === 0;

afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  rmdirSync(mountPoint);
});

const filler = path.join(mountPoint, 'filler.bin');
async function fillDisk(): Promise<void> {
  // Write in shrinking chunks until not one more byte fits.
  for (let size = 1 << 20; size >= 1; size >>= 1) {
    for (;;) {
      try {
        await writeFile(filler, Buffer.alloc(size), { flag: 'a' });
      } catch {
        break;
      }
    }
  }
}

describe.skipIf(!mounted)('a full disk (2 MB tmpfs; needs root to mount)', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(mountPoint, 'workspace');
    mkdirSync(dir);
  });

  for (const [label, make] of [
    ['small session (file rewritten)', () => newSession(new Date().toISOString(), 'Small')],
    ['large session (journal)', () => generateSession(300, 3)],
  ] as const) {
    it(`${label}: says the disk is full, keeps memory and file intact, succeeds on retry`, async () => {
      const ws = new Workspace(dir);
      const session = await ws.create(make());
      const file = ws.fileOf(session.id);
      const before = await readFile(file, 'utf8');
      await fillDisk();

      const change = {
        type: 'statement.put' as const,
        statement: newStatement('Typed on a full disk', new Date().toISOString()),
      };
      await expect(ws.change(session.id, [change])).rejects.toMatchObject({
        code: 'write-failed',
        message: expect.stringMatching(/the disk is full/),
      });
      expect((await ws.get(session.id)).statements.some((s) => s.text === 'Typed on a full disk')).toBe(
        false,
      );
      expect(await readFile(file, 'utf8')).toBe(before);

      await rm(filler);
      await ws.change(session.id, [change]);
      await ws.flush();
      const reloaded = await new Workspace(dir).get(session.id);
      expect(reloaded.statements.filter((s) => s.text === 'Typed on a full disk')).toHaveLength(1);
      await ws.close(session.id);
    });
  }

  const big = (label: string) => ({
    type: 'statement.put' as const,
    statement: newStatement(
      `${label} ${'words of a long statement '.repeat(1_200)}`,
      new Date().toISOString(),
    ),
  });

  it('a journal write cut short by the full disk is not acknowledged, is cut off, and every acknowledged change opens after a restart', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(generateSession(300, 11));
    const acknowledged: string[] = [];
    await ws.change(session.id, [big('Before the disk filled')]);
    acknowledged.push('Before the disk filled');
    await fillDisk();
    // Free a little: the next ~30 KB line fits only in part, so its write is short.
    await truncate(filler, (await stat(filler)).size - 9_000);
    let refused = 0;
    for (let i = 0; i < 6; i++) {
      try {
        await ws.change(session.id, [big(`Attempt ${i}`)]);
        acknowledged.push(`Attempt ${i}`);
      } catch (error) {
        expect(error).toMatchObject({ code: 'write-failed', message: expect.stringMatching(/disk is full/) });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    await rm(filler);
    // Room is back: capture goes on, in the same journal.
    await ws.change(session.id, [big('After room came back')]);
    acknowledged.push('After room came back');
    // A restart (a new store reading the same files, as after a crash): it opens with every one.
    const restarted = new Workspace(dir);
    await ws.forget(session.id);
    const texts = (await restarted.get(session.id)).statements.map((s) => s.text.split(' words')[0]);
    for (const text of acknowledged) expect(texts, text).toContain(text);
    expect(texts.filter((t) => t?.startsWith('Attempt')).length).toBe(acknowledged.length - 2);
    await restarted.close(session.id);
  });

  it('the disk fills during the background rewrite: nothing is lost, and the rewrite finishes by itself once there is room', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(generateSession(300, 12));
    const file = ws.fileOf(session.id);
    for (let i = 0; i < 3; i++) await ws.change(session.id, [big(`Logged ${i}`)]);
    const before = await readFile(file, 'utf8');
    await fillDisk();
    await ws.flush(); // the rewrite fails for want of room; the journal keeps every change
    expect(await readFile(file, 'utf8')).toBe(before);
    const meanwhile = new Workspace(dir);
    const seen = (await meanwhile.peek(session.id)).statements.map((s) => s.text.split(' words')[0]);
    for (let i = 0; i < 3; i++) expect(seen).toContain(`Logged ${i}`);
    await rm(filler);
    // The retry (every 5 s) rewrites the file without anyone asking.
    await expect
      .poll(async () => (await readFile(file, 'utf8')).includes('Logged 2'), {
        timeout: 15_000,
        interval: 250,
      })
      .toBe(true);
    const texts = (await loadFile(file)).statements.map((s) => s.text.split(' words')[0]);
    for (let i = 0; i < 3; i++) expect(texts).toContain(`Logged ${i}`);
    await ws.close(session.id);
  }, 30_000);

  it('a bulk change that cannot first be saved as a version is refused, with the reason, and nothing changes', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(generateSession(300, 13));
    await fillDisk();
    const deletes = session.statements
      .slice(0, 6)
      .map((s) => ({ type: 'statement.delete' as const, id: s.id }));
    await expect(ws.change(session.id, deletes)).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(
        /could not be saved in its versions first \(the disk is full\).*not made/,
      ),
    });
    expect((await ws.get(session.id)).statements.filter((s) => s.deletedAt).length).toBe(
      session.statements.filter((s) => s.deletedAt).length,
    );
    await rm(filler);
    await ws.change(session.id, deletes);
    expect((await ws.history.list(session.id)).length).toBeGreaterThan(0);
    await ws.close(session.id);
  });
});
