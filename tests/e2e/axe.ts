import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core on the page as it is now; serious and critical violations fail the test, with details. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<number> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}${v.nodes[0]?.any[0]?.message ? ` (${v.nodes[0].any[0].message})` : ''}`,
  );
  expect(described, `axe on ${screen}`).toEqual([]);
  return results.violations.length;
}
