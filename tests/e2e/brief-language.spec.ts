import path from 'node:path';
import { expect, test } from '@playwright/test';
import { docxPlainText } from '../support/readDocx';
import { useDesk } from './harness';

/**
 * The brief exported from the app is written in the language the call names, else in the language the
 * screens are set to, through the same bridge and handlers the window uses.
 */
const { app, desk } = useDesk();

test('the brief follows the screens’ language unless the call names one', async ({ page }) => {
  await page.goto(app.url);
  const ids = await page.evaluate(async () => {
    const out: string[] = [];
    for (const title of ['Доступ к интернету в сельской местности', 'Données ouvertes et santé']) {
      const created = await window.desk.createSession({ title });
      if (!created.ok) throw new Error(created.error.message);
      out.push(created.value.id);
    }
    const set = await window.desk.updatePreferences({ patch: { language: 'ru' } });
    if (!set.ok) throw new Error(set.error.message);
    return out;
  });

  desk.nextSavePath = path.join(desk.root, 'brief-ru.docx');
  const ru = await page.evaluate((ids) => window.desk.exportBrief({ ids }), ids);
  expect(ru).toMatchObject({ ok: true, value: { sessions: 2 } });
  const russian = docxPlainText(desk.nextSavePath);
  expect(russian).toContain('Ключевые тезисы и последующие действия');
  expect(russian).toContain('Сессии в этой сводке');

  desk.nextSavePath = path.join(desk.root, 'brief-ar.docx');
  const ar = await page.evaluate((ids) => window.desk.exportBrief({ ids, language: 'ar' }), ids);
  expect(ar).toMatchObject({ ok: true });
  expect(docxPlainText(desk.nextSavePath)).toContain('الرسائل الرئيسية والمتابعة');

  // A language outside the six is refused by the contract, and nothing is written.
  desk.nextSavePath = path.join(desk.root, 'brief-de.docx');
  const de = await page.evaluate((ids) => window.desk.exportBrief({ ids, language: 'de' as never }), ids);
  expect(de).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});
