import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, flattenMenu, type MenuContext } from '../../electron/menu';
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
  ...over,
});

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];
const labels = (platform: NodeJS.Platform) =>
  flattenMenu(buildMenuTemplate(context({ platform }))).map((i) => i.label ?? i.role);

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
        'Find statements',
        'Capture',
        'Timer',
        'Report',
        'Setup',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
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
