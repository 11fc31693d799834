import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, protocol, screen, session, shell, type WebFrameMain } from 'electron';
import ElectronStore from 'electron-store';
import { EVENT_CHANNELS } from '../shared/channels';
import { createHandlers } from './handlers';
import { announce } from './network/discovery';
import type { Team } from './network/team';
import { registerIpc } from './ipc';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedPermission,
  isAppUrl,
  resolveAppFile,
} from './security';
import { Settings, type KeyValueStore } from './store/settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer from `app://desk/`, never from file://, with the CSP as a real header. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSessions(): void {
  // No remote content: every request that is not the app's own page or the dev server is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  // The only permission the app's own pages get is writing text to the clipboard ("Copy as text").
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isAllowedPermission(permission, contents.getURL(), devServerUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) =>
    isAllowedPermission(permission, origin, devServerUrl),
  );
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links the user clicks go through window.desk.openExternal, which checks them; nothing opens here.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

const isTrustedFrame = (frame: WebFrameMain | null): boolean =>
  !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;

/**
 * The stage-facing presenter window: one at a time (a second request focuses it and switches the
 * session), fullscreen on a second display when there is one, a normal window otherwise.
 */
function openPresenterWindow(sessionId: string): boolean {
  const query = `presenter.html?session=${encodeURIComponent(sessionId)}`;
  const url = devServerUrl
    ? new URL(query, devServerUrl.endsWith('/') ? devServerUrl : `${devServerUrl}/`).href
    : `${APP_ORIGIN}/${query}`;
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    if (presenterWindow.webContents.getURL() !== url) void presenterWindow.loadURL(url);
    presenterWindow.show();
    presenterWindow.focus();
    return true;
  }
  const displays = screen.getAllDisplays();
  const mainDisplay =
    mainWindow && !mainWindow.isDestroyed()
      ? screen.getDisplayMatching(mainWindow.getBounds())
      : screen.getPrimaryDisplay();
  const stage = displays.length > 1 ? displays.find((d) => d.id !== mainDisplay.id) : undefined;
  const window = new BrowserWindow({
    ...(stage
      ? {
          x: stage.bounds.x,
          y: stage.bounds.y,
          width: stage.bounds.width,
          height: stage.bounds.height,
          fullscreen: true,
        }
      : { width: 960, height: 600 }),
    title: 'Session Desk · Stage',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    show: false,
    // The same secure preferences as the main window, written out so static checks can read them.
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (presenterWindow === window) presenterWindow = null;
  });
  void window.loadURL(url);
  presenterWindow = window;
  return true;
}

function createMainWindow(settings: Settings): BrowserWindow {
  const saved = settings.read().windowBounds;
  const visible =
    saved &&
    screen
      .getAllDisplays()
      .some(
        ({ workArea: a }) =>
          saved.x < a.x + a.width &&
          saved.y < a.y + a.height &&
          saved.x + saved.width > a.x &&
          saved.y + saved.height > a.y,
      );
  const window = new BrowserWindow({
    ...(visible && saved ? saved : { width: 1280, height: 820 }),
    minWidth: 720,
    minHeight: 480,
    title: 'Session Desk',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  const remember = (): void => {
    if (!window.isMinimized() && !window.isMaximized()) settings.update({ windowBounds: window.getBounds() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

app.enableSandbox();

void app.whenReady().then(() => {
  serveRenderer();
  lockDownSessions();
  const store = new ElectronStore({ name: 'settings' }) as unknown as KeyValueStore;
  const settings = new Settings(store, path.join(app.getPath('userData'), 'workspace'));
  let flushWorkspace: () => Promise<void> = async () => undefined;
  let team: Team | null = null;
  const handlers = createHandlers({
    settings,
    registerFlush: (flush) => {
      flushWorkspace = flush;
    },
    draftsDir: path.join(app.getPath('userData'), 'drafts'),
    notify(event, payload) {
      for (const window of BrowserWindow.getAllWindows())
        window.webContents.send(EVENT_CHANNELS[event], payload);
    },
    async chooseSaveFile(defaultName, filters) {
      const result = await dialog.showSaveDialog({
        title: 'Export',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: filters ?? [{ name: 'Word document', extensions: ['docx'] }],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const result = await dialog.showOpenDialog({
        title: 'Choose workspace folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openExternal: (url) => shell.openExternal(url),
    openPresenter: async (sessionId) => openPresenterWindow(sessionId),
    team: { dataDir: path.join(app.getPath('userData'), 'team'), webRoot: rendererRoot, announce },
    registerTeam: (t) => {
      team = t;
    },
  });
  registerIpc(handlers, isTrustedFrame);
  // Large sessions write their file in the background: finish those writes before the app exits.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    // Sharing stops with the app: every listener closes, every link dies.
    void Promise.resolve(team?.close())
      .catch(() => undefined)
      .then(() => flushWorkspace())
      .catch((error: unknown) => console.error(error))
      .finally(() => app.quit());
  });
  mainWindow = createMainWindow(settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(settings);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
