import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/store/workspace';
import { generateSession } from '../fixtures/generate-session';

/**
 * Whether another running copy of the app writes a folder, asked without becoming its writer: what
 * the session list and an open session show (Workspace.heldElsewhere). The other copy is a real process.
 */
const root = mkdtempSync(path.join(tmpdir(), 'desk-held-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function otherCopy(dir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/support/holdFolder.ts'), dir, path.join(root, 'other-state')],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const held = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => String(d).startsWith('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the other copy stopped (${code})`)));
  });
  const quit = () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.stdin.end();
    });
  return { child, held, quit };
}

describe('a folder another copy of the app holds', () => {
  it('is said to be read-only, by folder and holder, without this process taking the lock, and no longer once it quits', async () => {
    const dir = path.join(root, 'usb stick');
    const here = new Workspace(dir, undefined, { stateDir: path.join(root, 'state'), place: 'folder' });
    expect(await here.heldElsewhere()).toBeNull();
    // Asking never makes this process the folder's writer.
    expect(existsSync(path.join(dir, '.session-desk.lock'))).toBe(false);

    const other = otherCopy(dir);
    await other.held;
    try {
      const why = await here.heldElsewhere();
      expect(why).toContain(
        `The folder ${dir} is open in Session Desk on this computer (process ${other.child.pid} `,
      );
      expect(why).toContain('it is open here read-only');
      // Refused when it tries to write, with the same words.
      await expect(here.create(generateSession(1))).rejects.toThrow(why!);
      expect(here.readOnly).toBe(why);
    } finally {
      await other.quit();
    }
    expect(await here.heldElsewhere()).toBeNull();
  }, 30_000);
});
