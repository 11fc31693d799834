import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newPerson } from '../../shared/model/factory';
import { STAGE_SIZES, useDesk } from './harness';

/**
 * The stage and the Capture tab's timer strip with the names people really have: long ones that wrap
 * to a second line, and Arabic ones in an English line. A wrapped name must show its last line whole
 * (descenders and the dots under Arabic letters included), and "(online)" must stay after a
 * right-to-left name, not jump in front of it.
 */
const SHOTS = process.env.SCREENS_DIR ?? path.resolve('test-results/screens');
const T0 = new Date('2025-06-24T09:00:00.000Z');
const SIZES = STAGE_SIZES;
const { app, desk } = useDesk();

interface Seed {
  title: string;
  language: 'ar' | null;
  speaker: string;
  next: string;
  segment: string;
}

const ARABIC: Seed = {
  title: 'منتدى مفتوح حول المحتوى العربي على الإنترنت',
  language: 'ar',
  speaker: 'عبد الرحمن بن محمد بن عبد الله بن عبد العزيز الفلاني الهاشمي القرشي الأنصاري',
  next: 'فاطمة الزهراء بنت عبد الله بن عبد العزيز الفلاني الهاشمية',
  segment: 'الافتتاح والترحيب بالمشاركين من جميع أنحاء المنطقة العربية',
};
const LONG: Seed = {
  title: 'Creating digital public infrastructure that empowers people',
  language: null,
  speaker: 'Maria Fernanda Rodríguez-Castellanos de la Vega y Montenegro',
  next: 'Hon. Dr. Oluwaseun Adebayo-Williams Okonkwo-Nwachukwu',
  segment: 'Opening remarks and introductions of all the distinguished panellists',
};

/** A session with a speaker, someone waiting online, a start in Berlin and one segment; its Timer tab open. */
async function openTimer(page: Page, seed: Seed): Promise<void> {
  await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await page.clock.pauseAt(T0);
  await page.goto(app.url);
  const at = new Date(T0.getTime() - 60_000).toISOString();
  const speaker = newPerson(seed.speaker, 0, at, { stakeholder: 'civil-society' });
  const next = newPerson(seed.next, 1, at, { stakeholder: 'government' });
  await page.evaluate(
    async ([seed, speaker, next]) => {
      const created = await window.desk.createSession({ title: seed.title });
      if (!created.ok) throw new Error(created.error.message);
      const changed = await window.desk.changeSession({
        id: created.value.id,
        changes: [
          { type: 'person.put', person: speaker },
          { type: 'person.put', person: next },
          {
            type: 'facts.update',
            patch: { date: '2025-06-24', startTime: '11:00', timeZone: 'Europe/Berlin', durationMinutes: 90 },
          },
          {
            type: 'segment.put',
            segment: { id: crypto.randomUUID(), title: seed.segment, plannedMinutes: 20, order: 0 },
          },
          {
            type: 'queue.put',
            entry: { id: crypto.randomUUID(), personId: next.id, presence: 'online', order: 0 },
          },
          ...(seed.language ? [{ type: 'report.update' as const, patch: { language: seed.language } }] : []),
        ],
      });
      if (!changed.ok) throw new Error(changed.error.message);
    },
    [seed, speaker, next] as const,
  );
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${seed.title.slice(0, 20)}`) }).click();
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page.getByLabel('Speaker', { exact: true }).selectOption(speaker.id);
  await page.getByLabel('Turn length (min)').fill('3');
}

async function startTurn(page: Page): Promise<Page> {
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => desk.presenter).not.toBeNull();
  await page.bringToFront();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('Space');
  await page.clock.fastForward('01:15');
  return desk.presenter!;
}

/**
 * The lines of a wrapped name that show (their middle inside the box) end inside it: the line's text
 * box, from the font's ascent to its descent, is not cut by the box's bottom edge.
 */
async function cutLines(stage: Page): Promise<string[]> {
  return stage.evaluate(() =>
    [...document.querySelectorAll('.stage-name, .stage-next dd')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      return [...range.getClientRects()]
        .filter((r) => (r.top + r.bottom) / 2 < box.bottom)
        .filter((r) => r.bottom > box.bottom + 0.5 || r.top < box.top - 0.5)
        .map(
          (r) =>
            `${el.className || el.parentElement!.className}: line ${r.top}–${r.bottom} in ${box.top}–${box.bottom}`,
        );
    }),
  );
}

/** Words of the matching elements' text that are split over two lines ("Plann|ed"). */
async function brokenWords(where: Locator, selector: string): Promise<string[]> {
  return where.evaluate(
    (root, selector) =>
      [...root.querySelectorAll(selector)].flatMap((el) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent!;
          for (const m of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) out.push(m[0]);
          }
        }
        return out;
      }),
    selector,
  );
}

/** Where `part` of the element's text is drawn: its left and right edges and the top of its last line. */
async function xOf(where: Locator, part: string): Promise<{ left: number; right: number; top: number }> {
  return where.evaluate((el, part) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(part);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + part.length);
      const rects = [...range.getClientRects()];
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.max(...rects.map((r) => r.top)),
      };
    }
    throw new Error(`${part} is not in ${el.textContent}`);
  }, part);
}

/** In a left-to-right line, `after` comes after `first`: to its right on the same line, or on a line below. */
async function expectAfter(where: Locator, first: string, after: string): Promise<void> {
  const a = await xOf(where, first);
  const b = await xOf(where, after);
  if (b.top > a.top + 1) return;
  expect(b.left, `${after} after ${first}`).toBeGreaterThanOrEqual(a.right - 1);
}

for (const seed of [ARABIC, LONG])
  test(`the stage with long ${seed.language === 'ar' ? 'Arabic ' : ''}names: every line of a wrapped name shows whole, at three sizes`, async ({
    page,
  }) => {
    await openTimer(page, seed);
    // The run of show beside a long segment title: its headings and buttons keep their words whole.
    expect(await brokenWords(page.locator('.run-table'), 'th, button')).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `timer-long-names-${seed.language ?? 'en'}.png`) });
    const stage = await startTurn(page);
    await expect(stage.getByRole('timer')).toHaveText('1:45');
    await expect(stage.getByTestId('stage-time')).toHaveText(/11:01$/);
    await mkdir(SHOTS, { recursive: true });
    for (const [width, height] of SIZES) {
      await stage.setViewportSize({ width, height });
      await stage.screenshot({
        path: path.join(SHOTS, `stage-long-names-${seed.language ?? 'en'}-${width}x${height}.png`),
      });
      expect(await cutLines(stage), `${width}×${height}`).toEqual([]);
      // The clock and the board still lie inside the window.
      for (const part of ['.stage-digits', '.stage-board'])
        expect(
          (await stage.locator(part).boundingBox())!.y + (await stage.locator(part).boundingBox())!.height,
        ).toBeLessThanOrEqual(height);
    }
  });

test('an Arabic name in an English line keeps “(online)” and the stakeholder group after it', async ({
  page,
}) => {
  // A name short enough for one line on the stage, so that left and right say which comes first.
  const name = 'فاطمة الزهراء الهاشمية';
  await openTimer(page, {
    ...ARABIC,
    next: name,
    language: null,
    title: 'Open forum on Arabic content online',
  });
  // The queue: "(Government)" after the name, to its right in a left-to-right list.
  const item = page.locator('.queue-item').first();
  await expect(item).toContainText(`${name} (Government)`);
  await expectAfter(item, name, '(Government)');

  const stage = await startTurn(page);
  const next = stage.getByTestId('stage-next');
  await expect(next).toHaveText(`Next up${name} (online)`);
  await stage.setViewportSize({ width: 1280, height: 720 });
  await stage.screenshot({ path: path.join(SHOTS, 'stage-next-up-arabic-name.png') });
  await expectAfter(next, name, '(online)');

  // The segment's Arabic title, cut to fit "Left in …", keeps its beginning (the right, in Arabic).
  const label = stage.getByTestId('stage-segment').locator('dt');
  const box = (await label.boundingBox())!;
  const first = await xOf(label, ARABIC.segment.split(' ')[0]!);
  expect(first.right, 'the first word of the segment title is shown').toBeLessThanOrEqual(
    box.x + box.width + 1,
  );
  expect(first.left).toBeGreaterThanOrEqual(box.x - 1);
  await expect(label).toContainText('Left in');

  await page.getByRole('tab', { name: 'Capture' }).click();
  const strip = page.getByRole('region', { name: 'Timer' }).getByTestId('strip-next');
  await expect(strip).toHaveText(`${name} (online)`);
  await expectAfter(strip, name, '(online)');
  await page.screenshot({ path: path.join(SHOTS, 'capture-timer-strip-arabic-name.png') });
});
