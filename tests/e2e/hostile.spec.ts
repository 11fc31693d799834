import { expect, test, type Page } from '@playwright/test';
import { newId } from '../../shared/model/factory';
import { HOSTILE_STATEMENTS } from '../support/hostile';
import { useDesk } from './harness';

/**
 * Text that breaks a markdown parser is still only text: every hostile statement shows in the Capture
 * list and the Report preview (rendered, or as its raw text), beside an ordinary statement, and the
 * window is never blank.
 */
const { app } = useDesk();

async function sessionWith(page: Page, texts: string[]): Promise<string> {
  const created = await page.evaluate(
    () =>
      window.desk.createSession({ title: 'Hostile text' }) as Promise<{ ok: boolean; value: { id: string } }>,
  );
  expect(created.ok).toBe(true);
  const id = created.value.id;
  const statements = texts.map((text, i) => ({
    id: newId(),
    text,
    at: new Date(Date.UTC(2026, 5, 23, 9, 0, i)).toISOString(),
  }));
  const put = await page.evaluate(
    ([sessionId, list]) =>
      window.desk.changeSession({
        id: sessionId,
        changes: list.map((statement) => ({ type: 'statement.put' as const, statement })),
      }),
    [id, statements] as const,
  );
  expect(put.ok).toBe(true);
  return id;
}

for (const hostile of HOSTILE_STATEMENTS)
  test(`${hostile.name}: shown in Capture and in the Report, never a blank window`, async ({ page }) => {
    await page.goto(app.url);
    await sessionWith(page, [hostile.text, 'An ordinary statement after it']);
    await page.reload();
    await page.getByRole('button', { name: /^Hostile text/ }).click();
    await expect(page.getByLabel('Statement', { exact: true })).toBeVisible();
    await expect(page.getByText('An ordinary statement after it')).toBeVisible();
    const tail = hostile.tail;
    await expect(page.locator('.statement').filter({ hasText: tail })).toHaveCount(1);

    await page.getByRole('tab', { name: 'Report' }).click();
    await expect(page.getByRole('tab', { name: 'Report', selected: true })).toBeVisible();
    await expect(page.locator('.panel')).not.toBeEmpty();
    await expect(page.getByText('could not be shown')).toHaveCount(0);
  });
