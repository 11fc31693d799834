import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { generateLibrarySession } from '../fixtures/generate-library';
import { useDesk } from './harness';

const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app, desk } = useDesk();

const later = (session: Session, minutes: number) =>
  new Date(Date.parse(session.updatedAt) + minutes * 60_000).toISOString();

/**
 * Two copies of one session, as an email attachment or another computer leaves them: the workspace's
 * has a statement the other lacks, the other has a statement and a room this one lacks.
 */
async function twoCopies(): Promise<{ session: Session; copyFile: string; mine: string; theirs: string }> {
  const base = generateLibrarySession(3, 6);
  const file = path.join(desk.workspace, `${base.id}.session.json`);
  const here = structuredClone(base);
  const mine = 'Said in the room, typed on this laptop.';
  here.statements.push(newStatement(mine, later(base, 1)));
  here.updatedAt = later(base, 1);
  await mkdir(desk.workspace, { recursive: true });
  await writeFile(file, JSON.stringify(here));
  const there = structuredClone(base);
  const theirs = 'Said online, typed on the other laptop.';
  there.statements.push(newStatement(theirs, later(base, 2)));
  there.facts = { ...there.facts, room: 'Room from the other laptop', updatedAt: later(base, 2) };
  there.updatedAt = later(base, 2);
  const elsewhere = path.join(desk.root, 'attachments');
  await mkdir(elsewhere, { recursive: true });
  const copyFile = path.join(elsewhere, 'copy from Ana.session.json');
  await writeFile(copyFile, JSON.stringify(there));
  return { session: here, copyFile, mine, theirs };
}

test('merge another copy from the session list: both sides kept on disk, what came from each shown, undone in one step', async ({
  page,
}) => {
  const { session, copyFile, mine, theirs } = await twoCopies();
  const file = path.join(desk.workspace, `${session.id}.session.json`);
  await page.goto(app.url);
  const title = session.facts.title;

  desk.nextOpenPath = copyFile;
  await page.getByRole('button', { name: `Merge another copy into ${title}…` }).click();
  const notice = page.locator('.merge-notice');
  await expect(notice).toContainText(`Merged copy from Ana.session.json into “${title}”`);
  await expect(notice).toContainText(
    'From copy from Ana.session.json: the session details (room), 1 statement.',
  );
  await expect(notice).toContainText('Only in this computer’s copy, kept: 1 statement.');
  await page.screenshot({ path: `${SHOTS}/43-merge-another-copy.png` });

  const onDisk = JSON.parse(await readFile(file, 'utf8')) as Session;
  const texts = onDisk.statements.map((s) => s.text);
  expect(texts).toContain(mine);
  expect(texts).toContain(theirs);
  expect(onDisk.facts.room).toBe('Room from the other laptop');
  // The file the copy came from is left as it was.
  expect(
    (JSON.parse(await readFile(copyFile, 'utf8')) as Session).statements.map((s) => s.text),
  ).not.toContain(mine);
  // Both copies are saved versions: the one merged in, and this one as it was (what Undo restores).
  const versions = await readdir(path.join(desk.workspace, '.history', session.id));
  expect(versions.some((v) => v.endsWith('--merged-in-from-copy-from-ana-session-json.session.json'))).toBe(
    true,
  );
  expect(versions.some((v) => v.endsWith('--before-merging-another-copy.session.json'))).toBe(true);

  // Undo: one step back to the session as it was.
  await notice.getByRole('button', { name: 'Undo merge' }).click();
  await expect(page.getByText(`The merge into “${title}” was undone.`)).toBeVisible();
  const undone = JSON.parse(await readFile(file, 'utf8')) as Session;
  expect(undone.statements.map((s) => s.text)).toContain(mine);
  expect(undone.statements.map((s) => s.text)).not.toContain(theirs);
  expect(undone.facts.room).toBe(session.facts.room);
});

test('merge refuses another session, a file that is not a session and the session’s own file, changing nothing', async ({
  page,
}) => {
  const { session } = await twoCopies();
  const file = path.join(desk.workspace, `${session.id}.session.json`);
  const before = await readFile(file, 'utf8');
  const other = generateLibrarySession(9, 3);
  const otherFile = path.join(desk.root, 'attachments', 'other.session.json');
  await writeFile(otherFile, JSON.stringify(other));
  const notes = path.join(desk.root, 'attachments', 'notes.txt');
  await writeFile(notes, 'Minutes of the day, not a session.');
  await page.goto(app.url);
  const merge = page.getByRole('button', { name: `Merge another copy into ${session.facts.title}…` });
  const alert = page.getByRole('alert');

  desk.nextOpenPath = otherFile;
  await merge.click();
  await expect(alert).toContainText(
    `other.session.json holds another session (“${other.facts.title}”), not a copy of “${session.facts.title}”`,
  );
  desk.nextOpenPath = notes;
  await merge.click();
  await expect(alert).toContainText('notes.txt');
  await expect(alert).toContainText('Only a Session Desk session file can be merged; nothing was changed.');
  await page.screenshot({ path: `${SHOTS}/44-merge-refused.png` });
  desk.nextOpenPath = file;
  await merge.click();
  await expect(alert).toContainText("is this session's own file");
  // Cancelled: nothing happens, nothing said.
  desk.nextOpenPath = null;
  await merge.click();
  await expect(alert).toHaveCount(0);
  expect(await readFile(file, 'utf8')).toBe(before);
});

test('File › Merge another copy… merges into the open session, which shows the other copy’s statement at once', async ({
  page,
}) => {
  const { session, copyFile, theirs } = await twoCopies();
  await page.goto(app.url);
  await page.getByRole('button', { name: new RegExp(`^${session.facts.title}`) }).click();
  await expect(page.getByRole('tab', { name: 'Capture' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(theirs)).toHaveCount(0);
  desk.nextOpenPath = copyFile;
  await desk.emit('menuCommand', { command: 'mergeCopy' });
  await expect(page.locator('.merge-notice')).toContainText('1 statement');
  await expect(page.getByText(theirs).first()).toBeVisible();
  const onDisk = JSON.parse(await readFile(path.join(desk.workspace, `${session.id}.session.json`), 'utf8'));
  expect((onDisk as Session).statements.map((s) => s.text)).toContain(theirs);
});

test('a conflict copy that arrives while the session is open is merged within moments, and the user is told', async ({
  page,
}) => {
  const { session, copyFile, mine, theirs } = await twoCopies();
  await page.goto(app.url);
  await page.getByRole('button', { name: new RegExp(`^${session.facts.title}`) }).click();
  await expect(page.getByText(mine).first()).toBeVisible();
  await expect(page.getByText(theirs)).toHaveCount(0);
  // Syncthing writes the copy under a temporary name, then renames it into place.
  const name = `${session.id}.session.sync-conflict-20261201-101500-ABCDEFG.json`;
  const temp = path.join(desk.workspace, `.syncthing.${name}.tmp`);
  await writeFile(temp, await readFile(copyFile));
  await rename(temp, path.join(desk.workspace, name));
  await expect(page.getByText(/Merged a Syncthing conflict copy into/)).toBeVisible({ timeout: 5_000 });
  await expect(page.getByText(theirs).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/45-conflict-copy-arrived-while-open.png` });
  const file = path.join(desk.workspace, `${session.id}.session.json`);
  const onDisk = JSON.parse(await readFile(file, 'utf8')) as Session;
  expect(onDisk.statements.map((s) => s.text)).toEqual(expect.arrayContaining([mine, theirs]));
  expect(await readdir(desk.workspace)).not.toContain(name);

  // Capture goes on into the merged session: a new statement lands beside both.
  await page.getByLabel('Statement', { exact: true }).fill('Said after the merge.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const after = JSON.parse(await readFile(file, 'utf8')) as Session;
  expect(after.statements.map((s) => s.text)).toEqual(
    expect.arrayContaining([mine, theirs, 'Said after the merge.']),
  );

  // A Nextcloud copy written in place (no rename) is merged the same way.
  const again = JSON.parse(await readFile(copyFile, 'utf8')) as Session;
  again.statements.push(newStatement('A third laptop chimes in.', later(again, 5)));
  again.updatedAt = later(again, 5);
  await writeFile(
    path.join(desk.workspace, `${session.id}.session (conflicted copy 2026-12-01 101500).json`),
    JSON.stringify(again),
  );
  await expect(page.getByText('A third laptop chimes in.').first()).toBeVisible({ timeout: 5_000 });
  await expect(page.getByText(/Merged a Nextcloud conflict copy into/)).toBeVisible();
});
