import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { docxPlainText } from '../support/readDocx';
import { useDesk } from './harness';

/**
 * What a rapporteur and a moderator hit in their first real hour, each acted out with the keys they
 * would press, and checked against the session file on disk.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}
async function onDisk(page: Page, check: (s: Session) => boolean): Promise<Session> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  let last: Session | null = null;
  await expect.poll(async () => check((last = await sessionFile())), { timeout: 10_000 }).toBe(true);
  return last!;
}
async function importSeed(page: Page) {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  return box;
}
const speakerOf = (s: Session, text: string) =>
  s.people.find((p) => p.id === s.statements.find((x) => x.text === text && !x.deletedAt)?.speakerId)?.name;

test('1. speaker numbers stay with a person all session; a statement’s speaker can be changed afterwards', async ({
  page,
}) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  const strip = page.getByRole('list', { name: 'Numbered speakers' });
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toBeVisible();

  // Three audience members arrive; Torge Wolters keeps 7 and the new people are appended.
  for (const name of ['Ana Lima', 'Bo Chen', 'Chidi Okafor']) {
    await kb.press('Control+Shift+KeyA');
    await kb.type(name);
    await kb.press('Enter');
    await expect(box).toBeFocused();
  }
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toBeVisible();
  await expect(strip.getByRole('button', { name: '8 Ana Lima' })).toBeVisible();
  await expect(strip.getByRole('button', { name: '9 Bo Chen' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/30-capture-stable-numbers.png` });

  await kb.press('Control+Digit7');
  await expect(strip.getByRole('button', { name: '7 Torge Wolters' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await kb.type('Thank you, I will summarise.');
  await kb.press('Enter');
  // Number 10 has no Ctrl key; Ctrl+K and the number finds him.
  await kb.press('Control+k');
  await kb.type('10');
  await kb.press('Enter');
  await kb.type('A question from the floor.');
  await kb.press('Enter');
  await kb.press('Control+Digit8');
  await kb.type('Meant for Pramod.');
  await kb.press('Enter');

  // The last statement went to the wrong person: ↑ selects it, Ctrl+2 gives it to number 2.
  await kb.press('ArrowUp');
  await kb.press('Control+Digit2');
  const last = page.getByRole('listitem').filter({ hasText: 'Meant for Pramod.' });
  await expect(last.locator('.speaker-name')).toHaveText(/2\s*Pramod Varma/);
  // The box's own speaker did not change.
  await kb.press('Escape');
  await expect(box).toBeFocused();
  await expect(strip.getByRole('button', { name: '8 Ana Lima' })).toHaveAttribute('aria-pressed', 'true');
  // By mouse: the selected statement's speaker list.
  await page.getByText('A question from the floor.').click();
  await last
    .page()
    .getByRole('group', { name: 'Change this statement' })
    .getByLabel('Speaker')
    .selectOption({ label: '8 · Ana Lima' });

  const s = await onDisk(page, (x) => speakerOf(x, 'A question from the floor.') === 'Ana Lima');
  expect(speakerOf(s, 'Thank you, I will summarise.')).toBe('Torge Wolters');
  expect(speakerOf(s, 'Meant for Pramod.')).toBe('Pramod Varma');
  expect(s.people.find((p) => p.name === 'Chidi Okafor')?.speakerNumber).toBe(10);
  expect(s.people.find((p) => p.name === 'Torge Wolters')?.speakerNumber).toBe(7);
  // Ctrl+Z takes back the speaker change.
  await page.getByLabel('Statement', { exact: true }).focus();
  await kb.press('Control+z');
  await onDisk(page, (x) => speakerOf(x, 'A question from the floor.') === 'Chidi Okafor');
});

test('2. a poll’s question and counts reach the DOCX, the Markdown and the annex', async ({ page }) => {
  await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Control+Digit1');
  await kb.press('Alt+KeyP');
  await kb.type('Who should govern DPI?');
  await kb.press('Enter');
  await kb.type('Governments: 12\nMultistakeholder bodies: 30\nCompanies: 3');
  await kb.press('Control+Enter');
  await onDisk(page, (s) => s.statements.some((x) => x.poll?.question === 'Who should govern DPI?'));
  await page.getByRole('tab', { name: 'Report' }).click();
  await page.getByLabel('Include the full tagged statement log as an annex').check();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Poll 1: Who should govern DPI?' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Multistakeholder bodies 30 67%/ })).toBeVisible();

  desk.nextSavePath = path.join(desk.root, 'report.docx');
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(page.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();
  const docx = docxPlainText(desk.nextSavePath);
  expect(docx).toContain('Poll results');
  expect(docx).toMatch(/Governments\s+12\s+27%/);
  expect(docx).toMatch(/Multistakeholder bodies\s+30\s+67%/);
  expect(docx).toMatch(/Companies\s+3\s+7%/);
  expect(docx).toMatch(/Total\s+45\s+100%/);
  // The annex carries the counts under the statement too.
  expect(docx).toContain('Multistakeholder bodies: 30 (67%)');

  desk.nextSavePath = path.join(desk.root, 'report.md');
  await page.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(page.getByText(`Markdown saved to ${desk.nextSavePath}`)).toBeVisible();
  const md = await readFile(desk.nextSavePath, 'utf8');
  expect(md).toContain('Poll 1: Who should govern DPI?');
  expect(md).toMatch(/\|\s*Multistakeholder bodies\s*\|\s*30\s*\|\s*67%\s*\|/);
  expect(md).toContain('- Companies: 3 (7%)');
});

test('7. no key is lost after closing the fora list with Enter', async ({ page }) => {
  const box = await importSeed(page);
  const kb = page.keyboard;
  await kb.press('Alt+KeyF');
  await expect(page.getByRole('group', { name: 'Follow-up fora' })).toBeVisible();
  await kb.press('Digit1');
  // Enter closes the list and the next keys follow at once, with no pause between them.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Governments must act.', { delay: 0 });
  await expect(box).toHaveValue('Governments must act.');
  await kb.press('Alt+KeyF');
  await kb.press('Escape');
  await page.keyboard.type('Gx', { delay: 0 });
  await expect(box).toHaveValue('Governments must act.Gx');
});

/** Every part of the stage screen lies inside the window and nothing is cut. */
async function stageFits(stage: Page, what: string) {
  const overflow = await stage.evaluate(() => {
    const bad: string[] = [];
    const { innerWidth: w, innerHeight: h } = window;
    for (const el of document.querySelectorAll<HTMLElement>(
      '.stage > *, .stage-centre > *, .stage-board > *',
    )) {
      const r = el.getBoundingClientRect();
      if (
        r.left < -1 ||
        r.top < -1 ||
        r.right > w + 1 ||
        r.bottom > h + 1 ||
        el.scrollWidth > el.clientWidth + 1
      )
        bad.push(
          `${el.className} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${w}×${h}`,
        );
    }
    return bad;
  });
  expect(overflow, what).toEqual([]);
}

test('4, 6, 8. the stage fits every window with the longest strings; a message ends with its turn; E and N undo', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const T0 = new Date('2025-06-24T09:00:00.000Z');
  // Installed a minute early: a clock that runs on a busy machine is already past T0 when paused.
  await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await page.clock.pauseAt(T0);
  await importSeed(page);
  // The longest name the stage may have to show.
  await page.getByRole('tab', { name: 'Timer' }).click();
  await page
    .getByLabel('Audience member', { exact: true })
    .fill('Maria Fernanda de los Ángeles Rodríguez-Villalobos y Santiesteban');
  await page.getByRole('button', { name: 'Add audience member to queue' }).click();
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Pramod Varma (Civil Society)' });
  await page.getByLabel('Turn length (min)').fill('1');
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('o'); // opens the stage screen
  await expect.poll(() => desk.presenter).not.toBeNull();
  const stage = desk.presenter!;
  await page.bringToFront();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('n'); // the long name gets the floor
  const clock = page.getByRole('timer', { name: 'Time on the clock' });
  await expect(clock).toHaveText('1:00');

  // 8: an accidental E ends the turn; Ctrl+Z gives it back, running as before.
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: /Start/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  await expect(page.locator('.timer-speaker')).toContainText('Maria Fernanda');

  const sizes = [
    { width: 800, height: 450 },
    { width: 1280, height: 720 },
    { width: 3840, height: 2160 },
  ];
  const shoot = async (phase: string) => {
    for (const size of sizes) {
      await stage.setViewportSize(size);
      await stageFits(stage, `${phase} at ${size.width}×${size.height}`);
      await stage.screenshot({ path: `${SHOTS}/31-stage-${phase}-${size.width}x${size.height}.png` });
    }
  };
  await expect(stage.getByRole('timer')).toHaveText('1:00');
  await shoot('running');
  await page.clock.fastForward('00:30');
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'warning');
  await shoot('warning');
  await page.clock.fastForward('00:20');
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'danger');
  await shoot('danger');
  // Ten minutes over: "-10:00", the widest the clock gets in a real session.
  await page.clock.fastForward('10:10');
  await expect(stage.getByRole('timer')).toHaveText('-10:00');
  // The longest message the moderator can type.
  await page.keyboard.press('m');
  await page.keyboard.type('Please wrap up — 30 seconds. '.repeat(7).slice(0, 200));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/Message to the speaker/)).not.toBeFocused();
  await expect(stage.getByRole('status')).toBeVisible();
  await shoot('overtime-message');
  await page.keyboard.press('Space'); // focus came back to the timer: Space pauses
  await expect(stage.getByText('Paused · Overtime')).toBeVisible();
  await shoot('paused');

  // 6: the next speaker starts; the message was for the previous one and goes.
  await page.keyboard.press('Space');
  await page.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Maksym Shkilov (Government)' });
  await page.getByRole('button', { name: 'Give the floor', exact: true }).click();
  await expect(stage.getByRole('status')).toHaveCount(0);
  await expect(page.getByText(/Stage shows: the timer\./)).toBeVisible();
  // A kept-up message stays across turns.
  await page.getByLabel(/Message to the speaker/).fill('Questions at the end, please');
  await page.getByLabel('Keep up for the next speakers').check();
  await page.getByRole('button', { name: 'Show message' }).click();
  await page.getByRole('button', { name: 'Give the floor', exact: true }).click();
  await expect(stage.getByRole('status')).toHaveText('Questions at the end, please');
  await page.keyboard.press('h');
  await expect(stage.getByRole('status')).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(stage.locator('main')).toHaveAttribute('data-phase', 'blackout');
  await shoot('blackout');
  await page.keyboard.press('b');
  await page.keyboard.press('e');
  await expect(stage.locator('main')).toContainText(/Ended|Creating digital/);
  await shoot('ended');

  // N, undone: the person is back in the queue and the previous turn runs again.
  const person = page.getByLabel('Person', { exact: true });
  await person.selectOption(
    (await person.locator('option', { hasText: 'Heiko Wildner' }).getAttribute('value'))!,
  );
  await page.getByRole('button', { name: 'Add to queue', exact: true }).click();
  await page.getByRole('heading', { name: 'Speaking queue' }).click();
  await page.keyboard.press('n');
  await expect(page.locator('.timer-speaker')).toContainText('Heiko Wildner');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Queue' })).toContainText('Heiko Wildner');
  const s = await onDisk(page, (x) => x.queue.some((q) => !q.deletedAt));
  expect(
    s.turns.filter(
      (t) => !t.deletedAt && t.personId === s.people.find((p) => p.name === 'Heiko Wildner')!.id,
    ),
  ).toHaveLength(0);
});
