import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema } from '../../shared/model/session';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');

const { app, desk } = useDesk();

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

async function sessionFile(): Promise<ReturnType<typeof SessionSchema.parse>> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function importSeed(page: Page): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure that empowers people',
  );
}

test('correct facts, reorder a tagged question, add a person: all on disk, tags kept', async ({ page }) => {
  await importSeed(page);
  const before = await sessionFile();
  const byOrder = [...before.questions].sort((a, b) => a.order - b.order);
  const third = byOrder[2]!;

  // Setup: correct what ran differently from the proposal.
  await page.getByRole('tab', { name: 'Setup' }).click();
  const code = page.getByLabel('Code');
  await code.fill('Open Forum #168');
  await code.press('Tab');
  const duration = page.getByLabel('Planned duration (minutes)');
  await duration.fill('ninety');
  await duration.press('Tab');
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the duration as a whole number of minutes')).toBeVisible();
  await duration.fill('60');
  await duration.press('Tab');
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');
  const format = page.getByLabel('Format');
  await format.fill('Roundtable');
  await format.press('Tab');
  const zone = page.getByLabel('Time zone');
  await zone.fill('Mars/Olympus');
  await zone.press('Tab');
  await expect(page.getByText('Unknown time zone')).toBeVisible();
  await zone.fill('Asia/Tokyo');
  await zone.press('Tab');
  await saved(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Open Forum #168');
  await page.screenshot({ path: `${SHOTS}/05-setup-top.png` });

  // Capture one statement tagged to policy question 3.
  await page.getByRole('tab', { name: 'Capture' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await box.focus();
  await page.keyboard.press('Alt+Digit3');
  await box.fill('International cooperation makes DPIs interoperable.');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await saved(page);

  // Setup: move question 3 to the top.
  await page.getByRole('tab', { name: 'Setup' }).click();
  await expect(page.getByText('1 statement', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Move question 3 up' }).click();
  await page.getByRole('button', { name: 'Move question 2 up' }).click();
  await expect(page.getByLabel('Text of policy question 1')).toHaveValue(third.text);
  await expect(page.getByRole('button', { name: 'Move question 1 up' })).toBeDisabled();

  // Removing a tagged question asks first, with the count; dismissing keeps it.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Remove question 1' }).click();
  expect(asked).toBe('1 statement is tagged to this question. Remove it anyway? The statements are kept.');
  await expect(page.getByLabel('Text of policy question 1')).toHaveValue(third.text);
  await expect(page.getByLabel(/^Text of policy question/)).toHaveCount(3);

  // Add a person with two roles and a gender.
  await page.getByLabel('New person').fill('Amandeep Singh Gill');
  await page.getByRole('button', { name: 'Add person' }).click();
  const details = page.getByRole('group', { name: /Details of person \d+: Amandeep Singh Gill/ });
  await expect(details).toBeVisible();
  await details.getByRole('checkbox', { name: 'Speaker' }).check();
  await details.getByRole('checkbox', { name: 'Onsite moderator' }).check();
  await details.getByLabel(/^Gender of person/).selectOption('woman');
  await details.getByLabel(/^Presence of person/).selectOption('onsite');
  await details.getByLabel(/^Stakeholder group of person/).selectOption({ label: 'Other…' });
  const other = details.getByLabel(/^Other stakeholder group of person/);
  await other.fill('Academia');
  await other.press('Tab');
  await details.getByLabel(/^Affiliation of person/).fill('United Nations');
  await details.getByLabel(/^Affiliation of person/).press('Tab');
  await saved(page);
  await details.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/06-setup-people.png` });

  // Move the first person down: two puts swapping their order.
  const firstName = page.locator('.people-table tbody .person-name').first();
  const first = (await firstName.textContent())!;
  await page.getByRole('button', { name: `Move ${first} down` }).click();
  await expect(page.locator('.people-table tbody .person-name').nth(1)).toHaveText(first);

  // Agenda: a segment over the planned 60 minutes shows a warning.
  await page.getByLabel('New segment').fill('Round on question 1');
  await page.getByLabel('Minutes', { exact: true }).fill('65');
  await page.getByRole('button', { name: 'Add segment' }).click();
  await expect(page.getByText('Agenda: 65 of 60 min planned — 5 min over')).toBeVisible();
  await page
    .getByRole('group', { name: 'Policy questions addressed in segment 1' })
    .getByRole('checkbox', { name: /^Q1\b/ })
    .check();
  await saved(page);
  await page.getByRole('heading', { name: 'Agenda (run of show)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/07-setup-questions-agenda.png` });

  const onDisk = await sessionFile();
  expect(onDisk.facts.code).toBe('Open Forum #168');
  expect(onDisk.facts.durationMinutes).toBe(60);
  expect(onDisk.facts.format).toBe('Roundtable');
  expect(onDisk.facts.timeZone).toBe('Asia/Tokyo');
  // Editing one fact leaves the others as imported.
  expect(onDisk.facts.title).toBe(before.facts.title);
  expect(onDisk.facts.themes).toEqual(before.facts.themes);
  expect(onDisk.facts.description).toBe(before.facts.description);
  const questions = onDisk.questions.filter((q) => q.deletedAt === null).sort((a, b) => a.order - b.order);
  expect(questions).toHaveLength(3);
  expect(questions[0]!.id).toBe(third.id);
  const statement = onDisk.statements.find((s) => s.text.startsWith('International cooperation'));
  expect(statement?.questionIds).toEqual([third.id]);
  const person = onDisk.people.find((p) => p.name === 'Amandeep Singh Gill');
  expect(person?.roles).toEqual(['speaker', 'onsiteModerator']);
  expect(person?.gender).toBe('woman');
  expect(person?.presence).toBe('onsite');
  expect(person?.stakeholder).toBe('Academia');
  expect(person?.affiliation).toBe('United Nations');
  const people = onDisk.people.filter((p) => p.deletedAt === null).sort((a, b) => a.order - b.order);
  expect(people[1]!.name).toBe(first);
  expect(new Set(people.map((p) => p.order)).size).toBe(people.length);
  expect(onDisk.agenda[0]).toMatchObject({ title: 'Round on question 1', plannedMinutes: 65 });
  expect(onDisk.agenda[0]!.questionIds).toEqual([third.id]);
});

test('a page with missing fields says so in words; a removed question leaves its statements', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill('Shopping list: eggs, flour, milk.');
  await page.getByRole('button', { name: 'Import page' }).click();
  await page.getByRole('tab', { name: 'Setup' }).click();
  await expect(page.getByText(/^Not found on the imported page: .*rapporteur/)).toBeVisible();
  await expect(page.getByText(/^Not found on the imported page: .*duration/)).toBeVisible();
  const duration = page.getByLabel('Planned duration (minutes)');
  await duration.fill('90');
  await duration.press('Tab');
  await expect(page.getByText(/^Not found on the imported page/)).not.toContainText('duration');

  await page.getByLabel('New policy question').fill('Who pays for it?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByRole('tab', { name: 'Capture' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await box.focus();
  await page.keyboard.press('Alt+Digit1');
  await box.fill('The state should.');
  await box.press('Enter');
  await page.getByRole('tab', { name: 'Setup' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove question 1' }).click();
  await expect(page.getByText('No policy questions yet.')).toBeVisible();
  await saved(page);
  const onDisk = await sessionFile();
  expect(onDisk.questions[0]!.deletedAt).not.toBeNull();
  expect(onDisk.statements.filter((s) => s.deletedAt === null)).toHaveLength(1);
});

test('the setup screen shows what the page import found and how sure; a newer page is compared, applied and undone as one step', async ({
  page,
}) => {
  await importSeed(page);
  await page.getByRole('tab', { name: 'Setup' }).click();
  const review = page.getByRole('region', { name: 'Session page' });
  await expect(review).toContainText('Read from labels on the page');
  // the seed's onsite moderator and rapporteur stand on unlabelled lines: read by position
  await expect(review.locator('.import-check')).toContainText('onsite moderator');
  await expect(review.locator('.import-check')).toContainText('rapporteur');
  await expect(review).toContainText('Not on the page');
  await expect(review).toContainText('room');

  const seed = await readFile(SEED, 'utf8');
  const newer = seed
    .replace(
      'Speaker 3: Michael O. Odhiambo, Government, African Group',
      'Speaker 3: Wanjiru Kamau, Civil Society, African Group',
    )
    .replace(
      /^(IGF 2023 WS #260 .*)$/m,
      '$1\n\nWednesday, 11th October, 2023 (06:30 UTC) - Wednesday, 11th October, 2023 (08:00 UTC)\nWS 4 – Room B-1',
    );
  await review.getByRole('button', { name: 'Compare with a newer page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with a newer page' });
  await dialog.getByLabel('Text of the newer page').fill(newer);
  await expect(dialog.locator('.reimport-diffs caption')).toContainText('differences');
  await expect(dialog.getByRole('row', { name: /Room/ })).toContainText('WS 4 – Room B-1');
  await expect(dialog.getByRole('row', { name: /New: Wanjiru Kamau/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /No longer on the page: Michael O. Odhiambo/ })).toBeVisible();
  await dialog.getByLabel('Apply: Room').uncheck();
  await page.screenshot({ path: `${SHOTS}/20-reimport-diff.png` });
  await dialog.getByRole('button', { name: /^Apply \d+ differences$/ }).click();
  await expect(dialog.getByRole('status')).toContainText('Applied');
  await saved(page);
  await expect
    .poll(async () => {
      const s = await sessionFile();
      return [
        s.facts.date,
        s.facts.startTime,
        s.facts.room,
        s.people.some((p) => p.name === 'Wanjiru Kamau'),
      ];
    })
    .toEqual(['2023-10-11', '06:30', null, true]);
  const odhiambo = (await sessionFile()).people.find((p) => p.name === 'Michael O. Odhiambo')!;
  expect(odhiambo).toMatchObject({ deletedAt: null, roles: [] });

  await dialog.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  await expect
    .poll(async () => {
      const s = await sessionFile();
      return [
        s.facts.date,
        s.people.filter((p) => p.deletedAt === null).some((p) => p.name === 'Wanjiru Kamau'),
        s.people.find((p) => p.name === 'Michael O. Odhiambo')?.roles,
      ];
    })
    .toEqual([null, false, ['speaker']]);
});
