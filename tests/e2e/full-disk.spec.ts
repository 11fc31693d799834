import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFile } from '../../electron/store/workspace';
import { attachDesk, serveRenderer, type Desk } from './harness';

/**
 * The renderer's side of a full disk, on a real 1 MB tmpfs mounted over the test's workspace: the
 * user is told at once, the statement stays on screen, and the app saves it by itself once there is
 * room again. Mounting needs root (CI has it); elsewhere the test is skipped and says why.
 */
const canMount = process.platform === 'linux' && process.getuid?.() === 0;

let app: Awaited<ReturnType<typeof serveRenderer>>;
let desk: Desk;
let mounted = false;

test.beforeAll(async () => {
  app = await serveRenderer();
});
test.afterAll(async () => {
  await app.close();
});
test.beforeEach(async ({ page }) => {
  test.skip(!canMount, 'needs root to mount a tmpfs as a full disk; runs in CI');
  desk = await attachDesk(page, app.url);
  await mkdir(desk.workspace, { recursive: true });
  mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', desk.workspace]).status === 0;
  test.skip(!mounted, 'mount refused on this machine');
});
test.afterEach(async () => {
  if (mounted) spawnSync('umount', [desk.workspace]);
  await desk?.cleanup();
});

async function fill(file: string): Promise<void> {
  for (let size = 1 << 20; size >= 1; size >>= 1)
    for (;;) {
      try {
        await writeFile(file, Buffer.alloc(size), { flag: 'a' });
      } catch {
        break;
      }
    }
}

test('a full disk is reported at once; the statement stays and is saved by itself when room returns', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Title').fill('Full disk');
  await page.getByRole('button', { name: 'Create session' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();

  const filler = path.join(desk.workspace, 'filler.bin');
  await fill(filler);
  await box.fill('Said while the disk was full');
  await box.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'the disk is full' })).toBeVisible();
  await expect(page.getByText('Said while the disk was full')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/42-disk-full.png' });

  await rm(filler);
  // No click: the app retries on its own.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 15_000,
  });
  const [name] = (await import('node:fs'))
    .readdirSync(desk.workspace)
    .filter((f) => f.endsWith('.session.json'));
  const session = await loadFile(path.join(desk.workspace, name!));
  expect(session.statements.map((s) => s.text)).toEqual(['Said while the disk was full']);
});
