import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SessionSchema, type Session, type Statement } from '../../shared/model/session';
import { openTurn } from '../../shared/timer/floor';
import { Keys } from '../support/keyPresses';
import { useDesk } from './harness';

/**
 * How many key presses the common actions of a session take, besides the words typed: each action is
 * done with the keys a rapporteur or a moderator would press, its result is checked in the session
 * file (or on the stage screen, which is not part of the record), and the counts are printed as a
 * table. A chord (Ctrl+Shift+A) is one press; typed text is not counted.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}
async function onDisk(check: (s: Session) => boolean): Promise<Session> {
  let last: Session | null = null;
  await expect
    .poll(async () => check((last = await sessionFile().catch(() => null as never))), {
      timeout: 10_000,
      message: `the file as expected: ${check.toString()}`,
    })
    .toBe(true);
  return last!;
}
const live = (s: Session): Statement[] => s.statements.filter((x) => !x.deletedAt);
const said = (s: Session, text: string) => live(s).find((x) => x.text === text);
const nameOf = (s: Session, id: string | null) => s.people.find((p) => p.id === id)?.name;

interface Row {
  action: string;
  keys: number;
  /** The count before these changes, where it gives one. */
  before: string;
}

test('the common actions of a session, counted in key presses, each checked in the record', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  const rows: Row[] = [];
  /** Counts the presses `act` makes, then runs `check` (uncounted) on the result. */
  const measure = async (action: string, before: string, act: (k: Keys) => Promise<void>) => {
    const keys = new Keys(page);
    await act(keys);
    rows.push({ action, keys: keys.count, before });
  };
  const seeded = await sessionFile();
  const byNumber = (n: number) => seeded.people.find((p) => p.speakerNumber === n)!.name;

  // --- the rapporteur ---
  await measure('Statement by another numbered speaker (Ctrl+3, text, Enter)', 'n/a', async (k) => {
    await k.press('Control+Digit3');
    await k.type('Digital public infrastructure must be open.');
    await k.press('Enter');
  });
  let s = await onDisk((x) => !!said(x, 'Digital public infrastructure must be open.'));
  expect(nameOf(s, said(s, 'Digital public infrastructure must be open.')!.speakerId)).toBe(byNumber(3));

  await measure('Next statement, same speaker (text, Enter)', 'n/a', async (k) => {
    await k.type('And interoperable across borders.');
    await k.press('Enter');
  });
  s = await onDisk((x) => !!said(x, 'And interoperable across borders.'));
  expect(nameOf(s, said(s, 'And interoperable across borders.')!.speakerId)).toBe(byNumber(3));

  await measure('Change the speaker, unnumbered one: Ctrl+K, part of the name, Enter', 'n/a', async (k) => {
    await k.press('Control+KeyK');
    await k.type('Torge');
    await k.press('Enter');
  });
  await expect(box).toBeFocused();
  await box.pressSequentially('Funding is the bottleneck.');
  await page.keyboard.press('Enter');
  s = await onDisk((x) => !!said(x, 'Funding is the bottleneck.'));
  expect(nameOf(s, said(s, 'Funding is the bottleneck.')!.speakerId)).toBe('Torge Wolters');

  await measure('Add an audience member and give them a statement', 'n/a', async (k) => {
    await k.press('Control+Shift+KeyA');
    await k.type('Ana Lima');
    await k.press('Enter');
    await k.type('What about small countries?');
    await k.press('Enter');
  });
  s = await onDisk((x) => !!said(x, 'What about small countries?'));
  const ana = s.people.find((p) => p.name === 'Ana Lima')!;
  expect(ana).toMatchObject({ audience: true, speakerNumber: 8 });
  expect(said(s, 'What about small countries?')!.speakerId).toBe(ana.id);

  const questions = [...s.questions].sort((a, b) => a.order - b.order).map((q) => q.id);
  await measure('Statement tagged Q1 + Q2 (Alt+1, Alt+2, text, Enter)', 'n/a', async (k) => {
    await k.press('Alt+Digit1');
    await k.press('Alt+Digit2');
    await k.type('Both questions meet here.');
    await k.press('Enter');
  });
  s = await onDisk((x) => !!said(x, 'Both questions meet here.'));
  expect(said(s, 'Both questions meet here.')!.questionIds).toEqual([questions[0], questions[1]]);

  await measure(
    'Call to action with two fora and a star (Alt+A, Alt+F, 1, 2, Enter, Alt+S, text, Enter)',
    '12 (Alt+K cycling the kinds; the issue does not say whether the adding Enter is in it)',
    async (k) => {
      await k.press('Alt+KeyA');
      await k.press('Alt+KeyF');
      await k.press('Digit1');
      await k.press('Digit2');
      await k.press('Enter');
      await k.press('Alt+KeyS');
      await k.type('Governments should fund open registries.');
      await k.press('Enter');
    },
  );
  s = await onDisk((x) => !!said(x, 'Governments should fund open registries.'));
  expect(said(s, 'Governments should fund open registries.')).toMatchObject({
    kind: 'call-to-action-candidate',
    fora: ['G7', 'G20'],
    starred: true,
  });

  // An earlier statement with a typo, two statements back.
  for (const text of ['Interoperability needs standrads.', 'Thank you.', 'Next, the floor.']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await onDisk((x) => !!said(x, 'Next, the floor.'));
  await measure(
    'Fix a typo in an earlier statement (Ctrl+F, word, Enter, move, fix, Enter; back in the box)',
    '28',
    async (k) => {
      await k.press('Control+KeyF');
      await k.type('standr');
      await k.press('Enter');
      await expect(page.getByLabel('Edit statement')).toBeFocused();
      // The caret is at the end: two words back (the full stop is one), five letters on, two out,
      // the right two in.
      await k.repeat('Control+ArrowLeft', 2);
      await k.repeat('ArrowRight', 5);
      await k.repeat('Delete', 2);
      await k.type('ar');
      await k.press('Enter');
    },
  );
  await expect(box).toBeFocused();
  s = await onDisk((x) => !!said(x, 'Interoperability needs standards.'));
  expect(said(s, 'Interoperability needs standrads.')).toBeUndefined();
  // The search stays on (and says so) until the next statement is added or it is cleared.
  const filterOn = page.getByRole('status').filter({ hasText: 'Filter on' });
  await expect(filterOn).toBeVisible();
  await measure('Clear the search left on (Ctrl+F, Backspace, Esc)', 'n/a', async (k) => {
    await k.press('Control+KeyF');
    await k.press('Backspace');
    await k.press('Escape');
  });
  await expect(filterOn).toHaveCount(0);
  await expect(box).toBeFocused();

  await measure(
    'Change an earlier statement’s speaker, one before the last (↑, ↑, Ctrl+2, Esc)',
    'n/a (the issue: not possible)',
    async (k) => {
      await k.press('ArrowUp');
      await k.press('ArrowUp');
      await k.press('Control+Digit2');
      await k.press('Escape');
    },
  );
  await expect(box).toBeFocused();
  s = await onDisk((x) => nameOf(x, said(x, 'Thank you.')!.speakerId) === byNumber(2));
  // Only that statement changed: the last one keeps its speaker.
  expect(nameOf(s, said(s, 'Next, the floor.')!.speakerId)).toBe('Ana Lima');

  // --- the moderator ---
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await measure('Start a turn (Space)', 'n/a', async (k) => {
    await k.press('Space');
  });
  const first = openTurn(await onDisk((x) => openTurn(x) !== null))!;
  await measure('End the turn (E)', 'n/a', async (k) => {
    await k.press('KeyE');
  });
  await onDisk((x) => x.turns.find((t) => t.id === first.id)!.timer.endedAt !== null);
  await measure(
    'Undo a timer action: the accidental E (Ctrl+Z)',
    'n/a (the issue: Ctrl+Z did nothing)',
    (k) => k.press('Control+KeyZ'),
  );
  await onDisk((x) => openTurn(x)?.id === first.id);
  await page.keyboard.press('KeyE');
  await onDisk((x) => openTurn(x) === null);

  const people = page.getByLabel('Person', { exact: true });
  const options = await people.locator('option').allTextContents();
  const heiko = options.findIndex((o) => o.startsWith('Heiko Wildner'));
  expect(heiko).toBeGreaterThan(0);
  await measure(
    `Put someone in the queue (Q, ↓ × ${heiko} to the person, Enter)`,
    'n/a (the issue: had no key)',
    async (k) => {
      await k.press('KeyQ');
      await k.repeat('ArrowDown', heiko);
      await k.press('Enter');
    },
  );
  s = await onDisk((x) => x.queue.some((q) => !q.deletedAt));
  expect(nameOf(s, s.queue.find((q) => !q.deletedAt)!.personId)).toBe('Heiko Wildner');
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await measure('Next in queue (N)', 'n/a', (k) => k.press('KeyN'));
  s = await onDisk((x) => openTurn(x) !== null && x.queue.every((q) => q.deletedAt));
  expect(nameOf(s, openTurn(s)!.personId)).toBe('Heiko Wildner');
  await measure('Add a minute (+)', 'n/a', (k) => k.pressKeyValue('+'));
  await onDisk((x) => openTurn(x)?.timer.addedSeconds === 60);

  const stage = await desk.openPresenter(s.id);
  await page.bringToFront();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await measure('Show a stage message (M, text, Enter)', 'n/a (the issue: had no key)', async (k) => {
    await k.press('KeyM');
    await k.type('Please wrap up');
    await k.press('Enter');
  });
  await expect(stage.getByRole('status')).toHaveText('Please wrap up');
  await measure('Clear the stage message (H)', 'n/a', (k) => k.press('KeyH'));
  await expect(stage.getByRole('status')).toHaveCount(0);
  await measure('Blackout on (B)', 'n/a (the issue: had no key)', (k) => k.press('KeyB'));
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'blackout');
  await measure('Blackout off (B)', 'n/a (the issue: had no key)', (k) => k.press('KeyB'));
  await expect(stage.locator('main')).not.toHaveAttribute('data-phase', 'blackout');

  const table = [
    '| Action | Keys today | Before (the issue) |',
    '| --- | ---: | --- |',
    ...rows.map((r) => `| ${r.action} | ${r.keys} | ${r.before} |`),
  ].join('\n');
  console.log(`\nKey presses besides the text, per action:\n${table}\n`);
  await test.info().attach('keystrokes.md', { body: table, contentType: 'text/markdown' });
});
