import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, flattenMenu, type DeskMenuItem, type MenuContext } from '../../electron/menu';
import { describeDisplays } from '../../electron/stage';
import { LANGUAGES, PSEUDO, type UiLanguage } from '../../shared/i18n/languages';
import { WINDOW_COMMANDS } from '../../shared/menuCommands';
import { chord, collisions, inAppChords } from '../support/inAppKeys';
import { isValidAccelerator } from '../support/electronDouble';

const context = (over: Partial<MenuContext> = {}): MenuContext => ({
  platform: 'linux',
  isPackaged: true,
  appName: 'Session Desk',
  recent: [
    { id: '0b7a4c1e-6f0e-4c55-9d7a-1c2b3d4e5f60', title: 'WS 260 Internet fragmentation' },
    { id: '1b7a4c1e-6f0e-4c55-9d7a-1c2b3d4e5f61', title: 'Open forum on AI governance' },
  ],
  displays: [
    { id: 1, label: 'Built-in display (1920×1080, with the main window)' },
    { id: 2, label: 'Projector (3840×2160)' },
  ],
  stageDisplayId: null,
  stageOnTop: false,
  theme: 'system',
  language: null,
  speaks: 'en',
  ...over,
});

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];
const labels = (platform: NodeJS.Platform) =>
  flattenMenu(buildMenuTemplate(context({ platform }))).flatMap((i) => [i.label, i.role]);

describe('the application menu', () => {
  it('has every command the issue lists, on every platform', () => {
    for (const platform of PLATFORMS) {
      const all = labels(platform);
      for (const label of [
        'New session',
        'New from session page…',
        'Open session file…',
        'Import session JSON…',
        'Open workspace folder…',
        'Recent sessions',
        'Export report…',
        'Export brief…',
        'Undo',
        'Redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'Cut',
        'Copy',
        'Paste',
        'Select all',
        'Find statements',
        'Capture',
        'Timer',
        'Report',
        'Setup',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'Zoom in',
        'Zoom out',
        'Actual size',
        'Full screen',
        'Light',
        'Dark',
        'Follow the system',
        'Stage screen',
        'Blackout the stage',
        'Message to the stage…',
        'Display for the stage',
        'Keep the stage on top',
        'Keyboard shortcuts',
        'About Session Desk',
        'User guide',
        'quit',
        platform === 'darwin' ? 'Quit Session Desk' : 'Quit',
      ])
        expect(all, `${platform}: ${label}`).toContain(label);
      expect(all).toContain(platform === 'darwin' ? 'Reveal in Finder' : 'Show in folder');
    }
  });

  it('sends every page command from some item', () => {
    const sent = new Set(
      flattenMenu(buildMenuTemplate(context())).flatMap((i) =>
        i.action?.kind === 'window' ? [i.action.command] : [],
      ),
    );
    expect([...sent].sort()).toEqual([...WINDOW_COMMANDS].sort());
  });

  it('has valid accelerators, each used once, none taking a key the page uses', () => {
    for (const platform of PLATFORMS) {
      const items = flattenMenu(buildMenuTemplate(context({ platform }))).filter((i) => i.accelerator);
      for (const item of items) expect(isValidAccelerator(item.accelerator!), item.accelerator).toBe(true);
      const chords = items.map((i) => chord(i.accelerator!, platform));
      expect(chords.length, platform).toBe(new Set(chords).size);
      expect(collisions(items, platform), platform).toEqual([]);
    }
  });

  it('only shows (never registers) the keys the page handles itself, and those are real page keys', () => {
    for (const platform of PLATFORMS) {
      const shownOnly = flattenMenu(buildMenuTemplate(context({ platform }))).filter(
        (i) => i.accelerator && i.registerAccelerator === false,
      );
      expect(shownOnly.map((i) => i.id).sort()).toEqual([
        'find',
        'redo',
        'showShortcuts',
        'stageBlackout',
        'stageMessage',
        'undo',
      ]);
      const page = inAppChords(platform);
      for (const item of shownOnly) expect(page.has(chord(item.accelerator!, platform)), item.id).toBe(true);
    }
  });

  it('leaves Alt+letter to the page: no & mnemonics', () => {
    for (const platform of PLATFORMS)
      for (const item of flattenMenu(buildMenuTemplate(context({ platform }))))
        expect(item.label ?? '', item.id).not.toContain('&');
  });

  it('has no developer tools or reload in a packaged build, and both while developing', () => {
    const roles = (isPackaged: boolean) =>
      flattenMenu(buildMenuTemplate(context({ isPackaged }))).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('links nowhere outside the app', () => {
    const text = JSON.stringify(buildMenuTemplate(context()));
    expect(text).not.toMatch(/https?:|www\.|electronjs/);
  });

  it('lists the recent sessions and the displays, and checks the chosen ones', () => {
    const items = flattenMenu(
      buildMenuTemplate(context({ stageDisplayId: 2, stageOnTop: true, theme: 'dark', language: 'ar' })),
    );
    const recent = items.filter((i) => i.id?.startsWith('recent:'));
    expect(recent.map((i) => i.label)).toEqual([
      'WS 260 Internet fragmentation',
      'Open forum on AI governance',
    ]);
    expect(recent[0]!.action).toEqual({
      kind: 'window',
      command: 'openSession',
      sessionId: '0b7a4c1e-6f0e-4c55-9d7a-1c2b3d4e5f60',
    });
    const checked = items.filter((i) => i.checked).map((i) => i.id);
    expect(checked).toEqual(['theme:dark', 'language:ar', 'stageDisplay:2', 'stageOnTop']);
    const empty = flattenMenu(buildMenuTemplate(context({ recent: [] })));
    expect(empty.find((i) => i.id === 'recent:none')).toMatchObject({ enabled: false });
  });

  it('offers the six languages in their own names, the system language by default, the pseudo-locale unpackaged', () => {
    const languages = (isPackaged: boolean) =>
      flattenMenu(buildMenuTemplate(context({ isPackaged })))
        .filter((i) => i.id?.startsWith('language:'))
        .map((i) => [i.label, i.checked]);
    expect(languages(true)).toEqual([
      ['Follow the system', true],
      ['العربية', false],
      ['中文（简体）', false],
      ['English', false],
      ['Français', false],
      ['Русский', false],
      ['Español', false],
    ]);
    expect(languages(false).at(-1)).toEqual(['Pseudo-locale (finds untranslated text)', false]);
    const french = flattenMenu(buildMenuTemplate(context())).find((i) => i.id === 'language:fr');
    expect(french?.action).toEqual({ kind: 'language', language: 'fr' });
  });

  it('puts the app menu first on macOS only', () => {
    expect(buildMenuTemplate(context({ platform: 'darwin' }))[0]!.id).toBe('menu:app');
    expect(buildMenuTemplate(context({ platform: 'linux' }))[0]!.id).toBe('menu:file');
  });
});

/**
 * The menu in each language: every item worded, none left in English, the same keys as in English. What
 * may stay as it is: the product's name, the languages' own names, the user's session titles and what
 * the OS calls a display, and Latin-script names of formats and other products (JSON, Finder).
 */
describe('the application menu in each language', () => {
  const SAME_EVERYWHERE = /^(language:(?!system)|recent:(?!none)|stageDisplay:\d)/;
  // What a French or Spanish menu may share with English: the same word in both languages.
  const SAME_AS_ENGLISH: Partial<Record<UiLanguage, string[]>> = { fr: ['services'] };
  const LATIN_ALLOWED = /Session Desk|JSON|Finder|Pseudo/g;
  const build = (speaks: UiLanguage, platform: NodeJS.Platform, isPackaged = false) =>
    flattenMenu(buildMenuTemplate(context({ speaks, platform, isPackaged })));
  const key = (i: DeskMenuItem) => [i.accelerator ?? '', i.registerAccelerator ?? true].join(' ');

  for (const speaks of [...LANGUAGES, PSEUDO] as UiLanguage[])
    describe(speaks, () => {
      for (const platform of PLATFORMS)
        it(`${platform}: every item has a label in the language, and the same keys as in English`, () => {
          const english = build('en', platform);
          const items = build(speaks, platform);
          // The same items in the same order: only the words change.
          expect(items.map((i) => i.id ?? i.type)).toEqual(english.map((i) => i.id ?? i.type));
          items.forEach((item, n) => {
            const en = english[n]!;
            expect(key(item), item.id).toBe(key(en));
            if (item.type === 'separator') return;
            expect(item.label?.trim(), `${item.id} has a label`).toBeTruthy();
            expect(item.label, item.id).not.toContain('&');
            expect(item.label, item.id).not.toMatch(/\{\{|\bmenu\./);
            if (speaks === 'en' || SAME_EVERYWHERE.test(item.id ?? '') || item.id === 'menu:app') return;
            if (!SAME_AS_ENGLISH[speaks]?.includes(item.id!))
              expect(item.label, `${item.id} is not left in English`).not.toBe(en.label);
            if (speaks === 'ar' || speaks === 'zh' || speaks === 'ru')
              expect(item.label!.replace(LATIN_ALLOWED, ''), item.id).not.toMatch(/[A-Za-z]{2,}/);
            if (speaks === PSEUDO) expect(item.label, item.id).toMatch(/^\[.*\]$/);
          });
          expect(
            collisions(
              items.filter((i) => i.accelerator),
              platform,
            ),
          ).toEqual([]);
        });

      it('names the product as it is, in the About and Quit items', () => {
        const about = build(speaks, 'linux').find((i) => i.id === 'about')!;
        expect(about.label).toContain('Session Desk');
        const quit = build(speaks, 'darwin').find((i) => i.id === 'quit')!;
        expect(quit.label).toContain('Session Desk');
      });
    });

  it('reads naturally in each language (spot checks)', () => {
    const label = (speaks: UiLanguage, id: string, platform: NodeJS.Platform = 'linux') =>
      build(speaks, platform).find((i) => i.id === id)?.label;
    expect(['ar', 'zh', 'fr', 'ru', 'es'].map((l) => label(l as UiLanguage, 'menu:file'))).toEqual([
      'ملف',
      '文件',
      'Fichier',
      'Файл',
      'Archivo',
    ]);
    expect(label('fr', 'undo')).toBe('Annuler');
    expect(label('ru', 'copy')).toBe('Копировать');
    expect(label('zh', 'selectAll')).toBe('全选');
    expect(label('es', 'about')).toBe('Acerca de Session Desk');
    expect(label('ar', 'quit', 'darwin')).toBe('إنهاء Session Desk');
    // The language items stay in their own names whatever the menu's language.
    expect(label('zh', 'language:ar')).toBe('العربية');
    expect(label('ar', 'language:zh')).toBe('中文（简体）');
  });

  it('words an untitled recent session and a display without a name in the language', () => {
    const items = flattenMenu(
      buildMenuTemplate(
        context({ speaks: 'es', recent: [{ id: '0b7a4c1e-6f0e-4c55-9d7a-1c2b3d4e5f60', title: '' }] }),
      ),
    );
    expect(items.find((i) => i.id?.startsWith('recent:'))!.label).toBe('Sesión sin título');
    const bounds = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(
      describeDisplays(
        [
          { id: 1, bounds, internal: true },
          { id: 2, bounds: { ...bounds, x: 1920 } },
          { id: 3, bounds, label: 'EPSON PJ' },
        ],
        1,
        'ar',
      ).map((d) => d.label),
    ).toEqual([
      'الشاشة المدمجة (1920×1080، وعليها النافذة الرئيسية)',
      'الشاشة 2 (1920×1080)',
      'EPSON PJ (1920×1080)',
    ]);
    expect(describeDisplays([{ id: 1, bounds, internal: true }], 1).map((d) => d.label)).toEqual([
      'Built-in display (1920×1080, with the main window)',
    ]);
  });
});
