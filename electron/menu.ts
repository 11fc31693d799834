import type { MenuItemConstructorOptions } from 'electron';
import { translator } from '../shared/i18n/index';
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
 *
 * Every label, the standard items' too (Cut, Copy, Zoom in…, which Electron would word in the system's
 * language), is in the language of the screens, so the menu changes with them.
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
  /** The language the menu is written in: the chosen one, else the system's. */
  speaks: UiLanguage;
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
  const { t } = translator(ctx.speaks);
  const app = ctx.appName;
  const recent: DeskMenuItem[] = ctx.recent.length
    ? [
        ...ctx.recent.map((r): DeskMenuItem => ({
          id: `recent:${r.id}`,
          label: r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title || t('menu.untitled'),
          action: send('openSession', r.id),
        })),
        separator,
        { id: 'clearRecent', label: t('menu.clearRecent'), action: run('clearRecent') },
      ]
    : [{ id: 'recent:none', label: t('menu.noRecent'), enabled: false }];

  const file: DeskMenuItem = {
    id: 'menu:file',
    label: t('menu.file'),
    submenu: [
      {
        id: 'newSession',
        label: t('menu.newSession'),
        accelerator: 'CmdOrCtrl+N',
        action: send('newSession'),
      },
      {
        id: 'newFromPage',
        label: t('menu.newFromPage'),
        accelerator: 'CmdOrCtrl+Shift+N',
        action: send('newFromPage'),
      },
      separator,
      {
        id: 'openSessionFile',
        label: t('menu.openSessionFile'),
        accelerator: 'CmdOrCtrl+O',
        action: run('openSessionFile'),
      },
      {
        id: 'importSessionJson',
        label: t('menu.importSessionJson'),
        accelerator: 'CmdOrCtrl+Shift+O',
        action: run('importSessionJson'),
      },
      { id: 'mergeCopy', label: t('menu.mergeCopy'), action: send('mergeCopy') },
      { id: 'openWorkspaceFolder', label: t('menu.openWorkspaceFolder'), action: run('openWorkspaceFolder') },
      { id: 'menu:recent', label: t('menu.recent'), submenu: recent },
      separator,
      {
        id: 'exportReport',
        label: t('menu.exportReport'),
        accelerator: 'CmdOrCtrl+E',
        action: send('exportReport'),
      },
      {
        id: 'exportBrief',
        label: t('menu.exportBrief'),
        accelerator: 'CmdOrCtrl+Shift+E',
        action: send('exportBrief'),
      },
      {
        id: 'revealInFolder',
        label: mac ? t('menu.revealInFinder') : t('menu.showInFolder'),
        accelerator: 'CmdOrCtrl+Shift+R',
        action: send('revealInFolder'),
      },
      separator,
      {
        id: 'showSessions',
        label: t('menu.showSessions'),
        accelerator: 'CmdOrCtrl+Shift+L',
        action: send('showSessions'),
      },
      ...(mac
        ? [{ id: 'close', role: 'close', label: t('menu.close'), accelerator: 'Cmd+W' } as DeskMenuItem]
        : [{ id: 'quit', role: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q' } as DeskMenuItem]),
    ],
  };

  const edit: DeskMenuItem = {
    id: 'menu:edit',
    label: t('menu.edit'),
    submenu: [
      { id: 'undo', label: t('menu.undo'), ...shown('CmdOrCtrl+Z'), action: send('undo') },
      { id: 'redo', label: t('menu.redo'), ...shown(mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'), action: send('redo') },
      separator,
      { id: 'cut', role: 'cut', label: t('menu.cut'), accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', role: 'copy', label: t('menu.copy'), accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', role: 'paste', label: t('menu.paste'), accelerator: 'CmdOrCtrl+V' },
      { id: 'selectAll', role: 'selectAll', label: t('menu.selectAll'), accelerator: 'CmdOrCtrl+A' },
      separator,
      { id: 'find', label: t('menu.find'), ...shown('CmdOrCtrl+F'), action: send('find') },
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
    label: t('menu.language'),
    submenu: [
      languageItem(null, t('menu.followSystem')),
      separator,
      ...LANGUAGES.map((language) => languageItem(language, LANGUAGE_NAMES[language])),
      ...(ctx.isPackaged ? [] : [separator, languageItem(PSEUDO, t('menu.pseudo'))]),
    ],
  };
  const view: DeskMenuItem = {
    id: 'menu:view',
    label: t('menu.view'),
    submenu: [
      {
        id: 'showCapture',
        label: t('menu.capture'),
        accelerator: 'CmdOrCtrl+Shift+1',
        action: send('showCapture'),
      },
      {
        id: 'showTimer',
        label: t('menu.timer'),
        accelerator: 'CmdOrCtrl+Shift+2',
        action: send('showTimer'),
      },
      {
        id: 'showReport',
        label: t('menu.report'),
        accelerator: 'CmdOrCtrl+Shift+3',
        action: send('showReport'),
      },
      {
        id: 'showSetup',
        label: t('menu.setup'),
        accelerator: 'CmdOrCtrl+Shift+4',
        action: send('showSetup'),
      },
      separator,
      { id: 'zoomIn', role: 'zoomIn', label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+Plus' },
      { id: 'zoomOut', role: 'zoomOut', label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { id: 'resetZoom', role: 'resetZoom', label: t('menu.resetZoom'), accelerator: 'CmdOrCtrl+0' },
      separator,
      {
        id: 'togglefullscreen',
        role: 'togglefullscreen',
        label: t('menu.fullScreen'),
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
      {
        id: 'menu:theme',
        label: t('menu.appearance'),
        submenu: [
          themeItem('system', t('menu.followSystem')),
          themeItem('light', t('menu.light')),
          themeItem('dark', t('menu.dark')),
        ],
      },
      languages,
      ...(ctx.isPackaged
        ? []
        : [
            separator,
            {
              id: 'menu:developer',
              label: t('menu.developer'),
              submenu: [
                { id: 'reload', role: 'reload', label: t('menu.reload'), accelerator: 'CmdOrCtrl+R' },
                {
                  id: 'toggleDevTools',
                  role: 'toggleDevTools',
                  label: t('menu.devTools'),
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
      label: t('menu.stageAuto'),
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
    label: t('menu.window'),
    ...(mac ? { role: 'windowMenu' as const } : {}),
    submenu: [
      {
        id: 'toggleStage',
        label: t('menu.stage'),
        accelerator: 'CmdOrCtrl+Shift+P',
        action: send('toggleStage'),
      },
      { id: 'stageBlackout', label: t('menu.blackout'), ...shown('B'), action: send('stageBlackout') },
      { id: 'stageMessage', label: t('menu.stageMessage'), ...shown('M'), action: send('stageMessage') },
      { id: 'menu:stageDisplay', label: t('menu.stageDisplay'), submenu: displays },
      {
        id: 'stageOnTop',
        label: t('menu.stageOnTop'),
        type: 'checkbox',
        checked: ctx.stageOnTop,
        action: run('stageOnTop'),
      },
      separator,
      { id: 'minimize', role: 'minimize', label: t('menu.minimize'), accelerator: 'CmdOrCtrl+M' },
      ...(mac ? [{ id: 'front', role: 'front', label: t('menu.front') } as DeskMenuItem] : []),
    ],
  };

  const help: DeskMenuItem = {
    id: 'menu:help',
    label: t('menu.help'),
    role: 'help',
    submenu: [
      { id: 'showShortcuts', label: t('menu.shortcuts'), ...shown('F1'), action: send('showShortcuts') },
      { id: 'userGuide', label: t('menu.guide'), action: run('userGuide') },
      ...(mac ? [] : [separator, { id: 'about', label: t('menu.about', { app }), action: run('about') }]),
    ],
  };

  const appMenu: DeskMenuItem = {
    id: 'menu:app',
    label: ctx.appName,
    submenu: [
      { id: 'about', label: t('menu.about', { app }), action: run('about') },
      separator,
      { id: 'services', role: 'services', label: t('menu.services') },
      separator,
      { id: 'hide', role: 'hide', label: t('menu.hide', { app }), accelerator: 'Cmd+H' },
      { id: 'hideOthers', role: 'hideOthers', label: t('menu.hideOthers'), accelerator: 'Cmd+Alt+H' },
      { id: 'unhide', role: 'unhide', label: t('menu.unhide') },
      separator,
      { id: 'quit', role: 'quit', label: t('menu.quitApp', { app }), accelerator: 'Cmd+Q' },
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Every item of a template, depth first (separators included). */
export function flattenMenu(items: readonly DeskMenuItem[]): DeskMenuItem[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
