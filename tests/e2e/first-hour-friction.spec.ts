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

test('search: Enter opens the first match for editing, Esc returns to the box; a filter never hides a new statement', async ({
  page,
}) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Control+Digit1');
  for (const text of ['Open data matters.', 'Interoperability needs standrads.', 'Thank you.']) {
    await kb.type(text);
    await kb.press('Enter');
  }
  // Fix the typo: Ctrl+F, a few letters, Enter, edit, Enter.
  await kb.press('Control+KeyF');
  await kb.type('standr');
  await kb.press('Enter');
  const edit = page.getByLabel('Edit statement');
  await expect(edit).toBeFocused();
  await expect(edit).toHaveValue('Interoperability needs standrads.');
  await kb.press('Control+A');
  await kb.type('Interoperability needs standards.');
  await kb.press('Enter');
  await expect(box).toBeFocused();
  // The fixed statement no longer matches the search that is still on, and the box says so.
  await expect(page.getByRole('status').filter({ hasText: 'Filter on' })).toContainText(
    '0 of 3 statements shown',
  );

  // Esc from the search goes back to the box; the filter that is still on says so.
  await kb.press('Control+KeyF');
  await kb.type('open data');
  await kb.press('Escape');
  await expect(box).toBeFocused();
  const notice = page.getByRole('status').filter({ hasText: 'Filter on' });
  await expect(notice).toContainText('1 of 3 statements shown');
  await page.screenshot({ path: `${SHOTS}/33-capture-filter-on-1024x700.png` });

  // A statement added meanwhile is not hidden: the filter is cleared, and the box says so.
  await kb.type('Funding is the bottleneck.');
  await kb.press('Enter');
  await expect(page.getByText('Funding is the bottleneck.')).toBeVisible();
  await expect(page.getByText('The filter was cleared so it shows.')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('Search statements')).toHaveValue('');
  await expect(page.getByText('Interoperability needs standards.')).toBeVisible();
});

test('at 1024×700 the Timer and Capture tabs fit: the timer’s buttons in the window, more than two rows listed', async ({
  page,
}) => {
  await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Control+Digit1');
  for (const text of ['One.', 'Two.', 'Three.', 'Four.', 'Five.']) {
    await kb.type(text);
    await kb.press('Enter');
  }
  await page.screenshot({ path: `${SHOTS}/34-capture-1024x700.png` });
  // At least three statements in view, and the box and its buttons still inside the window.
  const scroll = page.locator('.statement-scroll');
  const rows = scroll.locator('.statement-text');
  await expect(rows).toHaveCount(5);
  // The list places its rows after they are measured: on a loaded machine that is a frame or two later.
  const inView = async () => {
    const frame = (await scroll.boundingBox())!;
    let n = 0;
    for (const r of await rows.all()) {
      const b = (await r.boundingBox())!;
      if (b.y >= frame.y && b.y + b.height <= frame.y + frame.height) n++;
    }
    return n;
  };
  await expect.poll(inView).toBeGreaterThanOrEqual(3);
  await expect(page.getByLabel('Statement', { exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /^Keys/ })).toBeInViewport({ ratio: 1 });
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.screenshot({ path: `${SHOTS}/35-timer-1024x700.png` });
  for (const name of [/^Start/, /^End turn/, /^Next in queue/, /^Undo/, 'Give the floor']) {
    await expect(page.getByRole('button', { name }).first()).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});

test('Setup asks where the session is held when the time zone is empty and the session has a date', async ({
  page,
}) => {
  await importSeed(page);
  await page.getByRole('tab', { name: 'Setup' }).click();
  const date = page.getByLabel('Date', { exact: true });
  const zone = page.getByLabel('Time zone', { exact: true });
  await date.fill('2026-12-02');
  await zone.fill('');
  await page.keyboard.press('Tab');
  const ask = page.getByRole('status').filter({ hasText: 'Where is the session held?' });
  await expect(ask).toBeVisible();
  await zone.fill('Asia/Tokyo');
  await page.keyboard.press('Tab');
  await expect(ask).toHaveCount(0);
  await expect(page.getByText('Local time of the venue.')).toBeVisible();
});

test('a very long name neither widens the timer page nor cuts the balance figures', async ({ page }) => {
  await importSeed(page);
  const kb = page.keyboard;
  const long =
    'Dr. Maria-Alejandra Fernández de la Cruz Villanueva-Rodríguez, Ministry of Digital Transformation';
  await kb.press('Control+Shift+KeyA');
  await kb.type(long);
  await kb.press('Enter');
  await page.getByRole('tab', { name: 'Timer' }).click();
  const speaker = page.getByLabel('Speaker', { exact: true });
  const value = await speaker.locator('option', { hasText: 'Villanueva' }).getAttribute('value');
  await speaker.selectOption(value!);
  await page.getByRole('button', { name: 'Give the floor' }).click();
  await page.screenshot({ path: `${SHOTS}/36-timer-long-name-1024x700.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});

/**
 * Where `selector` lies in the window: each of its boxes (an inline text gives one per line) must be
 * inside the viewport, not cut by its own overflow, and the topmost element at points across every box
 * must be the element itself (or inside it), so nothing is drawn over it.
 */
async function layoutProblems(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return [`${sel} is not on the page`];
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const { innerWidth: w, innerHeight: h } = window;
    const bad: string[] = [];
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      bad.push(`${sel} is cut: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) bad.push(`${sel} has no box`);
    for (const r of rects) {
      const where = `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${w}×${h}`;
      if (r.left < 0 || r.top < 0 || r.right > w + 0.5 || r.bottom > h + 0.5)
        bad.push(`${sel} outside the window: ${where}`);
      // Points kept 2 px inside the box: neighbouring inline boxes touch at fractions of a pixel.
      if (r.width < 5) continue;
      for (const fx of [0.1, 0.5, 0.9])
        for (const fy of [0.3, 0.7]) {
          const x = Math.min(Math.max(r.left + r.width * fx, r.left + 2), r.right - 2);
          const y = r.top + r.height * fy;
          const top = document.elementFromPoint(x, y);
          if (top && top !== el && !el.contains(top))
            bad.push(
              `${sel} covered at ${Math.round(x)},${Math.round(y)} by ${top.tagName}.${top.className}`,
            );
        }
    }
    return bad;
  }, selector);
}

test('“Hard end” and the timer’s buttons lie inside the window, with nothing over them, at 1024×700 and 800×450', async ({
  page,
}) => {
  await importSeed(page);
  await page.getByRole('tab', { name: 'Timer' }).click();
  const speaker = page.getByLabel('Speaker', { exact: true });
  await speaker.selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByRole('button', { name: 'Give the floor', exact: true }).click();
  await expect(page.locator('.run-hard-end')).toContainText(/Hard end [\d:]+ \([\d:]+ left\)/);
  for (const size of [
    { width: 1024, height: 700 },
    { width: 800, height: 450 },
  ]) {
    await page.setViewportSize(size);
    const problems: string[] = [];
    problems.push(...(await layoutProblems(page, '.run-hard-end')));
    await page.screenshot({ path: `${SHOTS}/37-timer-hard-end-${size.width}x${size.height}.png` });
    for (const name of [/^(Start|Pause)/, /^End turn/, /^Next in queue/, /^Give the floor$/]) {
      const button = page.getByRole('button', { name }).first();
      await button.evaluate((b) => b.setAttribute('data-layout-check', ''));
      problems.push(...(await layoutProblems(page, '[data-layout-check]')));
      await button.evaluate((b) => b.removeAttribute('data-layout-check'));
    }
    expect(problems, `${size.width}×${size.height}`).toEqual([]);
    // The page keeps the window's width: a wide turns table scrolls inside its card.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  await page.locator('.turns-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/38-timer-turns-800x450.png` });
});

test('a page that names where the session is held sets the time zone, and Setup asks nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const text = await readFile(path.resolve('tests/fixtures/igf-pages-zones/room-names-riyadh.txt'), 'utf8');
  await page.getByLabel('Paste the text of the IGF session page').fill(text);
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByLabel('Statement', { exact: true })).toBeFocused();
  await page.getByRole('tab', { name: 'Setup' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-12-17');
  await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('Asia/Riyadh');
  await expect(page.getByText('Where is the session held?')).toHaveCount(0);
  await expect(page.getByText('Local time of the venue.')).toBeVisible();
});
