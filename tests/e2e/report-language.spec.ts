import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SessionSchema } from '../../shared/model/session';
import { docxPlainText } from '../support/readDocx';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');

const { app, desk } = useDesk();

test('the organizer writes the report in Arabic: preview, file and DOCX follow, the screens stay as they are', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Creating digital public infrastructure',
  );
  await page.getByRole('tab', { name: 'Report' }).click();

  const picker = page.getByLabel('Report language');
  await expect(picker).toHaveValue('en');
  await picker.selectOption({ label: 'العربية' });

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('الاستنتاجات الرئيسية');
  await expect(preview).toContainText('معلومات الجلسة');
  await expect(preview).toContainText('الحكومة');
  await expect(preview.locator('[dir="rtl"][lang="ar"]')).toHaveCount(1);
  expect(await preview.getByText('معلومات الجلسة').evaluate((el) => getComputedStyle(el).direction)).toBe(
    'rtl',
  );
  // The interface itself keeps its language.
  await expect(page.getByRole('heading', { name: 'Report', exact: true })).toBeVisible();

  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  await expect
    .poll(async () => {
      const s = SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
      return s.report.language;
    })
    .toBe('ar');

  desk.nextSavePath = path.join(desk.root, 'report-ar.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();
  const text = docxPlainText(desk.nextSavePath);
  for (const heading of ['تقرير الجلسة', 'الاستنتاجات الرئيسية', 'المشاركة والنوع الاجتماعي'])
    expect(text).toContain(heading);

  await page.screenshot({ path: `${SHOTS}/60-report-in-arabic.png` });
  await expectNoSeriousA11yViolations(page, 'report in Arabic');

  // Back to English: the choice is the session's, one change like any other.
  await picker.selectOption('en');
  await expect(preview).toContainText('Key takeaways');
});
