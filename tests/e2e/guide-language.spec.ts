import path from 'node:path';
import { expect, test } from '@playwright/test';
import { GUIDE_TEXTS } from '../../shared/guide/guide';
import { translator } from '../../shared/i18n/index';
import { PRODUCT_NAME, type Language } from '../../shared/i18n/languages';
import { expectNoSeriousA11yViolations } from './axe';
import { serveRenderer } from './harness';

/**
 * Help › User guide opens in the screens' language (the main process names it in `?lang=`): Arabic
 * right to left, Chinese, English, each with the menu paths as that language's menu has them, under
 * the app's CSP. The Arabic and Chinese guides are saved as PNGs at 900×700 to look at.
 */
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
let app: Awaited<ReturnType<typeof serveRenderer>>;
test.beforeAll(async () => {
  app = await serveRenderer();
});
test.afterAll(async () => {
  await app.close();
});

for (const language of ['ar', 'zh', 'en'] as const satisfies readonly Language[])
  test(`the guide in ${language}`, async ({ page }) => {
    // A blocked script or style, a missing file (the browser's own favicon request aside), a thrown error.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
        if (!/frame-ancestors' is ignored/.test(message.text())) problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${app.url}guide.html?lang=${language}`);

    const { t } = translator(language);
    const text = GUIDE_TEXTS[language];
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', language);
    await expect(html).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      Object.values(text.sections).map((s) => s.heading),
    );
    await expect(page).toHaveTitle(t('windowTitle.guide', { app: PRODUCT_NAME }));
    // The menu path as that language's File menu words it.
    await expect(
      page.locator('strong', { hasText: `${t('menu.file')} › ${t('menu.newFromPage')}` }).first(),
    ).toBeVisible();
    await expect(page.locator('kbd', { hasText: 'Ctrl+Shift+N' })).toHaveAttribute('dir', 'ltr');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(
      language === 'ar' ? 'rtl' : 'ltr',
    );
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900);
    expect(problems).toEqual([]);
    if (language !== 'en') {
      await page.screenshot({ path: `${SHOTS}/guide-${language}-900x700.png` });
      await page.screenshot({ path: `${SHOTS}/guide-${language}-900x700-full.png`, fullPage: true });
    }
    await expectNoSeriousA11yViolations(page, `guide ${language}`);
  });

test('an unknown language gives the English guide', async ({ page }) => {
  await page.goto(`${app.url}guide.html?lang=xx`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GUIDE_TEXTS.en.title);
});
