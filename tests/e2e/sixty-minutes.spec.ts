import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SessionSchema, type Session } from '../../shared/model/session';
import { docxPlainText } from '../support/readDocx';
import { useDesk } from './harness';

/**
 * A whole 60-minute session on a fake clock, acted out with keys: a moderator runs 12 turns on the
 * timer (a queue, overtime, a stage message, four agenda segments), two rapporteurs in two windows of
 * the app capture what is said (speaker changes, audience members, a poll), one of them imports the
 * captioning transcript, and the report is exported. The file on disk and the DOCX are then checked
 * against exactly what was done.
 */
const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const SHOTS = path.resolve('test-results/screens');
const T0 = new Date('2025-06-24T09:00:00.000Z');
const { app, desk } = useDesk();

async function sessionOnDisk(): Promise<Session> {
  const files = (await readdir(desk.workspace)).filter((f) => f.endsWith('.session.json'));
  expect(files).toHaveLength(1);
  return SessionSchema.parse(JSON.parse(await readFile(path.join(desk.workspace, files[0]!), 'utf8')));
}

/** The window the next keys go to; bringing it forward only when it is not already in front. */
let inFront: Page | null = null;
async function front(p: Page): Promise<void> {
  if (inFront === p) return;
  await p.bringToFront();
  inFront = p;
}

interface Said {
  text: string;
  speaker: string;
  tags: string[];
}
interface Turn {
  person: string;
  minutes: number;
  usedSeconds: number;
  segment: string;
  queued?: boolean;
}

test('a simulated 60-minute session: 12 timed turns, two rapporteurs, a poll, a transcript, the report', async ({
  page: moderator,
}) => {
  test.setTimeout(240_000);
  // Installed a minute early, so a busy machine never reaches the pause in the past.
  await moderator.clock.install({ time: new Date(T0.getTime() - 60_000) });
  await moderator.clock.pauseAt(T0);
  await moderator.goto(app.url);
  await moderator.getByLabel('Paste the text of the IGF session page').fill(await readFile(SEED, 'utf8'));
  await moderator.getByRole('button', { name: 'Import page' }).click();
  await expect(moderator.getByLabel('Statement', { exact: true })).toBeFocused();
  const seeded = await sessionOnDisk();
  const numberOf = (name: string) => seeded.people.find((p) => p.name === name)!.speakerNumber!;

  // --- the organizer's agenda, each round linked to its question ---
  await moderator.getByRole('tab', { name: 'Setup' }).click();
  const segments: Array<[string, number, number[]]> = [
    ['Opening', 10, []],
    ['Round on Q1', 20, [1]],
    ['Round on Q2', 20, [2]],
    ['Closing', 10, []],
  ];
  for (const [title, minutes, questions] of segments) {
    await moderator.getByLabel('New segment').fill(title);
    await moderator.getByLabel('Minutes', { exact: true }).fill(String(minutes));
    await moderator.getByRole('button', { name: 'Add segment' }).click();
    const item = moderator
      .locator('.segment-item')
      .filter({ has: moderator.locator(`input[value="${title}"]`) });
    for (const q of questions)
      await item.getByRole('checkbox', { name: `Q${q} (policy question ${q})` }).check();
  }

  // --- two rapporteurs, each in a window of the app on the same session ---
  const openCapture = async (): Promise<Page> => {
    const p = await desk.openWindow();
    await p.getByRole('button', { name: /^Creating digital public infrastructure/ }).click();
    await expect(p.getByLabel('Statement', { exact: true })).toBeFocused();
    return p;
  };
  const r1 = await openCapture();
  const r2 = await openCapture();
  const said: Said[] = [];
  /** A rapporteur adds a statement; `key` picks the speaker by number first (a speaker change). */
  const capture = async (who: Page, text: string, speaker: string, tags: string[], pick = false) => {
    await front(who);
    const box = who.getByLabel('Statement', { exact: true });
    await box.focus();
    if (pick) await who.keyboard.press(`Control+Digit${numberOf(speaker)}`);
    await who.keyboard.type(text);
    await who.keyboard.press('Enter');
    await expect(box).toHaveValue('');
    said.push({ text, speaker, tags });
  };

  // --- the moderator's timer ---
  await front(moderator);
  await moderator.getByRole('tab', { name: 'Timer' }).click();
  const keyOnTimer = async (key: string) => {
    await front(moderator);
    await moderator.getByRole('heading', { name: 'Speaking queue' }).click();
    await moderator.keyboard.press(key);
  };
  const startSegment = async (title: string) => {
    await front(moderator);
    // The first segment is the current one until another is started.
    if (await moderator.getByRole('row', { name: new RegExp(`^Now ${title}`) }).count()) return;
    await moderator
      .getByRole('row', { name: new RegExp(`^${title}`) })
      .getByRole('button', { name: 'Start segment' })
      .click();
    await expect(moderator.getByRole('row', { name: new RegExp(`^Now ${title}`) })).toBeVisible();
  };
  const clockShows = moderator.getByRole('timer', { name: 'Time on the clock' });

  const turns: Turn[] = [];
  const run = async (turn: Turn, during: () => Promise<void>) => {
    await front(moderator);
    await moderator.getByLabel('Turn length (min)').fill(String(turn.minutes));
    if (turn.queued) {
      await keyOnTimer('n'); // the first in the queue gets the floor
    } else {
      const speaker = moderator.getByLabel('Speaker', { exact: true });
      const value = await speaker.locator('option', { hasText: turn.person }).first().getAttribute('value');
      await speaker.selectOption(value!);
      await moderator.getByRole('button', { name: 'Give the floor', exact: true }).click();
    }
    await expect(moderator.locator('.timer-speaker')).toContainText(turn.person);
    await moderator.clock.runFor(Math.floor(turn.usedSeconds / 2) * 1000);
    await during();
    await moderator.clock.runFor((turn.usedSeconds - Math.floor(turn.usedSeconds / 2)) * 1000);
    // Over its time the clock counts overtime (the display ticks once a second, so within a second).
    if (turn.usedSeconds > turn.minutes * 60) await expect(clockShows).toHaveText(/^-\d+:\d\d$/);
    await keyOnTimer('e');
    turns.push(turn);
    await moderator.clock.runFor(90_000); // the next speaker walks up
  };
  const queue = async (name: string) => {
    await front(moderator);
    const person = moderator.getByLabel('Person', { exact: true });
    await person.selectOption(
      (await person.locator('option', { hasText: name }).first().getAttribute('value'))!,
    );
    await moderator.getByRole('button', { name: 'Add to queue', exact: true }).click();
    await expect(moderator.getByRole('list', { name: 'Queue' })).toContainText(name);
  };

  const heiko = 'Heiko Wildner';
  const pramod = 'Pramod Varma';
  const maksym = 'Maksym Shkilov';
  const michael = 'Michael O. Odhiambo';
  const aishwarya = 'Aishwarya Salvi';

  await startSegment('Opening');
  await run({ person: heiko, minutes: 3, usedSeconds: 170, segment: 'Opening' }, async () => {
    await capture(r1, 'Welcome to the session on digital public infrastructure.', heiko, []);
  });
  await run({ person: pramod, minutes: 3, usedSeconds: 200, segment: 'Opening' }, async () => {
    await capture(r1, 'DPI must be built as a public good.', pramod, []);
    await capture(r2, 'Heiko reminds the room of the time.', heiko, [], true);
  });

  await startSegment('Round on Q1');
  await run({ person: maksym, minutes: 4, usedSeconds: 260, segment: 'Round on Q1' }, async () => {
    await capture(r1, 'Digital ID in wartime kept services running.', maksym, ['Q1']);
  });
  await run({ person: michael, minutes: 4, usedSeconds: 230, segment: 'Round on Q1' }, async () => {
    await capture(r1, 'Mobile money reached rural users first.', michael, ['Q1']);
    // The second rapporteur adds someone from the floor who asks to speak.
    await front(r2);
    await r2.getByLabel('Statement', { exact: true }).focus();
    await r2.keyboard.press('Control+Shift+KeyA');
    await r2.keyboard.type('Ana Lima');
    await r2.keyboard.press('Enter');
    await capture(r2, 'Ana Lima asks for the floor on inclusion.', 'Ana Lima', ['Q1']);
  });
  await queue('Ana Lima');
  await run({ person: aishwarya, minutes: 4, usedSeconds: 300, segment: 'Round on Q1' }, async () => {
    await capture(r1, 'Open standards avoid vendor lock-in.', aishwarya, ['Q1']);
    // Half-way: the moderator flashes a message to the stage.
    await keyOnTimer('m');
    await moderator.keyboard.type('Please wrap up — 30 seconds');
    await moderator.keyboard.press('Enter');
    await expect(moderator.getByText(/Stage shows: the timer and the message/)).toBeVisible();
  });
  await run(
    { person: 'Ana Lima', minutes: 2, usedSeconds: 110, segment: 'Round on Q1', queued: true },
    async () => {
      await capture(r2, 'Persons with disabilities are left out of ID enrolment.', 'Ana Lima', ['Q1']);
    },
  );
  // The message was for the previous speaker: it went with the turn.
  await expect(moderator.getByText(/Stage shows: the timer\./)).toBeVisible();

  await startSegment('Round on Q2');
  await run({ person: pramod, minutes: 4, usedSeconds: 240, segment: 'Round on Q2' }, async () => {
    await capture(r1, 'Governance needs a multistakeholder board.', pramod, ['Q2']);
  });
  await run({ person: heiko, minutes: 4, usedSeconds: 250, segment: 'Round on Q2' }, async () => {
    await capture(r1, 'Funding should follow open-source principles.', heiko, ['Q2']);
    // A poll from the online moderator's platform, captured by the second rapporteur.
    await front(r2);
    await r2.getByLabel('Statement', { exact: true }).focus();
    await r2.keyboard.press('Alt+KeyP');
    await r2.keyboard.type('Who should govern DPI?');
    await r2.keyboard.press('Enter');
    await r2.keyboard.type('Governments: 12\nMultistakeholder bodies: 30\nCompanies: 3');
    await r2.keyboard.press('Control+Enter');
    // The poll is filed under the speaker who holds the floor, as every capture is by default.
    said.push({ text: 'Who should govern DPI?', speaker: heiko, tags: ['Q2'] });
    await r2.keyboard.press('Control+Shift+KeyA');
    await r2.keyboard.type('Bo Chen');
    await r2.keyboard.press('Enter');
  });
  await queue('Bo Chen');
  await run(
    { person: 'Bo Chen', minutes: 2, usedSeconds: 150, segment: 'Round on Q2', queued: true },
    async () => {
      await capture(r2, 'Who audits the algorithms in public services?', 'Bo Chen', ['Q2']);
    },
  );
  await run({ person: maksym, minutes: 3, usedSeconds: 170, segment: 'Round on Q2' }, async () => {
    await capture(r1, 'Audits should be public.', maksym, ['Q2']);
  });

  await startSegment('Closing');
  await run({ person: heiko, minutes: 3, usedSeconds: 180, segment: 'Closing' }, async () => {
    await capture(r1, 'Thank you all for a rich discussion.', heiko, []);
  });
  await run({ person: michael, minutes: 3, usedSeconds: 190, segment: 'Closing' }, async () => {
    await capture(r2, 'Michael closes with a call for shared standards.', michael, [], true);
  });
  expect(turns).toHaveLength(12);
  await moderator.screenshot({ path: `${SHOTS}/40-sixty-minutes-timer.png` });

  // --- after the session: the captioning transcript fills in what was missed ---
  await front(r1);
  await r1.getByLabel('Statement', { exact: true }).focus();
  await r1.keyboard.press('Alt+KeyI');
  const dialog = r1.getByRole('dialog', { name: 'Import a transcript' });
  const transcript = [
    'RAW FILE: this text is being provided in a rough-draft format.',
    '',
    '>> PRAMOD VARMA: Thank you. Trust is the foundation of any public infrastructure.',
    '',
    '>> MAKSYM SHKILOV: We kept the registries running during the war.',
    '',
  ].join('\n');
  await dialog.getByLabel('Transcript text').fill(transcript);
  await dialog.getByRole('button', { name: 'Import 2 turns' }).click();
  said.push({
    text: 'Thank you. Trust is the foundation of any public infrastructure.',
    speaker: pramod,
    tags: [],
  });
  said.push({ text: 'We kept the registries running during the war.', speaker: maksym, tags: [] });

  // --- the report, written after the session: the clock runs again ---
  await moderator.clock.resume();
  await front(moderator);
  await moderator.getByRole('tab', { name: 'Report' }).click();
  await moderator.getByLabel('Include the full tagged statement log as an annex').check();
  await moderator.screenshot({ path: `${SHOTS}/41-sixty-minutes-report.png` });
  desk.nextSavePath = path.join(desk.root, 'report.docx');
  await moderator.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(moderator.getByText(`Report saved to ${desk.nextSavePath}`)).toBeVisible();
  desk.nextSavePath = path.join(desk.root, 'report.md');
  await moderator.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(moderator.getByText(`Markdown saved to ${desk.nextSavePath}`)).toBeVisible();

  // --- the record on disk against what was done ---
  await expect(moderator.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  let s: Session | null = null;
  await expect
    .poll(async () => (s = await sessionOnDisk()).statements.filter((x) => !x.deletedAt).length, {
      timeout: 10_000,
    })
    .toBe(said.length);
  const session = s!;
  const name = new Map(session.people.map((p) => [p.id, p.name]));
  const qNumber = new Map(session.questions.map((q) => [q.id, `Q${q.order + 1}`]));
  const live = session.statements.filter((x) => !x.deletedAt);
  expect(
    live
      .map((x) => ({
        text: x.text,
        speaker: name.get(x.speakerId ?? '') ?? null,
        tags: x.questionIds.map((id) => qNumber.get(id)!).sort(),
      }))
      .sort((a, b) => a.text.localeCompare(b.text)),
  ).toEqual([...said].sort((a, b) => a.text.localeCompare(b.text)));
  // The audience members were appended: the seeded people kept their numbers.
  for (const p of seeded.people)
    expect(session.people.find((x) => x.id === p.id)!.speakerNumber).toBe(p.speakerNumber);
  const last = Math.max(...seeded.people.map((p) => p.speakerNumber!));
  expect(session.people.find((p) => p.name === 'Ana Lima')!.speakerNumber).toBe(last + 1);
  expect(session.people.find((p) => p.name === 'Bo Chen')!.speakerNumber).toBe(last + 2);
  // The poll, as typed.
  expect(live.find((x) => x.kind === 'poll-result')!.poll).toEqual({
    question: 'Who should govern DPI?',
    options: [
      { label: 'Governments', count: 12 },
      { label: 'Multistakeholder bodies', count: 30 },
      { label: 'Companies', count: 3 },
    ],
  });
  // Every turn: who, in which segment, how long it was given and how long it took, to the second.
  const segmentTitle = new Map(session.agenda.map((g) => [g.id, g.title]));
  const recorded = session.turns
    .filter((t) => !t.deletedAt)
    .sort((a, b) => Date.parse(a.timer.startedAt!) - Date.parse(b.timer.startedAt!))
    .map((t) => ({
      person: name.get(t.personId ?? ''),
      segment: segmentTitle.get(t.segmentId ?? ''),
      allotted: t.timer.allottedSeconds + t.timer.addedSeconds,
      used: (Date.parse(t.timer.endedAt!) - Date.parse(t.timer.startedAt!)) / 1000,
    }));
  expect(recorded).toEqual(
    turns.map((t) => ({
      person: t.person,
      segment: t.segment,
      allotted: t.minutes * 60,
      used: t.usedSeconds,
    })),
  );
  // The session ran its hour: first turn to last end.
  const spanMinutes =
    (Date.parse(session.turns.at(-1)!.timer.endedAt!) - Date.parse(session.turns[0]!.timer.startedAt!)) /
    60_000;
  expect(spanMinutes).toBeGreaterThan(55);
  expect(spanMinutes).toBeLessThan(62);

  // --- the DOCX, read back, and the Markdown ---
  const docx = docxPlainText(path.join(desk.root, 'report.docx'));
  expect(docx).toMatch(/Multistakeholder bodies\s+30\s+67%/);
  expect(docx).toMatch(/Total\s+45\s+100%/);
  for (const x of said) expect(docx).toContain(x.text);
  const md = await readFile(path.join(desk.root, 'report.md'), 'utf8');
  expect(md).toMatch(/\|\s*Governments\s*\|\s*12\s*\|\s*27%\s*\|/);
  for (const person of ['Ana Lima', 'Bo Chen', heiko]) expect(md).toContain(person);
});
