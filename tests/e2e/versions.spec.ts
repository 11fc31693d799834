import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFile } from '../../electron/store/workspace';
import { useDesk } from './harness';

const { app, desk } = useDesk();

test('a large change leaves a version behind, and restoring it brings the session back', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Title').fill('Versions test');
  await page.getByRole('button', { name: 'Create session' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await box.fill('Kept before the import');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  const [file] = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  const id = file!.replace('.session.json', '');
  // A batch as large as an import: the store keeps a version of the session before applying it.
  await page.evaluate(async (sessionId) => {
    const at = new Date().toISOString();
    const changes = Array.from({ length: 25 }, (_, i) => ({
      type: 'statement.put',
      statement: { id: crypto.randomUUID(), text: `Imported ${i}`, at },
    }));
    const result = await window.desk.changeSession({ id: sessionId, changes } as never);
    if (!result.ok) throw new Error(result.error.message);
  }, id);
  expect((await loadFile(path.join(desk.workspace, file!))).statements).toHaveLength(26);

  await page.getByRole('button', { name: 'Versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved versions' });
  await expect(dialog.getByRole('cell', { name: 'before a large change' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/40-versions.png' });
  page.once('dialog', (d) => void d.accept());
  await dialog.getByRole('button', { name: /^Restore the version of/ }).click();

  await expect(page.getByRole('status').filter({ hasText: 'saved version was restored' })).toBeVisible();
  await expect(page.getByText('Kept before the import')).toBeVisible();
  await expect(page.getByText('Imported 3')).toHaveCount(0);
  const restored = await loadFile(path.join(desk.workspace, file!));
  expect(restored.statements.map((s) => s.text)).toEqual(['Kept before the import']);
});
