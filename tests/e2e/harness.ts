import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, type Page } from '@playwright/test';
import Conf from 'conf';
import { buildSync } from 'esbuild';
import { CALL_NAMES, CHANNELS, EVENT_CHANNELS, type CallName } from '../../shared/channels';
import { draftInWorker, stopWorker } from '../../electron/drafting';
import { createHandlers, dispatch } from '../../electron/handlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import type { EventName, EventPayload } from '../../shared/contract';
import { Settings, type KeyValueStore } from '../../electron/store/settings';
import { watchFolder } from '../../electron/store/watchFolder';

const RENDERER = path.resolve('out/renderer');
const DRAFT_WORKER = path.resolve('out/main/draftWorker.js');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let bundledBridge: string | null = null;
/** `tests/e2e/bridgePage.ts` (and with it `shared/bridge.ts`, as the preload has it) bundled for the page. */
function bridgeScript(): string {
  bundledBridge ??= buildSync({
    entryPoints: [path.resolve('tests/e2e/bridgePage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  }).outputFiles[0]!.text;
  return bundledBridge;
}

/** Serves the built renderer the way the app does: same files, same CSP header. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(RENDERER, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(RENDERER)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

const sendEvent = <E extends EventName>(target: Page, event: E, payload: EventPayload<E>): Promise<void> =>
  target
    .evaluate(
      ([channel, data]) =>
        (window as unknown as { __deskEmit?: (c: string, d: unknown) => void }).__deskEmit?.(channel, data),
      [EVENT_CHANNELS[event], payload] as const,
    )
    .catch(() => undefined);

export interface Desk {
  root: string;
  workspace: string;
  /** Where the next "save dialog" answers; null = the user cancels. */
  nextSavePath: string | null;
  externalOpened: string[];
  /** The stage-facing presenter page, once opened (by the app's "Open presenter view" or by a test). */
  presenter: Page | null;
  /** Opens (or reuses) a second page in the same context at `presenter.html?session=<id>`, desk attached. */
  openPresenter(sessionId: string): Promise<Page>;
  /**
   * A second window of the app in the same context, over the same main-process handlers and workspace
   * (a second person at the same desk process: every change reaches both windows, as the app broadcasts
   * it to each of its windows).
   */
  openWindow(): Promise<Page>;
  /** Where deleted session files go (the system's trash in the app). */
  trash: string;
  /** What the next "open file" dialog answers; null = the user cancels. */
  nextOpenPath: string | null;
  /** What the "file outside the workspace" question answers; null = Cancel. */
  nextImportMode: 'copy' | 'in-place' | null;
  /** Sends a main-process event to every page, as the app's menu and windows do. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /**
   * Quits and starts the app again over the same folders and settings: pending files are written and
   * locks let go (as on quitting), new main-process handlers are made, the page is loaded afresh.
   */
  restart(): Promise<void>;
  cleanup(): Promise<void>;
  /** Milliseconds each call of these kinds waits before the handler runs (a slow disk, a busy laptop). */
  slowCalls: Partial<Record<CallName, number>>;
}

/**
 * Wires the page to the real main-process handlers over a temporary workspace: `window.desk` is
 * installed exactly as the preload builds it, and each call goes through the same `dispatch`
 * (payload validation included) that `electron/ipc.ts` uses. Only Electron's transport is left out.
 */
export async function attachDesk(page: Page, appUrl: string): Promise<Desk> {
  const root = await mkdtemp(path.join(tmpdir(), 'session-desk-e2e-'));
  const workspace = path.join(root, 'workspace');
  const conf = new Conf({ projectName: 'session-desk-test', cwd: path.join(root, 'settings') });
  const settings = new Settings(conf as unknown as KeyValueStore, workspace);
  const desk: Desk = {
    root,
    workspace,
    nextSavePath: null,
    nextOpenPath: null,
    trash: path.join(root, 'trash'),
    nextImportMode: 'copy',
    externalOpened: [],
    presenter: null,
    slowCalls: {},
    async openPresenter(sessionId) {
      if (desk.presenter && !desk.presenter.isClosed()) {
        await desk.presenter.bringToFront();
        return desk.presenter;
      }
      const stage = await page.context().newPage();
      await bridge(stage);
      await stage.goto(`${appUrl}presenter.html?session=${encodeURIComponent(sessionId)}`);
      desk.presenter = stage;
      return stage;
    },
    async openWindow() {
      const other = await page.context().newPage();
      await bridge(other);
      await other.goto(appUrl);
      return other;
    },
    async emit(event, payload) {
      await Promise.all(
        page
          .context()
          .pages()
          .map((p) => sendEvent(p, event, payload)),
      );
    },
    async restart() {
      for (const stop of watchers.splice(0)) stop();
      await flush?.();
      handlers = start();
      await page.goto(appUrl);
    },
    async cleanup() {
      // As on quitting: pending files written, locks let go; a call still under way may yet write, so retry.
      await flush?.().catch(() => undefined);
      await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
  let flush: (() => Promise<void>) | null = null;
  const watchers: Array<() => void> = [];
  const start = () =>
    createHandlers({
      registerFlush: (f) => void (flush = f),
      settings,
      draftsDir: path.join(root, 'drafts'),
      stateDir: path.join(root, 'state'),
      notify(event, payload) {
        // Events reach every open page of this context, as the app sends them to every window.
        for (const p of page.context().pages()) void sendEvent(p, event, payload);
      },
      chooseSaveFile: async () => desk.nextSavePath,
      chooseOpenFile: async () => desk.nextOpenPath,
      // The operating system's own folder notifications, as in the app; a restart stops the old ones.
      watchFolder: (dir, onChange) => {
        const stop = watchFolder(dir, onChange);
        watchers.push(stop);
        return stop;
      },
      // The system's trash, as a folder beside the workspace.
      trashFile: async (file) => {
        await mkdir(desk.trash, { recursive: true });
        await rename(file, path.join(desk.trash, path.basename(file)));
      },
      chooseImportMode: async () => desk.nextImportMode,
      chooseFolder: async () => null,
      openExternal: async (url) => void desk.externalOpened.push(url),
      openPresenter: async (sessionId) => {
        const opened = Boolean(await desk.openPresenter(sessionId));
        void desk.emit('stageChanged', { open: true });
        return opened;
      },
      closePresenter: async () => {
        if (!desk.presenter || desk.presenter.isClosed()) return false;
        await desk.presenter.close();
        desk.presenter = null;
        void desk.emit('stageChanged', { open: false });
        return true;
      },
    });
  let handlers = start();
  const origin = new URL(appUrl).origin;
  const callOf = new Map<string, CallName>(CALL_NAMES.map((name) => [CHANNELS[name], name]));
  // Every page of the app (the main page, the presenter page) gets the same bridge.
  const bridge = async (target: Page): Promise<void> => {
    await target.exposeBinding('__deskInvoke', async (source, channel: string, json: string | undefined) => {
      // The same rule as the app: only the main frame of our own page may call.
      if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== origin)
        return JSON.stringify({
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from Session Desk.' },
        });
      // An unknown channel has no handler in the app either: dispatch answers it as unknown.
      const name = callOf.get(channel) ?? channel;
      const wait = desk.slowCalls[name as CallName];
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      return JSON.stringify(
        await dispatch(handlers, name, json === undefined ? undefined : JSON.parse(json)),
      );
    });
    await target.addInitScript(bridgeScript());
  };
  await bridge(page);
  return desk;
}

/**
 * The hooks every e2e file needs: one server for the file, a fresh desk over a temporary workspace for
 * each test (removed after it), and any uncaught error in the page failing the test. The returned
 * `app` and `desk` always stand for the running test's.
 */
export function useDesk(): { app: { readonly url: string }; desk: Desk } {
  let server: Awaited<ReturnType<typeof serveRenderer>> | null = null;
  let current: Desk | null = null;
  test.beforeAll(async () => {
    server = await serveRenderer();
    // As the app does: drafts run in the built worker thread (`npm run build` makes it).
    draftInWorker(DRAFT_WORKER);
  });
  test.afterAll(async () => {
    await server?.close();
    await stopWorker();
  });
  test.beforeEach(async ({ page }) => {
    current = await attachDesk(page, server!.url);
    page.on('pageerror', (error) => {
      throw error;
    });
  });
  test.afterEach(async () => {
    await current?.cleanup();
    current = null;
  });
  const app = {
    get url(): string {
      return server!.url;
    },
  };
  const desk = new Proxy({} as Desk, {
    get: (_target, key) => Reflect.get(current!, key),
    set: (_target, key, value) => Reflect.set(current!, key, value),
  });
  return { app, desk };
}

/** The stage screen's sizes every string must fit: the smallest window, a projector, a 4K screen. */
export const STAGE_SIZES = [
  [800, 450],
  [1280, 720],
  [3840, 2160],
] as const;
