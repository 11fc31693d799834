import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { codeLabel } from '../../shared/i18n/codeLabels';
import { SessionSchema, STATEMENT_KINDS, type Session, type Statement } from '../../shared/model/session';
import { openTurn } from '../../shared/timer/floor';
import type { KeyBinding } from '../../renderer/src/common/keys';
import { capture as en } from '../../renderer/src/i18n/locales/en/capture';
import { timer as enTimer } from '../../renderer/src/i18n/locales/en/timer';
import {
  CAPTURE_KEYS,
  CONTEXT_KEYS,
  KIND_KEYS,
  TIMER_KEYS,
  type CaptureAction,
  type TimerAction,
} from '../../renderer/src/keymap';
import { Keys, pressesOf, type Press } from '../support/keyPresses';
import { useDesk } from './harness';

/**
 * The keymap tables, acted out: every row of CAPTURE_KEYS and TIMER_KEYS is pressed, each way its
 * specs allow, on the screen it belongs to, and what the row promises is checked on the screen and,
 * where it changes the record, in the session file. The checks are keyed by the tables' action ids,
 * so a row added without its check does not type-check, and the run asserts every row was pressed.
 * The help (F1) and the timer's key line are checked to list exactly the tables' rows.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const { app, desk } = useDesk();

async function sessionFile(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}
/** The file once `check` holds (it is written a moment after the screen changes). */
async function onDisk(check: (s: Session) => boolean): Promise<Session> {
  let last: Session | null = null;
  await expect
    .poll(async () => check((last = await sessionFile().catch(() => null as never))), { timeout: 10_000 })
    .toBe(true);
  return last!;
}
const live = (s: Session): Statement[] => s.statements.filter((x) => !x.deletedAt);
const said = (s: Session, text: string): Statement | undefined => live(s).find((x) => x.text === text);
const questionIds = (s: Session): string[] =>
  [...s.questions].sort((a, b) => a.order - b.order).map((q) => q.id);

async function importSeed(page: Page): Promise<Locator> {
  await page.goto(app.url);
  await page.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Import page' }).click();
  const box = page.getByLabel('Statement', { exact: true });
  await expect(box).toBeFocused();
  return box;
}

/** A check gets the screen and `press`, which presses the row's key under test; it must call it. */
type Check<C> = (ctx: C, press: () => Promise<void>, how: Press) => Promise<void>;

let serial = 0;
/** A statement text no other check uses. */
const unique = (what: string) => `${what} ${++serial}.`;

// --- capture ---

interface CaptureCtx {
  page: Page;
  box: Locator;
  strip: Locator;
  kindSelect: Locator;
  /** Types a statement in the box and adds it; resolves once it is in the file. */
  add(text: string): Promise<Statement>;
  /** ↑ in the empty box: the last statement is selected and the list has the focus. */
  selectLast(): Promise<void>;
  /** Esc from the list: back to the box. */
  backToBox(): Promise<void>;
}

/** Each kind key: in the box (again: back to a plain statement), and on a selected statement. */
const kindCheck =
  (kind: (typeof STATEMENT_KINDS)[number]): Check<CaptureCtx> =>
  async (c, press) => {
    const { page, kindSelect } = c;
    if (kind === 'poll-result') {
      await press();
      const question = page.getByLabel(/^Poll question/);
      await expect(question).toBeFocused();
      const q = unique('Poll asked');
      await page.keyboard.type(q);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Yes: 4\nNo: 1');
      await page.keyboard.press('Control+Enter');
      const s = await onDisk((x) => live(x).some((st) => st.poll?.question === q));
      const poll = live(s).find((st) => st.poll?.question === q)!;
      expect(poll.kind).toBe('poll-result');
      expect(poll.poll!.options).toEqual([
        { label: 'Yes', count: 4 },
        { label: 'No', count: 1 },
      ]);
      await expect(kindSelect).toHaveValue('statement');
      return;
    }
    if (kind === 'statement') {
      // From another kind, Alt+N goes back to a plain statement.
      await page.keyboard.press('Alt+KeyQ');
      await expect(kindSelect).toHaveValue('question');
      await press();
      await expect(kindSelect).toHaveValue('statement');
      const text = unique('Plain again');
      expect((await c.add(text)).kind).toBe('statement');
      // On a selected question: back to a plain statement.
      await page.keyboard.press('Alt+KeyQ');
      const asked = unique('Asked');
      expect((await c.add(asked)).kind).toBe('question');
      await c.selectLast();
      await press();
      await onDisk((x) => said(x, asked)?.kind === 'statement');
      await c.backToBox();
      return;
    }
    await press();
    await expect(kindSelect).toHaveValue(kind);
    await expect(page.locator('.current-speaker')).toContainText(codeLabel('kind', kind));
    await press();
    await expect(kindSelect).toHaveValue('statement');
    await press();
    const text = unique(`Said as ${kind}`);
    const added = await c.add(text);
    expect(added.kind).toBe(kind);
    // The kind does not stay for the next statement.
    await expect(kindSelect).toHaveValue('statement');
    await expect(page.locator('li.statement').filter({ hasText: text }).locator('.kind-badge')).toHaveText(
      codeLabel('kind', kind),
    );
    // On a selected statement: that statement's kind, not the box's.
    const plain = unique('Plain before');
    await c.add(plain);
    await c.selectLast();
    await press();
    await onDisk((x) => said(x, plain)?.kind === kind);
    await press();
    await onDisk((x) => said(x, plain)?.kind === 'statement');
    await c.backToBox();
    await expect(kindSelect).toHaveValue('statement');
  };

/** Alt+K / Alt+Shift+K: one step along the kinds from the one the box has. */
const stepCheck =
  (step: 1 | -1): Check<CaptureCtx> =>
  async (c, press) => {
    const { page, kindSelect } = c;
    const from = STATEMENT_KINDS[2]!;
    const to = STATEMENT_KINDS[2 + step]!;
    await page.keyboard.press(`Alt+${KIND_KEYS.find((k) => k.kind === from)!.code}`);
    await expect(kindSelect).toHaveValue(from);
    await press();
    await expect(kindSelect).toHaveValue(to);
    expect((await c.add(unique(`Stepped to ${to}`))).kind).toBe(to);
    // On a selected statement: one step from its kind.
    await c.selectLast();
    await press();
    await onDisk((x) => live(x).at(-1)?.kind === STATEMENT_KINDS[2 + 2 * step]);
    await c.backToBox();
  };

const CAPTURE_CHECKS: Record<CaptureAction, Check<CaptureCtx>> = {
  help: async ({ page, box }, press) => {
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await press();
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(box).toBeFocused();
  },
  undo: async (c, press) => {
    const text = unique('To be taken back');
    const added = await c.add(text);
    await press();
    await expect(c.page.locator('li.statement').filter({ hasText: text })).toHaveCount(0);
    await onDisk((s) => s.statements.find((x) => x.id === added.id)?.deletedAt !== null);
    await expect(c.box).toBeFocused();
  },
  redo: async (c, press) => {
    const text = unique('Taken back and redone');
    const added = await c.add(text);
    await c.page.keyboard.press('Control+KeyZ');
    await onDisk((s) => s.statements.find((x) => x.id === added.id)?.deletedAt !== null);
    await press();
    await expect(c.page.locator('li.statement').filter({ hasText: text })).toHaveCount(1);
    await onDisk((s) => s.statements.find((x) => x.id === added.id)?.deletedAt === null);
  },
  findSpeaker: async (c, press) => {
    const { page, strip } = c;
    await press();
    const finder = page.getByRole('combobox', { name: /^Speaker/ });
    await expect(finder).toBeFocused();
    await page.keyboard.type('Torge');
    await page.keyboard.press('Enter');
    await expect(strip.getByRole('button', { name: /^(✓ )?\d+ Torge Wolters/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await c.box.focus();
    const s = await c.add(unique('Found by name'));
    expect((await sessionFile()).people.find((p) => p.id === s.speakerId)?.name).toBe('Torge Wolters');
  },
  speaker: async (c, press, how) => {
    const n = how.digit!;
    // Numbers past the page's people go to audience members, added as the rapporteur would.
    while (!(await sessionFile()).people.some((p) => p.speakerNumber === n)) {
      await c.page.keyboard.press('Control+Shift+KeyA');
      await c.page.keyboard.type(`Audience ${++serial}`);
      await c.page.keyboard.press('Enter');
      await expect(c.box).toBeFocused();
      await onDisk((s) => s.people.some((p) => p.name === `Audience ${serial}`));
    }
    const numbered = (await sessionFile()).people.find((p) => p.speakerNumber === n);
    await press();
    await expect(c.strip.getByRole('button', { name: new RegExp(`^(✓ )?${n} `) })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const added = await c.add(unique(`Said by number ${n}`));
    expect(added.speakerId).toBe(numbered!.id);
    // On a selected statement: that statement's speaker changes; the box keeps its own.
    await c.page.keyboard.press(n === 1 ? 'Control+Digit2' : 'Control+Digit1');
    const other = await c.add(unique(`Meant for number ${n}`));
    expect(other.speakerId).not.toBe(numbered!.id);
    await c.selectLast();
    await press();
    await onDisk((s) => s.statements.find((x) => x.id === other.id)?.speakerId === numbered!.id);
    await c.backToBox();
    await expect(c.strip.getByRole('button', { name: new RegExp(`^(✓ )?${n} `) })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
  audience: async (c, press) => {
    const { page, strip } = c;
    const next = Math.max(...(await sessionFile()).people.map((p) => p.speakerNumber ?? 0)) + 1;
    await press();
    const name = `Audience ${++serial}`;
    await expect(page.getByRole('group', { name: 'Audience speaker' })).toBeVisible();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(c.box).toBeFocused();
    await expect(strip.getByRole('button', { name: `${next} ${name}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const s = await onDisk((x) => x.people.some((p) => p.name === name));
    expect(s.people.find((p) => p.name === name)).toMatchObject({ audience: true, speakerNumber: next });
    const added = await c.add(unique('From the floor'));
    expect(added.speakerId).toBe(s.people.find((p) => p.name === name)!.id);
  },
  search: async (c, press) => {
    const { page } = c;
    const word = `Needle${++serial}`;
    await c.add(`A statement with the ${word} in it.`);
    await c.add(unique('Another statement'));
    await press();
    const search = page.getByLabel('Search statements');
    await expect(search).toBeFocused();
    await page.keyboard.type(word);
    await expect(page.locator('li.statement')).toHaveCount(1);
    await expect(page.locator('li.statement')).toContainText(word);
    await page.keyboard.press('Escape');
    await expect(c.box).toBeFocused();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(search).toHaveValue('');
    await c.box.focus();
  },
  tag: async (c, press, how) => {
    const n = how.digit!;
    const { page } = c;
    const ids = questionIds(await sessionFile());
    const chip = page.getByRole('group', { name: 'Policy questions' }).getByRole('checkbox', { name: /^Q/ });
    if (n > ids.length) {
      // No question n: nothing is tagged.
      await press();
      for (const box of await chip.all()) await expect(box).not.toBeChecked();
      expect((await c.add(unique(`No question ${n}`))).questionIds).toEqual([]);
      return;
    }
    const qn = page.getByRole('checkbox', { name: new RegExp(`^Q${n}\\b`) });
    await press();
    await expect(qn).toBeChecked();
    await press();
    await expect(qn).not.toBeChecked();
    await press();
    expect((await c.add(unique(`Tagged Q${n}`))).questionIds).toEqual([ids[n - 1]]);
    await expect(qn).not.toBeChecked();
    // On a selected statement: its tags.
    const plain = await c.add(unique(`Tagged later Q${n}`));
    await c.selectLast();
    await press();
    await onDisk((s) => s.statements.find((x) => x.id === plain.id)?.questionIds.join() === ids[n - 1]);
    await c.backToBox();
  },
  noQuestion: async (c, press) => {
    const { page } = c;
    const ids = questionIds(await sessionFile());
    // In the box it does nothing: the box's tags stay.
    await page.keyboard.press('Alt+Digit1');
    await press();
    await expect(page.getByRole('checkbox', { name: /^Q1\b/ })).toBeChecked();
    const tagged = await c.add(unique('Tagged, then no question'));
    expect(tagged.questionIds).toEqual([ids[0]]);
    // On a selected statement: marked "no question", its tag gone; again: the mark taken back.
    await c.selectLast();
    await press();
    const row = page.locator(`li#statement-${tagged.id}`);
    await expect(row.locator('.badge.no-question')).toBeVisible();
    await onDisk((s) => {
      const st = s.statements.find((x) => x.id === tagged.id)!;
      return st.noQuestion === true && st.questionIds.length === 0;
    });
    await press();
    await expect(row.locator('.badge.no-question')).toHaveCount(0);
    await onDisk((s) => s.statements.find((x) => x.id === tagged.id)!.noQuestion !== true);
    await c.backToBox();
  },
  carryTags: async (c, press) => {
    const { page } = c;
    const ids = questionIds(await sessionFile());
    const keep = page.getByRole('checkbox', { name: /^Keep tags/ });
    await expect(keep).not.toBeChecked();
    await press();
    await expect(keep).toBeChecked();
    await page.keyboard.press('Alt+Digit1');
    expect((await c.add(unique('Kept one'))).questionIds).toEqual([ids[0]]);
    expect((await c.add(unique('Kept two'))).questionIds).toEqual([ids[0]]);
    await press();
    await expect(keep).not.toBeChecked();
    await c.add(unique('Last with the tag'));
    expect((await c.add(unique('Tags cleared'))).questionIds).toEqual([]);
  },
  ...(Object.fromEntries(STATEMENT_KINDS.map((k) => [`kind:${k}`, kindCheck(k)])) as Record<
    `kind:${(typeof STATEMENT_KINDS)[number]}`,
    Check<CaptureCtx>
  >),
  nextKind: stepCheck(1),
  previousKind: stepCheck(-1),
  star: async (c, press) => {
    const star = c.page.getByRole('button', { name: /Star/ }).first();
    await press();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    const added = await c.add(unique('Worth a star'));
    expect(added.starred).toBe(true);
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    const plain = await c.add(unique('Starred later'));
    expect(plain.starred).toBe(false);
    await c.selectLast();
    await press();
    await onDisk((s) => s.statements.find((x) => x.id === plain.id)?.starred === true);
    await c.backToBox();
  },
  fora: async (c, press) => {
    const { page } = c;
    const list = page.getByRole('group', { name: 'Follow-up fora' });
    await press();
    await expect(list).toBeVisible();
    await page.keyboard.press('Digit1');
    await page.keyboard.press('Digit2');
    // The same key closes the list.
    await press();
    await expect(list).toBeHidden();
    await expect(c.box).toBeFocused();
    await expect(page.getByRole('button', { name: /^Fora: G7 and G20/ })).toBeVisible();
    expect((await c.add(unique('For two fora'))).fora).toEqual(['G7', 'G20']);
  },
  transcript: async ({ page, box }, press) => {
    await press();
    const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await box.focus();
  },
  acceptSuggestion: async (c, press) => {
    const { page } = c;
    const text = unique('Thank you very much, everyone, and welcome');
    const added = await c.add(text);
    const row = page.locator(`li#statement-${added.id}`);
    await expect(row.locator('.ghost-chip.top, .ghost-chip.procedural').first()).toBeVisible({
      timeout: 20_000,
    });
    await c.selectLast();
    await expect(row).toHaveClass(/selected/);
    await press();
    const s = await onDisk((x) => {
      const st = x.statements.find((y) => y.id === added.id);
      return Boolean(st && (st.noQuestion || st.questionIds.length > 0));
    });
    const st = s.statements.find((y) => y.id === added.id)!;
    if (st.noQuestion) await expect(row.locator('.badge.no-question')).toBeVisible();
    else await expect(row.locator('.badge').first()).toHaveText(/^Q\d/);
    await c.backToBox();
  },
};

// --- timer ---

interface TimerCtx {
  page: Page;
  /** Gives the keys to the timer screen, as a click on its background does. */
  focusTimer(): Promise<void>;
  /** Gives the floor to Pramod Varma by mouse; resolves with the running turn once it is on disk. */
  startTurn(): Promise<NonNullable<ReturnType<typeof openTurn>>>;
  /** Ends the open turn by mouse, if there is one. */
  endTurn(): Promise<void>;
  clockSeconds(): Promise<number>;
  stageStatus: Locator;
}

const TIMER_CHECKS: Record<TimerAction, Check<TimerCtx>> = {
  startPause: async (c, press) => {
    const { page } = c;
    await c.endTurn();
    await c.focusTimer();
    await press();
    await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
    const started = await onDisk((s) => openTurn(s)?.timer.pauses.length === 0);
    await press();
    await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
    await onDisk(
      (s) => openTurn(s)?.id === openTurn(started)!.id && openTurn(s)!.timer.pauses.at(-1)?.to === null,
    );
    await press();
    await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
    await onDisk((s) => {
      const pauses = openTurn(s)?.timer.pauses ?? [];
      return pauses.length === 1 && pauses[0]!.to !== null;
    });
  },
  next: async (c, press) => {
    const { page } = c;
    const person = page.getByLabel('Person', { exact: true });
    await person.selectOption(
      (await person.locator('option', { hasText: 'Heiko Wildner' }).getAttribute('value'))!,
    );
    await page.getByRole('button', { name: 'Add to queue', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Queue' })).toContainText('Heiko Wildner');
    await c.focusTimer();
    await press();
    await expect(page.locator('.timer-speaker')).toContainText('Heiko Wildner');
    await expect(page.getByRole('list', { name: 'Queue' })).toHaveCount(0);
    const s = await onDisk((x) => x.queue.every((q) => q.deletedAt));
    expect(s.people.find((p) => p.id === openTurn(s)?.personId)?.name).toBe('Heiko Wildner');
  },
  end: async (c, press) => {
    const turn = await c.startTurn();
    await c.focusTimer();
    await press();
    await expect(c.page.getByRole('button', { name: /^Start/ })).toBeVisible();
    await onDisk((s) => s.turns.find((t) => t.id === turn.id)?.timer.endedAt !== null);
  },
  addMinute: async (c, press) => {
    const turn = openTurn(await sessionFile()) ?? (await c.startTurn());
    const before = await c.clockSeconds();
    await c.focusTimer();
    await press();
    await onDisk((s) => openTurn(s)?.timer.addedSeconds === turn.timer.addedSeconds + 60);
    await expect.poll(() => c.clockSeconds()).toBeGreaterThan(before + 50);
  },
  takeMinute: async (c, press) => {
    const turn = openTurn(await sessionFile()) ?? (await c.startTurn());
    const before = await c.clockSeconds();
    await c.focusTimer();
    await press();
    await onDisk((s) => openTurn(s)?.timer.addedSeconds === turn.timer.addedSeconds - 60);
    await expect.poll(() => c.clockSeconds()).toBeLessThan(before - 50);
  },
  message: async (c, press) => {
    const { page } = c;
    await c.startTurn();
    const stage = await desk.openPresenter((await sessionFile()).id);
    await page.bringToFront();
    await c.focusTimer();
    await press();
    const box = page.getByLabel('Message to the speaker', { exact: true });
    await expect(box).toBeFocused();
    const words = `Please wrap up ${++serial}`;
    await page.keyboard.press('Control+KeyA');
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    await expect(c.stageStatus).toHaveText(`Stage shows: the timer and the message “${words}”.`);
    await expect(stage.getByRole('status')).toHaveText(words);
    await expect(box).not.toBeFocused();
  },
  hideMessage: async (c, press) => {
    const { page } = c;
    await c.startTurn();
    await page.getByLabel('Message to the speaker', { exact: true }).fill('Thirty seconds');
    await page.getByRole('button', { name: 'Show message' }).click();
    await expect(c.stageStatus).toHaveText('Stage shows: the timer and the message “Thirty seconds”.');
    await c.focusTimer();
    await press();
    await expect(c.stageStatus).toHaveText('Stage shows: the timer.');
  },
  blackout: async (c, press) => {
    const { page } = c;
    const stage = await desk.openPresenter((await sessionFile()).id);
    await page.bringToFront();
    await c.focusTimer();
    await press();
    await expect(page.getByRole('button', { name: /^End blackout/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(c.stageStatus).toHaveText('Stage shows: blackout.');
    await expect(stage.locator('main')).toHaveAttribute('data-phase', 'blackout');
    await press();
    await expect(c.stageStatus).toHaveText('Stage shows: the timer.');
    await expect(stage.locator('main')).not.toHaveAttribute('data-phase', 'blackout');
  },
  openStage: async (c, press) => {
    if (desk.presenter && !desk.presenter.isClosed()) await desk.presenter.close();
    desk.presenter = null;
    await c.focusTimer();
    await press();
    await expect.poll(() => desk.presenter !== null).toBe(true);
    await expect(desk.presenter!.locator('main')).toBeVisible();
    await c.page.bringToFront();
  },
  queue: async (c, press) => {
    await c.focusTimer();
    await press();
    await expect(c.page.getByLabel('Person', { exact: true })).toBeFocused();
  },
  undo: async (c, press) => {
    const turn = await c.startTurn();
    await c.focusTimer();
    await c.page.keyboard.press('KeyE');
    await onDisk((s) => s.turns.find((t) => t.id === turn.id)?.timer.endedAt !== null);
    await press();
    await expect(c.page.getByRole('button', { name: /^Pause/ })).toBeVisible();
    await onDisk((s) => openTurn(s)?.id === turn.id);
  },
  redo: async (c, press) => {
    const turn = await c.startTurn();
    await c.focusTimer();
    await c.page.keyboard.press('KeyE');
    await onDisk((s) => openTurn(s) === null);
    await c.page.keyboard.press('Control+KeyZ');
    await onDisk((s) => openTurn(s)?.id === turn.id);
    await press();
    await expect(c.page.getByRole('button', { name: /^Start/ })).toBeVisible();
    await onDisk((s) => s.turns.find((t) => t.id === turn.id)?.timer.endedAt !== null);
  },
};

// --- the run ---

/** Which rows were pressed, each way, with their check passing. */
const exercised = { capture: new Set<string>(), timer: new Set<string>() };

async function runRow<A extends string, C>(
  ctx: C,
  keys: Keys,
  row: KeyBinding<A>,
  check: Check<C>,
  done: Set<string>,
): Promise<void> {
  const presses = row.specs.flatMap(pressesOf);
  expect(presses.length, `${row.action} has a key to press`).toBeGreaterThan(0);
  for (const how of presses) {
    await test.step(`${row.label}: ${how.label}`, async () => {
      let pressed = 0;
      await check(
        ctx,
        async () => {
          pressed++;
          await how.send(keys);
        },
        how,
      );
      expect(pressed, `the check of ${row.action} presses ${how.label}`).toBeGreaterThan(0);
      done.add(`${row.action} ${how.label}`);
    });
  }
}

const captureCtx = (page: Page, box: Locator): CaptureCtx => ({
  page,
  box,
  strip: page.getByRole('list', { name: 'Numbered speakers' }),
  kindSelect: page.locator('.kind-field select'),
  async add(text) {
    await expect(box).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
    const s = await onDisk((x) => said(x, text) !== undefined);
    return said(s, text)!;
  },
  async selectLast() {
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('group', { name: 'Statements', exact: true })).toBeFocused();
  },
  async backToBox() {
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
  },
});

let focusTurn = 0;
const timerCtx = (page: Page): TimerCtx => {
  const ctx: TimerCtx = {
    page,
    stageStatus: page.getByRole('status').filter({ hasText: /^Stage shows:/ }),
    async focusTimer() {
      // By turns: the screen's background, a select, a checkbox, a button; none of them blocks the keys.
      const where = [
        () => page.getByRole('heading', { name: 'Speaking queue' }).click(),
        () => page.getByLabel('Speaker', { exact: true }).focus(),
        () => page.getByRole('checkbox', { name: 'Count up' }).focus(),
        () => page.getByRole('button', { name: /^Open presenter view/ }).focus(),
      ];
      await where[focusTurn++ % where.length]!();
    },
    async endTurn() {
      const end = page.getByRole('button', { name: /^End turn/ });
      if (await end.isEnabled()) {
        await end.click();
        await onDisk((s) => openTurn(s) === null);
      }
    },
    async startTurn() {
      await ctx.endTurn();
      await page
        .getByLabel('Speaker', { exact: true })
        .selectOption({ label: 'Pramod Varma (Civil Society)' });
      await page.getByRole('button', { name: 'Give the floor', exact: true }).click();
      await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
      return openTurn(await onDisk((s) => openTurn(s) !== null))!;
    },
    async clockSeconds() {
      const text = (await page.getByRole('timer', { name: 'Time on the clock' }).textContent()) ?? '';
      const m = /^(-?)(\d+):(\d\d)$/.exec(text.trim());
      expect(m, `the clock reads m:ss, not “${text}”`).not.toBeNull();
      return (m![1] ? -1 : 1) * (Number(m![2]) * 60 + Number(m![3]));
    },
  };
  return ctx;
};

test.describe.configure({ mode: 'serial' });

for (const row of CAPTURE_KEYS) {
  test(`capture key ${row.label} (${row.action}) does what the help says`, async ({ page }) => {
    const box = await importSeed(page);
    await runRow(captureCtx(page, box), new Keys(page), row, CAPTURE_CHECKS[row.action], exercised.capture);
  });
}

for (const row of TIMER_KEYS) {
  test(`timer key ${row.label} (${row.action}) does what the key line says`, async ({ page }) => {
    await importSeed(page);
    await page.getByRole('tab', { name: 'Timer' }).click();
    await runRow(timerCtx(page), new Keys(page), row, TIMER_CHECKS[row.action], exercised.timer);
  });
}

test('every row of both tables was pressed, every way, and nothing else has a check', () => {
  const ways = (table: ReadonlyArray<KeyBinding<string>>) =>
    table.flatMap((row) => row.specs.flatMap(pressesOf).map((how) => `${row.action} ${how.label}`)).sort();
  expect([...exercised.capture].sort()).toEqual(ways(CAPTURE_KEYS));
  expect([...exercised.timer].sort()).toEqual(ways(TIMER_KEYS));
  expect(Object.keys(CAPTURE_CHECKS).sort()).toEqual(CAPTURE_KEYS.map((k) => k.action).sort());
  expect(Object.keys(TIMER_CHECKS).sort()).toEqual(TIMER_KEYS.map((k) => k.action).sort());
});

/** What the help says a capture key does, in English (the catalog's words for the row's action). */
function englishWhat(action: CaptureAction): string {
  if (!action.startsWith('kind:')) return en.keys[action as Exclude<CaptureAction, `kind:${string}`>];
  const kind = action.slice(5) as (typeof STATEMENT_KINDS)[number];
  if (kind === 'statement') return en.keys.plainStatement;
  if (kind === 'poll-result') return en.keys.poll;
  return en.keys.kind.replace('{{kind}}', codeLabel('kind', kind));
}

test('the help lists exactly the capture table’s rows, and the timer’s key line the timer table’s', async ({
  page,
}) => {
  await importSeed(page);
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  const rows = await help
    .locator('table.shortcuts')
    .first()
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        tr.querySelector('td')!.textContent!.trim(),
      ]),
    );
  const context = (id: (typeof CONTEXT_KEYS)[number]) => [
    id === 'enter' ? 'Enter' : en.keys.context[`${id}Keys` as 'selectLastKeys'],
    en.keys.context[id],
  ];
  expect(rows).toEqual([
    context('enter'),
    ...CAPTURE_KEYS.map((k) => [k.label, englishWhat(k.action)]),
    context('selectLast'),
    context('onSelected'),
  ]);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Timer' }).click();
  const line = page.getByLabel('Keyboard shortcuts');
  const keys = await line
    .locator('.timer-key')
    .evaluateAll((spans) =>
      spans.map((s) => [
        s.querySelector('kbd')!.textContent!.trim(),
        s.textContent!.replace(s.querySelector('kbd')!.textContent!, '').trim(),
      ]),
    );
  expect(keys).toEqual(TIMER_KEYS.map((k) => [k.label, enTimer.keys[k.action]]));
});
