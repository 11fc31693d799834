import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/store/workspace';
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
});
