import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SessionSchema } from '../../shared/model/session';
import { convertDocxToPdf, docxPlainText, pdfText } from '../support/readDocx';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');

const { app, desk } = useDesk();

async function sessionFile(): Promise<ReturnType<typeof SessionSchema.parse>> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

test('import the seed page, capture three tagged statements, export a DOCX that reads back', async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/01-sessions-empty.png` });

  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure that empowers people',
  );

  const statements = [
    { speaker: 'Pramod Varma', question: 1, text: 'India built **Aadhaar** on open standards.' },
    { speaker: 'Maksym Shkilov', question: 2, text: 'Ukraine learned to keep _people_ at the centre.' },
    {
      speaker: 'Michael O. Odhiambo',
      question: 3,
      text: 'Peer learning across Africa needs shared standards.',
    },
  ];
  const box = page.getByLabel('Statement', { exact: true });
  for (const s of statements) {
    // The speaker by type-ahead: Ctrl+K, a few letters, Enter; the focus is back in the box.
    await box.focus();
    await page.keyboard.press('Control+k');
    await page.keyboard.type(s.speaker);
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await page.keyboard.press(`Alt+Digit${s.question}`);
    await box.fill(s.text);
    await box.press('Enter');
    // The tags clear with the statement (unless "Keep tags" is on).
    await expect(box).toHaveValue('');
  }
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/02-capture.png` });

  const onDisk = await sessionFile();
  expect(onDisk.statements).toHaveLength(3);
  const questionIds = [...onDisk.questions].sort((a, b) => a.order - b.order).map((q) => q.id);
  for (const [i, s] of statements.entries()) {
    const stored = onDisk.statements.find((x) => x.text === s.text);
    expect(stored?.questionIds).toEqual([questionIds[s.question - 1]]);
    expect(onDisk.people.find((p) => p.id === stored?.speakerId)?.name).toBe(s.speaker);
    expect(i).toBeGreaterThanOrEqual(0);
  }

  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { name: /Policy question 1/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-report.png`, fullPage: true });

  desk.nextSavePath = path.join(desk.root, 'report.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();

  const pdf = convertDocxToPdf(desk.nextSavePath, desk.root);
  expect(pdfText(pdf)).toContain('Creating digital public infrastructure');
  const text = docxPlainText(desk.nextSavePath);
  expect(text).toContain('Creating digital public infrastructure that empowers people');
  const q = [1, 2, 3].map((n) => text.indexOf(`Policy question ${n}`));
  expect(q.every((at) => at >= 0)).toBe(true);
  expect(q[0]!).toBeLessThan(q[1]!);
  expect(q[1]!).toBeLessThan(q[2]!);
  const plain = ['India built Aadhaar', 'Ukraine learned to keep people', 'Peer learning across Africa'];
  // The drafted key issues may quote a statement too; what matters is that each is under its question.
  plain.forEach((needle, i) => {
    const at = text.indexOf(needle, q[i]!);
    expect(at, needle).toBeGreaterThan(q[i]!);
    if (i < 2) expect(at, needle).toBeLessThan(q[i + 1]!);
  });
  expect(text).not.toContain('**Aadhaar**');
});

test('edit and delete a statement; both are on disk', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Title').fill('Edit test');
  await page.getByRole('button', { name: 'Create session' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await box.fill('First point');
  await box.press('Enter');
  await box.fill('Second point');
  await box.press('Enter');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'First point' })
    .getByRole('button', { name: 'Edit' })
    .click();
  const editor = page.getByLabel('Edit statement');
  await editor.fill('First point, corrected');
  await editor.press('Enter');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Second point' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('Second point')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  const onDisk = await sessionFile();
  const live = onDisk.statements.filter((s) => s.deletedAt === null);
  expect(live.map((s) => s.text)).toEqual(['First point, corrected']);
  expect(onDisk.statements.find((s) => s.text === 'Second point')?.deletedAt).not.toBeNull();

  // Reopen: everything is still there.
  await page.reload();
  await page.getByRole('button', { name: /^Edit test/ }).click();
  await expect(page.getByText('First point, corrected')).toBeVisible();
});

test('non-IGF text still makes a session and says what was not found; a damaged file is reported and untouched', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill('Shopping list: eggs, flour, milk.');
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not found on the page' })).toContainText(
    'rapporteur',
  );

  const { writeFile } = await import('node:fs/promises');
  const damaged = path.join(desk.workspace, '0b8e0d55-1f4e-4e5e-9a57-5d1d1c0f2f11.session.json');
  await writeFile(damaged, '{"schemaVersion": 1, "id": "0b8e0d55');
  await page.getByRole('button', { name: '← Sessions' }).click();
  await expect(page.getByText('Files that could not be opened')).toBeVisible();
  await expect(
    page.getByText(/0b8e0d55-1f4e-4e5e-9a57-5d1d1c0f2f11\.session\.json is not valid JSON/),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/04-damaged.png` });
  expect(await readFile(damaged, 'utf8')).toBe('{"schemaVersion": 1, "id": "0b8e0d55');
  await expect(page.getByRole('button', { name: /Untitled session/ })).toBeVisible();
});

test('an export path that cannot be written gives a clear message', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  desk.nextSavePath = path.join(desk.root, 'no-such-folder', 'report.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByRole('alert')).toContainText(`Could not write ${desk.nextSavePath}`);
});
