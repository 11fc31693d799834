import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { useDesk } from './harness';

/**
 * What a rapporteur and a moderator hit in their first real hour, each acted out with the keys they
 * would press, and checked against the session file on disk.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}
async function onDisk(page: Page, check: (s: Session) => boolean): Promise<Session> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  let last: Session | null = null;
  await expect.poll(async () => check((last = await sessionFile())), { timeout: 10_000 }).toBe(true);
  return last!;
}
async function importSeed(page: Page) {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  return box;
}
const speakerOf = (s: Session, text: string) =>
  s.people.find((p) => p.id === s.statements.find((x) => x.text === text && !x.deletedAt)?.speakerId)?.name;

test('1. speaker numbers stay with a person all session; a statement’s speaker can be changed afterwards', async ({
  page,
}) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  const strip = page.getByRole('list', { name: 'Numbered speakers' });
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toBeVisible();

  // Three audience members arrive; Torge Wolters keeps 7 and the new people are appended.
  for (const name of ['Ana Lima', 'Bo Chen', 'Chidi Okafor']) {
    await kb.press('Control+Shift+KeyA');
    await kb.type(name);
    await kb.press('Enter');
    await expect(box).toBeFocused();
  }
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toBeVisible();
  await expect(strip.getByRole('button', { name: '8 Ana Lima' })).toBeVisible();
  await expect(strip.getByRole('button', { name: '9 Bo Chen' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/30-capture-stable-numbers.png` });

  await kb.press('Control+Digit7');
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await kb.type('Thank you, I will summarise.');
  await kb.press('Enter');
  // Number 10 has no Ctrl key; Ctrl+K and the number finds him.
  await kb.press('Control+k');
  await kb.type('10');
  await kb.press('Enter');
  await kb.type('A question from the floor.');
  await kb.press('Enter');
  await kb.press('Control+Digit8');
  await kb.type('Meant for Pramod.');
  await kb.press('Enter');

  // The last statement went to the wrong person: ↑ selects it, Ctrl+2 gives it to number 2.
  await kb.press('ArrowUp');
  await kb.press('Control+Digit2');
  const last = page.getByRole('listitem').filter({ hasText: 'Meant for Pramod.' });
  await expect(last.locator('.speaker-name')).toHaveText(/2\s*Pramod Varma/);
  // The box's own speaker did not change.
  await kb.press('Escape');
  await expect(box).toBeFocused();
  await expect(strip.getByRole('button', { name: '8 Ana Lima' })).toHaveAttribute('aria-pressed', 'true');
  // By mouse: the selected statement's speaker list.
  await page.getByText('A question from the floor.').click();
  await last
    .page()
    .getByRole('group', { name: 'Change this statement' })
    .getByLabel('Speaker')
    .selectOption({ label: '8 · Ana Lima' });

  const s = await onDisk(page, (x) => speakerOf(x, 'A question from the floor.') === 'Ana Lima');
  expect(speakerOf(s, 'Thank you, I will summarise.')).toBe('Torge Wolters');
  expect(speakerOf(s, 'Meant for Pramod.')).toBe('Pramod Varma');
  expect(s.people.find((p) => p.name === 'Chidi Okafor')?.speakerNumber).toBe(10);
  expect(s.people.find((p) => p.name === 'Torge Wolters')?.speakerNumber).toBe(7);
  // Ctrl+Z takes back the speaker change.
  await page.getByLabel('Statement', { exact: true }).focus();
  await kb.press('Control+z');
  await onDisk(page, (x) => speakerOf(x, 'A question from the floor.') === 'Chidi Okafor');
});
