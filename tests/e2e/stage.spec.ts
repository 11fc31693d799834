import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STAGE_SIZES, useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
// 11:00 in Berlin (summer time): the session's start.
const T0 = new Date('2025-06-24T09:00:00.000Z');
const SIZES = STAGE_SIZES;

const { app, desk } = useDesk();

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Every part of the stage lies inside the window and no text is cut (the clock above all). */
async function expectFits(stage: Page, width: number, height: number): Promise<void> {
  const parts = await stage.evaluate(() =>
    [
      ...document.querySelectorAll('.stage-name, .stage-digits, .stage-label, .stage-message, .stage-cell'),
    ].map((el) => {
      const r = el.getBoundingClientRect();
      const dd = el.querySelector('dd');
      return {
        what: el.className,
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        cut: el.classList.contains('stage-digits') && el.scrollWidth > el.clientWidth + 1,
        // A name may wrap to two lines (then clamped): no third line hidden under the second.
        ddCut:
          !!dd &&
          (dd.scrollWidth > dd.clientWidth + 1 ||
            (el.classList.contains('stage-next') && dd.scrollHeight > dd.clientHeight * 1.2)),
      };
    }),
  );
  expect(parts.length).toBeGreaterThan(4);
  for (const p of parts) {
    expect(p, `${p.what} at ${width}×${height}`).toMatchObject({ cut: false, ddCut: false });
    expect(p.left, `${p.what} at ${width}×${height}`).toBeGreaterThanOrEqual(0);
    expect(p.top, `${p.what} at ${width}×${height}`).toBeGreaterThanOrEqual(0);
    expect(p.right, `${p.what} at ${width}×${height}`).toBeLessThanOrEqual(width);
    expect(p.bottom, `${p.what} at ${width}×${height}`).toBeLessThanOrEqual(height);
  }
}

test('the stage shows next up, segment and session time left and the time of day; a message flashes; the Capture tab has a timer strip', async ({
  page,
}) => {
  await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await page.clock.pauseAt(T0);
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure',
  );

  // Setup: held in Berlin from 11:00 for 30 minutes, two agenda segments.
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByLabel('Planned duration (minutes)').fill('30');
  await page.getByLabel('Date', { exact: true }).fill('2025-06-24');
  await page.getByLabel('Start time').fill('11:00');
  await page.getByLabel('Time zone').fill('Europe/Berlin');
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

  // Timer: Maksym waits (online); Pramod gets the floor for 2 minutes.
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Maksym Shkilov (Government)' });
  await page.getByLabel('Where', { exact: true }).first().selectOption('online');
  await page.getByRole('button', { name: 'Add to queue', exact: true }).click();
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByLabel('Turn length (min)').fill('2');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => desk.presenter).not.toBeNull();
  const stage = desk.presenter!;
  await stage.setViewportSize({ width: 1280, height: 720 });
  await page.bringToFront();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await expect(stage.getByRole('timer')).toHaveText('2:00');

  await page.clock.fastForward('01:15');
  await expect(stage.getByRole('timer')).toHaveText('0:45');
  await expect(stage.getByTestId('stage-next')).toHaveText('Next upMaksym Shkilov (online)');
  await expect(stage.getByTestId('stage-segment')).toHaveText('Left in Opening3:45');
  await expect(stage.getByTestId('stage-session')).toHaveText('Left in the session28:45');
  // The time where the session is held, not this machine's (the test machine runs in UTC).
  await expect(stage.getByTestId('stage-time')).toHaveText('Time11:01');
  for (const [width, height] of SIZES) {
    await stage.setViewportSize({ width, height });
    await stage.screenshot({ path: `${SHOTS}/22-stage-next-up-${width}x${height}.png` });
    await expectFits(stage, width, height);
  }

  // The Capture tab's strip: the speaker, the time left in the phase colour, next up.
  await page.getByRole('tab', { name: 'Capture' }).click();
  const strip = page.getByRole('region', { name: 'Timer' });
  await expect(strip.getByTestId('strip-speaker')).toHaveText('Pramod Varma');
  await expect(strip.getByRole('timer')).toHaveText('0:45');
  await expect(strip.getByTestId('strip-next')).toHaveText('Maksym Shkilov (online)');
  await page.clock.fastForward('00:20');
  await expect(strip.getByRole('timer')).toHaveText('0:25');
  await expect(strip).toHaveAttribute('data-phase', 'warning');
  const colours = await page.evaluate(() => {
    const el = document.querySelector('.timer-strip-clock')!;
    return getComputedStyle(el).backgroundColor;
  });
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'warning');
  const stageColour = await stage.evaluate(
    () => getComputedStyle(document.querySelector('main')!).backgroundColor,
  );
  expect(colours).toBe(stageColour);
  await page.screenshot({ path: `${SHOTS}/22-capture-timer-strip.png` });

  // A message flashes when it appears; a new text flashes again.
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('m');
  await page.keyboard.type('Please wrap up');
  await page.keyboard.press('Enter');
  const message = stage.getByRole('status');
  await expect(message).toHaveText('Please wrap up');
  const flash = () =>
    message.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.animationName} ×${style.animationIterationCount}`;
    });
  expect(await flash()).toBe('stage-flash ×3');
  await message.evaluate((el) => el.setAttribute('data-seen', 'yes'));
  await stage.setViewportSize({ width: 800, height: 450 });
  await expectFits(stage, 800, 450);
  await stage.screenshot({ path: `${SHOTS}/22-stage-message-800x450.png` });
  await page.getByLabel(/Message to the speaker/).fill('Thank you, time is up');
  await page.getByLabel(/Message to the speaker/).press('Enter');
  await expect(message).toHaveText('Thank you, time is up');
  await expect(message).not.toHaveAttribute('data-seen', 'yes');
  expect(await flash()).toBe('stage-flash ×3');
  await page.getByRole('button', { name: 'Hide message' }).click();

  // N: Maksym has the floor, nobody waits; the moderator starts the next segment.
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('n');
  await expect(stage.getByText('Maksym Shkilov', { exact: true })).toBeVisible();
  await expect(stage.getByTestId('stage-next')).toHaveText('Next upNobody waiting');
  await page.getByRole('button', { name: 'Start segment' }).click();
  await expect(stage.getByTestId('stage-segment')).toHaveText('Left in Round of views15:00');
  await page.getByRole('tab', { name: 'Capture' }).click();
  await expect(strip.getByTestId('strip-speaker')).toHaveText('Maksym Shkilov');
  await expect(strip.getByTestId('strip-next')).toHaveText('Nobody waiting');
});
