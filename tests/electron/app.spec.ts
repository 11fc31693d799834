import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real app through Electron. It needs the Electron binary, which `npx install-electron` fetches
 * on a machine with internet access; where it is absent the test is skipped and says why.
 */
function electronBinary(): string | null {
  // Read what `install-electron` records instead of requiring `electron`, which would start a download.
  const pkg = path.resolve('node_modules/electron');
  try {
    const bin = path.join(pkg, 'dist', readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the packaged app opens its window with a locked-down renderer', async () => {
  test.skip(
    !binary,
    'Electron binary not installed here (no download possible): run `npx install-electron` where the internet is reachable.',
  );
  const app = await electron.launch({ executablePath: binary!, args: ['.'] });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(
    await window.evaluate(() => Object.keys((window as unknown as { desk: object }).desk).length),
  ).toBeGreaterThan(5);
  // Sandboxed, isolated and without Node: the page sees neither `process` nor `require`.
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  await app.close();
});
