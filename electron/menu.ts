import type { MenuItemConstructorOptions } from 'electron';
import { LANGUAGE_NAMES, LANGUAGES, PSEUDO, type UiLanguage } from '../shared/i18n/languages';
import type { Theme, WindowCommand } from '../shared/menuCommands';

/**
 * The application menu as a pure function of what the app knows (platform, packaged or not, recent
 * sessions, displays, stage and theme settings). `main.ts` only turns it into an Electron `Menu`, so
 * the tests can read every command and accelerator without Electron.
 *
 * Two rules keep the menu out of the way of the keys people use in the app:
 * - an accelerator the page already handles itself (Ctrl+Z, Ctrl+F, F1…) is only shown
 *   (`registerAccelerator: false`): the key still reaches the page, and the menu item sends the same
 *   command;
 * - no label carries a `&` mnemonic, so Alt+letter stays with the page (Alt+F, Alt+S, Alt+K…).
 */
export type MainCommand =
  | 'openSessionFile'
  | 'importSessionJson'
  | 'openWorkspaceFolder'
  | 'clearRecent'
  | 'stageOnTop'
  | 'about'
  | 'userGuide';

/** What a menu item does when chosen: a main-process command, a command for the page, or a setting. */
export type MenuAction =
  | { kind: 'main'; command: MainCommand }
  | { kind: 'window'; command: WindowCommand; sessionId?: string }
  | { kind: 'theme'; theme: Theme }
  | { kind: 'language'; language: UiLanguage | null }
  | { kind: 'stageDisplay'; displayId: number | null };

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  recent: ReadonlyArray<{ id: string; title: string }>;
  displays: ReadonlyArray<{ id: number; label: string }>;
  /** null: the app picks (the display the main window is not on). */
  stageDisplayId: number | null;
  stageOnTop: boolean;
  theme: Theme;
  /** The language of the screens; null follows the system. */
  language: UiLanguage | null;
}

/** A template item that says what it does, so the test and `main.ts` read the same thing. */
export type DeskMenuItem = Omit<MenuItemConstructorOptions, 'submenu' | 'click'> & {
  action?: MenuAction;
  submenu?: DeskMenuItem[];
};

const run = (command: MainCommand): MenuAction => ({ kind: 'main', command });
const send = (command: WindowCommand, sessionId?: string): MenuAction => ({
  kind: 'window',
  command,
  ...(sessionId ? { sessionId } : {}),
});
const separator: DeskMenuItem = { type: 'separator' };

/** Keys the page handles itself; the menu shows them and lets them through. */
const shown = (accelerator: string): Pick<DeskMenuItem, 'accelerator' | 'registerAccelerator'> => ({
  accelerator,
  registerAccelerator: false,
});

export function buildMenuTemplate(ctx: MenuContext): DeskMenuItem[] {
  const mac = ctx.platform === 'darwin';
  const recent: DeskMenuItem[] = ctx.recent.length
    ? [
        ...ctx.recent.map((r): DeskMenuItem => ({
          id: `recent:${r.id}`,
          label: r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title || 'Untitled session',
          action: send('openSession', r.id),
        })),
        separator,
        { id: 'clearRecent', label: 'Clear recent sessions', action: run('clearRecent') },
      ]
    : [{ id: 'recent:none', label: 'No recent sessions', enabled: false }];

  const file: DeskMenuItem = {
    id: 'menu:file',
    label: 'File',
    submenu: [
      { id: 'newSession', label: 'New session', accelerator: 'CmdOrCtrl+N', action: send('newSession') },
      {
        id: 'newFromPage',
        label: 'New from session page…',
        accelerator: 'CmdOrCtrl+Shift+N',
        action: send('newFromPage'),
      },
      separator,
      {
        id: 'openSessionFile',
        label: 'Open session file…',
        accelerator: 'CmdOrCtrl+O',
        action: run('openSessionFile'),
      },
      {
        id: 'importSessionJson',
        label: 'Import session JSON…',
        accelerator: 'CmdOrCtrl+Shift+O',
        action: run('importSessionJson'),
      },
      { id: 'mergeCopy', label: 'Merge another copy…', action: send('mergeCopy') },
      { id: 'openWorkspaceFolder', label: 'Open workspace folder…', action: run('openWorkspaceFolder') },
      { id: 'menu:recent', label: 'Recent sessions', submenu: recent },
      separator,
      {
        id: 'exportReport',
        label: 'Export report…',
        accelerator: 'CmdOrCtrl+E',
        action: send('exportReport'),
      },
      {
        id: 'exportBrief',
        label: 'Export brief…',
        accelerator: 'CmdOrCtrl+Shift+E',
        action: send('exportBrief'),
      },
      {
        id: 'revealInFolder',
        label: mac ? 'Reveal in Finder' : 'Show in folder',
        accelerator: 'CmdOrCtrl+Shift+R',
        action: send('revealInFolder'),
      },
      separator,
      {
        id: 'showSessions',
        label: 'All sessions',
        accelerator: 'CmdOrCtrl+Shift+L',
        action: send('showSessions'),
      },
      ...(mac
        ? [{ id: 'close', role: 'close', accelerator: 'Cmd+W' } as DeskMenuItem]
        : [{ id: 'quit', role: 'quit', accelerator: 'Ctrl+Q' } as DeskMenuItem]),
    ],
  };

  const edit: DeskMenuItem = {
    id: 'menu:edit',
    label: 'Edit',
    submenu: [
      { id: 'undo', label: 'Undo', ...shown('CmdOrCtrl+Z'), action: send('undo') },
      { id: 'redo', label: 'Redo', ...shown(mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'), action: send('redo') },
      separator,
      { id: 'cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'selectAll', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      separator,
      { id: 'find', label: 'Find statements', ...shown('CmdOrCtrl+F'), action: send('find') },
    ],
  };

  const themeItem = (theme: Theme, label: string): DeskMenuItem => ({
    id: `theme:${theme}`,
    label,
    type: 'radio',
    checked: ctx.theme === theme,
    action: { kind: 'theme', theme },
  });
  const languageItem = (language: UiLanguage | null, label: string): DeskMenuItem => ({
    id: `language:${language ?? 'system'}`,
    label,
    type: 'radio',
    checked: ctx.language === language,
    action: { kind: 'language', language },
  });
  // Each language in its own name, as a person looks for the one they read.
  const languages: DeskMenuItem = {
    id: 'menu:language',
    label: 'Language',
    submenu: [
      languageItem(null, 'Follow the system'),
      separator,
      ...LANGUAGES.map((language) => languageItem(language, LANGUAGE_NAMES[language])),
      ...(ctx.isPackaged ? [] : [separator, languageItem(PSEUDO, 'Pseudo-locale (finds untranslated text)')]),
    ],
  };
  const view: DeskMenuItem = {
    id: 'menu:view',
    label: 'View',
    submenu: [
      { id: 'showCapture', label: 'Capture', accelerator: 'CmdOrCtrl+Shift+1', action: send('showCapture') },
      { id: 'showTimer', label: 'Timer', accelerator: 'CmdOrCtrl+Shift+2', action: send('showTimer') },
      { id: 'showReport', label: 'Report', accelerator: 'CmdOrCtrl+Shift+3', action: send('showReport') },
      { id: 'showSetup', label: 'Setup', accelerator: 'CmdOrCtrl+Shift+4', action: send('showSetup') },
      separator,
      { id: 'zoomIn', role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { id: 'zoomOut', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { id: 'resetZoom', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      separator,
      {
        id: 'togglefullscreen',
        role: 'togglefullscreen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
      {
        id: 'menu:theme',
        label: 'Appearance',
        submenu: [
          themeItem('system', 'Follow the system'),
          themeItem('light', 'Light'),
          themeItem('dark', 'Dark'),
        ],
      },
      languages,
      ...(ctx.isPackaged
        ? []
        : [
            separator,
            {
              id: 'menu:developer',
              label: 'Developer',
              submenu: [
                { id: 'reload', role: 'reload', accelerator: 'CmdOrCtrl+R' },
                {
                  id: 'toggleDevTools',
                  role: 'toggleDevTools',
                  accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
                },
              ],
            } as DeskMenuItem,
          ]),
    ],
  };

  const displays: DeskMenuItem[] = [
    {
      id: 'stageDisplay:auto',
      label: 'Automatic (a display without the main window)',
      type: 'radio',
      checked: ctx.stageDisplayId === null,
      action: { kind: 'stageDisplay', displayId: null },
    },
    ...ctx.displays.map((d): DeskMenuItem => ({
      id: `stageDisplay:${d.id}`,
      label: d.label,
      type: 'radio',
      checked: ctx.stageDisplayId === d.id,
      action: { kind: 'stageDisplay', displayId: d.id },
    })),
  ];
  const window: DeskMenuItem = {
    id: 'menu:window',
    label: 'Window',
    ...(mac ? { role: 'windowMenu' as const } : {}),
    submenu: [
      {
        id: 'toggleStage',
        label: 'Stage screen',
        accelerator: 'CmdOrCtrl+Shift+P',
        action: send('toggleStage'),
      },
      { id: 'stageBlackout', label: 'Blackout the stage', ...shown('B'), action: send('stageBlackout') },
      { id: 'stageMessage', label: 'Message to the stage…', ...shown('M'), action: send('stageMessage') },
      { id: 'menu:stageDisplay', label: 'Display for the stage', submenu: displays },
      {
        id: 'stageOnTop',
        label: 'Keep the stage on top',
        type: 'checkbox',
        checked: ctx.stageOnTop,
        action: run('stageOnTop'),
      },
      separator,
      { id: 'minimize', role: 'minimize', accelerator: 'CmdOrCtrl+M' },
      ...(mac ? [{ id: 'front', role: 'front' } as DeskMenuItem] : []),
    ],
  };

  const help: DeskMenuItem = {
    id: 'menu:help',
    label: 'Help',
    role: 'help',
    submenu: [
      { id: 'showShortcuts', label: 'Keyboard shortcuts', ...shown('F1'), action: send('showShortcuts') },
      { id: 'userGuide', label: 'User guide', action: run('userGuide') },
      ...(mac ? [] : [separator, { id: 'about', label: `About ${ctx.appName}`, action: run('about') }]),
    ],
  };

  const appMenu: DeskMenuItem = {
    id: 'menu:app',
    label: ctx.appName,
    submenu: [
      { id: 'about', label: `About ${ctx.appName}`, action: run('about') },
      separator,
      { id: 'services', role: 'services' },
      separator,
      { id: 'hide', role: 'hide', accelerator: 'Cmd+H' },
      { id: 'hideOthers', role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { id: 'unhide', role: 'unhide' },
      separator,
      { id: 'quit', role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Every item of a template, depth first (separators included). */
export function flattenMenu(items: readonly DeskMenuItem[]): DeskMenuItem[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
