import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { docxPlainText } from '../support/readDocx';
import { useDesk } from './harness';

/**
 * A rapporteur on a small laptop in the dark theme, at a regional IGF: an audience member with a long
 * Arabic name, Arabic statements beside English ones, a timed turn for that person, then the report.
 * Each screen is photographed for a person to look at; the record on disk and the DOCX are checked.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const LONG_NAME = 'عبد الرحمن بن محمد بن عبد الله الفلاني الهاشمي القرشي';
const ARABIC = 'يجب على الحكومات أن تستثمر في البنية التحتية الرقمية العامة وأن تشرك المجتمع المدني.';
const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

test('a small dark window, a long Arabic name and Arabic statements: capture, timer and report hold up', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  const kb = page.keyboard;

  await kb.press('Control+Shift+KeyA');
  await kb.type(LONG_NAME);
  await kb.press('Enter');
  await expect(box).toBeFocused();
  await kb.type(ARABIC);
  await kb.press('Alt+Digit1');
  await kb.press('Enter');
  await kb.press('Control+Digit2');
  await kb.type('Pramod agrees and adds a point about open standards.');
  await kb.press('Enter');
  const row = page.getByRole('listitem').filter({ hasText: ARABIC });
  await expect(row).toBeVisible();
  await expect(row.locator('[dir="auto"]').first()).toBeVisible();
  // The page never scrolls sideways, whatever the name's length.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: `${SHOTS}/60-walk-capture-arabic-1024x700-dark.png` });

  await expect.poll(async () => (await sessionFile()).statements.filter((s) => !s.deletedAt).length).toBe(2);
  const s = await sessionFile();
  const arabic = s.statements.find((x) => x.text === ARABIC)!;
  expect(s.people.find((p) => p.id === arabic.speakerId)?.name).toBe(LONG_NAME);
  expect(arabic.questionIds).toEqual([[...s.questions].sort((a, b) => a.order - b.order)[0]!.id]);

  await page.getByRole('tab', { name: 'Timer' }).click();
  const speakerSelect = page.getByLabel('Speaker', { exact: true });
  const option = speakerSelect.locator('option').filter({ hasText: LONG_NAME });
  await speakerSelect.selectOption((await option.getAttribute('value'))!);
  await page.getByLabel('Turn length (min)').fill('2');
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await kb.press('Space');
  await expect(page.getByRole('timer', { name: 'Time on the clock' })).toHaveText('2:00');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: `${SHOTS}/61-walk-timer-arabic-1024x700-dark.png` });

  await page.getByRole('tab', { name: 'Report' }).click();
  await page.screenshot({ path: `${SHOTS}/62-walk-report-arabic-1024x700-dark.png` });
  desk.nextSavePath = path.join(desk.root, 'walk.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();
  const text = docxPlainText(desk.nextSavePath);
  expect(text).toContain(LONG_NAME);
  expect(text).toContain('البنية التحتية الرقمية');
});
