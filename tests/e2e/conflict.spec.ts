import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFile } from '../../electron/store/workspace';
import { newStatement } from '../../shared/model/factory';
import { useDesk } from './harness';

const { app, desk } = useDesk();

test('a file changed by another program is not overwritten; the user reloads it and keeps both sides', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Title').fill('Conflict test');
  await page.getByRole('button', { name: 'Create session' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await box.fill('Mine, saved before');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Another program (a sync tool, a second laptop) rewrites the file.
  const [name] = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  const file = path.join(desk.workspace, name!);
  const theirs = JSON.parse(await readFile(file, 'utf8'));
  theirs.facts.title = 'Renamed elsewhere';
  theirs.statements.push(newStatement('Theirs, added elsewhere', new Date().toISOString()));
  await new Promise((r) => setTimeout(r, 50));
  await writeFile(file, JSON.stringify(theirs));
  const written = await readFile(file, 'utf8');

  await box.fill('Mine, typed after');
  await box.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'another program changed' });
  await expect(alert).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/41-conflict.png' });
  // Nothing was written over their file.
  expect(await readFile(file, 'utf8')).toBe(written);

  await alert.getByRole('button', { name: 'Load their version and re-apply my changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Renamed elsewhere');
  await expect(page.getByText('Theirs, added elsewhere')).toBeVisible();
  await expect(page.getByText('Mine, typed after')).toBeVisible();

  const merged = await loadFile(file);
  expect(merged.facts.title).toBe('Renamed elsewhere');
  expect(merged.statements.map((s) => s.text).sort()).toEqual(
    ['Mine, saved before', 'Mine, typed after', 'Theirs, added elsewhere'].sort(),
  );
});
