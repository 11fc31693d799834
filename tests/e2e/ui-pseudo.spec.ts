import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PSEUDO } from '../../shared/i18n/languages';
import { DEFAULT_FORA } from '../../shared/model/session';
import { useDesk } from './harness';
import { readTexts, seedAndOpen, userData } from './i18nWalk';

/**
 * The screens in the pseudo-locale, where every translated text is bracketed and its letters accented:
 * any plain English word left on Setup, Report, the session list, saved versions, re-import and the
 * Share and Join dialogs is a text that never went through the translations. What the session's data
 * says (names, titles, statements), what Intl writes in English (dates, "a, b and c") and the languages'
 * own names are not counted.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const { app, desk } = useDesk();

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const NOT_TEXT = new RegExp(
  `\\b(?:${MONTHS}|and|English|Fran\u00e7ais|Espa\u00f1ol|UTC|GMT|Etc/UTC|en-XA|sessiondesk|https?)\\b`,
  'g',
);

/** The texts in `selector` that still hold a plain (unaccented) English word once user data is removed. */
async function untranslated(page: Page, selector: string, data: string[]): Promise<string[]> {
  const known = [...new Set(data)].sort((a, b) => b.length - a.length);
  return (await readTexts(page, selector)).filter((text) => {
    let rest = text;
    for (const d of known) rest = rest.split(d).join(' ');
    // Key chords (Alt+N) are keys, not words.
    return /[A-Za-z]{2,}/.test(rest.replace(NOT_TEXT, ' ').replace(/(?:Ctrl|Alt|Shift)\+\S+/g, ' '));
  });
}

/** Buttons whose words do not fit (the pseudo-locale is 40% longer than English). */
const cutOff = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(`${sel} button`)]
        .filter((b) => b.checkVisibility() && b.scrollWidth > b.clientWidth + 1)
        .map((b) => b.textContent ?? ''),
    selector,
  );

test('no English is left on Setup, Report, the session list and the dialogs in the pseudo-locale', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto(app.url);
  await page.evaluate(
    (language) => window.desk.updatePreferences({ patch: { language: language as typeof PSEUDO } }),
    PSEUDO,
  );
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(PSEUDO);
  const session = await seedAndOpen(page, ['Youth participation needs funding.']);
  const interfaces = await page.evaluate(async () => {
    const r = await window.desk.listInterfaces({});
    return r.ok ? r.value.interfaces.flatMap((i) => [i.name, i.address]) : [];
  });
  // Wanjiru Kamau comes with the newer page compared below. The session's format ("Panel") and its type
  // in the library ("Workshop") are names the IGF uses: they are shown translated, so they are no user data.
  const data = userData(session, [desk.workspace, ...interfaces, 'Wanjiru Kamau']).filter(
    (text) => text !== session.facts.format,
  );
  const expectTranslated = async (selector: string) => {
    expect(await untranslated(page, selector, data), selector).toEqual([]);
    expect(await cutOff(page, selector), `${selector}: cut off`).toEqual([]);
  };

  // Setup, with a person's form open and a newer page compared.
  await page.locator('#tab-session').click();
  await page.locator('.people-table button[aria-expanded]').first().click();
  await expect(page.locator('.person-form')).toBeVisible();
  await expectTranslated('.session-header');
  await expectTranslated('.panel');
  await page.locator('.import-review > button').click();
  const newer = (await readFile(SEED, 'utf8')).replace(
    'Speaker 3: Michael O. Odhiambo, Government, African Group',
    'Speaker 3: Wanjiru Kamau, Civil Society, African Group',
  );
  await page.locator('#reimport-text').fill(newer);
  await expect(page.locator('.reimport-diffs tbody tr').first()).toBeVisible();
  await expectTranslated('dialog.reimport-dialog');
  await page.keyboard.press('Escape');

  // Report: the editors (the document beside them is in the report's own language).
  await page.locator('#tab-report').click();
  await expect(page.locator('.report-editor')).toBeVisible();
  await expectTranslated('.report-toolbar');
  await expectTranslated('.report-editor');

  // Saved versions.
  await page.locator('.session-header > button').last().click();
  await expect(page.locator('dialog.versions-dialog')).toBeVisible();
  await expectTranslated('dialog.versions-dialog');
  await page.locator('dialog.versions-dialog form button').click();

  // Share: before and while sharing.
  await page.locator('.session-header > button').nth(-2).click();
  const share = page.locator('dialog.share-dialog');
  await expect(share.locator('select option').first()).toBeAttached();
  await expectTranslated('dialog.share-dialog');
  await share.locator('select').selectOption('127.0.0.1');
  await share.locator('.actions button').first().click();
  await expect(share.locator('.share-links')).toBeVisible();
  await expectTranslated('dialog.share-dialog');
  await expectTranslated('.session-header');
  await share.locator('.actions button.danger').click();
  await page.keyboard.press('Escape');

  // The session list, and the Join dialog.
  await page.locator('.session-header > button').first().click();
  await expect(page.locator('main.sessions')).toBeVisible();
  await expectTranslated('main.sessions');
  await page.locator('main.sessions .link-button').nth(1).click();
  await expectTranslated('dialog.share-dialog');
});

test('no English is left in the empty states, the whole Timer tab with a refused correction, and the stage', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto(app.url);
  await page.evaluate(
    (language) => window.desk.updatePreferences({ patch: { language: language as typeof PSEUDO } }),
    PSEUDO,
  );
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(PSEUDO);
  const expectTranslated = async (selector: string, data: string[] = []) => {
    expect(await untranslated(page, selector, data), selector).toEqual([]);
    expect(await cutOff(page, selector), `${selector}: cut off`).toEqual([]);
  };

  // No session yet: the list's empty state and the import form.
  await expect(page.locator('main.sessions')).toBeVisible();
  await expectTranslated('main.sessions', [desk.workspace]);

  // A blank session: every tab with nothing in it.
  await page.evaluate(() => window.desk.createSession({ title: 'Blank' }));
  await page.reload();
  await page.locator('.session-open').first().click();
  for (const tab of ['capture', 'timer', 'report', 'session'] as const) {
    await page.locator(`#tab-${tab}`).click();
    await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await expectTranslated('main', ['Blank', desk.workspace, ...DEFAULT_FORA]);
  }

  // A session with turns: the Timer tab whole (clock, queue, balance, run of show, the turns table),
  // a correction it refuses, and the stage.
  await page.locator('.session-header > button').first().click();
  const session = await seedAndOpen(page);
  const data = userData(session, [desk.workspace, 'Blank', ...DEFAULT_FORA]);
  await page.locator('#tab-timer').click();
  await page.locator('.timer-panel').focus();
  await page.keyboard.press('Space');
  const firstEnd = page.locator('.timer-turns tbody tr').first().locator('input').nth(1);
  await firstEnd.fill('00:00:01');
  await firstEnd.press('Enter');
  await expect(page.locator('.timer-turns .field-error')).toBeVisible();
  await expectTranslated('main', data);
  const stage = await desk.openPresenter(session.id);
  await expect(stage.locator('main')).not.toHaveAttribute('data-phase', 'idle');
  expect(await untranslated(stage, 'body', data), 'stage').toEqual([]);
});
