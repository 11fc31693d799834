import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session, type Turn } from '../../shared/model/session';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const T0 = new Date('2025-06-24T09:00:00.000Z');

const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

/** Speaking time of a stored turn, computed here from the raw ISO strings (not with shared/timer). */
function spokenMs(turn: Turn, nowMs: number): number {
  const start = Date.parse(turn.timer.startedAt!);
  const end = turn.timer.endedAt ? Date.parse(turn.timer.endedAt) : nowMs;
  const paused = turn.timer.pauses.reduce(
    (sum, p) =>
      sum + Math.max(0, Math.min(p.to ? Date.parse(p.to) : end, end) - Math.max(Date.parse(p.from), start)),
    0,
  );
  return end - start - paused;
}
const mmss = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test('a moderator runs three turns by keyboard; turns, balance, reload and the stage screen hold up', async ({
  page,
}) => {
  // Time moves only when the test says so.
  await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await page.clock.pauseAt(T0);
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure',
  );

  // Two agenda segments, so the run of show has something to compare with.
  await page.getByRole('tab', { name: 'Setup' }).click();
  for (const [title, minutes] of [
    ['Opening', '5'],
    ['Discussion', '10'],
  ] as const) {
    await page.getByLabel('New segment').fill(title);
    await page.getByLabel('Minutes', { exact: true }).fill(minutes);
    await page.getByRole('button', { name: 'Add segment' }).click();
  }
  await saved(page);

  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Capture', 'Timer', 'Report', 'Setup']);
  await page.getByRole('tab', { name: 'Timer' }).click();
  const clock = page.getByRole('timer', { name: 'Time on the clock' });
  await expect(clock).toHaveText('–:––');

  // Queue: Maksym (online). Floor form: Pramod, 2 minutes.
  await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Maksym Shkilov (Government)' });
  await page.getByLabel('Where', { exact: true }).first().selectOption('online');
  await page.getByRole('button', { name: 'Add to queue', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Queue' }).getByRole('listitem')).toHaveText([
    /Maksym Shkilov.*Online/,
  ]);
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByLabel('Turn length (min)').fill('2');

  // The stage screen, opened from the app (the harness's openPresenter port opens a second page).
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => desk.presenter).not.toBeNull();
  const stage = desk.presenter!;
  await stage.setViewportSize({ width: 1280, height: 720 });
  const stageTimer = stage.getByRole('timer');
  await expect(stage.locator('main')).toContainText('Creating digital public infrastructure');
  await page.bringToFront();

  // Turn 1 by keyboard: Space gives the floor to the chosen speaker (focus is on a button, not a field).
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await expect(clock).toHaveText('2:00');
  await expect(stageTimer).toHaveText('2:00');
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'running');
  await expect(stage.getByText('Pramod Varma')).toBeVisible();
  await expect(stage.getByText('On time')).toBeVisible();
  await stage.screenshot({ path: `${SHOTS}/20-presenter-running.png` });

  const phases: Array<[string, string, string, RegExp]> = [
    ['01:05', '0:55', 'warning', /1 minute or less left/],
    ['00:45', '0:10', 'danger', /15 seconds or less left/],
    ['00:20', '-0:10', 'overtime', /Overtime/],
  ];
  for (const [step, shown, phase, label] of phases) {
    await page.clock.fastForward(step);
    await expect(clock).toHaveText(shown);
    await expect(stageTimer).toHaveText(shown);
    await expect(stage.locator('main')).toHaveAttribute('data-phase', phase);
    await expect(stage.locator('main')).toContainText(label);
    await stage.screenshot({ path: `${SHOTS}/20-presenter-${phase}.png` });
  }

  // A message, then blackout (both travel through localStorage's storage event).
  await page.keyboard.press('m');
  await expect(page.getByLabel(/Message to the speaker/)).toBeFocused();
  await page.keyboard.type('Please wrap up');
  await page.keyboard.press('Enter');
  await expect(stage.getByRole('status')).toHaveText('Please wrap up');
  await stage.screenshot({ path: `${SHOTS}/20-presenter-message.png` });
  await page.getByRole('button', { name: 'Hide message' }).click();
  await expect(stage.getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Blackout' }).click();
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'blackout');
  await expect(stageTimer).toHaveCount(0);
  await stage.screenshot({ path: `${SHOTS}/20-presenter-blackout.png` });
  await page.getByRole('button', { name: 'End blackout' }).click();
  await expect(stageTimer).toHaveText('-0:10');

  // Pause 10 s (not counted), resume, 5 s more; then N: the head of the queue gets the floor.
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timer-label')).toHaveText('Paused · Overtime');
  await page.clock.fastForward('00:10');
  await expect(clock).toHaveText('-0:10');
  await page.keyboard.press('Space');
  await page.clock.fastForward('00:05');
  await expect(clock).toHaveText('-0:15');
  await page.keyboard.press('n');
  await expect(page.locator('.timer-speaker')).toHaveText('Maksym Shkilov (Government)');
  await expect(page.getByText('Nobody is waiting.')).toBeVisible();
  await expect(stage.getByText('Maksym Shkilov')).toBeVisible();

  // Turn 2: one more minute (+), 30 s, then the app is reloaded mid-turn.
  await page.keyboard.press('+');
  await expect(clock).toHaveText('3:00');
  await page.clock.fastForward('00:30');
  await expect(clock).toHaveText('2:30');
  await saved(page);
  await page.reload();
  await page.getByRole('button', { name: /^Creating digital public infrastructure/ }).click();
  await page.getByRole('tab', { name: 'Timer' }).click();
  const midTurn = (await sessionFile()).turns.find((t) => t.timer.endedAt === null)!;
  const pageNow = await page.evaluate(() => Date.now());
  const remaining =
    (midTurn.timer.allottedSeconds + midTurn.timer.addedSeconds) * 1000 - spokenMs(midTurn, pageNow);
  expect(remaining).toBe(150_000);
  await expect(clock).toHaveText(mmss(remaining + 999)); // the clock shows the ceiling of the seconds left
  await expect(page.getByTestId('timer-label')).toHaveText('On time');
  await page.clock.fastForward('00:20');
  await expect(clock).toHaveText('2:10');
  await page.keyboard.press('e');
  await expect(clock).toHaveText('–:––');

  // Turn 3: the discussion segment starts; an audience member (online) gets the floor, counting up.
  await page.getByRole('button', { name: 'Start segment' }).click();
  await expect(page.locator('tr.run-current')).toContainText('Discussion');
  const audience = page.getByRole('form', { name: 'Add an audience member' });
  await audience.getByLabel('Audience member', { exact: true }).fill('Ana Audience');
  await audience.getByLabel('Group').selectOption({ label: 'Civil Society' });
  await audience.getByLabel('Gender').selectOption('woman');
  await audience.getByLabel('Where').selectOption('online');
  await page.getByLabel('Count up (open discussion)').check();
  await page.getByRole('button', { name: 'Give them the floor now' }).click();
  await expect(page.locator('.timer-speaker')).toHaveText('Ana Audience (Civil Society, audience)');
  await page.clock.fastForward('00:40');
  await expect(clock).toHaveText('0:40');
  await expect(page.getByTestId('timer-label')).toHaveText('Counting up');

  // Live balance, running turn included, against a computation from the file.
  await saved(page);
  let onDisk = await sessionFile();
  const now = await page.evaluate(() => Date.now());
  const byGroup = new Map<string, { ms: number; turns: number }>();
  for (const turn of onDisk.turns) {
    const group = onDisk.people.find((p) => p.id === turn.personId)?.stakeholder ?? 'not-recorded';
    const sum = byGroup.get(group) ?? { ms: 0, turns: 0 };
    byGroup.set(group, { ms: sum.ms + spokenMs(turn, now), turns: sum.turns + 1 });
  }
  expect(byGroup.get('civil-society')).toEqual({ ms: (135 + 40) * 1000, turns: 2 });
  expect(byGroup.get('government')).toEqual({ ms: 50_000, turns: 1 });
  for (const [group, { ms, turns }] of byGroup)
    await expect(page.getByTestId(`balance-stakeholder-${group}`)).toContainText(
      `${mmss(ms)} · ${turns} turn${turns === 1 ? '' : 's'}`,
    );
  await expect(page.getByTestId('balance-presence-online')).toContainText(`${mmss(90_000)} · 2 turns`);
  await expect(page.getByTestId('balance-presence-not-recorded')).toContainText(`${mmss(135_000)} · 1 turn`);
  await expect(page.getByTestId('balance-gender-woman')).toContainText('0:40 · 1 turn');

  // Run of show: the start is the first turn; Discussion (planned 5:00–15:00) began early.
  const [first, , third] = [...onDisk.turns].sort((a, b) =>
    a.timer.startedAt!.localeCompare(b.timer.startedAt!),
  );
  const varianceS = Math.trunc(
    (Date.parse(third!.timer.startedAt!) - Date.parse(first!.timer.startedAt!) - 5 * 60_000) / 1000,
  );
  expect(varianceS).toBeLessThan(0);
  await expect(page.getByTestId('run-summary')).toContainText(
    `Ahead of plan by ${Math.floor(-varianceS / 60)}:${String(-varianceS % 60).padStart(2, '0')}`,
  );
  await page.locator('.panel').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/21-timer-panel.png` });

  await page.keyboard.press('e');
  await saved(page);

  // The recorded turns, on disk.
  onDisk = await sessionFile();
  const name = (t: Turn) => onDisk.people.find((p) => p.id === t.personId)?.name;
  const turns = [...onDisk.turns].sort((a, b) => a.timer.startedAt!.localeCompare(b.timer.startedAt!));
  expect(turns.map(name)).toEqual(['Pramod Varma', 'Maksym Shkilov', 'Ana Audience']);
  expect(turns.every((t) => t.timer.endedAt !== null && t.deletedAt === null)).toBe(true);
  expect(turns.map((t) => [t.timer.mode, t.timer.allottedSeconds, t.timer.addedSeconds])).toEqual([
    ['countdown', 120, 0],
    ['countdown', 120, 60],
    ['countup', 180, 0], // the Discussion segment's own default turn length (3 min)
  ]);
  expect(turns.map((t) => spokenMs(t, Number.NaN) / 1000)).toEqual([135, 50, 40]);
  expect(turns[0]!.timer.pauses).toHaveLength(1);
  const [opening, discussion] = [...onDisk.agenda].sort((a, b) => a.order - b.order);
  expect(turns.map((t) => t.segmentId)).toEqual([opening!.id, opening!.id, discussion!.id]);
  const ana = onDisk.people.find((p) => p.name === 'Ana Audience')!;
  expect(ana).toMatchObject({
    audience: true,
    presence: 'online',
    stakeholder: 'civil-society',
    gender: 'woman',
  });
  expect(onDisk.queue.filter((q) => q.deletedAt === null)).toHaveLength(0);
  expect(onDisk.queue).toHaveLength(1);
  expect(onDisk.queue[0]).toMatchObject({ presence: 'online' });

  // A turn stays editable: correct turn 2's end to 20 s after its start.
  const rows = page.getByTestId('turn-row');
  await expect(rows).toHaveCount(3);
  const start2 = new Date(Date.parse(turns[1]!.timer.startedAt!) + 20_000);
  const hhmmss = [start2.getHours(), start2.getMinutes(), start2.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  // The browser and this test run in the same time zone (the machine's).
  const end2 = page.getByLabel('End of turn 2');
  await end2.fill(hhmmss);
  await end2.press('Enter');
  await expect(rows.nth(1).getByTestId('turn-used')).toHaveText('0:20');
  await saved(page);
  await rows.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/21-timer-panel-turns.png` });
  const corrected = (await sessionFile()).turns.find((t) => t.id === turns[1]!.id)!;
  expect(spokenMs(corrected, Number.NaN)).toBe(20_000);
});
