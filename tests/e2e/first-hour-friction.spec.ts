import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { useDesk } from './harness';

/** The first hour's remaining friction, acted out with the keys a rapporteur would press. */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const { app } = useDesk();

async function importSeed(page: import('@playwright/test').Page) {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  return box;
}

test('the Report tab opens on the sections the rapporteur writes; the facts stay reachable', async ({
  page,
}) => {
  await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Control+Digit1');
  await kb.type('We need **open** data standards.');
  await kb.press('Alt+KeyS');
  await kb.press('Enter');
  await page.getByRole('tab', { name: 'Report' }).click();

  const editor = page.getByRole('region', { name: 'Report editor' });
  const headings = editor.getByRole('heading', { level: 3 });
  await expect(headings.first()).toHaveText('Key takeaways');
  await expect(editor.getByRole('heading', { name: 'Key takeaways' })).toBeInViewport();
  await expect(editor.getByRole('heading', { name: 'Session facts and people' })).not.toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/32-report-opens-1024x700.png` });

  // The read-only facts are still there, at the end of the editor.
  await expect(headings.last()).toHaveText('Session facts and people');
  await editor.getByRole('heading', { name: 'Session facts and people' }).scrollIntoViewIfNeeded();
  await expect(editor.getByText('Read-only here; edit them in Setup.')).toBeVisible();
});

test('candidate lists show a statement’s words without raw Markdown marks', async ({ page }) => {
  await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Control+Digit1');
  await kb.type('We need **open** data _standards_ now.');
  await kb.press('Alt+KeyS');
  await kb.press('Enter');
  await page.getByRole('tab', { name: 'Report' }).click();
  const list = page.getByRole('list', { name: 'Key takeaways candidates' });
  await expect(list).toContainText('We need open data standards now.');
  await expect(list).not.toContainText('*');
  await expect(list).not.toContainText('_');
  // Using it keeps the Markdown in the item, so the document still shows the bold.
  await list.getByRole('button', { name: /Use as key takeaway/ }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong', { hasText: 'open' })).toBeVisible();
});
