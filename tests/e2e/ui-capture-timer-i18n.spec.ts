import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PSEUDO, type UiLanguage } from '../../shared/i18n/languages';
import { DEFAULT_FORA } from '../../shared/model/session';
import { expectNoSeriousA11yViolations } from './axe';
import { useDesk } from './harness';
import { readTexts, seedAndOpen, userData } from './i18nWalk';

/**
 * Capture and Timer in the pseudo-locale (a plain English word left is a text that never went through
 * the translations) and in Arabic (right to left, photographed in light and dark at two window sizes,
 * their keys still working).
 */
const SHOTS = path.resolve('test-results/screens');
const { app, desk } = useDesk();

const chooseLanguage = async (page: Page, language: UiLanguage) => {
  await page.evaluate(
    (l) => window.desk.updatePreferences({ patch: { language: l as UiLanguage } }),
    language,
  );
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
};

/** Key chords, what Intl writes in English (the pseudo-locale formats as en-GB: months, "a, b and c") and codes are no texts to translate. */
const NOT_TEXT =
  /(?:Ctrl|Alt|Shift)\+\S+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|UTC|GMT|and|en-XA|Q\d+)\b/g;
async function untranslated(page: Page, selector: string, data: string[]): Promise<string[]> {
  const known = [...new Set(data)].sort((a, b) => b.length - a.length);
  return (await readTexts(page, selector)).filter((text) => {
    let rest = text;
    for (const d of known) rest = rest.split(d).join(' ');
    return /[A-Za-z]{2,}/.test(rest.replace(NOT_TEXT, ' '));
  });
}

test('no English is left on Capture and Timer, their dialogs and the keyboard help in the pseudo-locale', async ({
  page,
}) => {
  await page.goto(app.url);
  await chooseLanguage(page, PSEUDO);
  // Two statements left untagged: the drafting suggests a question for one and "no question" for the
  // other (their ghost chips, and why, in the chips' tooltips).
  const session = await seedAndOpen(
    page,
    ['Youth participation needs funding.'],
    [
      'Good morning everyone, and welcome to the session.',
      'Our experience shows that partnerships between the state and civil society made the rollout trusted by people.',
    ],
  );
  await expect(page.locator('.ghost-chip:not(.procedural)')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.ghost-chip.procedural')).toBeVisible();
  // The words a suggestion matched are the statement's own (as the drafting stems them).
  const matched = await page.evaluate(async (id) => {
    const r = await window.desk.draftReport({ id, suggestionsOnly: true });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.statements.flatMap((s) =>
      s.questions.flatMap((q) => q.reasons.flatMap((why) => (why.kind === 'terms' ? why.terms : []))),
    );
  }, session.id);
  // The transcript pasted below is the user's text too.
  const transcript = [
    'MARIA LOPEZ',
    'Maria Lopez',
    'JOHN SMITH',
    'John Smith',
    'Good morning.',
    'Thank you.',
  ];
  const data = userData(session, [desk.workspace, ...DEFAULT_FORA, ...transcript, ...matched]);
  const expectTranslated = async (selector: string) =>
    expect(await untranslated(page, selector, data), selector).toEqual([]);

  const box = page.locator('#statement-text');
  await expect(box).toBeFocused();
  await expectTranslated('.capture');
  // A statement selected shows its details; the audience form, the fora list, help and transcript.
  await page.locator('.statement').first().click();
  await expectTranslated('.statement-details');
  await box.focus();
  await page.keyboard.press('Control+Shift+KeyA');
  await expect(page.locator('.audience-form')).toBeVisible();
  await expectTranslated('.audience-form');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+KeyF');
  await expect(page.locator('.fora-checklist')).toBeVisible();
  await expectTranslated('.fora-checklist');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+KeyP');
  await expectTranslated('.poll-editor');
  await page.keyboard.press('Alt+KeyP');
  await page.keyboard.press('F1');
  await expect(page.locator('dialog.help-dialog')).toBeVisible();
  await expectTranslated('dialog.help-dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+KeyI');
  await page.locator('#transcript-text').fill('>> MARIA LOPEZ: Good morning.\n>> JOHN SMITH: Thank you.');
  await expect(page.locator('.transcript-preview')).toBeVisible();
  await expectTranslated('dialog.transcript-dialog');
  await page.keyboard.press('Escape');

  await page.locator('#tab-timer').click();
  await page.locator('.timer-settings summary').click();
  await expectTranslated('.timer-panel');
  // A turn running: the clock's words and the queue.
  await page.locator('.timer-panel').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timer-label')).toHaveText(/^\[.*\]$/);
  await expectTranslated('.timer-panel');
  await expectTranslated('.tabs');
});

test('Capture and Timer in Arabic: right to left, keys working, light and dark at two sizes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  await page.goto(app.url);
  await chooseLanguage(page, 'ar');
  await seedAndOpen(page);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expect(page.locator('#tab-capture')).toHaveText('التدوين');

  // Capture's keys: a statement typed in Arabic and added with Enter, tagged Q1 with Alt+1.
  const box = page.locator('#statement-text');
  await expect(box).toBeFocused();
  await page.keyboard.press('Alt+Digit1');
  await page.keyboard.type('نحتاج إلى تمويل مشاركة الشباب في حوكمة الإنترنت.');
  await page.keyboard.press('Enter');
  await expect(page.locator('.capture-message')).toHaveText('أُضيفت المداخلة.');
  await expect(page.locator('.statement').last()).toContainText('نحتاج إلى تمويل');
  // Statements take the direction of their own text.
  expect(await page.locator('.statement').last().locator('[dir="auto"]').count()).toBeGreaterThan(0);

  // Timer's keys: Space starts a turn; the digits stay left to right.
  await page.locator('#tab-timer').click();
  await page.locator('.timer-panel').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timer-label')).toHaveText('ضمن الوقت');
  await expect(page.locator('.timer-digits')).toHaveAttribute('dir', 'ltr');

  for (const [width, height] of [
    [1280, 820],
    [1024, 700],
  ] as const)
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of ['capture', 'timer'] as const) {
        await page.locator(`#tab-${tab}`).click();
        await expect(page.locator('.panel')).toBeVisible();
        // The window never scrolls sideways: nothing is pushed out by the mirrored layout.
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
          `${tab} ${width}×${height} ${scheme}`,
        ).toBe(true);
        await page.screenshot({ path: `${SHOTS}/ar-${tab}-${width}x${height}-${scheme}.png` });
        if (width === 1280) await expectNoSeriousA11yViolations(page, `${tab} in Arabic, ${scheme}`);
      }
    }
});

test('in Arabic, the menu’s Message to the speaker from Capture opens the Timer at the message box', async ({
  page,
}) => {
  await page.goto(app.url);
  await chooseLanguage(page, 'ar');
  const session = await seedAndOpen(page);
  const stage = await desk.openPresenter(session.id);
  await page.bringToFront();
  await expect(page.locator('#statement-text')).toBeFocused();
  await desk.emit('menuCommand', { command: 'stageMessage' });
  await expect(page.locator('#tab-timer')).toHaveAttribute('aria-selected', 'true');
  // Found by the label a person reads in Arabic: the box the menu focused is the stage's message box.
  const box = page.getByRole('textbox', { name: 'رسالة إلى المتحدث' });
  await expect(box).toBeFocused();
  await page.keyboard.type('دقيقة واحدة من فضلك');
  await page.keyboard.press('Enter');
  await expect(stage.getByRole('status')).toHaveText('دقيقة واحدة من فضلك');
});
