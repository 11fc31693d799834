import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildMenuTemplate, type DeskMenuItem } from '../../electron/menu';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app, desk } = useDesk();

function listHtml(items: DeskMenuItem[]): string {
  return `<ul>${items
    .map((item) => {
      if (item.type === 'separator') return '<li class="sep"></li>';
      const label = item.label ?? `(${item.role})`;
      const mark = item.type === 'radio' || item.type === 'checkbox' ? (item.checked ? '● ' : '○ ') : '';
      const key = item.accelerator
        ? `<kbd>${item.accelerator}${item.registerAccelerator === false ? ' ·page' : ''}</kbd>`
        : '';
      const sub = item.submenu ? listHtml(item.submenu) : '';
      return `<li${item.enabled === false ? ' class="off"' : ''}><span>${mark}${label}</span>${key}${sub}</li>`;
    })
    .join('')}</ul>`;
}

test('the menu template, rendered as a list for each platform', async ({ page }) => {
  const ctx = {
    isPackaged: true,
    appName: 'Session Desk',
    recent: [{ id: 'a', title: 'WS 260 Internet fragmentation' }],
    displays: [
      { id: 1, label: 'Built-in display (1920×1080, with the main window)' },
      { id: 2, label: 'Projector (3840×2160)' },
    ],
    stageDisplayId: 2,
    stageOnTop: true,
    theme: 'system' as const,
    language: null,
    speaks: 'en' as const,
  };
  const column = (platform: NodeJS.Platform, name: string) =>
    `<section><h2>${name}</h2>${listHtml(buildMenuTemplate({ ...ctx, platform }))}</section>`;
  await page.setViewportSize({ width: 1500, height: 1500 });
  await page.setContent(`<style>
    body { font: 13px system-ui, sans-serif; display: flex; gap: 24px; margin: 16px; }
    section { flex: 1; } h2 { font-size: 15px; margin: 0 0 8px; }
    ul { list-style: none; padding-left: 14px; margin: 0; } li { margin: 1px 0; }
    li > span { display: inline-block; min-width: 210px; } .off { color: #888; }
    .sep { border-top: 1px solid #ccc; margin: 4px 0; width: 320px; }
    kbd { font: 12px ui-monospace, monospace; color: #333; background: #eee; padding: 0 4px; border-radius: 3px; }
  </style>${column('linux', 'Windows and Linux')}${column('darwin', 'macOS')}`);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'menu-template.png'), fullPage: true });
  await expect(page.getByText('Export report…').first()).toBeVisible();
});

test('the menu template in Arabic, Chinese and Russian, as the system would lay it out', async ({ page }) => {
  const ctx = {
    platform: 'win32' as const,
    isPackaged: true,
    appName: 'Session Desk',
    recent: [{ id: 'a', title: 'WS 260 Internet fragmentation' }],
    displays: [{ id: 1, label: 'Built-in display' }],
    stageDisplayId: null,
    stageOnTop: false,
    theme: 'system' as const,
    language: null,
  };
  const column = (speaks: 'ar' | 'zh' | 'ru') =>
    `<section lang="${speaks}" dir="${speaks === 'ar' ? 'rtl' : 'ltr'}"><h2>${speaks}</h2>${listHtml(
      buildMenuTemplate({ ...ctx, speaks }),
    )}</section>`;
  await page.setViewportSize({ width: 1500, height: 1400 });
  await page.setContent(`<style>
    body { font: 13px system-ui, sans-serif; display: flex; gap: 24px; margin: 16px; }
    section { flex: 1; } h2 { font-size: 15px; margin: 0 0 8px; }
    ul { list-style: none; padding-inline-start: 14px; margin: 0; } li { margin: 1px 0; }
    li > span { display: inline-block; min-width: 230px; } .off { color: #888; }
    .sep { border-top: 1px solid #ccc; margin: 4px 0; width: 320px; }
    kbd { font: 12px ui-monospace, monospace; color: #333; background: #eee; padding: 0 4px; border-radius: 3px; direction: ltr; unicode-bidi: isolate; }
  </style>${column('ar')}${column('zh')}${column('ru')}`);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'menu-template-ar-zh-ru.png'), fullPage: true });
  // Every item is in the language: no English word but the product's and a format's name.
  const text = await page.locator('section[lang="ar"] span').allInnerTexts();
  const english = text
    .map((t) =>
      t.replace(
        /Session Desk|JSON|WS 260 Internet fragmentation|Built-in display|English|Français|Español/g,
        '',
      ),
    )
    .filter((t) => /[A-Za-z]{2,}/.test(t));
  expect(english).toEqual([]);
  await expect(page.locator('section[lang="zh"]').getByText('导出报告…')).toBeVisible();
});

test('menu commands drive the window: new session, tabs, and a title that names the session', async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expect(page).toHaveTitle('Session Desk');

  // File › New from session page… puts the cursor in the page box.
  await desk.emit('menuCommand', { command: 'newFromPage' });
  await expect(page.getByLabel('Paste the text of the IGF session page')).toBeFocused();
  await page.keyboard.insertText(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('tab', { name: 'Capture' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle(
    'WS #260 Creating digital public infrastructure that empowers people · Session Desk',
  );

  for (const [command, tab] of [
    ['showTimer', 'Timer'],
    ['showReport', 'Report'],
    ['showSetup', 'Setup'],
    ['showCapture', 'Capture'],
  ] as const) {
    await desk.emit('menuCommand', { command });
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  // File › Export report… writes the DOCX through the save dialog.
  desk.nextSavePath = path.join(desk.root, 'from-menu.docx');
  await desk.emit('menuCommand', { command: 'exportReport' });
  // The first export of a report nobody has written drafts it first (the drafting model loads):
  // seconds on a loaded test machine, so the wait is longer than for a screen change.
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible({ timeout: 30_000 });
  expect((await readFile(desk.nextSavePath)).subarray(0, 2).toString()).toBe('PK');

  // File › Export brief… works with a session open too: the brief of that session.
  desk.nextSavePath = path.join(desk.root, 'brief-from-menu.docx');
  await desk.emit('menuCommand', { command: 'exportBrief' });
  await expect(page.getByText(`Brief of 1 session saved to ${desk.nextSavePath}`)).toBeVisible({
    timeout: 30_000,
  });
  expect((await readFile(desk.nextSavePath)).subarray(0, 2).toString()).toBe('PK');

  // File › All sessions, then File › New session opens a blank one.
  await desk.emit('menuCommand', { command: 'showSessions' });
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expect(page).toHaveTitle('Session Desk');
  await desk.emit('menuCommand', { command: 'newSession' });
  await expect(page).toHaveTitle('Untitled session · Session Desk');
  expect((await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'))).toHaveLength(2);
});

test('an exported session JSON can be imported again', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  const exported = path.join(desk.root, 'WS 260 for Torge.session.json');
  desk.nextSavePath = exported;
  await page.getByRole('button', { name: 'Export session JSON…' }).click();
  await expect(page.getByText(`Session file saved to ${exported}`)).toBeVisible();

  // The same session comes back: the workspace's copy opens, nothing is duplicated.
  await page.getByRole('button', { name: '← Sessions' }).click();
  desk.nextOpenPath = exported;
  await page.getByRole('button', { name: 'Import session JSON…' }).click();
  await expect(
    page.getByText('WS 260 for Torge.session.json is this session as the workspace already has it.'),
  ).toBeVisible();
  expect((await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'))).toHaveLength(1);

  // A colleague's edited copy (same session, changed since) comes in beside it, under a new id.
  const theirs = JSON.parse(await readFile(exported, 'utf8'));
  theirs.facts.title = 'Edited by Torge';
  theirs.updatedAt = new Date(Date.parse(theirs.updatedAt) + 60_000).toISOString();
  await writeFile(exported, JSON.stringify(theirs));
  await page.getByRole('button', { name: '← Sessions' }).click();
  desk.nextOpenPath = exported;
  await page.getByRole('button', { name: 'Open session file…' }).click();
  await expect(
    page.getByText(/a different version of a session in the workspace; it was added beside it/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edited by Torge');
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(2);
  expect(files).not.toContain(`${theirs.id}.session.json.bak`);
});

test('a file that is not a session says why and opens nothing', async ({ page }) => {
  await page.goto(app.url);
  const bogus = path.join(desk.root, 'notes.json');
  await writeFile(bogus, '{"hello": "world"}');
  desk.nextOpenPath = bogus;
  await page.getByRole('button', { name: 'Open session file…' }).click();
  await expect(page.getByRole('alert')).toContainText('notes.json');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
});

test('a menu command that acts on a session, chosen on the session list, says to open one', async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  for (const command of [
    'exportReport',
    'revealInFolder',
    'toggleStage',
    'stageBlackout',
    'stageMessage',
  ] as const) {
    // A fresh list each time, so that each command's own notice is read.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await desk.emit('menuCommand', { command });
    await expect(page.getByRole('alert')).toHaveText(
      'Open a session first: this acts on the session that is open.',
    );
  }
});

test('Edit › Find and Ctrl+F on the session list go to its search box', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Title', { exact: true }).fill('Youth summit');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('button', { name: '← Sessions' }).click();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(page.getByRole('button', { name: /^Youth summit/ })).toBeVisible();
  await desk.emit('menuCommand', { command: 'find' });
  await expect(search).toBeFocused();
  await page.getByRole('button', { name: /^Youth summit/ }).focus();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
});
