import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const TRANSCRIPTS = path.resolve('tests/fixtures/transcripts');
const SHOTS = path.resolve('test-results/screens');

const { app, desk } = useDesk();

/** The single session file in the workspace, as the app wrote it. */
async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

/** Waits until the file on disk (the journal is folded in after a moment) satisfies `check`. */
async function onDisk(check: (s: Session) => boolean): Promise<Session> {
  await expect(page_saved()).toBeVisible();
  let last: Session | null = null;
  await expect
    .poll(
      async () => {
        last = await sessionFile();
        return check(last);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last!;
}
let currentPage: Page;
const page_saved = () => currentPage.getByRole('status').filter({ hasText: 'All changes saved' });

const live = (s: Session) => s.statements.filter((x) => x.deletedAt === null);

async function importSeed(page: Page) {
  currentPage = page;
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeEnabled();
  await expect(box).toBeFocused();
  return box;
}

test('capture 20 statements by keyboard alone: speakers, tags, kinds, star, fora, audience, poll, edit, delete, undo, redo', async ({
  page,
}) => {
  const box = await importSeed(page);
  const speaker = page.getByRole('combobox', { name: /Speaker/ });
  const kb = page.keyboard;

  /** Types a statement and adds it with Enter; the box is empty and focused again. */
  const say = async (text: string) => {
    await kb.type(text);
    await kb.press('Enter');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
  };
  const byName = async (letters: string) => {
    await kb.press('Control+k');
    await expect(speaker).toBeFocused();
    await kb.type(letters);
    await kb.press('Enter');
    await expect(box).toBeFocused();
  };

  // 1–4: type-ahead on names, question tags (several), kinds.
  await byName('pram');
  await kb.press('Alt+Digit1');
  await say('Aadhaar was built on **open standards**.'); // the tags clear with the statement
  await byName('shk');
  await kb.press('Alt+Digit2');
  await kb.press('Alt+Digit3');
  await say('Ukraine keeps people at the centre.');
  await byName('odh');
  await kb.press('Alt+KeyK'); // question
  await say('How do we finance shared standards?');
  await kb.press('Alt+KeyK');
  await kb.press('Alt+KeyK'); // recommendation
  await say('Peer learning should be funded regionally.');

  // 5–8: speakers by number, star, fora checklist.
  await kb.press('Control+Digit1');
  await expect(page.getByRole('button', { name: /1 Heiko Wildner/ })).toHaveAttribute('aria-pressed', 'true');
  await kb.press('Alt+KeyS');
  await say('Governments must commit to interoperability.');
  await kb.press('Control+Digit5');
  await kb.press('Alt+KeyF');
  await expect(page.getByRole('group', { name: 'Follow-up fora' })).toBeVisible();
  await kb.press('Digit1'); // G7
  await kb.press('Digit3'); // Global Digital Compact
  await kb.press('Enter');
  await expect(box).toBeFocused();
  await kb.press('Alt+KeyK');
  await kb.press('Alt+KeyK');
  await kb.press('Alt+KeyK');
  await kb.press('Alt+KeyK'); // key-takeaway candidate
  await say('DPI needs safeguards agreed across fora.');
  await kb.press('Control+Digit6');
  await say('Civil society should be at the table.');
  await kb.press('Control+Digit7');
  for (let i = 0; i < 5; i++) await kb.press('Alt+KeyK'); // call-to-action candidate
  await kb.press('Alt+KeyS');
  await say('Open a shared registry of DPI components by 2027.');

  // 9–10: an audience speaker added on the fly; the default speaker stays the last one.
  await kb.press('Control+Shift+KeyA');
  await expect(page.getByLabel('Name (optional)')).toBeFocused();
  await kb.type('Ana Lima');
  await kb.press('Tab');
  await kb.press('ArrowDown'); // Government
  await kb.press('ArrowDown'); // Civil Society
  await kb.press('Tab');
  await kb.press('ArrowDown'); // onsite
  await kb.press('ArrowDown'); // online
  await kb.press('Enter');
  await expect(box).toBeFocused();
  await expect(speaker).toHaveValue('Ana Lima');
  await kb.press('Alt+Digit3');
  await kb.press('Alt+KeyG'); // keep the tag for the next statement too
  await expect(page.getByRole('checkbox', { name: /Keep tags/ })).toBeChecked();
  await say('What about people without a phone?');
  await say('And without a birth certificate?');
  await kb.press('Alt+KeyG');
  await kb.press('Alt+Digit3');
  await expect(page.getByRole('checkbox', { name: /Q3/ })).not.toBeChecked();

  // 11: a poll result.
  await kb.press('Control+Digit1');
  await kb.press('Alt+KeyP');
  await expect(page.getByLabel(/Poll question/)).toBeFocused();
  await kb.type('Who should govern DPI?');
  await kb.press('Enter');
  await kb.type('Governments: 12\nMultistakeholder bodies: 30\nCompanies: 3');
  await kb.press('Control+Enter');
  await expect(page.getByRole('table').filter({ hasText: 'Who should govern DPI?' })).toBeVisible();

  // 12–20.
  for (let i = 12; i <= 20; i++) {
    await kb.press(`Control+Digit${(i % 7) + 1}`);
    if (i % 3 === 0) await kb.press('Alt+Digit1');
    await say(`Point number ${i} about digital public infrastructure.`);
  }
  await expect(page.getByText('20 statements')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/10-capture-keyboard.png` });

  // Edit in place: Up in the empty box selects the last statement, Up again the one before, E edits.
  await kb.press('ArrowUp');
  await kb.press('ArrowUp');
  await kb.press('KeyE');
  const editor = page.getByLabel('Edit statement');
  await expect(editor).toBeFocused();
  await kb.press('Control+a');
  await kb.type('Point number 19, corrected.');
  await kb.press('Enter');
  await expect(box).toBeFocused();
  await expect(page.getByText('Point number 19, corrected.')).toBeVisible();

  // A tag change on a selected statement, undone and redone.
  await kb.press('ArrowUp');
  await kb.press('Alt+Digit2');
  const last = page.getByRole('listitem').filter({ hasText: 'Point number 20' });
  await expect(last.locator('.statement-meta').getByText('Q2', { exact: true })).toBeVisible();
  await kb.press('Control+z');
  await expect(box).toBeFocused();
  await expect(last.locator('.statement-meta').getByText('Q2', { exact: true })).toHaveCount(0);
  await kb.press('Control+Shift+z');
  await expect(last.locator('.statement-meta').getByText('Q2', { exact: true })).toBeVisible();

  // Delete, undo, redo, undo: the statement is back.
  await kb.press('ArrowUp');
  await kb.press('ArrowUp');
  await kb.press('ArrowUp');
  await kb.press('Delete');
  await expect(box).toBeFocused();
  await expect(page.getByText('Point number 18')).toHaveCount(0);
  await kb.press('Control+z');
  await expect(page.getByText('Point number 18')).toBeVisible();
  await kb.press('Control+Shift+z');
  await expect(page.getByText('Point number 18')).toHaveCount(0);
  await kb.press('Control+z');
  await expect(page.getByText('Point number 18')).toBeVisible();
  // Undo the edit too, then redo it.
  await kb.press('Control+z'); // the tag (redone above) goes
  await kb.press('Control+z'); // the edit goes
  await expect(page.getByText('Point number 19 about digital public infrastructure.')).toBeVisible();
  await kb.press('Control+Shift+z');
  await kb.press('Control+Shift+z');
  await expect(page.getByText('Point number 19, corrected.')).toBeVisible();

  // Ctrl+Z with text in the box undoes typing, not the last statement.
  await kb.type('half a sentence');
  await kb.press('Control+z');
  await expect(page.getByText('Point number 19, corrected.')).toBeVisible();
  await kb.press('Control+a');
  await kb.press('Delete');
  await expect(box).toHaveValue('');

  // What is on disk.
  const s = await onDisk((x) => live(x).length === 20 && live(x).some((st) => st.text.includes('corrected')));
  const people = new Map(s.people.map((p) => [p.id, p]));
  const qs = [...s.questions].sort((a, b) => a.order - b.order).map((q) => q.id);
  const find = (needle: string) => {
    const st = live(s).find((x) => x.text.includes(needle));
    expect(st, needle).toBeDefined();
    return st!;
  };
  const nameOf = (needle: string) => people.get(find(needle).speakerId ?? '')?.name;
  expect(nameOf('Aadhaar')).toBe('Pramod Varma');
  expect(find('Aadhaar').questionIds).toEqual([qs[0]]);
  expect(nameOf('Ukraine')).toBe('Maksym Shkilov');
  expect(new Set(find('Ukraine').questionIds)).toEqual(new Set([qs[1], qs[2]]));
  expect(find('How do we finance').kind).toBe('question');
  expect(find('How do we finance').questionIds).toEqual([]);
  expect(find('Peer learning').kind).toBe('recommendation');
  expect(nameOf('Governments must')).toBe('Heiko Wildner');
  expect(find('Governments must').starred).toBe(true);
  expect(nameOf('safeguards')).toBe('Aishwarya Salvi');
  expect(find('safeguards').fora).toEqual(['G7', 'Global Digital Compact']);
  expect(find('safeguards').kind).toBe('key-takeaway-candidate');
  expect(find('safeguards').starred).toBe(false);
  expect(find('shared registry').kind).toBe('call-to-action-candidate');
  expect(find('shared registry').starred).toBe(true);
  const ana = s.people.find((p) => p.name === 'Ana Lima');
  expect(ana).toMatchObject({ audience: true, stakeholder: 'civil-society', presence: 'online' });
  expect(find('without a phone').speakerId).toBe(ana!.id);
  expect(find('birth certificate').speakerId).toBe(ana!.id);
  expect(find('birth certificate').questionIds).toEqual([qs[2]]);
  const poll = find('Who should govern DPI?');
  expect(poll.kind).toBe('poll-result');
  expect(poll.poll).toEqual({
    question: 'Who should govern DPI?',
    options: [
      { label: 'Governments', count: 12 },
      { label: 'Multistakeholder bodies', count: 30 },
      { label: 'Companies', count: 3 },
    ],
  });
  expect(find('Point number 20').questionIds).toEqual([qs[1]]);
  expect(find('Point number 18').deletedAt).toBeNull();
  expect(find('Point number 15').questionIds).toEqual([qs[0]]);
  for (const st of live(s)) expect(st.offsetSeconds === null || Number.isFinite(st.offsetSeconds)).toBe(true);

  // The help overlay: F1 opens it, its Close button and Escape close it, focus comes back.
  await kb.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText(/Ctrl\+Z undoes typing there instead/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/11-capture-help.png` });
  await kb.press('Escape');
  await expect(help).toBeHidden();
  await expect(box).toBeFocused();
  await kb.press('Control+/');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: /Close/ }).click();
  await expect(help).toBeHidden();
  await expect(box).toBeFocused();
});

test('a “no question” verdict is taken back with the badge’s × and with Alt+0 on the selected statement, each one undoable step on disk', async ({
  page,
}) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  const say = async (text: string) => {
    await box.fill(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  };
  await kb.press('Control+Digit2');
  await say('Thank you, and over to our next speaker.');
  await kb.press('Alt+Digit1');
  await say('Open data standards matter for small states.');
  const first = await onDisk((s) => live(s).length === 2);
  const [thanks, data] = live(first).map((s) => s.id) as [string, string];
  const q1 = first.questions[0]!.id;
  const byId = (s: Session, id: string) => live(s).find((x) => x.id === id)!;
  const row = (id: string) => page.locator(`li#statement-${id}`);
  const badge = (id: string) => row(id).locator('.badge.no-question');
  const list = page.getByRole('group', { name: 'Statements', exact: true });

  // Keyboard: ↑ from the empty box selects the last statement, ↑ again the one before; Alt+0 marks it.
  await box.press('ArrowUp');
  await kb.press('ArrowUp');
  await expect(row(thanks)).toHaveClass(/selected/);
  await expect(list).toBeFocused();
  await kb.press('Alt+Digit0');
  await expect(badge(thanks)).toContainText('no question');
  await expect(page.getByText('Marked “no question”. Ctrl+Z undoes it.')).toBeVisible();
  await onDisk((s) => byId(s, thanks).noQuestion === true);
  await page.screenshot({ path: `${SHOTS}/capture-no-question-badge.png` });
  // The badge and its × pass axe (contrast, a name for the button), in the light theme and the dark.
  await expectNoSeriousA11yViolations(page, 'capture, a statement marked “no question”');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, 'capture, a statement marked “no question”, dark');
  await row(thanks).getByRole('button', { name: 'Remove “no question”' }).hover();
  await page.screenshot({
    path: `${SHOTS}/capture-no-question-badge-dark.png`,
    clip: { x: 0, y: 180, width: 640, height: 120 },
  });
  await page.emulateMedia({ colorScheme: 'light' });

  // Mouse: the badge's × takes the verdict back, with its own accessible name.
  const remove = row(thanks).getByRole('button', { name: 'Remove “no question”' });
  await remove.click();
  await expect(badge(thanks)).toHaveCount(0);
  await expect(page.getByText('“No question” removed. Ctrl+Z puts it back.')).toBeVisible();
  await onDisk((s) => byId(s, thanks).noQuestion === false);

  // One undo puts it back, one redo takes it away again.
  await kb.press('Control+z');
  await expect(badge(thanks)).toBeVisible();
  await onDisk((s) => byId(s, thanks).noQuestion === true);
  await kb.press('Control+Shift+z');
  await expect(badge(thanks)).toHaveCount(0);
  await onDisk((s) => byId(s, thanks).noQuestion === false);

  // Alt+0 on the focused statement is a toggle: on, then off again.
  await box.press('ArrowUp');
  await kb.press('ArrowUp');
  await expect(row(thanks)).toHaveClass(/selected/);
  await kb.press('Alt+Digit0');
  await onDisk((s) => byId(s, thanks).noQuestion === true);
  await kb.press('Alt+Digit0');
  await expect(badge(thanks)).toHaveCount(0);
  await onDisk((s) => byId(s, thanks).noQuestion === false);

  // The × is reachable and pressed by keyboard too (Tab to it, Space).
  await kb.press('Alt+Digit0');
  await expect(badge(thanks)).toBeVisible();
  await remove.focus();
  await kb.press('Space');
  await expect(badge(thanks)).toHaveCount(0);
  await onDisk((s) => byId(s, thanks).noQuestion === false);

  // On a tagged statement the verdict replaces its tags in one step, and one undo brings the tags back.
  await box.focus();
  await box.press('ArrowUp');
  await expect(row(data)).toHaveClass(/selected/);
  await kb.press('Alt+Digit0');
  let saved = await onDisk((s) => byId(s, data).noQuestion === true);
  expect(byId(saved, data).questionIds).toEqual([]);
  await expect(row(data).locator('.badge', { hasText: 'Q1' })).toHaveCount(0);
  await kb.press('Control+z');
  saved = await onDisk((s) => byId(s, data).noQuestion === false);
  expect(byId(saved, data).questionIds).toEqual([q1]);
  await expect(row(data).locator('.badge', { hasText: 'Q1' })).toBeVisible();
  // With the mouse, the selected statement's own “no question” box marks it and unmarks it.
  await row(data).locator('.statement-meta').click();
  const box0 = row(data).getByRole('checkbox', { name: 'no question' });
  await box0.check();
  await expect(badge(data)).toBeVisible();
  saved = await onDisk((s) => byId(s, data).noQuestion === true);
  expect(byId(saved, data).questionIds).toEqual([]);
  await box0.uncheck();
  await expect(badge(data)).toHaveCount(0);
  await onDisk((s) => byId(s, data).noQuestion === false);
  // In the capture box Alt+0 changes nothing: the verdict belongs to a statement already said.
  await box.focus();
  await kb.press('Alt+Digit0');
  await expect(box).toHaveValue('');
  expect(live(await sessionFile()).filter((s) => s.noQuestion)).toHaveLength(0);
});

test('filters and per-question counts, zeros included', async ({ page }) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  const say = async (text: string) => {
    await box.fill(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  };
  await kb.press('Control+Digit2');
  await kb.press('Alt+Digit1');
  await say('Interoperability first.');
  await kb.press('Alt+Digit1');
  await say('Then trust.');
  await kb.press('Control+Digit3');
  await kb.press('Alt+Digit2');
  await kb.press('Alt+KeyS');
  await say('Safeguards for identity.');
  await say('Untagged remark.');

  const counts = page.getByRole('group', { name: 'Statements per policy question' });
  await expect(counts.getByRole('button', { name: 'Q1: 2' })).toBeVisible();
  await expect(counts.getByRole('button', { name: 'Q2: 1' })).toBeVisible();
  await expect(counts.getByRole('button', { name: /Q3: 0 \(none yet\)/ })).toBeVisible();
  await expect(counts.getByRole('button', { name: 'Untagged: 1' })).toBeVisible();

  await counts.getByRole('button', { name: 'Q1: 2' }).click();
  await expect(page.getByText('Showing 2 of 4')).toBeVisible();
  await expect(page.locator('.statement-text')).toHaveText(['Interoperability first.', 'Then trust.']);
  // Counts stay those of the whole session while filtering.
  await expect(counts.getByRole('button', { name: 'Q2: 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByLabel('Filter by speaker').selectOption({ label: 'Maksym Shkilov' });
  await expect(page.locator('.statement-text')).toHaveText(['Safeguards for identity.', 'Untagged remark.']);
  await page.getByLabel('★ starred only').check();
  await expect(page.locator('.statement-text')).toHaveText(['Safeguards for identity.']);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await box.focus();
  await kb.press('Control+f');
  await expect(page.getByLabel('Search statements')).toBeFocused();
  await kb.type('TRUST');
  await expect(page.getByText('Showing 1 of 4')).toBeVisible();
  await expect(page.locator('.statement-text')).toHaveText(['Then trust.']);
  await page.getByLabel('Search statements').fill('');
  await page.getByLabel('Filter by question').selectOption({ label: 'untagged' });
  await expect(page.locator('.statement-text')).toHaveText(['Untagged remark.']);
  await page.getByLabel('Filter by question').selectOption({ label: 'all' });
  await page.getByLabel('Filter by kind').selectOption('statement');
  await expect(page.getByText('Showing 4 of 4')).toBeVisible();
});

test('the unsent text, speaker and tags survive a reload', async ({ page }) => {
  const box = await importSeed(page);
  await page.keyboard.press('Control+Digit3');
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.press('Alt+KeyS');
  await page.keyboard.type('A sentence not yet added');
  const sessionId = await page.evaluate(async () => {
    const list = (await window.desk.listSessions({})) as {
      ok: boolean;
      value: { sessions: Array<{ id: string }> };
    };
    return list.value.sessions[0]!.id;
  });
  await expect
    .poll(() =>
      page.evaluate(
        async (id) =>
          ((await window.desk.getDraft({ sessionId: id })) as { value: { draft: { text: string } | null } })
            .value.draft?.text ?? null,
        sessionId,
      ),
    )
    .toBe('A sentence not yet added');

  await page.reload();
  await page
    .getByRole('button', { name: /Creating digital public infrastructure/ })
    .first()
    .click();
  await expect(box).toHaveValue('A sentence not yet added');
  await expect(box).toBeFocused();
  await expect(page.getByRole('combobox', { name: /Speaker/ })).toHaveValue('Maksym Shkilov');
  await expect(page.getByRole('checkbox', { name: /^Q2/ })).toBeChecked();
  await expect(page.getByRole('button', { name: /Starred/ })).toHaveAttribute('aria-pressed', 'true');

  // Adding it clears the draft.
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect
    .poll(() =>
      page.evaluate(
        async (id) =>
          ((await window.desk.getDraft({ sessionId: id })) as { value: { draft: unknown } }).value.draft,
        sessionId,
      ),
    )
    .toBeNull();
  const s = await onDisk((x) => live(x).length === 1);
  expect(live(s)[0]).toMatchObject({ text: 'A sentence not yet added', starred: true });
});

test('RAW transcripts import through the UI with the right speakers and turns, and undo as one step', async ({
  page,
}) => {
  const expected = JSON.parse(await readFile(path.join(TRANSCRIPTS, 'EXPECTED.json'), 'utf8')) as {
    transcripts: Array<{ file: string; speakers: string[]; turns: number; unnamedTurns: number }>;
  };
  const box = await importSeed(page);
  // One transcript label ("CHAIR ALBUQUERQUE") names a person of the session.
  const sessionId = await page.evaluate(async () => {
    const list = (await window.desk.listSessions({})) as {
      ok: boolean;
      value: { sessions: Array<{ id: string }> };
    };
    return list.value.sessions[0]!.id;
  });
  const inesId = '6f0e2a8c-3c1d-4b8e-9f4a-2d7c5b1e9a01';
  await page.evaluate(
    ([id, personId]) =>
      window.desk.changeSession({
        id,
        changes: [{ type: 'person.put', person: { id: personId, name: 'Inês Albuquerque', order: 99 } }],
      }),
    [sessionId, inesId] as const,
  );
  await expect(page.getByRole('button', { name: /Inês Albuquerque/ })).toBeVisible();

  let total = 0;
  let people = (await sessionFile()).people.length;
  for (const [n, t] of expected.transcripts.entries()) {
    await box.focus();
    await page.keyboard.press('Alt+KeyI');
    const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Transcript text').fill(await readFile(path.join(TRANSCRIPTS, t.file), 'utf8'));
    await expect(dialog.getByRole('heading', { level: 3 })).toContainText(
      `Found ${t.turns} turns by ${t.speakers.length} named speakers`,
    );
    if (t.unnamedTurns)
      await expect(dialog.getByRole('heading', { level: 3 })).toContainText(
        `(${t.unnamedTurns} unnamed turns)`,
      );
    const rows = dialog.locator('.transcript-speakers tbody tr');
    await expect(rows).toHaveCount(t.speakers.length);
    for (const [i, label] of t.speakers.entries())
      await expect(rows.nth(i).locator('th label')).toHaveText(label);
    const matched = t.speakers.filter((l) => l === 'CHAIR ALBUQUERQUE');
    for (const label of matched) {
      await expect(dialog.getByLabel(label)).toHaveValue(`p:${inesId}`);
      await expect(rows.filter({ hasText: label })).toContainText('✓ matched');
    }
    const fresh = await dialog
      .locator('.transcript-speakers select')
      .evaluateAll((els) => els.filter((e) => (e as HTMLSelectElement).value === 'audience').length);
    if (n === 0) await page.screenshot({ path: `${SHOTS}/12-transcript-preview.png` });
    await dialog.getByRole('button', { name: `Import ${t.turns} turns` }).click();
    await expect(dialog).toBeHidden();
    await expect(box).toBeFocused();
    total += t.turns;
    people += fresh;
    await expect(page.getByText(`${total} statements`)).toBeVisible();

    // One Ctrl+Z takes the whole import (statements and new people) away; Ctrl+Shift+Z brings it back.
    await page.keyboard.press('Control+z');
    await expect(page.getByText(`${total - t.turns} statements`)).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText(`${total} statements`)).toBeVisible();
  }

  const s = await onDisk((x) => live(x).length === total);
  expect(s.people.filter((p) => p.deletedAt === null)).toHaveLength(people);
  const names = new Map(s.people.map((p) => [p.id, p.name]));
  for (const t of expected.transcripts)
    for (const label of t.speakers) {
      if (label === 'CHAIR ALBUQUERQUE') {
        expect(live(s).some((st) => st.speakerId === inesId)).toBe(true);
        continue;
      }
      const person = s.people.find((p) => p.audience && p.name.toUpperCase() === label);
      expect(person, label).toBeDefined();
      expect(live(s).some((st) => st.speakerId === person!.id)).toBe(true);
    }
  expect(live(s).filter((st) => st.speakerId === null)).toHaveLength(
    expected.transcripts.reduce((sum, t) => sum + t.unnamedTurns, 0),
  );
  expect(live(s).every((st) => st.questionIds.length === 0)).toBe(true);
  expect([...names.values()]).toContain('Miriam Osei-Tutu');
});

test("a transcript role label is mapped to the session's moderator it names, a near-miss spelling is confirmed", async ({
  page,
}) => {
  const box = await importSeed(page);
  const before = await sessionFile();
  const moderator = before.people.find((p) => p.roles.includes('onsiteModerator'))!;
  const speaker = before.people.find((p) => p.roles.includes('speaker') && p.id !== moderator.id)!;
  const misspelt = speaker.name.toUpperCase().replace(/([AEIOU])([^AEIOU ]*)$/, '$1$1$2');
  const text = [
    'IGF 2023 WS #260 Creating digital public infrastructure that empowers people',
    '',
    `>> MODERATOR: Good morning, my name is ${moderator.name} and I open the session.`,
    `>> ${misspelt}: Thank you for having me.`,
    '>> MARIE\u2011CLAIRE DUBOIS\u2011LEGRAND: A question from the floor.',
  ].join('\n');
  await box.focus();
  await page.keyboard.press('Alt+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  await dialog.getByLabel('Transcript text').fill(text);
  await expect(dialog.getByRole('heading', { level: 3 })).toContainText('Found 3 turns by 3 named speakers');
  await expect(dialog.getByLabel('MARIE-CLAIRE DUBOIS-LEGRAND')).toHaveValue('audience');
  await expect(dialog.getByLabel('MODERATOR')).toHaveValue(`p:${moderator.id}`);
  await expect(dialog.locator('tr', { hasText: 'MODERATOR' })).toContainText('suggested, please check');
  await dialog.getByLabel(misspelt).selectOption(`p:${speaker.id}`);
  await page.screenshot({ path: `${SHOTS}/12b-transcript-mapping.png` });
  await dialog.getByRole('button', { name: 'Import 3 turns' }).click();
  await expect(dialog).toBeHidden();
  const s = await onDisk((x) => live(x).length === 3);
  const added = s.people.find((p) => p.audience)!;
  expect(added.name).toBe('Marie-Claire Dubois-Legrand');
  expect(live(s).map((st) => st.speakerId)).toEqual([moderator.id, speaker.id, added.id]);
  expect(s.people.filter((p) => p.deletedAt === null)).toHaveLength(before.people.length + 1);
});
