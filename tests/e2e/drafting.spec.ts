import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { live, SessionSchema, type Session } from '../../shared/model/session';
import { useDesk } from './harness';

/** The first draft loads the language model in the worker: on a busy machine that takes a while. */
const FIRST_DRAFT = 30_000;

/** The drafting in the real UI: suggestions accepted one by one and all at once, candidates moved into the report. */
const FIXTURE = path.resolve('tests/fixtures/drafting/of19');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');

const { app, desk } = useDesk();

async function onDisk(until: (s: Session) => boolean = () => true): Promise<Session> {
  let last: Session | null = null;
  await expect
    .poll(
      async () => {
        const [file] = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
        if (!file) return false;
        last = SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, file), 'utf8')));
        return until(last);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return last!;
}

async function importSession(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(app.url);
  await page
    .getByLabel('Paste the text of the IGF session page')
    .fill(await readFile(`${FIXTURE}/page.txt`, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Small States, Shared Defences');
  await page.getByRole('tab', { name: 'Capture' }).click();
  const box = page.getByRole('textbox', { name: /Statement/ }).first();
  await box.focus();
  await page.keyboard.press('Alt+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  await dialog.getByLabel('Transcript text').fill(await readFile(`${FIXTURE}/transcript.txt`, 'utf8'));
  await dialog.getByRole('button', { name: 'Import 106 turns' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('106 statements')).toBeVisible();
}

test('tag suggestions: one accepted with Alt+Y, then all above a confidence in one undoable step', async ({
  page,
}) => {
  await importSession(page);
  const bar = page.getByRole('region', { name: 'Tag suggestions' });
  await expect(bar).toContainText('untagged statements with a suggestion', { timeout: FIRST_DRAFT });

  // Nothing is applied by itself: the file still has no tag.
  expect(live((await onDisk()).statements).every((s) => s.questionIds.length === 0)).toBe(true);

  // Select the last statement with a suggestion and accept its top question with one key.
  const row = page
    .locator('li.statement')
    .filter({ has: page.locator('.ghost-chip.top') })
    .last();
  const chip = row.locator('.ghost-chip.top');
  await expect(chip).toBeVisible();
  const suggested = Number(/Q(\d)/.exec((await chip.textContent()) ?? '')![1]);
  await expect(chip).toHaveAttribute('title', /Suggested, \d+%: /);
  // The first click gives the list the focus (which selects the newest statement); the second selects the row.
  await row.locator('.speaker-name').click();
  await row.locator('.speaker-name').click();
  await expect(row).toHaveClass(/selected/);
  await page.keyboard.press('Alt+KeyY');
  await expect(page.getByText(/Tagged Q\d as suggested/)).toBeVisible();
  const afterOne = await onDisk((s) => live(s.statements).filter((x) => x.questionIds.length).length === 1);
  const questions = [...afterOne.questions].sort((a, b) => a.order - b.order).map((q) => q.id);
  const tagged = live(afterOne.statements).find((s) => s.questionIds.length)!;
  expect(tagged.questionIds).toEqual([questions[suggested - 1]]);
  await page.screenshot({ path: `${SHOTS}/40-tag-suggestions.png` });

  // Accept all at or above 80% as one step: questions and "no question" verdicts alike.
  await bar.getByLabel('Confidence at least').fill('80');
  const accept = bar.getByRole('button', { name: /^Accept \d+ suggestions?$/ });
  expect(Number(/Accept (\d+)/.exec((await accept.textContent()) ?? '')![1])).toBeGreaterThan(20);
  await accept.click();
  // The accepted tag feeds the next draft, which may land between reading the button and clicking it:
  // what was accepted is what the status line names.
  const undoName = page.getByText(/Accepted \d+ suggestions/).first();
  await expect(undoName).toBeVisible();
  const n = Number(/Accepted (\d+)/.exec((await undoName.textContent()) ?? '')![1]);
  expect(n).toBeGreaterThan(20);
  const settled = (s: Session) =>
    live(s.statements).filter((x) => x.questionIds.length || x.noQuestion).length;
  const afterAll = await onDisk((s) => settled(s) === n + 1);
  const greeting = live(afterAll.statements).find((s) => s.text.startsWith('Good afternoon, everyone'))!;
  expect(greeting).toMatchObject({ questionIds: [], noQuestion: true });
  expect(live(afterAll.statements).some((s) => s.questionIds.length && s.noQuestion)).toBe(false);

  // One Ctrl+Z takes the whole batch back, and only the batch.
  await page
    .getByRole('textbox', { name: /Statement/ })
    .first()
    .focus();
  await page.keyboard.press('Control+z');
  await onDisk(
    (s) => settled(s) === 1 && live(s.statements).filter((x) => x.questionIds.length).length === 1,
  );
});

test('suggestions come for the whole transcript when its save is slower than the drafting', async ({
  page,
}) => {
  // A slow disk: each save reaches the main process two seconds late, after the drafting's own wait.
  desk.slowCalls = { changeSession: 2_000 };
  await importSession(page);
  const bar = page.getByRole('region', { name: 'Tag suggestions' });
  await expect(bar).toContainText(/\b\d{2,3} untagged statements with a suggestion/, {
    timeout: FIRST_DRAFT,
  });
  desk.slowCalls = {};
});

test('a "no question" suggestion accepted with a click and with Alt+Y is kept on disk and after reload', async ({
  page,
}) => {
  await importSession(page);
  const procedural = page.locator('li.statement').filter({ has: page.locator('.ghost-chip.procedural') });
  await expect(procedural.first()).toBeVisible({ timeout: FIRST_DRAFT });
  const idOf = async (n: number) => (await procedural.nth(n).getAttribute('id'))!.replace(/^statement-/, '');
  const count = await procedural.count();
  expect(count).toBeGreaterThan(2);
  const firstId = await idOf(count - 1);
  const secondId = await idOf(count - 2);
  const rowOf = (id: string) => page.locator(`li#statement-${id}`);

  // A click on the chip marks the statement; the chip gives way to a "no question" mark.
  const chip = rowOf(firstId).getByRole('button', { name: /^Accept suggestion: no question \(\d+%\)$/ });
  await expect(chip).toHaveAttribute('title', /Reads as procedure \(.+\), \d+%/);
  await chip.click();
  await expect(rowOf(firstId).locator('.badge.no-question')).toContainText('no question');
  await expect(rowOf(firstId).locator('.ghost-chip')).toHaveCount(0);
  await onDisk((s) => s.statements.find((x) => x.id === firstId)?.noQuestion === true);

  // Alt+Y on another statement whose top suggestion is "no question".
  const row = rowOf(secondId);
  await row.locator('.speaker-name').click();
  await row.locator('.speaker-name').click();
  await expect(row).toHaveClass(/selected/);
  await page.keyboard.press('Alt+KeyY');
  await expect(page.getByText('Marked “no question” as suggested. Ctrl+Z undoes it.')).toBeVisible();
  await expect(row.locator('.badge.no-question')).toBeVisible();
  const marked = await onDisk((s) => live(s.statements).filter((x) => x.noQuestion).length === 2);
  expect(
    live(marked.statements)
      .filter((x) => x.noQuestion)
      .map((x) => [x.id, x.questionIds.length]),
  ).toEqual(
    expect.arrayContaining([
      [firstId, 0],
      [secondId, 0],
    ]),
  );
  await page.screenshot({ path: `${SHOTS}/42-no-question-accepted.png` });

  // Ctrl+Z takes the last verdict back, and Ctrl+Y does it again.
  await page
    .getByRole('textbox', { name: /Statement/ })
    .first()
    .focus();
  await page.keyboard.press('Control+z');
  await onDisk((s) => live(s.statements).filter((x) => x.noQuestion).length === 1);
  await expect(row.getByRole('button', { name: /^Accept suggestion: no question/ })).toBeVisible();
  await page.keyboard.press('Control+y');
  await onDisk((s) => live(s.statements).filter((x) => x.noQuestion).length === 2);

  // After a reload the verdicts are read back from the file and no chip is offered for them again.
  await page.reload();
  await page
    .getByRole('button', { name: /Small States, Shared Defences/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Capture' }).click();
  await expect(page.getByText('106 statements')).toBeVisible();
  await expect(procedural.first()).toBeVisible({ timeout: FIRST_DRAFT });
  for (const id of [firstId, secondId]) {
    await rowOf(id).scrollIntoViewIfNeeded();
    await expect(rowOf(id).locator('.badge.no-question')).toBeVisible();
    await expect(rowOf(id).locator('.ghost-chip')).toHaveCount(0);
  }
  expect(
    live((await onDisk()).statements)
      .filter((x) => x.noQuestion)
      .map((x) => x.id)
      .sort(),
  ).toEqual([firstId, secondId].sort());
});

test('a drafted call-to-action candidate moves into the report with one key, linked to its statement', async ({
  page,
}) => {
  await importSession(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const list = page.getByRole('list', { name: 'Suggested call to action candidates' });
  await expect(list).toBeVisible({ timeout: FIRST_DRAFT });
  const first = list.getByRole('button').first();
  const text = (await first.locator('.candidate-text').textContent())!;
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('call to action 1', { exact: true })).toHaveValue(text);
  const s = await onDisk((x) => x.reportItems.some((i) => i.section === 'callToAction'));
  const item = s.reportItems.find((i) => i.section === 'callToAction')!;
  expect(item.markdown).toBe(text);
  expect(item.sourceStatementIds).toHaveLength(1);
  const source = s.statements.find((st) => st.id === item.sourceStatementIds[0])!;
  expect(source.text.replace(/\s+/g, ' ')).toContain(text.replace(/^To [^:]+: /, '').slice(1, 25));
  // It is no longer offered.
  await expect(list.getByText(text, { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/41-drafted-candidates.png` });
});
