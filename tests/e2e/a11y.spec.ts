import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const { app, desk } = useDesk();

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe without serious or critical violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sessions');

    await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
    await page.getByRole('button', { name: 'Import page' }).click();
    const box = page.getByLabel('Statement', { exact: true });
    await box.fill('A point about **interoperability** with a [link](https://example.org).');
    await box.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    const tabs = await page.getByRole('tab').allInnerTexts();
    for (const name of tabs) {
      await page.getByRole('tab', { name }).click();
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
      await expectNoSeriousA11yViolations(page, `${name} tab`);
      await page.screenshot({ path: `test-results/screens/50-${scheme}-${name.toLowerCase()}.png` });
    }

    // The stage-facing presenter view, before anyone has the floor.
    await page.getByRole('tab', { name: 'Timer' }).click();
    await page.getByRole('button', { name: 'Open presenter view' }).click();
    await expect.poll(() => desk.presenter).not.toBeNull();
    await desk.presenter!.emulateMedia({ colorScheme: scheme });
    await desk.presenter!.waitForLoadState();
    await expectNoSeriousA11yViolations(desk.presenter!, 'presenter view');
    await page.bringToFront();

    await page.getByRole('button', { name: 'Versions…' }).click();
    await expect(page.getByRole('dialog', { name: 'Saved versions' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'versions dialog');
  });
}
