import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../fixtures/generate-library';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';

const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app, desk } = useDesk();

/** The organizer's library: 400 sessions of several years and types, searched, filtered and archived. */
test('search, filter and archive a library of 400 sessions; the brief takes what is selected', async ({
  page,
}) => {
  const library = generateLibrary(400, 2, 5);
  await mkdir(desk.workspace, { recursive: true });
  for (const s of library)
    await writeFile(path.join(desk.workspace, `${s.id}.session.json`), JSON.stringify(s));
  await page.goto(app.url);
  const count = page.locator('.library-count');
  await expect(count).toHaveText(/^400 sessions/);
  // Only the rows on screen are drawn.
  expect(await page.locator('.session-list li').count()).toBeLessThan(60);

  const year = library.filter((s) => s.facts.year === 2021);
  await page.getByLabel('Year').selectOption('2021');
  await expect(count).toHaveText(new RegExp(`^${year.length} of 400 sessions`));
  const forums = year.filter((s) => s.facts.code!.startsWith('Open Forum'));
  // The type is listed by its name in the screens' language, and filed under its code.
  const type = page.getByLabel('Type');
  await expect(type.locator('option[value="open-forum"]')).toHaveText(/^Open Forum \(\d+\)$/);
  await type.selectOption('open-forum');
  await expect(count).toHaveText(new RegExp(`^${forums.length} of 400 sessions`));

  // Search folds case and matches any field; here one session by its code.
  await page
    .getByLabel('Clear filters')
    .or(page.getByRole('button', { name: 'Clear filters' }))
    .click();
  const target = library[123]!;
  await page.getByRole('searchbox', { name: 'Search' }).fill(target.facts.code!.toUpperCase());
  await expect(count).toHaveText(/^1 of 400 sessions/);
  await expect(page.locator('.session-list li')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/40-library-search.png` });

  await page.getByRole('button', { name: `Archive ${target.facts.title}` }).click();
  await expect(count).toHaveText(/^0 of 400 sessions/);
  await page.getByLabel('Show').selectOption('archived');
  await expect(page.locator('.session-list li')).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Restore ${target.facts.title}` })).toBeVisible();

  // Select every session of one theme and export the brief of exactly those.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const theme = 'Universal Access';
  const ofTheme = library.filter((s) => s.facts.themes.includes(theme) && s.id !== target.id);
  await page.getByLabel('Theme').selectOption(theme);
  await expect(count).toHaveText(new RegExp(`^${ofTheme.length} of 400 sessions`));
  await page.getByLabel(`Select all ${ofTheme.length} shown`).check();
  desk.nextSavePath = path.join(desk.root, 'theme.csv');
  await page.getByRole('button', { name: 'Calls to action as CSV…' }).click();
  await expect(page.getByText(`Calls to action of ${ofTheme.length} sessions saved to`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/41-library-theme.png` });
  const ids = new Set(ofTheme.map((s) => s.id));
  const rows = (await readFile(desk.nextSavePath, 'utf8')).split('\r\n').slice(1).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => ids.has(row.split(',').at(-1)!))).toBe(true);
  await expectNoSeriousA11yViolations(page, 'session library');
});

test('a conflict copy a sync tool left is merged when the list opens, and the user is told', async ({
  page,
}) => {
  const [session] = generateLibrary(1, 3, 8);
  await mkdir(desk.workspace, { recursive: true });
  await writeFile(path.join(desk.workspace, `${session!.id}.session.json`), JSON.stringify(session));
  const copy = structuredClone(session!);
  copy.facts = { ...copy.facts, room: 'Room from the other laptop', updatedAt: '2027-03-01T09:00:00.000Z' };
  const name = `${session!.id}.session.sync-conflict-20261201-101500-ABCDEFG.json`;
  await writeFile(path.join(desk.workspace, name), JSON.stringify(copy));
  await page.goto(app.url);
  await expect(page.getByText(/Merged a Syncthing conflict copy into/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/42-conflict-merged.png` });
  const files = await readdir(desk.workspace);
  expect(files).not.toContain(name);
  expect(files).toContain('.stignore');
  const merged = JSON.parse(await readFile(path.join(desk.workspace, `${session!.id}.session.json`), 'utf8'));
  expect(merged.facts.room).toBe('Room from the other laptop');
});
