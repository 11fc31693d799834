import { EventEmitter } from 'node:events';

/**
 * A test double of the parts of the `electron` module the main process uses. It records what the app
 * does (windows and their web preferences, protocol handlers, session hooks, IPC handlers, menus,
 * power-save blocks, dialogs) and keeps Electron's own rules where breaking them is an error in the real
 * thing: no window, protocol handler or session hook before `ready`; schemes registered only before it;
 * one handler per IPC channel; menu items that Electron would refuse are refused here too.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const VALID_ROLES = new Set([
  'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll', 'reload',
  'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'toggleSpellChecker',
  'togglefullscreen', 'window', 'minimize', 'close', 'help', 'about', 'services', 'hide', 'hideOthers',
  'unhide', 'quit', 'showSubstitutions', 'toggleSmartQuotes', 'toggleSmartDashes', 'toggleTextReplacement',
  'startSpeaking', 'stopSpeaking', 'zoom', 'front', 'appMenu', 'fileMenu', 'editMenu', 'viewMenu',
  'shareMenu', 'recentDocuments', 'toggleTabBar', 'selectNextTab', 'selectPreviousTab', 'showAllTabs',
  'mergeAllWindows', 'clearRecentDocuments', 'moveTabToNewWindow', 'windowMenu',
]); // prettier-ignore

const MODIFIERS = new Set([
  'Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta',
]); // prettier-ignore
const KEY_CODES =
  /^([0-9A-Z]|F([1-9]|1[0-9]|2[0-4])|[)!@#$%^&*(:;:+=<,_\->.?/~`{\][|\\}"']|Plus|Space|Tab|Capslock|Numlock|Scrolllock|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|VolumeUp|VolumeDown|VolumeMute|MediaNextTrack|MediaPreviousTrack|MediaStop|MediaPlayPause|PrintScreen|num[0-9]|numdec|numadd|numsub|nummult|numdiv)$/;

/** Electron's accelerator grammar: modifiers joined by `+`, then exactly one key code. */
export function isValidAccelerator(accelerator: string): boolean {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" is the way to write '+'; a literal "++" splits into empty parts.
  if (parts.some((p) => p === '')) return false;
  const key = parts.pop()!;
  return parts.every((p) => MODIFIERS.has(p)) && KEY_CODES.test(key);
}

export interface MenuItemRecord {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  click?: () => void;
  submenu?: MenuItemRecord[];
}

function validateItems(items: MenuItemRecord[], where: string): void {
  for (const [i, item] of items.entries()) {
    const at = `${where}[${i}]${item.label ? ` "${item.label}"` : ''}`;
    if (item.role && !VALID_ROLES.has(item.role)) throw new Error(`${at}: unknown role ${item.role}`);
    if (item.type !== 'separator' && !item.role && !item.label)
      throw new Error(`${at}: a menu item needs a label, a role or type separator`);
    if (item.accelerator && !isValidAccelerator(item.accelerator))
      throw new Error(`${at}: invalid accelerator ${item.accelerator}`);
    if (item.click && typeof item.click !== 'function') throw new Error(`${at}: click is not a function`);
    if (item.submenu) validateItems(item.submenu, `${at}.submenu`);
  }
}

export function createElectronDouble(options: {
  userData: string;
  documents: string;
  isPackaged?: boolean;
  lockHeld?: boolean;
  displays?: Array<{ id: number; bounds: Rect; label?: string; internal?: boolean }>;
  /** What `app.getLocale()` and `app.getPreferredSystemLanguages()` answer (default: US English). */
  locale?: string;
  systemLanguages?: string[];
}) {
  let ready = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const requireReady = (what: string) => {
    if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
  };

  /** The system's language; a test may change it, as a user changing the OS's language would. */
  const system = {
    locale: options.locale ?? 'en-US',
    languages: options.systemLanguages ?? [options.locale ?? 'en-US'],
  };
  const record = {
    quitCalls: 0,
    sandboxEnabled: false,
    privilegedSchemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    permissionRequest: null as
      null | ((contents: { getURL(): string }, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: null as null | ((contents: unknown, permission: string, origin: string) => boolean),
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    applicationMenu: null as null | { items: MenuItemRecord[] },
    powerBlocks: new Map<number, string>(),
    powerHistory: [] as Array<{ op: 'start' | 'stop'; id: number; type?: string }>,
    recentDocuments: [] as string[],
    messageBoxes: [] as Array<Record<string, unknown>>,
    openDialogs: [] as Array<Record<string, unknown>>,
    saveDialogs: [] as Array<Record<string, unknown>>,
    revealed: [] as string[],
    external: [] as string[],
  };
  /** What the next dialogs answer. */
  const answers = {
    messageBox: [] as number[],
    openDialog: [] as Array<string[] | null>,
    saveDialog: [] as Array<string | null>,
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    requestSingleInstanceLock: () => options.lockHeld ?? true,
    whenReady: () => readyPromise,
    isReady: () => ready,
    quit() {
      record.quitCalls++;
    },
    enableSandbox() {
      if (ready) throw new Error('app.enableSandbox() must be called before the app is ready');
      record.sandboxEnabled = true;
    },
    getPath(name: string) {
      if (name === 'userData') return options.userData;
      if (name === 'documents') return options.documents;
      throw new Error(`Unknown path name in the double: ${name}`);
    },
    getName: () => 'Session Desk',
    getLocale: () => system.locale,
    getPreferredSystemLanguages: () => [...system.languages],
    getVersion: () => '0.1.0',
    addRecentDocument(file: string) {
      record.recentDocuments.push(file);
    },
    clearRecentDocuments() {
      record.recentDocuments.length = 0;
    },
  });

  class WebContents extends EventEmitter {
    url = '';
    sent: Array<{ channel: string; payload: unknown }> = [];
    windowOpenHandler: null | ((details: { url: string }) => { action: string }) = null;
    getURL() {
      return this.url;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload: JSON.parse(JSON.stringify(payload ?? null)) });
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }

  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => windows.find((w) => !w.destroyed && w.focused) ?? null;
    readonly webContents = new WebContents();
    destroyed = false;
    focused = false;
    visible = false;
    fullScreen: boolean;
    alwaysOnTop: boolean;
    bounds: Rect;
    title: string;
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      requireReady('BrowserWindow');
      this.bounds = {
        x: (options.x as number) ?? 0,
        y: (options.y as number) ?? 0,
        width: (options.width as number) ?? 800,
        height: (options.height as number) ?? 600,
      };
      this.fullScreen = options.fullscreen === true;
      this.alwaysOnTop = options.alwaysOnTop === true;
      this.title = (options.title as string) ?? '';
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.webContents.url = url;
      setImmediate(() => {
        this.emit('ready-to-show');
        this.webContents.emit('did-finish-load');
      });
    }
    show() {
      this.visible = true;
    }
    focus() {
      for (const w of windows) w.focused = w === this;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      if (this.destroyed) return;
      this.emit('close', { preventDefault() {} });
      this.destroyed = true;
      this.emit('closed');
    }
    getBounds() {
      return { ...this.bounds };
    }
    setBounds(bounds: Rect) {
      this.bounds = { ...bounds };
    }
    setFullScreen(flag: boolean) {
      this.fullScreen = flag;
    }
    setAlwaysOnTop(flag: boolean) {
      this.alwaysOnTop = flag;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    restore() {}
    setTitle(title: string) {
      this.title = title;
    }
  }

  const displays = (options.displays ?? [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]).map(
    (d) => ({ ...d, workArea: d.bounds, label: d.label ?? '', internal: d.internal ?? false }),
  );
  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => {
      requireReady('screen');
      return displays;
    },
    getPrimaryDisplay: () => displays[0]!,
    getDisplayMatching: (rect: Rect) =>
      displays.find(
        (d) =>
          rect.x >= d.bounds.x &&
          rect.x < d.bounds.x + d.bounds.width &&
          rect.y >= d.bounds.y &&
          rect.y < d.bounds.y + d.bounds.height,
      ) ?? displays[0]!,
  });

  let nextBlock = 1;
  const electron = {
    app,
    BrowserWindow,
    screen,
    protocol: {
      registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
        if (ready)
          throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
        record.privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        requireReady('protocol.handle');
        if (record.protocolHandlers.has(scheme)) throw new Error(`Protocol ${scheme} is already handled`);
        record.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      get defaultSession() {
        requireReady('session');
        return {
          webRequest: {
            onBeforeRequest(fn: typeof record.beforeRequest) {
              record.beforeRequest = fn;
            },
          },
          setPermissionRequestHandler(fn: typeof record.permissionRequest) {
            record.permissionRequest = fn;
          },
          setPermissionCheckHandler(fn: typeof record.permissionCheck) {
            record.permissionCheck = fn;
          },
        };
      },
    },
    ipcMain: {
      handle(channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) {
        if (record.ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        record.ipcHandlers.set(channel, handler);
      },
      removeHandler(channel: string) {
        record.ipcHandlers.delete(channel);
      },
    },
    Menu: {
      buildFromTemplate(template: MenuItemRecord[]) {
        validateItems(template, 'menu');
        return { items: template };
      },
      setApplicationMenu(menu: { items: MenuItemRecord[] } | null) {
        requireReady('Menu.setApplicationMenu');
        record.applicationMenu = menu;
      },
    },
    powerSaveBlocker: {
      start(type: string) {
        if (type !== 'prevent-app-suspension' && type !== 'prevent-display-sleep')
          throw new TypeError(`Unknown power save blocker type ${type}`);
        const id = nextBlock++;
        record.powerBlocks.set(id, type);
        record.powerHistory.push({ op: 'start', id, type });
        return id;
      },
      stop(id: number) {
        record.powerBlocks.delete(id);
        record.powerHistory.push({ op: 'stop', id });
        return true;
      },
      isStarted: (id: number) => record.powerBlocks.has(id),
    },
    nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
    dialog: {
      async showMessageBox(opts: Record<string, unknown>) {
        record.messageBoxes.push(opts);
        return { response: answers.messageBox.shift() ?? 0, checkboxChecked: false };
      },
      async showOpenDialog(opts: Record<string, unknown>) {
        record.openDialogs.push(opts);
        const files = answers.openDialog.shift() ?? null;
        return { canceled: files === null, filePaths: files ?? [] };
      },
      async showSaveDialog(opts: Record<string, unknown>) {
        record.saveDialogs.push(opts);
        const file = answers.saveDialog.shift() ?? null;
        return { canceled: file === null, filePath: file ?? '' };
      },
    },
    shell: {
      async openExternal(url: string) {
        record.external.push(url);
      },
      showItemInFolder(file: string) {
        record.revealed.push(file);
      },
    },
  };

  return {
    electron,
    record,
    answers,
    windows,
    system,
    /** Fires `ready`, as Electron does once it has started. */
    async makeReady() {
      ready = true;
      app.emit('ready');
      resolveReady();
      // Let the app's `whenReady().then(...)` run to its end (it awaits the menu's session list).
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    },
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

/** electron-store's surface (`store`, `set`), in memory. */
export class MemoryStore {
  store: Record<string, unknown> = {};
  constructor(_options?: unknown) {}
  set(key: string, value: unknown) {
    this.store = { ...this.store, [key]: JSON.parse(JSON.stringify(value)) };
  }
}
