import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useDesk } from './harness';

const FIXTURE = path.resolve('tests/fixtures/sessions/v1-ws260.session.json');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app, desk } = useDesk();

const sessionFiles = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.session.json')).sort();

/** Makes sessions the way a user does: a blank one with a title, or the seed page. */
async function newSession(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await page.getByRole('button', { name: '← Sessions' }).click();
}

/**
 * Another copy of the app in a process of its own, with `dir` as its workspace: it holds the folder
 * (its lock) from when this resolves until `quit`, when it lets go as the app does on quitting.
 */
async function otherCopyHolds(dir: string): Promise<{ pid: number; quit: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.resolve('tests/support/holdFolder.ts'),
      dir,
      path.join(desk.root, 'other-state'),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => String(d).startsWith('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the other copy stopped (${code})`)));
  });
  const quit = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.stdin.end();
    });
  return { pid: child.pid!, quit };
}

/** What the app says of a folder another copy holds: which folder, which copy, and what it means. */
async function saysReadOnly(where: Locator, folder: string, pid: number): Promise<void> {
  await expect(where).toContainText(
    `${folder} is open in Session Desk on this computer (process ${pid} since `,
  );
  await expect(where).toContainText('it is open here read-only: you can read and export, but not change.');
}

test('a session file someone renamed shows in the list and opens by its content', async ({ page }) => {
  // A colleague's file, renamed on their machine, arrives in the shared workspace folder.
  await mkdir(desk.workspace, { recursive: true });
  const renamed = path.join(desk.workspace, 'ws260 from Torge.session.json');
  await writeFile(renamed, await readFile(FIXTURE));
  await page.goto(app.url);
  const row = page.getByRole('button', { name: /Creating digital public infrastructure/ }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('tab', { name: 'Capture' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // A statement goes into the renamed file, not a new one.
  await page.getByLabel('Statement', { exact: true }).fill('Said after the rename.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.evaluate(() => window.desk.listSessions({}));
  await expect.poll(() => sessionFiles(desk.workspace)).toEqual(['ws260 from Torge.session.json']);
  await expect
    .poll(async () => readFile(renamed, 'utf8'), { timeout: 10_000 })
    .toContain('Said after the rename.');
});

test('rename, archive, put back, delete and undo from the session list', async ({ page }) => {
  await page.goto(app.url);
  await newSession(page, 'Opening plenary');
  await newSession(page, 'Open forum on AI');
  await newSession(page, 'Youth summit');
  const files = await sessionFiles(desk.workspace);
  expect(files).toHaveLength(3);

  // Rename: the title, in place; the file keeps its name.
  await page.getByRole('button', { name: 'Rename Open forum on AI' }).click();
  const box = page.getByLabel('New title for Open forum on AI');
  await box.fill('Open forum on AI governance');
  await box.press('Enter');
  await expect(page.getByRole('button', { name: /^Open forum on AI governance/ })).toBeVisible();
  expect(await sessionFiles(desk.workspace)).toEqual(files);
  // Escape cancels.
  await page.getByRole('button', { name: 'Rename Youth summit' }).click();
  await page.getByLabel('New title for Youth summit').fill('Something else');
  await page.getByLabel('New title for Youth summit').press('Escape');
  await expect(page.getByRole('button', { name: /^Youth summit/ })).toBeVisible();

  // Archive: out of the sessions in use, shown under "The archive", restored; the file stays put.
  await page.getByRole('button', { name: 'Archive Opening plenary' }).click();
  await expect(page.getByRole('button', { name: /^Opening plenary/ })).toHaveCount(0);
  expect(await sessionFiles(desk.workspace)).toEqual(files);
  await page.getByLabel('Show', { exact: true }).selectOption('archived');
  await expect(page.getByRole('button', { name: 'Restore Opening plenary' })).toBeVisible();
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'session-list-archive.png'), fullPage: true });
  await page.getByRole('button', { name: 'Restore Opening plenary' }).click();
  await page.getByLabel('Show', { exact: true }).selectOption('active');
  await expect(page.getByRole('button', { name: /^Opening plenary/ })).toBeVisible();

  // Delete: the file goes to the trash; Undo brings it back, with its content.
  const before = await Promise.all(
    (await sessionFiles(desk.workspace)).map(async (f) => [
      f,
      await readFile(path.join(desk.workspace, f), 'utf8'),
    ]),
  );
  await page.getByRole('button', { name: 'Delete Youth summit' }).click();
  await expect(page.getByText('Moved “Youth summit” to the trash.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Youth summit/ })).toHaveCount(0);
  expect(await sessionFiles(desk.workspace)).toHaveLength(2);
  expect(await sessionFiles(desk.trash)).toHaveLength(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Youth summit/ })).toBeVisible();
  const after = await Promise.all(
    (await sessionFiles(desk.workspace)).map(async (f) => [
      f,
      await readFile(path.join(desk.workspace, f), 'utf8'),
    ]),
  );
  expect(after).toEqual(before);
  // The restored session opens and takes edits.
  await page.getByRole('button', { name: /^Youth summit/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Youth summit');
});

test('a second copy of the same session is reported, not listed twice', async ({ page }) => {
  await page.goto(app.url);
  await newSession(page, 'Only once');
  const [file] = await sessionFiles(desk.workspace);
  await writeFile(
    path.join(desk.workspace, 'copy of it.session.json'),
    await readFile(path.join(desk.workspace, file!)),
  );
  await page.reload();
  await expect(page.getByRole('button', { name: /^Only once/ })).toHaveCount(1);
  await expect(page.getByText(/is another copy of the session in/)).toBeVisible();
});

test('a file outside the workspace opened where it is: edited and saved there, the workspace unchanged, also after a restart', async ({
  page,
}) => {
  // A colleague's file on a USB stick: outside the workspace, under a name of their own.
  const stick = path.join(desk.root, 'usb stick');
  await mkdir(stick, { recursive: true });
  const file = path.join(stick, 'ws260 from Torge.session.json');
  await writeFile(file, await readFile(FIXTURE));
  await page.goto(app.url);
  desk.nextOpenPath = file;
  desk.nextImportMode = 'in-place';
  await page.getByRole('button', { name: 'Open session file…' }).click();
  await expect(page.getByRole('tab', { name: 'Capture' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/is open where it is, in .*usb stick/)).toBeVisible();
  await expect
    .poll(() => page.title())
    .toMatch(
      /Creating digital public infrastructure.*\(outside the workspace, in .*usb stick\) · Session Desk$/,
    );

  await page.getByLabel('Statement', { exact: true }).fill('Said on the stage, saved on the stick.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  // Its lock and journal are beside it, as a workspace file's are beside that one.
  expect(await readdir(stick)).toContain('.session-desk.lock');
  await expect
    .poll(async () => {
      const listing = await page.evaluate(() => window.desk.listSessions({}));
      return listing.ok ? listing.value.workspaceDir : listing.error.message;
    })
    .toBe(desk.workspace);
  expect(await sessionFiles(desk.workspace)).toEqual([]);

  // The session list shows it among the workspace's sessions, saying where it is.
  await page.getByRole('button', { name: '← Sessions' }).click();
  const row = page.getByRole('button', { name: /^Creating digital public infrastructure/ });
  await expect(row).toContainText(`Outside the workspace: ${stick}`);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'session-list-outside.png'), fullPage: true });

  // Quit and start again: the file is written, the lock let go, and the session is still listed.
  await desk.restart();
  await expect
    .poll(async () => readFile(file, 'utf8'), { timeout: 10_000 })
    .toContain('Said on the stage, saved on the stick.');
  expect(await readdir(stick)).not.toContain('.session-desk.lock');
  await row.click();
  await expect(page.getByText('Said on the stage, saved on the stick.')).toBeVisible();
  await page.getByLabel('Statement', { exact: true }).fill('And a second one after the restart.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await desk.restart();
  await expect(row).toContainText(`Outside the workspace: ${stick}`);
  const saved = JSON.parse(await readFile(file, 'utf8')) as { statements: Array<{ text: string }> };
  expect(saved.statements.map((s) => s.text)).toEqual(
    expect.arrayContaining(['Said on the stage, saved on the stick.', 'And a second one after the restart.']),
  );
  expect(await sessionFiles(desk.workspace)).toEqual([]);
  expect((await readdir(stick)).filter((f) => f.endsWith('.session.json'))).toEqual([
    'ws260 from Torge.session.json',
  ]);
});

test('a file outside the workspace whose folder another running copy holds: the same read-only notice, in the list and the open session, and nothing typed is lost', async ({
  page,
}) => {
  const stick = path.join(desk.root, 'usb stick');
  await mkdir(stick, { recursive: true });
  const file = path.join(stick, 'ws260 from Torge.session.json');
  await writeFile(file, await readFile(FIXTURE));
  await page.goto(app.url);
  desk.nextOpenPath = file;
  desk.nextImportMode = 'in-place';
  await page.getByRole('button', { name: 'Open session file…' }).click();
  await page.getByLabel('Statement', { exact: true }).fill('Said before the other copy opened it.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // This copy quits; another one, in a process of its own, starts with the stick as its workspace.
  await desk.restart();
  const other = await otherCopyHolds(stick);
  try {
    const sayReadOnly = (where: Locator) => saysReadOnly(where, `The folder ${stick}`, other.pid);

    // The session list says so once, for that folder, as it does for a workspace another copy holds.
    await page.reload();
    const notice = page.locator('.notice.read-only');
    await expect(notice).toHaveCount(1);
    await sayReadOnly(notice);
    await expect(notice).toHaveAttribute('role', 'alert');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'session-list-outside-read-only.png'), fullPage: true });

    // Opened, the session shows the same notice up front; what is typed is kept, not refused each time.
    await page.getByRole('button', { name: /^Creating digital public infrastructure/ }).click();
    await sayReadOnly(notice);
    for (const text of ['Typed while the other copy held it.', 'And a second line.']) {
      await page.getByLabel('Statement', { exact: true }).fill(text);
      await page.keyboard.press('Enter');
      await expect(page.getByText(text)).toBeVisible();
    }
    const indicator = page.getByRole('status').filter({ hasText: /^Read-only here/ });
    await expect(indicator).toHaveText(
      'Read-only here: your changes are kept and saved once the other copy closes. Retry now',
    );
    await expect(page.getByRole('alert')).toHaveCount(1);
    await page.screenshot({ path: path.join(SHOTS, 'session-outside-read-only.png') });
    expect(await readFile(file, 'utf8')).not.toContain('Typed while the other copy held it.');
  } finally {
    await other.quit();
  }

  // The other copy quits: the kept changes are saved by themselves and the notice goes.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('.notice.read-only')).toHaveCount(0, { timeout: 10_000 });
  await expect
    .poll(async () => readFile(file, 'utf8'), { timeout: 10_000 })
    .toContain('Typed while the other copy held it.');
  const saved = JSON.parse(await readFile(file, 'utf8')) as { statements: Array<{ text: string }> };
  expect(saved.statements.map((s) => s.text)).toEqual(
    expect.arrayContaining([
      'Said before the other copy opened it.',
      'Typed while the other copy held it.',
      'And a second line.',
    ]),
  );
});

test('a workspace another running copy holds: its session opens with the same read-only notice, and what is typed is saved once that copy quits', async ({
  page,
}) => {
  await mkdir(desk.workspace, { recursive: true });
  const file = path.join(desk.workspace, 'ws260.session.json');
  await writeFile(file, await readFile(FIXTURE));
  const other = await otherCopyHolds(desk.workspace);
  try {
    await page.goto(app.url);
    const notice = page.locator('.notice.read-only');
    await expect(notice).toHaveCount(1);
    await saysReadOnly(notice, `The workspace ${desk.workspace}`, other.pid);
    await page.getByRole('button', { name: /^Creating digital public infrastructure/ }).click();
    await saysReadOnly(notice, `The workspace ${desk.workspace}`, other.pid);
    await page.getByLabel('Statement', { exact: true }).fill('Typed while the workspace was held.');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Read-only here/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(1);
    expect(await readFile(file, 'utf8')).not.toContain('Typed while the workspace was held.');
  } finally {
    await other.quit();
  }
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('.notice.read-only')).toHaveCount(0, { timeout: 10_000 });
  await expect
    .poll(async () => readFile(file, 'utf8'), { timeout: 10_000 })
    .toContain('Typed while the workspace was held.');
});

test('a deleted session can be put back after the app was restarted', async ({ page }) => {
  await page.goto(app.url);
  await newSession(page, 'Kept in the list');
  await newSession(page, 'Deleted by mistake');
  await page.getByRole('button', { name: /^Deleted by mistake/ }).click();
  await page.getByLabel('Statement', { exact: true }).fill('Words that must not be lost.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('button', { name: '← Sessions' }).click();
  await page.getByRole('button', { name: 'Delete Deleted by mistake' }).click();
  await expect(page.getByText('Moved “Deleted by mistake” to the trash.')).toBeVisible();
  expect(await sessionFiles(desk.workspace)).toHaveLength(1);

  // The app quits before Undo was clicked; the file is in the system's trash.
  await desk.restart();
  await expect(page.getByRole('button', { name: /^Kept in the list/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.getByText('Recently deleted (1)').click();
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'session-list-recently-deleted.png'), fullPage: true });
  await page.getByRole('button', { name: 'Put back Deleted by mistake' }).click();
  await expect(page.getByRole('button', { name: /^Deleted by mistake/ })).toBeVisible();
  await expect(page.getByText(/Recently deleted/)).toHaveCount(0);
  expect(await sessionFiles(desk.workspace)).toHaveLength(2);
  await page.getByRole('button', { name: /^Deleted by mistake/ }).click();
  await expect(page.getByText('Words that must not be lost.')).toBeVisible();
});

test('Undo of a delete never writes over a file that came back meanwhile (a sync tool brought it back)', async ({
  page,
}) => {
  await page.goto(app.url);
  await newSession(page, 'Youth summit');
  const [file] = await sessionFiles(desk.workspace);
  const theirs = JSON.parse(await readFile(path.join(desk.workspace, file!), 'utf8'));
  await page.getByRole('button', { name: 'Delete Youth summit' }).click();
  await expect(page.getByText('Moved “Youth summit” to the trash.')).toBeVisible();
  // Another computer's copy arrives under the same name before the user presses Undo.
  theirs.facts.title = 'Youth summit (their copy)';
  const text = JSON.stringify(theirs);
  await writeFile(path.join(desk.workspace, file!), text);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert')).toContainText('“Youth summit” exists again; it was not replaced.');
  // The Undo bar goes; the session is still under "Recently deleted".
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByText('Recently deleted (1)')).toBeVisible();
  // The copy that came back is listed.
  await expect(page.getByRole('button', { name: /^Youth summit \(their copy\)/ })).toBeVisible();
  expect(await readFile(path.join(desk.workspace, file!), 'utf8')).toBe(text);
  await page.screenshot({ path: path.join(SHOTS, 'session-list-undo-exists-again.png') });
});

test('Ctrl+Z and Edit › Undo put back the session just deleted from the list', async ({ page }) => {
  await page.goto(app.url);
  await newSession(page, 'Opening plenary');
  await newSession(page, 'Youth summit');
  await page.getByRole('button', { name: 'Delete Youth summit' }).click();
  await expect(page.getByText('Moved “Youth summit” to the trash.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /^Youth summit/ })).toBeVisible();
  await expect(page.getByText('Moved “Youth summit” to the trash.')).toHaveCount(0);
  expect(await sessionFiles(desk.workspace)).toHaveLength(2);

  await page.getByRole('button', { name: 'Delete Opening plenary' }).click();
  await expect(page.getByText('Moved “Opening plenary” to the trash.')).toBeVisible();
  await desk.emit('menuCommand', { command: 'undo' });
  await expect(page.getByRole('button', { name: /^Opening plenary/ })).toBeVisible();
  expect(await sessionFiles(desk.workspace)).toHaveLength(2);

  // Typing in a box keeps Ctrl+Z for the box's own text.
  await page.getByRole('button', { name: 'Delete Opening plenary' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Something');
  await page.getByLabel('Title', { exact: true }).press('Control+z');
  await expect(page.getByText('Moved “Opening plenary” to the trash.')).toBeVisible();
});
