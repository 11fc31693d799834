import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { UiLanguage } from '../../shared/i18n/languages';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';
import { seedAndOpen } from './i18nWalk';

/**
 * Every tab and the stage in Arabic and in English, in the light and the dark theme, with axe at each
 * step: the question chips as they are shown (tagged, suggested, "no question"), a statement selected,
 * a chip under the pointer, a turn running. The Arabic dark screens are saved as PNGs to look at.
 */
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const { app, desk } = useDesk();

const UNTAGGED = [
  'Good morning everyone, and welcome to the session.',
  'Our experience shows that partnerships between the state and civil society made the rollout trusted by people.',
];

async function chooseLanguage(page: Page, language: UiLanguage) {
  await page.evaluate(
    (l) => window.desk.updatePreferences({ patch: { language: l as UiLanguage } }),
    language,
  );
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

for (const language of ['ar', 'en'] as const)
  for (const theme of ['light', 'dark'] as const)
    test(`${language}, ${theme}: every tab and the stage pass axe with the chips in every state`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(app.url);
      await chooseLanguage(page, language);
      const session = await seedAndOpen(page, [], UNTAGGED);
      const shoot = (name: string, on: Page = page) =>
        language === 'ar' && theme === 'dark'
          ? on.screenshot({ path: `${SHOTS}/80-ar-${name}-dark.png` })
          : Promise.resolve(Buffer.alloc(0));
      const axe = (screen: string, on: Page = page) =>
        expectNoSeriousA11yViolations(on, `${language} ${theme}: ${screen}`);

      // Capture: tagged chips, the drafting's ghost chips (a question suggested, "no question").
      const list = page.locator('.statement-scroll');
      await expect(list.locator('.badge').first()).toBeVisible();
      await expect(list.locator('.ghost-chip:not(.procedural)').first()).toBeVisible({ timeout: 30_000 });
      await expect(list.locator('.ghost-chip.procedural')).toBeVisible();
      await axe('Capture');
      await shoot('capture');
      // A statement selected (its row tinted), then each kind of chip under the pointer.
      const tagged = page
        .locator('.statement')
        .filter({ has: page.locator('.badge') })
        .first();
      await tagged.locator('.speaker-name').click();
      await tagged.locator('.speaker-name').click();
      await expect(tagged).toHaveClass(/selected/);
      await axe('Capture, a tagged statement selected');
      await tagged.locator('.badge').first().hover();
      await axe('Capture, a tag under the pointer');
      const suggested = page
        .locator('.statement')
        .filter({ has: page.locator('.ghost-chip') })
        .last();
      await suggested.locator('.speaker-name').click();
      await expect(suggested).toHaveClass(/selected/);
      await suggested.locator('.ghost-chip').first().hover();
      await axe('Capture, a suggestion selected and under the pointer');
      await shoot('capture-selected');
      // Accepting "no question" shows its badge.
      await page.locator('.ghost-chip.procedural').click();
      await expect(list.locator('.badge.no-question')).toBeVisible();
      await list.locator('.badge.no-question').hover();
      await axe('Capture, marked no question');

      // Timer, a turn running.
      await page.locator('#tab-timer').click();
      await page.locator('.timer-panel').focus();
      await page.keyboard.press('Space');
      await expect(page.locator('.timer-digits').first()).toBeVisible();
      await axe('Timer, a turn running');
      await shoot('timer');

      for (const tab of ['report', 'session'] as const) {
        await page.locator(`#tab-${tab}`).click();
        await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        await axe(tab);
        await shoot(tab);
      }

      // The stage, with the turn on its clock.
      const stage = await desk.openPresenter(session.id);
      await stage.emulateMedia({ colorScheme: theme });
      await expect(stage.locator('main')).not.toHaveAttribute('data-phase', 'idle');
      await axe('stage', stage);
      await shoot('stage', stage);
    });
