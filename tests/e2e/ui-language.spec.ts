import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useDesk } from './harness';

/** The screens' language: the system's by default, chosen on the sessions screen, kept, and RTL in Arabic. */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const { app, desk } = useDesk();

const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

test('English by default here; Arabic chosen turns the window right to left and is kept', async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible();
  expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
  const picker = page.getByLabel('Language');
  await expect(picker.locator('option:checked')).toHaveText('Follow the system (English)');

  await picker.selectOption('ar');
  await expect.poll(() => html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  await expect(page.getByLabel('اللغة')).toHaveValue('ar');

  // Kept in the preferences: a new window opens in Arabic.
  await page.reload();
  await expect.poll(() => html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  await page.getByLabel('الصق نص صفحة الجلسة في منتدى حوكمة الإنترنت').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'استيراد الصفحة' }).click();
  await expect(page.getByRole('tab', { name: 'التدوين' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'المؤقّت' })).toBeVisible();

  // Back to the system's language through the same preference the View › Language menu sets.
  await page.evaluate(() => window.desk.updatePreferences({ patch: { language: null } }));
  await expect.poll(() => html(page)).toEqual({ lang: 'en', dir: 'ltr' });
  await expect(page.getByRole('tab', { name: 'Capture' })).toBeVisible();
  expect(desk.workspace).toBeTruthy();
});

test.describe('on a French system', () => {
  test.use({ locale: 'fr-FR' });
  test('the screens start in French', async ({ page }) => {
    await page.goto(app.url);
    await expect.poll(() => html(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await expect(page.getByLabel('Langue').locator('option:checked')).toHaveText(
      'Celle du système (Français)',
    );
  });
});
