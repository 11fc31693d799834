import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeFileAtomic } from '../../electron/store/atomicJsonFile';
import { attachDesk, serveRenderer, type Desk } from '../e2e/harness';
import { generateSession } from '../fixtures/generate-session';
import { percentile } from './captureWrite';

/** The capture screen in Debian's Chromium, against the real handlers, with a 5,000-statement session. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Rig {
  browser: Browser;
  page: Page;
  desk: Desk;
  title: string;
  close: () => Promise<void>;
}

async function rig(statements: number): Promise<Rig> {
  const app = await serveRenderer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  const desk = await attachDesk(page, app.url);
  // Notes when the session's data reaches the page, to tell the test transport from the renderer.
  await page.addInitScript(`(() => {
    const get = window.desk.getSession;
    window.desk.getSession = (request) => get(request).then((r) => { window.__arrived = performance.now(); return r; });
  })()`);
  const session = generateSession(statements);
  await mkdir(desk.workspace, { recursive: true });
  await writeFileAtomic(
    path.join(desk.workspace, `${session.id}.session.json`),
    JSON.stringify(session, null, 1) + '\n',
  );
  await page.goto(app.url);
  await page
    .getByRole('button', { name: /Generated benchmark session/ })
    .first()
    .waitFor();
  return {
    browser,
    page,
    desk,
    title: session.facts.title,
    close: async () => {
      await browser.close();
      await desk.cleanup();
      await app.close();
    },
  };
}

/** Clicks the session in the list and times, in the page, until the capture box is focused and enabled. */
interface Open {
  /** Click in the session list → capture box focused and enabled. */
  total: number;
  /** The part after the session's data arrived in the page (render, draft restore, focus). */
  render: number;
}

async function openOnce(page: Page): Promise<Open> {
  // In-page code is passed as text: a TS loader would wrap named functions in helpers the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent.includes('Generated benchmark session'));
    if (!button) return reject(new Error('session not listed'));
    window.__arrived = null;
    const t0 = performance.now();
    const check = () => {
      const box = document.getElementById('statement-text');
      if (box && !box.disabled && document.activeElement === box) {
        const t = performance.now();
        resolve({ total: t - t0, render: t - (window.__arrived ?? t0) });
      } else requestAnimationFrame(check);
    };
    button.click();
    requestAnimationFrame(check);
  })`) as Promise<Open>;
}

/** Open time: session list click → capture box focused and enabled (target ≤ 500 ms); median of a few. */
export async function benchOpenTime(
  statements = 5000,
  rounds = 5,
): Promise<{ openMs: number; openRenderMs: number }> {
  const r = await rig(statements);
  try {
    const samples: Open[] = [];
    for (let i = 0; i < rounds; i++) {
      samples.push(await openOnce(r.page));
      await r.page.getByRole('button', { name: '← Sessions' }).click();
      await r.page
        .getByRole('button', { name: /Generated benchmark session/ })
        .first()
        .waitFor();
    }
    return {
      openMs: percentile(
        samples.map((x) => x.total),
        50,
      ),
      openRenderMs: percentile(
        samples.map((x) => x.render),
        50,
      ),
    };
  } finally {
    await r.close();
  }
}

/**
 * Keystroke → next paint in the capture box with 5,000 statements on screen (target p95 ≤ 16 ms):
 * keydown records the time, two animation frames later the frame with the new character is painted.
 */
export async function benchKeystrokeToPaint(
  statements = 5000,
  keystrokes = 100,
): Promise<{
  openMs: number;
  openRenderMs: number;
  keyP50: number;
  keyP95: number;
  keyWorkP50: number;
  keyWorkP95: number;
}> {
  const r = await rig(statements);
  try {
    const open = await openOnce(r.page);
    await r.page.evaluate(`(() => {
      window.__lat = [];
      window.__work = [];
      let t0 = 0;
      // After React's own microtask for the input event: the script work a keystroke costs.
      document.addEventListener('input', () => queueMicrotask(() => window.__work.push(performance.now() - t0)));
      document.getElementById('statement-text').addEventListener('keydown', () => {
        t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
      });
    })()`);
    const text = 'the quick brown fox jumps over the lazy dog and keeps going ';
    for (let i = 0; i < keystrokes; i++) {
      await r.page.keyboard.type(text[i % text.length]!);
      // Let each keystroke's frames finish, as between a typist's keys.
      await r.page.evaluate(
        () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))),
      );
    }
    const samples = (await r.page.evaluate('window.__lat')) as number[];
    const work = (await r.page.evaluate('window.__work')) as number[];
    return {
      openMs: open.total,
      openRenderMs: open.render,
      keyP50: percentile(samples, 50),
      keyP95: percentile(samples, 95),
      keyWorkP50: percentile(work, 50),
      keyWorkP95: percentile(work, 95),
    };
  } finally {
    await r.close();
  }
}
