import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newPerson } from '../../shared/model/factory';
import { useDesk } from './harness';

/**
 * The Timer's speaker choice with a long right-to-left name: an audience member whose Arabic name runs
 * past sixty characters. The name must read from its own beginning (the right, in Arabic) and end in an
 * ellipsis where it is cut, never lose its first words, and show whole on hover.
 */
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const LONG_NAME = 'عبد الرحمن بن محمد بن عبد الله بن عبد العزيز الفلاني الهاشمي القرشي الأنصاري';
const { app } = useDesk();

async function openTimerWith(page: Page, name: string): Promise<void> {
  await page.goto(app.url);
  const at = new Date().toISOString();
  const person = newPerson(name, 0, at, { audience: true, stakeholder: 'civil-society' });
  await page.evaluate(
    async ([title, who]) => {
      const created = await window.desk.createSession({ title });
      if (!created.ok) throw new Error(created.error.message);
      const changed = await window.desk.changeSession({
        id: created.value.id,
        changes: [{ type: 'person.put', person: who }],
      });
      if (!changed.ok) throw new Error(changed.error.message);
    },
    ['Open forum on Arabic content online', person] as const,
  );
  await page.reload();
  await page.getByRole('button', { name: /^Open forum on Arabic content online/ }).click();
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.getByLabel('Speaker', { exact: true }).selectOption(person.id);
}

for (const [width, height] of [
  [1024, 700],
  [1280, 820],
] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`a ${LONG_NAME.length}-character Arabic name in the speaker choice, ${width}×${height} ${scheme}`, async ({
      page,
    }) => {
      expect(LONG_NAME.length).toBeGreaterThan(60);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await openTimerWith(page, LONG_NAME);
      const select = page.getByLabel('Speaker', { exact: true });
      await select.scrollIntoViewIfNeeded();
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({
        path: path.join(SHOTS, `timer-long-arabic-name-${width}x${height}-${scheme}.png`),
      });
      await expect(select).toHaveAttribute('title', new RegExp(LONG_NAME));
      // Right to left while an Arabic name is chosen: its beginning is at the box's right edge.
      await expect(select).toHaveAttribute('dir', 'rtl');
      const box = (await select.boundingBox())!;
      const panel = (await page.locator('.timer-give').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Choosing "Unnamed speaker" goes back to left to right.
      await select.selectOption('');
      await expect(select).toHaveAttribute('dir', 'ltr');
    });
