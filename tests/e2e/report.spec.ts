import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { convertDocxToPdf, docxPlainText, pdfText } from '../support/readDocx';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');

const { app, desk } = useDesk();

async function onDisk(): Promise<Session[]> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  return Promise.all(
    files.map(async (f) =>
      SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, f), 'utf8'))),
    ),
  );
}

/** Adds captured statements and timed turns through the real IPC handlers, as the capture tab would. */
async function capture(page: Page, id: string): Promise<void> {
  await page.evaluate(async (sessionId) => {
    const got = await window.desk.getSession({ id: sessionId });
    if (!got.ok) throw new Error(got.error.message);
    const s = got.value;
    const person = (name: string) => s.people.find((p) => p.name === name)!.id;
    const q = [...s.questions].sort((a, b) => a.order - b.order).map((x) => x.id);
    const at = (min: number) => new Date(Date.parse('2023-10-10T09:00:00Z') + min * 60_000).toISOString();
    const statement = (text: string, min: number, speaker: string, questionIds: string[], extra = {}) => ({
      type: 'statement.put' as const,
      statement: {
        id: crypto.randomUUID(),
        text,
        at: at(min),
        speakerId: person(speaker),
        questionIds,
        offsetSeconds: min * 60,
        ...extra,
      },
    });
    const turn = (speaker: string, from: number, to: number) => ({
      type: 'turn.put' as const,
      turn: {
        id: crypto.randomUUID(),
        personId: person(speaker),
        timer: {
          mode: 'countdown' as const,
          startedAt: at(from),
          allottedSeconds: 300,
          addedSeconds: 0,
          pauses: [],
          endedAt: at(to),
        },
      },
    });
    const r = await window.desk.changeSession({
      id: sessionId,
      changes: [
        statement('DPI must be built on **open standards** and open source.', 5, 'Pramod Varma', [q[0]!], {
          kind: 'key-takeaway-candidate',
        }),
        statement('Ukraine put people at the centre of Diia.', 9, 'Maksym Shkilov', [q[0]!]),
        statement('Fund peer learning on DPI through the G20.', 12, 'Michael O. Odhiambo', [q[1]!], {
          kind: 'recommendation',
          fora: ['G20'],
        }),
        turn('Pramod Varma', 4, 9),
        turn('Maksym Shkilov', 9, 12),
        turn('Michael O. Odhiambo', 12, 14),
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
  }, id);
}

async function importSeed(page: Page): Promise<string> {
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure',
  );
  const [session] = await onDisk();
  return session!.id;
}

test('fill the report sections, export a DOCX and read it back', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(app.url);
  const id = await importSeed(page);
  await capture(page, id);
  await page.getByRole('tab', { name: 'Report' }).click();

  // Key takeaway: one click on a candidate.
  await page.getByRole('button', { name: /^Use as key takeaway: DPI must be built/ }).click();
  await expect(page.getByLabel('key takeaway 1', { exact: true })).toHaveValue(
    'DPI must be built on **open standards** and open source.',
  );
  await expect(page.getByRole('status').filter({ hasText: '1 of at most 3' })).toBeVisible();

  // Summary of question 1: the rapporteur takes the extractive draft (attributed) and edits it.
  await page.getByRole('button', { name: 'Use the draft for question 1' }).click();
  const summary = page.getByLabel('Summary for question 1');
  await expect(summary).toHaveValue(/DPI must be built on open standards and open source\..*— Pramod Varma/s);
  await summary.fill((await summary.inputValue()) + '\n\nRAPPORTEUR-EDIT Speakers agreed on _people first_.');
  await summary.blur();

  await page.getByRole('textbox', { name: 'Key issues raised' }).fill('Trust, **inclusion** and funding.');
  await page.getByLabel('Participants onsite').fill('120');
  await page.getByLabel('Participants online').fill('45');
  await page.getByLabel('Women and gender-diverse (%)').fill('48');
  await page.getByLabel('Was gender addressed in the discussion?').selectOption('yes');
  await page.getByLabel('How gender was addressed').fill('Women-led DPI projects were discussed.');
  await page.getByLabel('How gender was addressed').blur();

  const preview = page.getByRole('article', { name: 'Report' });
  await expect(preview.getByText('RAPPORTEUR-EDIT')).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Follow-up: G20' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Participants onsite/ })).toContainText('120');
  await expect.poll(async () => (await onDisk())[0]!.report.participantsOnline, { timeout: 5_000 }).toBe(45);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('.panel, .report-editor, .report-preview').forEach((el) => (el.scrollTop = 0));
  });
  await page.getByRole('heading', { name: 'Key takeaways', exact: true }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/30-report-editor.png` });

  desk.nextSavePath = path.join(desk.root, 'report.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();

  const text = docxPlainText(desk.nextSavePath);
  const at = (needle: string) => text.indexOf(needle);
  const order = [
    'Key takeaways',
    'Calls to action',
    'Key issues raised',
    'Summary of the discussion',
    'Policy question 1',
    'Policy question 2',
    'Way forward and follow-up',
    'Participation and gender',
    'Speaking time',
  ];
  const positions = order.map(at);
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  const takeaway = at('DPI must be built on open standards and open source.');
  expect(takeaway).toBeGreaterThan(positions[0]!);
  expect(takeaway).toBeLessThan(positions[1]!);
  expect(at('RAPPORTEUR-EDIT')).toBeGreaterThan(positions[4]!);
  expect(at('RAPPORTEUR-EDIT')).toBeLessThan(positions[5]!);
  expect(text.lastIndexOf('Fund peer learning on DPI through the G20.')).toBeGreaterThan(positions[6]!);
  expect(text).toMatch(/Participants onsite \(estimated\)\s+120/);
  expect(text).toContain('48%');
  expect(text).not.toContain('**');
  // Question 2 was never written: LibreOffice shows its drafted summary under a draft mark; question 1,
  // written by the rapporteur, carries none.
  const pdf = pdfText(convertDocxToPdf(desk.nextSavePath, desk.root)).replace(/\s+/g, ' ');
  expect(pdf).toContain('Speaking time');
  const q1 = pdf.indexOf('Policy question 1');
  const q2 = pdf.indexOf('Policy question 2');
  const wayForward = pdf.indexOf('Way forward and follow-up');
  const mark = pdf.indexOf('DRAFT: drafted from the statements', q1);
  expect(mark).toBeGreaterThan(q2);
  expect(mark).toBeLessThan(wayForward);
  expect(pdf.indexOf('Fund peer learning on DPI through the G20.', q2)).toBeLessThan(wayForward);

  // The other formats go through the same call.
  desk.nextSavePath = path.join(desk.root, 'report.md');
  await page.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(page.getByText(`Markdown saved to ${desk.nextSavePath}`)).toBeVisible();
  expect(await readFile(desk.nextSavePath, 'utf8')).toContain('1. DPI must be built on **open standards**');
});

test('export a brief for two sessions from the session list', async ({ page }) => {
  await page.goto(app.url);
  const first = await importSeed(page);
  await capture(page, first);
  await page.evaluate(async (id) => {
    await window.desk.changeSession({
      id,
      changes: [
        {
          type: 'reportItem.put',
          item: {
            id: crypto.randomUUID(),
            section: 'keyTakeaway',
            markdown: 'FIRST-TAKEAWAY open DPI works.',
            order: 1,
            sourceStatementIds: [],
          },
        },
      ],
    });
  }, first);
  await page.getByRole('button', { name: '← Sessions' }).click();
  await page.getByLabel('Title').fill('Second session for the brief');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Second session for the brief');
  await page.getByRole('button', { name: '← Sessions' }).click();

  await page.getByLabel(/^Select Creating digital public infrastructure/).check();
  await page.getByLabel('Select Second session for the brief for the brief').check();
  desk.nextSavePath = path.join(desk.root, 'brief.docx');
  await page.getByRole('button', { name: 'Export brief…' }).click();
  await expect(page.getByText(`Brief of 2 sessions saved to ${desk.nextSavePath}`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/31-brief-export.png` });

  const text = docxPlainText(desk.nextSavePath);
  expect(text).toContain('Key messages and follow-up');
  expect(text).toContain('Second session for the brief');
  expect(text).toContain('FIRST-TAKEAWAY open DPI works.');
  const g20 = text.indexOf('\nG20\n');
  expect(g20).toBeGreaterThan(text.indexOf('Follow-up by forum'));
  expect(text.slice(g20)).toMatch(
    /Fund peer learning on DPI through the G20\. — Michael O\. Odhiambo.*Creating digital public infrastructure that empowers people \(WS #260\)/,
  );
});
