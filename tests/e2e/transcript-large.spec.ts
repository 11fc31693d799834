import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFile } from '../../electron/store/sessionFile';
import { MAX_CHANGES_PER_CALL } from '../../shared/model/limits';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const TURNS = 20_000;

const { app, desk } = useDesk();

/** A RAW transcript of a very long day: seven speakers taking turns, each turn's text its own. */
function longTranscript(turns: number): string {
  const lines: string[] = [];
  for (let i = 0; i < turns; i++) lines.push(`>> SPEAKER ${i % 7}: Turn number ${i} of a very long day.`, '');
  return lines.join('\n');
}

test('a 20,000-turn transcript opened in the UI: saved in parts with a count, the screen usable meanwhile, every turn on disk, the session reopens', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(TURNS).toBeGreaterThan(MAX_CHANGES_PER_CALL);
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();

  await page.keyboard.press('Alt+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Or open a text file').setInputFiles({
    name: 'day-9-raw.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(longTranscript(TURNS)),
  });
  // A megabyte is not laid out in the text box (that froze the window); the dialog says what is open.
  await expect(dialog.getByRole('note').filter({ hasText: 'day-9-raw.txt' })).toContainText(
    'too long to show here',
  );
  await expect(dialog.getByLabel('Transcript text')).toHaveCount(0);
  await expect(dialog.getByRole('heading', { level: 3 })).toContainText(
    'Found 20,000 turns by 7 named speakers',
  );
  await page.screenshot({ path: `${SHOTS}/transcript-20000-preview.png` });
  await dialog.getByRole('button', { name: 'Import 20,000 turns' }).click();
  await expect(dialog).toBeHidden();

  // The save goes in parts under the per-call cap, and the indicator counts them.
  const progress = page.getByRole('status').filter({ hasText: /^Saving [\d,]+ of 20,007 changes…$/ });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/transcript-20000-saving.png` });
  // Meanwhile the screen answers: a statement typed now shows at once and is saved after the import.
  await box.fill('Typed while the import was saving');
  await page.keyboard.press('Enter');
  await expect(page.getByText('20,001 statements')).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 180_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Every turn is on disk (the file with its journal, read as a fresh start would).
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  const saved = await loadFile(path.join(desk.workspace, files[0]!));
  const texts = new Set(saved.statements.map((s) => s.text));
  const turns = Array.from({ length: TURNS }, (_, i) => `Turn number ${i} of a very long day.`);
  expect(turns.filter((text) => !texts.has(text))).toEqual([]);
  expect(texts.has('Typed while the import was saving')).toBe(true);
  expect(saved.statements).toHaveLength(TURNS + 1);

  // A fresh window lists the session and opens it with every turn.
  await page.reload();
  await page
    .getByRole('button', { name: /Creating digital public infrastructure/ })
    .first()
    .click();
  await expect(page.getByText('20,001 statements')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('searchbox', { name: 'Search statements' }).fill('Turn number 19999 of');
  await expect(page.getByText(/^Showing 1 of 20,?001/)).toBeVisible();
  await expect(page.getByText('Turn number 19999 of a very long day.')).toBeVisible();
});
