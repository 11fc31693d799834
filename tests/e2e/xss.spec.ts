import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newId } from '../../shared/model/factory';
import { attachDesk, serveRenderer, type Desk } from './harness';

/**
 * "No way in" through the text a rapporteur types: every payload of the corpus is rendered through the
 * real renderer (statement markdown in the Capture list and the Report preview) in Chromium, and the
 * test fails if any of it runs. Each payload that executes calls `__xssHit(n)` or `alert(n)`; both are
 * trapped before the page loads, as are dialogs, new windows, navigation and CSP violations. Then the
 * rendered DOM itself is audited: only the sanitizer's formatting tags, only `href`/`rel`, and only
 * http(s)/mailto links. The corpus runs twice: under the app's real CSP, and with the CSP bypassed so
 * the sanitizer alone is proven (the CSP is the second wall, not the only one).
 */
const CORPUS = path.resolve('tests/fixtures/xss-payloads.txt');
/** What renderer/src/markdown.ts lets through; anything else in `.statement-text` is a failure. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote'];
const ALLOWED_ATTRS = ['href', 'rel'];

async function loadCorpus(): Promise<string[]> {
  return (await readFile(CORPUS, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('# '))
    .map((line) => line.replace(/\\n/g, '\n'));
}

let app: Awaited<ReturnType<typeof serveRenderer>>;
let desk: Desk;
let payloads: string[];
let hits: string[];

test.beforeAll(async () => {
  app = await serveRenderer();
  payloads = await loadCorpus();
});
test.afterAll(async () => {
  await app.close();
});
test.afterEach(async () => {
  await desk.cleanup();
});

/** Installs every trap before the app's first script runs, then opens the app. */
async function openTrapped(page: Page): Promise<void> {
  desk = await attachDesk(page, app.url);
  hits = [];
  await page.exposeFunction('__xssHit', (n: unknown) => void hits.push(`__xssHit(${String(n)})`));
  page.on('dialog', (dialog) => {
    hits.push(`${dialog.type()}(${dialog.message()})`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => hits.push(`pageerror: ${error.message}`));
  page.context().on('page', (popup) => hits.push(`new window: ${popup.url()}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(app.url))
      hits.push(`navigated: ${frame.url()}`);
    if (frame !== page.mainFrame()) hits.push(`frame: ${frame.url()}`);
  });
  await page.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
  `);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
}

/** Checks every rendered statement in the DOM; returns what is wrong (empty when all is well). */
async function audit(page: Page): Promise<{ rendered: number; problems: string[] }> {
  return page.evaluate(
    ([tags, attrs]) => {
      const problems: string[] = [];
      const roots = [...document.querySelectorAll('.statement-text')];
      for (const root of roots)
        for (const el of root.querySelectorAll('*')) {
          const tag = el.tagName.toLowerCase();
          if (!tags.includes(tag)) problems.push(`<${tag}> in ${root.innerHTML.slice(0, 120)}`);
          for (const attr of [...el.attributes]) {
            if (/^on/i.test(attr.name)) problems.push(`${attr.name} on <${tag}>`);
            if (!attrs.includes(attr.name)) problems.push(`attribute ${attr.name} on <${tag}>`);
            if (attr.name === 'href' && !/^(https?:\/\/|mailto:)/i.test(attr.value))
              problems.push(`href ${attr.value}`);
          }
        }
      // Nothing the corpus could have planted anywhere else in the document either.
      for (const el of document.body.querySelectorAll(
        'iframe, frame, object, embed, base, meta[http-equiv], link[rel=import], svg script, math, template, form[action]',
      ))
        problems.push(`document has <${el.tagName.toLowerCase()}>`);
      for (const script of document.querySelectorAll('script'))
        if (!script.src || script.textContent?.trim()) problems.push('an inline <script> is in the document');
      for (const a of document.querySelectorAll('a[href]'))
        if (/^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''))
          problems.push(`link to ${a.getAttribute('href')}`);
      const csp = (window as unknown as { __csp: string[] }).__csp;
      // zod probes once whether `new Function` is allowed (it is not, so it validates without it); that
      // probe is the app's own, not a payload: a payload would need to run before it could call eval.
      for (const violation of csp)
        if (!/^script-src(-elem)? eval\b/.test(violation)) problems.push(`CSP violation: ${violation}`);
      return { rendered: roots.length, problems };
    },
    [ALLOWED_TAGS, ALLOWED_ATTRS] as const,
  );
}

async function createSession(page: Page, title: string): Promise<string> {
  const created = await page.evaluate(
    (t) => window.desk.createSession({ title: t }) as Promise<{ ok: boolean; value: { id: string } }>,
    title,
  );
  expect(created.ok).toBe(true);
  return created.value.id;
}

async function putStatements(
  page: Page,
  id: string,
  statements: Array<{ id: string; text: string; at: string }>,
) {
  const result = await page.evaluate(
    ([sessionId, list]) =>
      window.desk.changeSession({
        id: sessionId,
        changes: list.map((s) => ({ type: 'statement.put' as const, statement: s })),
      }),
    [id, statements] as const,
  );
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: true });
}

for (const mode of ['with the app CSP', 'with the CSP bypassed (sanitizer alone)'] as const) {
  test.describe(mode, () => {
    test.use({ bypassCSP: mode !== 'with the app CSP' });

    test('no corpus payload executes or leaves anything live in the Capture list or the Report', async ({
      page,
    }) => {
      expect(payloads.length).toBeGreaterThanOrEqual(40);
      await openTrapped(page);
      const title = `XSS corpus <img src=x onerror=__xssHit('title')>`;
      const id = await createSession(page, title);
      await page.reload();
      await page.getByRole('button', { name: /^XSS corpus/ }).click();
      await expect(page.getByLabel('Statement', { exact: true })).toBeVisible();

      // 1. One payload at a time in the Capture list: the statement is replaced and re-rendered each
      // time (through the main process's `sessionChanged` event), then audited alone.
      const target = newId();
      const marker = newId();
      for (const [i, payload] of payloads.entries()) {
        await putStatements(page, id, [
          { id: target, text: payload, at: '2026-06-23T09:00:00.000Z' },
          { id: marker, text: `rendered payload ${i + 1}`, at: '2026-06-23T09:00:01.000Z' },
        ]);
        await expect(
          page.locator('.statement-text').filter({ hasText: `rendered payload ${i + 1}` }),
        ).toHaveCount(1);
        const { rendered, problems } = await audit(page);
        expect(rendered, payload).toBe(2);
        expect(problems, payload).toEqual([]);
        expect(hits, payload).toEqual([]);
      }
      const removed = await page.evaluate(
        ([sessionId, ids]) =>
          window.desk.changeSession({
            id: sessionId,
            changes: ids.map((statementId) => ({ type: 'statement.delete' as const, id: statementId })),
          }),
        [id, [target, marker]] as const,
      );
      expect(removed.ok).toBe(true);
      await expect(page.locator('.statement-text')).toHaveCount(0);

      // 2. All of them typed into the capture box, the way a rapporteur enters text.
      const box = page.getByLabel('Statement', { exact: true });
      for (const payload of payloads) {
        await box.fill(payload);
        await box.press('Enter');
        await expect(box).toHaveValue('');
      }
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
      const inCapture = await audit(page);
      expect(inCapture.problems).toEqual([]);
      expect(inCapture.rendered).toBeGreaterThan(0);

      // 3. The Report preview, with the statement log annex on (every statement is rendered there) and
      // the whole corpus also as one markdown document in the report's own key-issues text.
      const annex = await page.evaluate(
        ([sessionId, text]) =>
          window.desk.changeSession({
            id: sessionId,
            changes: [{ type: 'report.update', patch: { includeAnnex: true, keyIssues: text } }],
          }),
        [id, payloads.join('\n\n')] as const,
      );
      expect(annex.ok).toBe(true);
      await page.getByRole('tab', { name: 'Report' }).click();
      await expect.poll(async () => (await audit(page)).rendered).toBeGreaterThanOrEqual(payloads.length + 1);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Hover and click through the rendered statements so event-handler payloads get their chance.
      const texts = page.locator('.statement-text');
      for (let i = 0; i < (await texts.count()); i++) {
        const text = texts.nth(i);
        // A payload the sanitizer emptied renders an empty (invisible) block: nothing to hover there.
        if (!(await text.isVisible())) continue;
        await text.hover({ timeout: 2_000 });
        const links = text.locator('a:not([href])');
        if (await links.count()) await links.first().click({ timeout: 2_000 });
      }
      const inReport = await audit(page);
      expect(inReport.problems).toEqual([]);
      expect(hits).toEqual([]);
      expect(page.url().startsWith(app.url)).toBe(true);
      expect(desk.externalOpened).toEqual([]);
      console.log(`xss (${mode}): ${payloads.length} payloads tried, none executed`);
    });
  });
}

test('an http(s) link opens through openExternal without navigating; a javascript: link has no href', async ({
  page,
}) => {
  await openTrapped(page);
  const id = await createSession(page, 'Links');
  const at = '2026-06-23T09:00:00.000Z';
  await putStatements(page, id, [
    { id: newId(), text: 'See [the report](https://example.org/report?x=1) now.', at },
    { id: newId(), text: 'Or <https://example.org/auto>.', at: '2026-06-23T09:00:01.000Z' },
    { id: newId(), text: 'Never [this](javascript:__xssHit(900)).', at: '2026-06-23T09:00:02.000Z' },
  ]);
  await page.reload();
  await page.getByRole('button', { name: /^Links/ }).click();

  const good = page.locator('.statement-text a', { hasText: 'the report' });
  await expect(good).toHaveAttribute('href', 'https://example.org/report?x=1');
  await good.click();
  await expect.poll(() => desk.externalOpened).toEqual(['https://example.org/report?x=1']);
  await page.locator('.statement-text a', { hasText: 'https://example.org/auto' }).click();
  await expect.poll(() => desk.externalOpened.length).toBe(2);
  expect(desk.externalOpened[1]).toBe('https://example.org/auto');

  const bad = page.locator('.statement-text a', { hasText: 'this' });
  await expect(bad).toHaveCount(1);
  expect(await bad.getAttribute('href')).toBeNull();
  await bad.click();
  // The page is still the app, nothing else was opened, and nothing ran.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Links');
  expect(page.url().startsWith(app.url)).toBe(true);
  expect(desk.externalOpened).toHaveLength(2);
  expect(hits).toEqual([]);
  expect((await audit(page)).problems).toEqual([]);
});
