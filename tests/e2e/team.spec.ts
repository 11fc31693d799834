import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newId } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import type { TeamStatus } from '../../shared/sync/status';
import { newTimer, pauseTimer, readTimer, startTimer } from '../../shared/timer/timer';
import { headlessApp, type HeadlessApp } from '../support/teamApp';
import { useDesk } from './harness';
import { expectNoSeriousA11yViolations as runAxe } from './axe';

/**
 * The Stage and Online-moderator pages in Chromium, opened from the links the host's share gives out,
 * against a real share server on loopback: the host approves each device, the stage follows the timer,
 * the online moderator's request lands in the host's queue. And the share dialog itself.
 */

let root: string;
let host: HeadlessApp;
let session: Session;
let share: NonNullable<TeamStatus['share']>;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-team-e2e-'));
  host = headlessApp(root);
  session = (await host.call('createSession', { title: 'Open Forum #168: Trusted data flows' })) as Session;
  const person = { id: newId(), name: 'Amani Okafor', order: 0, stakeholder: 'civil-society' };
  await host.call('changeSession', { id: session.id, changes: [{ type: 'person.put', person }] });
  session = (await host.call('getSession', { id: session.id })) as Session;
  share = ((await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus)
    .share!;
});

test.afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

async function approve(page: Page, role: 'stage' | 'online'): Promise<void> {
  await expect(page.getByText('Waiting for the moderator to let this device in')).toBeVisible();
  const status = (await host.call('teamStatus', {})) as TeamStatus;
  const device = status.share!.devices.find((d) => d.role === role && d.state === 'pending')!;
  expect(device.name).toMatch(/, Chrome$/);
  await host.call('decideDevice', { deviceId: device.id, allow: true });
}

const putTurn = (turnId: string, timer: ReturnType<typeof newTimer>) =>
  host.call('changeSession', {
    id: session.id,
    changes: [
      { type: 'turn.put', turn: { id: turnId, personId: session.people[0]!.id, segmentId: null, timer } },
    ],
  });

/** When the stage first showed `phase` (by the page's clock, the same machine's as the test's). */
const phaseSeenAt = (page: Page, phase: string) =>
  page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const look = (): boolean => {
          if (document.querySelector('main')?.getAttribute('data-phase') !== wanted) return false;
          resolve(Date.now());
          return true;
        };
        if (look()) return;
        new MutationObserver((_, observer) => look() && observer.disconnect()).observe(document.body, {
          subtree: true,
          attributes: true,
          childList: true,
        });
      }),
    phase,
  );

test('the stage page follows the timer on a tablet-sized screen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  await page.goto(share.links.stage);
  await approve(page, 'stage');
  await expect(page.locator('main')).toHaveAttribute('data-phase', 'idle');
  await expect(page.getByText(session.facts.title)).toBeVisible();

  const turnId = newId();
  const latencies: number[] = [];
  const started = startTimer(newTimer(300), Date.now());
  let seen = phaseSeenAt(page, 'running');
  let t0 = Date.now();
  await putTurn(turnId, started);
  latencies.push((await seen) - t0);
  await expect(page.getByRole('timer')).toHaveText(/^(5:00|4:5\d)$/);
  await expect(page.getByText('Amani Okafor')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/team-stage-tablet.png' });

  // Into the warning phase and paused: the page shows what the host's clock says, frozen.
  const warned = pauseTimer({ ...started, addedSeconds: -250 }, Date.now());
  seen = phaseSeenAt(page, 'warning');
  t0 = Date.now();
  await putTurn(turnId, warned);
  latencies.push((await seen) - t0);
  const expected = readTimer(warned, Date.now()).display;
  await expect(page.getByRole('timer')).toHaveText(expected);
  await expect(page.getByText(/^Paused/)).toBeVisible();

  // The moderator's message reaches the stage too.
  await host.call('setStageState', {
    sessionId: session.id,
    message: 'Please wrap up',
    showMessage: true,
    blackout: false,
  });
  await expect(page.getByText('Please wrap up')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/team-stage-tablet-message.png' });
  console.log(
    `stage follows the timer: ${latencies.join(' ms, ')} ms after the host's change (target 100 ms)`,
  );
  await page.close();
});

test("the online moderator's request appears in the moderator's queue; phone-sized screen", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(share.links.online);
  await approve(page, 'online');
  await expect(page.getByRole('heading', { name: 'Someone online asks for the floor' })).toBeVisible();
  await page.getByLabel('Name').fill('Lucía Fernández');
  await page.getByLabel('Stakeholder group').selectOption({ label: 'Technical Community' });
  await page.getByLabel('Region').selectOption({ label: 'Latin American and Caribbean Group (GRULAC)' });
  await page.getByLabel('Gender').selectOption({ label: 'Woman' });
  await page.getByRole('button', { name: 'Add to the queue' }).click();
  await expect(page.getByText('Lucía Fernández is in the queue.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lucía Fernández' })).toBeVisible();
  const after = (await host.call('getSession', { id: session.id })) as Session;
  const person = after.people.find((p) => p.name === 'Lucía Fernández')!;
  expect(person).toMatchObject({
    presence: 'online',
    stakeholder: 'technical-community',
    region: 'grulac',
    gender: 'woman',
  });
  expect(after.queue.some((q) => q.personId === person.id && q.deletedAt === null)).toBe(true);
  await runAxe(page, 'online moderator page');
  await page.screenshot({ path: 'test-results/screens/team-online-phone.png', fullPage: true });
  await context.close();
});

test('a wrong or revoked link gets a plain refusal', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(share.links.stage.replace(/#.*/, `#${'X'.repeat(32)}`));
  await expect(page.getByText('This link is not valid')).toBeVisible();
  await page.close();
});

const { app } = useDesk();

test('the share dialog shows a link and QR code per role and asks before letting a device in', async ({
  page,
  browser,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Title').fill('Shared from the moderator');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share on this network' });
  // Tests stay on loopback: pick this computer's own address.
  await dialog.getByLabel('Network').selectOption('127.0.0.1');
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  for (const role of ['Stage', 'Online moderator', 'Team member'])
    await expect(dialog.getByRole('img', { name: `QR code of the ${role} link` })).toBeVisible();
  const stageLink = await dialog.getByRole('textbox', { name: 'Stage link' }).inputValue();
  expect(stageLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/stage#[A-Za-z0-9_-]{32}$/);
  expect(await dialog.getByRole('textbox', { name: 'Team member link' }).inputValue()).toMatch(
    /^sessiondesk:\/\/127\.0\.0\.1:\d+\/join\?s=/,
  );

  const tablet = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  await tablet.goto(stageLink);
  await expect(dialog.getByText(/wants to join as Stage/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/team-share-dialog.png' });
  await dialog.getByRole('button', { name: 'Allow' }).click();
  await expect(tablet.locator('main')).toHaveAttribute('data-phase', 'idle');
  await expect(dialog.getByText(/Stage · connected/)).toBeVisible();
  await runAxe(page, 'share dialog');
  await dialog.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(tablet.getByText(/Reconnecting|not valid/)).toBeVisible();
  await tablet.close();
});
