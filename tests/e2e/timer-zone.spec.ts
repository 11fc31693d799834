import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
// 11:00 in Riyadh (UTC+3), the session's start; 10:00 on this laptop, which is still on Berlin time.
const T0 = new Date('2025-06-24T08:00:00.000Z');

// The moderator's laptop stays on its home zone, far from the venue's.
test.use({ timezoneId: 'Europe/Berlin' });

const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** "HH:MM:SS" at `ms` in `zone`, computed here without the app's code. */
const clockIn = (ms: number, zone: string): string =>
  new Date(ms).toLocaleTimeString('en-GB', { timeZone: zone, hourCycle: 'h23' });

async function importSession(page: Page, zone: string): Promise<void> {
  await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await page.clock.pauseAt(T0);
  await page.goto(app.url);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Europe/Berlin');
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure',
  );
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByLabel('Planned duration (minutes)').fill('30');
  await page.getByLabel('Date', { exact: true }).fill('2025-06-24');
  await page.getByLabel('Start time').fill('11:00');
  await page.getByLabel('Time zone').fill(zone);
  await page.getByLabel('Time zone').blur();
  for (const [title, minutes] of [
    ['Opening', '5'],
    ['Round of views', '15'],
  ] as const) {
    await page.getByLabel('New segment').fill(title);
    await page.getByLabel('Minutes', { exact: true }).fill(minutes);
    await page.getByRole('button', { name: 'Add segment' }).click();
  }
  await saved(page);
  await page.getByRole('tab', { name: 'Timer' }).click();
}

test('a moderator on a Berlin laptop runs a session in Riyadh: the Timer tab, the stage and a corrected turn all keep Riyadh time', async ({
  page,
}) => {
  await importSession(page, 'Asia/Riyadh');
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByLabel('Turn length (min)').fill('2');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => desk.presenter).not.toBeNull();
  const stage = desk.presenter!;
  await stage.setViewportSize({ width: 1280, height: 720 });
  await page.bringToFront();

  // Turn 1 from 11:00:00 to 11:01:00; turn 2 from 11:01:30, still running.
  const clock = page.getByRole('timer', { name: 'Time on the clock' });
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await expect(clock).toHaveText('2:00');
  await page.clock.fastForward('01:00');
  await page.keyboard.press('e');
  await expect(clock).toHaveText('–:––');
  await page.clock.fastForward('00:30');
  await page.keyboard.press('Space');
  await expect(clock).toHaveText('2:00');
  await page.clock.fastForward('00:15');
  await expect(clock).toHaveText('1:45');

  // The hard end, the turns and the stage agree, in Riyadh's time, and the tab says which zone it is.
  const now = await page.evaluate(() => Date.now());
  expect(clockIn(now, 'Asia/Riyadh')).toBe('11:01:45');
  const summary = page.getByTestId('run-summary');
  await expect(summary).toContainText('Hard end 11:30:00 (28:15 left) · times in Asia/Riyadh');
  await expect(summary).not.toContainText('10:30');
  await expect(stage.getByTestId('stage-time')).toHaveText(`Time${clockIn(now, 'Asia/Riyadh').slice(0, 5)}`);
  await expect(page.getByLabel('Start of turn 1')).toHaveValue('11:00:00');
  await expect(page.getByLabel('End of turn 1')).toHaveValue('11:01:00');
  await expect(page.getByLabel('Start of turn 2')).toHaveValue('11:01:30');
  await expect(page.locator('.timer-turns').getByTestId('zone-note')).toHaveText('times in Asia/Riyadh');

  // The Timer tab at the smallest window: the note sits in its line without pushing the buttons out.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.locator('.panel').evaluate((el) => el.scrollTo(0, 0));
  await page.getByTestId('run-summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/23-timer-zone-1024x700.png` });
  // Each note lies inside its card and covers no button.
  const overlaps = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('.timer-panel button')].map((b) =>
      b.getBoundingClientRect(),
    );
    return [...document.querySelectorAll('.zone-note')].map((note) => {
      const r = note.getBoundingClientRect();
      const card = note.closest('.card')!.getBoundingClientRect();
      return {
        inside: r.left >= card.left && r.right <= card.right,
        covers: buttons.filter(
          (b) => b.width > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
        ).length,
      };
    });
  });
  expect(overlaps).toEqual([
    { inside: true, covers: 0 },
    { inside: true, covers: 0 },
  ]);

  // Turn 2 began ten seconds earlier than recorded: corrected by keyboard, read as Riyadh time.
  const start2 = page.getByLabel('Start of turn 2');
  await start2.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('11:01:20');
  await page.keyboard.press('Enter');
  await expect(start2).toHaveValue('11:01:20');
  await expect(page.getByRole('row').filter({ has: start2 }).getByTestId('turn-used')).toHaveText('0:25');
  await saved(page);
  const turns = [...(await sessionFile()).turns].sort((a, b) =>
    a.timer.startedAt!.localeCompare(b.timer.startedAt!),
  );
  expect(turns.map((t) => t.timer.startedAt)).toEqual([
    '2025-06-24T08:00:00.000Z',
    '2025-06-24T08:01:20.000Z',
  ]);
  await page.screenshot({ path: `${SHOTS}/23-timer-zone-corrected-1024x700.png` });
});

test("a session without a time zone shows this computer's time and says so", async ({ page }) => {
  await importSession(page, '');
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await page.clock.fastForward('00:05');
  // 11:00 on this laptop (Berlin) is the start; the hard end is half an hour later, in Berlin time.
  await expect(page.getByTestId('run-summary')).toContainText('Hard end 11:30:00');
  await expect(page.getByTestId('run-summary')).toContainText('this computer’s time (Europe/Berlin)');
  const started = Date.parse((await sessionFile()).turns[0]!.timer.startedAt!);
  await expect(page.getByLabel('Start of turn 1')).toHaveValue(clockIn(started, 'Europe/Berlin'));
});
