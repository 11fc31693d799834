import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { translator } from '../../shared/i18n/index';
import { newId } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import type { TeamStatus } from '../../shared/sync/status';
import { newTimer, pauseTimer, startTimer } from '../../shared/timer/timer';
import { headlessApp, type HeadlessApp } from '../support/teamApp';
import { expectNoSeriousA11yViolations as runAxe } from './axe';

/**
 * The Stage and Online-moderator pages speak the session's language: a session whose report is in
 * Arabic gets pages in Arabic, right to left, with the clock's digits left to right as on any clock;
 * one in Chinese gets Chinese. Before the host's first view arrives the page speaks the browser's.
 */

let root: string;
let host: HeadlessApp;
const ar = translator('ar').t;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-web-lang-'));
  host = headlessApp(root);
});
test.afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

async function shared(title: string, language: 'ar' | 'zh', speaker: string) {
  const session = (await host.call('createSession', { title })) as Session;
  const person = { id: newId(), name: speaker, order: 0, stakeholder: 'government' };
  await host.call('changeSession', {
    id: session.id,
    changes: [
      { type: 'person.put', person },
      { type: 'report.update', patch: { language } },
    ],
  });
  const share = (
    (await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus
  ).share!;
  return { session, person, share };
}

async function approve(page: Page, role: 'stage' | 'online', waiting: string): Promise<void> {
  await expect(page.getByText(waiting)).toBeVisible();
  const status = (await host.call('teamStatus', {})) as TeamStatus;
  const device = status.share!.devices.find((d) => d.role === role && d.state === 'pending')!;
  await host.call('decideDevice', { deviceId: device.id, allow: true });
}

test('an Arabic session: the stage and the online page right to left, in Arabic', async ({ browser }) => {
  const { session, person, share } = await shared('الحوكمة الشاملة للذكاء الاصطناعي', 'ar', 'أمينة ديالو');
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, locale: 'ar-EG' });
  const stage = await context.newPage();
  await stage.goto(share.links.stage);
  // Before the first view: the browser's language (Arabic here).
  await approve(stage, 'stage', ar('web.waiting'));
  await expect(stage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(stage.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(stage.getByText(session.facts.title)).toBeVisible();
  await expect(stage).toHaveTitle(`Session Desk · ${ar('web.stage')}`);

  const timer = pauseTimer({ ...startTimer(newTimer(300), Date.now()), addedSeconds: -250 }, Date.now());
  await host.call('changeSession', {
    id: session.id,
    changes: [{ type: 'turn.put', turn: { id: newId(), personId: person.id, segmentId: null, timer } }],
  });
  await expect(stage.getByText('أمينة ديالو')).toBeVisible();
  // Paused in the warning phase: "متوقف مؤقتًا · يتبقى 1 دقيقة أو أقل"; the digits stay "0:50".
  await expect(stage.getByText(new RegExp(`^${ar('stage.reading.paused')} · `))).toBeVisible();
  const digits = stage.getByRole('timer');
  await expect(digits).toHaveText(/^0:[45]\d$/);
  await expect(digits).toHaveAttribute('dir', 'ltr');
  await stage.screenshot({ path: 'test-results/screens/web-stage-ar.png' });

  // A device is let in for one role: the phone is another browser.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar-EG' });
  const online = await phone.newPage();
  await online.goto(share.links.online);
  await approve(online, 'online', ar('web.waiting'));
  await expect(online.getByRole('heading', { name: ar('web.online.ask') })).toBeVisible();
  await online.getByLabel(ar('web.online.name')).fill('لوسيا فرنانديز');
  await online
    .getByLabel(ar('balance.dimension.stakeholder'))
    .selectOption({ label: ar('codes.stakeholder.civil-society') });
  await online.getByLabel(ar('report.people.region')).selectOption({ label: ar('codes.region.grulac') });
  await online.getByLabel(ar('balance.dimension.gender')).selectOption({ label: ar('codes.gender.woman') });
  await online.getByRole('button', { name: ar('web.online.add') }).click();
  await expect(online.getByText(ar('web.online.added', { name: 'لوسيا فرنانديز' }))).toBeVisible();
  await expect(online.getByRole('heading', { name: ar('web.online.queue', { count: 1 }) })).toBeVisible();
  await expect(online.locator('html')).toHaveAttribute('dir', 'rtl');
  const after = (await host.call('getSession', { id: session.id })) as Session;
  expect(after.people.find((p) => p.name === 'لوسيا فرنانديز')).toMatchObject({
    stakeholder: 'civil-society',
    region: 'grulac',
    gender: 'woman',
  });
  await runAxe(online, 'online moderator page in Arabic');
  await online.screenshot({ path: 'test-results/screens/web-online-ar.png', fullPage: true });
  await host.call('stopSharing', {});
  await phone.close();
  await context.close();
});

test('a Chinese session: the pages in Chinese, left to right, after an English browser’s first words', async ({
  browser,
}) => {
  const zh = translator('zh').t;
  const { share } = await shared('包容性人工智能治理', 'zh', '王芳');
  const context = await browser.newContext({ locale: 'en-GB' });
  const online = await context.newPage();
  await online.goto(share.links.online);
  await approve(online, 'online', translator('en').t('web.waiting'));
  await expect(online.getByRole('heading', { name: zh('web.online.ask') })).toBeVisible();
  await expect(online.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(online.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(online.getByText(zh('stage.noTurn'))).toBeVisible();
  await expect(online.getByText(zh('web.online.nobodyWaiting'))).toBeVisible();
  await host.call('stopSharing', {});
  await context.close();
});

test('a session without a report language: the pages in the host’s screens’ language', async ({
  browser,
}) => {
  const fr = translator('fr').t;
  await host.call('updatePreferences', { patch: { language: 'fr' } });
  const session = (await host.call('createSession', { title: 'Données ouvertes et santé' })) as Session;
  const share = (
    (await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus
  ).share!;
  const context = await browser.newContext({ locale: 'en-GB' });
  const online = await context.newPage();
  await online.goto(share.links.online);
  await approve(online, 'online', translator('en').t('web.waiting'));
  await expect(online.getByRole('heading', { name: fr('web.online.ask') })).toBeVisible();
  await expect(online.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(online.getByRole('button', { name: fr('web.online.add') })).toBeVisible();
  await host.call('stopSharing', {});
  await host.call('updatePreferences', { patch: { language: null } });
  await context.close();
});
