import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';
import { seedAndOpen } from './i18nWalk';

/**
 * The screens in Arabic, right to left: the session list, Setup, Report and the Share dialog at two
 * window sizes in the light and the dark theme, each saved as a PNG to look at, with axe on each (both themes).
 */
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app } = useDesk();

const rtl = (page: Page) => page.evaluate(() => getComputedStyle(document.body).direction);

for (const theme of ['light', 'dark'] as const)
  test(`Arabic, ${theme}: the session list, Setup, Report and Share read right to left`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.goto(app.url);
    await page.evaluate(() => window.desk.updatePreferences({ patch: { language: 'ar' } }));
    await expect.poll(() => rtl(page)).toBe('rtl');
    await seedAndOpen(page, ['نحتاج إلى تمويل مشاركة الشباب في المنتديات الإقليمية.']);

    const shoot = async (name: string, check: () => Promise<void>) => {
      for (const [width, height] of [
        [1280, 820],
        [1024, 700],
      ] as const) {
        await page.setViewportSize({ width, height });
        await check();
        // Nothing wider than the window: a mirrored layout that overflows scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
          width,
        );
        await page.screenshot({ path: `${SHOTS}/70-ar-${name}-${width}x${height}-${theme}.png` });
      }
      await expectNoSeriousA11yViolations(page, `Arabic ${name}, ${theme}`);
    };

    await page.locator('#tab-session').click();
    await page.locator('.people-table button[aria-expanded]').first().click();
    await shoot('setup', () => expect(page.getByRole('heading', { name: 'معلومات الجلسة' })).toBeVisible());
    // The page's format ("Panel") is a name the IGF uses: shown in Arabic.
    await expect(page.locator('#facts-format')).toHaveValue('حلقة نقاش');

    await page.locator('#tab-report').click();
    await shoot('report', async () => {
      await expect(page.getByRole('heading', { name: 'التقرير', exact: true })).toBeVisible();
      // The screen is Arabic; the report itself stays in its own language (English here), left to right.
      await expect(page.locator('.report-preview [lang="en"]')).toHaveAttribute('dir', 'ltr');
    });

    await page.getByRole('button', { name: 'مشاركة…' }).click();
    const share = page.getByRole('dialog', { name: 'المشاركة على هذه الشبكة' });
    await share.getByLabel('الشبكة').selectOption('127.0.0.1');
    await share.getByRole('button', { name: 'بدء المشاركة' }).click();
    await shoot('share', () =>
      expect(share.getByRole('img', { name: 'رمز QR لرابط شاشة المنصة' })).toBeVisible(),
    );
    await share.getByRole('button', { name: 'إيقاف المشاركة' }).click();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '→ الجلسات' }).click();
    await shoot('sessions', () =>
      expect(page.getByRole('heading', { name: 'الجلسات', level: 1 })).toBeVisible(),
    );
    await expect(page.getByRole('button', { name: /مداخلات/ })).toBeVisible();
    // The library files the session under its type, named in Arabic ("WS #260" is a workshop).
    await expect(page.locator('.library-filters option[value="workshop"]')).toHaveText(/^ورشة عمل \(/);
  });
