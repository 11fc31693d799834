import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { useDesk } from './harness';

/**
 * The agenda links each segment to the policy questions it is about; when the moderator starts a
 * segment, what the rapporteur captures during it is tagged with those questions unless changed.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const { app, desk } = useDesk();

async function sessionOnDisk(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

/** Adds agenda segments under Setup, each ticked for the questions it is about (1-based). */
export async function addSegments(page: Page, segments: ReadonlyArray<[string, number, number[]]>) {
  await page.getByRole('tab', { name: 'Setup' }).click();
  for (const [title, minutes, questions] of segments) {
    await page.getByLabel('New segment').fill(title);
    await page.getByLabel('Minutes', { exact: true }).fill(String(minutes));
    await page.getByRole('button', { name: 'Add segment' }).click();
    const item = page.locator('.segment-item').filter({ has: page.locator(`input[value="${title}"]`) });
    await expect(item).toHaveCount(1);
    for (const q of questions)
      await item.getByRole('checkbox', { name: `Q${q} (policy question ${q})` }).check();
  }
}

test('a started segment tags what is captured during it with its questions; the setting turns it off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  await addSegments(page, [
    ['Opening', 5, []],
    ['Round on Q1', 15, [1]],
    ['Round on Q2 and Q3', 15, [2, 3]],
  ]);
  const kb = page.keyboard;
  const tags = page.getByRole('group', { name: 'Policy questions' });
  const tagged = async () =>
    (await tags.getByRole('checkbox').evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLInputElement).checked)
        .map((e) => e.parentElement!.textContent!.trim())
        .filter((label) => /^Q\d/.test(label)),
    )) as string[];

  // Before the session starts nothing is tagged from the agenda.
  await page.getByRole('tab', { name: 'Capture' }).click();
  expect(await tagged()).toEqual([]);

  const startSegment = async (title: string) => {
    await page.getByRole('tab', { name: 'Timer' }).click();
    await page
      .getByRole('row', { name: new RegExp(`^${title}`) })
      .getByRole('button', { name: 'Start segment' })
      .click();
    await expect(page.getByRole('row', { name: new RegExp(`^Now ${title}`) })).toBeVisible();
    await page.getByRole('tab', { name: 'Capture' }).click();
    await box.focus();
  };

  await startSegment('Round on Q1');
  await expect(page.getByText('New segment: tagged Q1 from the agenda')).toBeVisible();
  expect(await tagged()).toEqual(['Q1Alt+1']);
  await page.screenshot({ path: `${SHOTS}/39-capture-agenda-tags-1024x700.png` });
  await kb.press('Control+Digit1');
  await kb.type('Identity systems must be inclusive.');
  await kb.press('Enter');
  // The next statement of the same segment is tagged alike; Alt+1 takes the tag off this one only.
  await kb.type('Thank you all.');
  await kb.press('Alt+Digit1');
  await kb.press('Enter');
  await kb.type('Interoperability first.');
  await kb.press('Enter');

  await startSegment('Round on Q2 and Q3');
  expect(await tagged()).toEqual(['Q2Alt+2', 'Q3Alt+3']);
  await kb.type('Payments need consumer protection.');
  await kb.press('Enter');

  // Turned off, the box keeps what it shows now, and after that a statement has only the tags given to it.
  await page.getByRole('checkbox', { name: 'Tags from the agenda' }).uncheck();
  await box.focus();
  expect(await tagged()).toEqual(['Q2Alt+2', 'Q3Alt+3']);
  await kb.press('Alt+Digit3');
  await kb.type('Only Q2 here.');
  await kb.press('Enter');
  await kb.type('No tag at all.');
  await kb.press('Enter');
  expect(await tagged()).toEqual([]);

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  let s: Session | null = null;
  await expect
    .poll(async () => (s = await sessionOnDisk()).statements.filter((x) => !x.deletedAt).length)
    .toBe(6);
  const q = new Map(s!.questions.map((x) => [x.id, `Q${x.order + 1}`]));
  const byText = Object.fromEntries(
    s!.statements.map((x) => [x.text, x.questionIds.map((id) => q.get(id)).sort()]),
  );
  expect(byText).toEqual({
    'Identity systems must be inclusive.': ['Q1'],
    'Thank you all.': [],
    'Interoperability first.': ['Q1'],
    'Payments need consumer protection.': ['Q2', 'Q3'],
    'Only Q2 here.': ['Q2'],
    'No tag at all.': [],
  });
  // The choice is this machine's: it stays off after a reload.
  await page.reload();
  await page.getByRole('button', { name: /^Creating digital public infrastructure/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Tags from the agenda' })).not.toBeChecked();
});
