import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { useDesk } from './harness';
const { app } = useDesk();
/** The help closes by Escape or Close and opens again at once, by F1 or Ctrl+/, each time. */
test('the keyboard help opens again right after it closes, by either key, every time', async ({ page }) => {
  await page.goto(app.url);
  await page
    .getByLabel('Paste the text of the IGF session page')
    .fill(await readFile(path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (let round = 0; round < 5; round++) {
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(box).toBeFocused();
    await page.keyboard.press('Control+/');
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: /Close/ }).click();
    await expect(help).toBeHidden();
    await expect(box).toBeFocused();
  }
});
