import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  powerSaveBlocker,
  screen,
  shell,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
  type WebFrameMain,
} from 'electron';
import ElectronStore from 'electron-store';
import { EVENT_CHANNELS } from '../shared/channels';
import type { EventName, EventPayload } from '../shared/contract';
import type { WindowCommand } from '../shared/menuCommands';
import { translator } from '../shared/i18n/index';
import { PRODUCT_NAME, screensLanguage, type UiLanguage } from '../shared/i18n/languages';
import { SCHEMA_VERSION } from '../shared/model/session';
import { lockDownSessions, registerAppScheme, serveRenderer } from './appProtocol';
import type { Opened } from './files';
import { createHandlers } from './handlers';
import { announce, discover } from './network/discovery';
import type { Team } from './network/team';
import { registerIpc } from './ipc';
import { buildMenuTemplate, type DeskMenuItem, type MenuAction } from './menu';
import { KeepAwake } from './power';
import { APP_ORIGIN, isAppUrl } from './security';
import { describeDisplays, StageWindow } from './stage';
import { draftInWorker, warmUp } from './drafting';
import { Settings, type KeyValueStore } from './store/settings';
import { watchFolder } from './store/watchFolder';
import { hardenWebContents, isOnSomeDisplay, sessionFilesIn } from './windows';

/** App lifecycle and windows only: menus, the stage window, power and files live in their own modules. */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preload = path.join(here, '../preload/index.cjs');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

const pageUrl = (page: string): string =>
  devServerUrl
    ? new URL(page, devServerUrl.endsWith('/') ? devServerUrl : `${devServerUrl}/`).href
    : `${APP_ORIGIN}/${page}`;

// One copy of the app per user: a second launch hands its files to the first and quits.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

const isTrustedFrame = (frame: WebFrameMain | null): boolean =>
  !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);

let mainWindow: BrowserWindow | null = null;
/** Files handed over before the window could take them (macOS `open-file` fires before ready). */
const pendingFiles: string[] = [];
let openPath: ((file: string) => Promise<Opened>) | null = null;
let pageReady = false;
/**
 * The language of the screens, which the menu and the dialogs speak too: the one chosen in the
 * preferences, else the system's (as the windows read it: the app's locale, then the OS's list).
 */
const systemLocales = (): string[] => [app.getLocale(), ...app.getPreferredSystemLanguages()];
let speaks: () => UiLanguage = () => screensLanguage(null, systemLocales());
const words = () => translator(speaks()).t;

function sendToMain<E extends EventName>(event: E, payload: EventPayload<E>): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNELS[event], payload);
}

const sendCommand = (command: WindowCommand, sessionId?: string): void =>
  sendToMain('menuCommand', sessionId ? { command, sessionId } : { command });

function focusMain(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showOpenError(error: unknown): void {
  void dialog.showMessageBox({
    type: 'error',
    message: words()('dialog.openFailed'),
    detail: error instanceof Error ? error.message : String(error),
  });
}

/** Opens each file the OS handed over in the running window; bad files get a dialog, never a crash. */
async function openHandedFiles(files: string[]): Promise<void> {
  if (!openPath || !pageReady) {
    pendingFiles.push(...files);
    return;
  }
  for (const file of files) {
    try {
      const { id, notice } = await openPath(path.resolve(file));
      if (id)
        sendToMain('menuCommand', { command: 'openSession', sessionId: id, ...(notice ? { notice } : {}) });
    } catch (error) {
      void dialog.showMessageBox({
        type: 'error',
        message: words()('dialog.fileOpenFailed', { file: path.basename(file) }),
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

app.on('second-instance', (_event, argv) => {
  focusMain();
  void openHandedFiles(sessionFilesIn(argv.slice(1)));
});
app.on('open-file', (event, file) => {
  event.preventDefault();
  void openHandedFiles([file]);
});

// Each window's webPreferences are written out in full, not shared through a helper, so that
// electronegativity (npm run security) can read them; tests/unit/main-boot checks them at run time.
function createMainWindow(settings: Settings): BrowserWindow {
  const saved = settings.read().windowBounds;
  const visible =
    saved &&
    isOnSomeDisplay(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    );
  const window = new BrowserWindow({
    ...(visible && saved ? saved : { width: 1280, height: 820 }),
    minWidth: 720,
    minHeight: 480,
    title: 'Session Desk',
    show: false,
    webPreferences: {
      preload,
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
  window.webContents.on('did-finish-load', () => {
    pageReady = true;
    void openHandedFiles(pendingFiles.splice(0));
  });
  const remember = (): void => {
    if (!window.isMinimized() && !window.isMaximized()) settings.update({ windowBounds: window.getBounds() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      pageReady = false;
    }
  });
  void window.loadURL(devServerUrl ?? pageUrl('index.html'));
  return window;
}

function showAbout(): void {
  const t = words();
  void dialog.showMessageBox({
    type: 'info',
    title: t('menu.about', { app: app.getName() }),
    message: `${app.getName()} ${app.getVersion()}`,
    detail: [
      t('dialog.aboutDetail'),
      '',
      t('dialog.aboutFormat', { version: SCHEMA_VERSION }),
      `Electron ${process.versions.electron ?? '?'}`,
      `Chromium ${process.versions.chrome ?? '?'}`,
      `Node.js ${process.versions.node}`,
      `V8 ${process.versions.v8}`,
    ].join('\n'),
  });
}

let guideWindow: BrowserWindow | null = null;
/** The language the open guide is in: it follows the screens when their language changes. */
let guideLanguage: UiLanguage | null = null;
const guideUrl = (language: UiLanguage): string => pageUrl(`guide.html?lang=${encodeURIComponent(language)}`);
function showGuide(): void {
  if (guideWindow && !guideWindow.isDestroyed()) return void guideWindow.focus();
  guideLanguage = speaks();
  guideWindow = new BrowserWindow({
    width: 860,
    height: 760,
    title: words()('windowTitle.guide', { app: PRODUCT_NAME }),
    autoHideMenuBar: true,
    webPreferences: {
      preload,
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
  void guideWindow.loadURL(guideUrl(guideLanguage));
}
function guideFollowsScreens(): void {
  if (!guideWindow || guideWindow.isDestroyed() || guideLanguage === speaks()) return;
  guideLanguage = speaks();
  guideWindow.setTitle(words()('windowTitle.guide', { app: PRODUCT_NAME }));
  void guideWindow.loadURL(guideUrl(guideLanguage));
}

void app.whenReady().then(async () => {
  if (!primary) return;
  serveRenderer(rendererRoot);
  lockDownSessions(devServerUrl);
  const store = new ElectronStore({ name: 'settings' }) as unknown as KeyValueStore;
  const settings = new Settings(store, path.join(app.getPath('userData'), 'workspace'));
  const keepAwake = new KeepAwake(powerSaveBlocker);
  nativeTheme.themeSource = settings.read().theme;
  speaks = () => screensLanguage(settings.read().preferences.language, systemLocales());

  const mainDisplayId = (): number | null =>
    mainWindow && !mainWindow.isDestroyed() ? screen.getDisplayMatching(mainWindow.getBounds()).id : null;
  const stage = new StageWindow({
    createWindow: (options: BrowserWindowConstructorOptions) =>
      new BrowserWindow({
        ...options,
        webPreferences: {
          preload,
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
      }),
    displays: () => screen.getAllDisplays(),
    title: () => words()('windowTitle.stage', { app: PRODUCT_NAME }),
    mainDisplayId,
    urlFor: (sessionId) => pageUrl(`presenter.html?session=${encodeURIComponent(sessionId)}`),
    onOpenChange(open) {
      keepAwake.stage(open);
      sendToMain('stageChanged', { open });
    },
  });
  const saved = settings.read().stage;
  stage.displayId = saved.displayId;
  stage.onTop = saved.onTop;

  let flushWorkspace: () => Promise<void> = async () => undefined;
  let team: Team | null = null;
  const handlers = createHandlers({
    settings,
    language: () => speaks(),
    registerFlush: (flush) => {
      flushWorkspace = flush;
    },
    registerOpenPath: (open) => {
      openPath = open;
    },
    draftsDir: path.join(app.getPath('userData'), 'drafts'),
    stateDir: app.getPath('userData'),
    notify(event, payload) {
      for (const window of BrowserWindow.getAllWindows())
        window.webContents.send(EVENT_CHANNELS[event], payload);
      // The language's radio item follows a choice made in a window too.
      if (event === 'preferencesChanged') {
        void refreshMenu();
        guideFollowsScreens();
      }
    },
    async chooseSaveFile(defaultName, filters) {
      const result = await dialog.showSaveDialog({
        title: words()('dialog.export'),
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const result = await dialog.showOpenDialog({
        title: words()('dialog.chooseWorkspace'),
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    watchFolder,
    async chooseOpenFile(title) {
      const t = words();
      const result = await dialog.showOpenDialog({
        title: title ?? t('dialog.openSession'),
        properties: ['openFile'],
        filters: [
          { name: t('dialog.sessionFileType'), extensions: ['json'] },
          { name: t('dialog.allFiles'), extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImportMode(file) {
      const t = words();
      const { response } = await dialog.showMessageBox({
        type: 'question',
        message: t('dialog.notInWorkspace', { file: path.basename(file) }),
        detail: t('dialog.notInWorkspaceDetail'),
        buttons: [t('dialog.copyIn'), t('dialog.openInPlace'), t('dialog.cancel')],
        defaultId: 0,
        cancelId: 2,
      });
      return response === 0 ? 'copy' : response === 1 ? 'in-place' : null;
    },
    openExternal: (url) => shell.openExternal(url),
    openPresenter: async (sessionId) => {
      stage.open(sessionId);
      return true;
    },
    closePresenter: async () => stage.close(),
    revealFile: (file) => shell.showItemInFolder(file),
    trashFile: (file) => shell.trashItem(file),
    sessionOpened(_id, file) {
      app.addRecentDocument(file);
      void refreshMenu();
    },
    timerActivity: (id, running) => keepAwake.timer(id, running),
    team: { dataDir: path.join(app.getPath('userData'), 'team'), webRoot: rendererRoot, announce, discover },
    registerTeam: (t) => {
      team = t;
    },
  });
  registerIpc(handlers, isTrustedFrame, () => speaks());

  const act = (action: MenuAction): void => {
    switch (action.kind) {
      case 'window':
        if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMainWindow(settings);
        return sendCommand(action.command, action.sessionId);
      case 'theme':
        nativeTheme.themeSource = action.theme;
        settings.update({ theme: action.theme });
        return void refreshMenu();
      case 'language':
        // Saved like any preference: every window hears preferencesChanged and redraws in it.
        return void handlers
          .updatePreferences({ patch: { language: action.language } })
          .then(() => refreshMenu());
      case 'stageDisplay':
        stage.setDisplay(action.displayId);
        settings.update({ stage: { displayId: action.displayId, onTop: stage.onTop } });
        return void refreshMenu();
      case 'main':
        switch (action.command) {
          case 'clearRecent':
            settings.update({ recentSessionIds: [] });
            app.clearRecentDocuments();
            return void refreshMenu();
          case 'stageOnTop':
            stage.setOnTop(!stage.onTop);
            settings.update({ stage: { displayId: stage.displayId, onTop: stage.onTop } });
            return void refreshMenu();
          case 'openSessionFile':
          case 'importSessionJson':
            return void handlers
              .openSessionFile({ mode: action.command === 'openSessionFile' ? 'open' : 'import' })
              .then(
                ({ id, notice }) =>
                  id &&
                  sendToMain('menuCommand', {
                    command: 'openSession',
                    sessionId: id,
                    ...(notice ? { notice } : {}),
                  }),
              )
              .catch(showOpenError);
          case 'openWorkspaceFolder':
            return void handlers
              .chooseWorkspace({})
              .then(() => {
                sendCommand('showSessions');
                return refreshMenu();
              })
              .catch(showOpenError);
          case 'about':
            return showAbout();
          case 'userGuide':
            return showGuide();
        }
    }
  };
  const toElectron = (items: DeskMenuItem[]): MenuItemConstructorOptions[] =>
    items.map(({ action, submenu, ...item }) => ({
      ...item,
      ...(submenu ? { submenu: toElectron(submenu) } : {}),
      ...(action ? { click: () => act(action) } : {}),
    }));
  async function refreshMenu(): Promise<void> {
    const { recentSessionIds } = settings.read();
    const listed = await handlers.listSessions({}).catch(() => ({ sessions: [] }));
    const titles = new Map(listed.sessions.map((s) => [s.id, s.title]));
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      recent: recentSessionIds
        .filter((id) => titles.has(id))
        .map((id) => ({ id, title: titles.get(id) ?? '' })),
      displays: describeDisplays(screen.getAllDisplays(), mainDisplayId(), speaks()),
      stageDisplayId: stage.displayId,
      stageOnTop: stage.onTop,
      theme: settings.read().theme,
      language: settings.read().preferences.language,
      speaks: speaks(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template)));
  }
  await refreshMenu();
  screen.on('display-added', () => void refreshMenu());
  screen.on('display-removed', () => void refreshMenu());

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
  pendingFiles.push(...sessionFilesIn(process.argv.slice(1)));
  // Drafts run in their own thread; its model loads once the window is up and idle, never on the way
  // to a usable capture box.
  draftInWorker(path.join(here, 'draftWorker.js'));
  setTimeout(warmUp, 3_000).unref?.();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(settings);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
