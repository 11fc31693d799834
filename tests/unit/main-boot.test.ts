import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, CHANNELS, EVENT_CHANNELS } from '../../shared/channels';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { buildMenuTemplate, flattenMenu } from '../../electron/menu';
import { newId } from '../../shared/model/factory';
import type { MenuItemRecord } from '../support/electronDouble';
import { collisions } from '../support/inAppKeys';

/**
 * Boots the BUILT main process (`out/main/index.js`, as electron-vite emits it) in Node against a
 * faithful double of the `electron` module, then drives it the way Electron and the page would: IPC
 * calls with good and bad senders, `app://` requests, navigation and permission events, menu clicks,
 * a second launch with a file, the timer and the stage. Run `npm run build` first.
 */
const h = await vi.hoisted(async () => {
  const { mkdtempSync, mkdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createElectronDouble, MemoryStore } = await import('../support/electronDouble');
  const root = mkdtempSync(join(tmpdir(), 'session-desk-boot-'));
  mkdirSync(join(root, 'documents'));
  const double = createElectronDouble({
    userData: join(root, 'userData'),
    documents: join(root, 'documents'),
    isPackaged: true,
    displays: [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, label: 'Laptop', internal: true },
      { id: 2, bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, label: 'Projector' },
    ],
  });
  return { root, double, MemoryStore };
});
vi.mock('electron', () => h.double.electron);
vi.mock('electron-store', () => ({ default: h.MemoryStore }));

const { record, windows, answers } = h.double;
const APP_FRAME = { parent: null, url: 'app://desk/index.html' };
const workspace = path.join(h.root, 'userData', 'workspace');

async function invoke(name: string, payload: unknown, senderFrame: unknown = APP_FRAME) {
  const handler = record.ipcHandlers.get(CHANNELS[name as keyof typeof CHANNELS] ?? name);
  if (!handler) throw new Error(`no handler for ${name}`);
  return (await handler({ senderFrame }, payload)) as {
    ok: boolean;
    value?: { id: string } & Record<string, unknown>;
    error?: { code: string };
  };
}
const mainWindow = () => windows[0]!;
const stageWindows = () => windows.filter((w) => String(w.options.title).includes('Stage'));
const tick = () => new Promise((r) => setImmediate(r));

beforeAll(async () => {
  const built = path.resolve('out/main/index.js');
  if (!existsSync(built)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
  await import(/* @vite-ignore */ built);
  await h.double.makeReady();
  // The window opens once the app has read its settings and built its menu (real file reads).
  await vi.waitFor(() => expect(windows.length).toBeGreaterThan(0), { timeout: 10_000 });
  await tick();
});

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(h.root, { recursive: true, force: true });
});

describe('the built main process, booted against the electron double', () => {
  it('asks for the single-instance lock, turns on the sandbox and registers app:// before ready', () => {
    expect(record.quitCalls).toBe(0);
    expect(record.sandboxEnabled).toBe(true);
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('registers every contract channel and no other', () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => CHANNELS[n]).sort());
  });

  it('answers only the main frame of its own page', async () => {
    expect((await invoke('listSessions', {})).ok).toBe(true);
    for (const frame of [
      null,
      { parent: {}, url: 'app://desk/index.html' },
      { parent: null, url: 'https://example.org/' },
      { parent: null, url: 'file:///etc/passwd' },
    ])
      expect((await invoke('listSessions', {}, frame)).error?.code).toBe('forbidden');
    expect((await invoke('getSession', { id: 'x' })).error?.code).toBe('invalid-request');
  });

  it('opens one window with the locked-down preferences and the built preload', () => {
    expect(windows).toHaveLength(1);
    const prefs = mainWindow().options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(prefs.preload).toBe(path.resolve('out/preload/index.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(mainWindow().webContents.getURL()).toBe('app://desk/index.html');
  });

  it('serves the app pages from app://desk with the CSP header and refuses traversal', async () => {
    const handle = record.protocolHandlers.get('app')!;
    for (const page of ['index.html', 'presenter.html', 'guide.html']) {
      const response = await handle(new Request(`app://desk/${page}`));
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<html');
    }
    for (const url of [
      'app://desk/../../../etc/passwd',
      'app://desk/%2e%2e/%2e%2e/package.json',
      'app://desk/..%2f..%2fpackage.json',
      'app://desk/assets/%00.js',
      'app://other/index.html',
      'app://desk/missing.html',
    ])
      expect((await handle(new Request(url))).status, url).toBe(404);
  });

  it('cancels every request that is not the app’s own', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      record.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://desk/assets/x.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://example.org/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('denies navigation, new windows, webviews and permissions, as docs/security.md says', () => {
    const contents = mainWindow().webContents;
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://example.org/')).toBe(true);
    expect(navigate('will-navigate', 'app://desk/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://desk/index.html')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://desk/index.html' })).toEqual({ action: 'deny' });

    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      record.permissionRequest!({ getURL: () => url }, permission, (g) => (granted = g));
      return granted;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])
      expect(ask(permission, 'app://desk/index.html'), permission).toBe(false);
    expect(ask('clipboard-sanitized-write', 'app://desk/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(record.permissionCheck!({}, 'media', 'app://desk')).toBe(false);
    expect(record.permissionCheck!({}, 'clipboard-sanitized-write', 'app://desk')).toBe(true);
  });

  it('sets the application menu from the template, without developer items when packaged', () => {
    const installed = record.applicationMenu!.items;
    const ids = (items: MenuItemRecord[]): string[] =>
      items.flatMap((i) => [i.id ?? '', ...ids(i.submenu ?? [])]);
    const expected = buildMenuTemplate({
      platform: process.platform,
      isPackaged: true,
      appName: 'Session Desk',
      recent: [],
      displays: [],
      stageDisplayId: null,
      stageOnTop: false,
      theme: 'system',
      language: null,
      speaks: 'en',
    });
    const stable = (list: string[]) => list.filter((id) => !/^(recent|stageDisplay):/.test(id));
    expect(stable(ids(installed))).toEqual(stable(flattenMenu(expected).map((i) => i.id ?? '')));
    const roles = (items: MenuItemRecord[]): string[] =>
      items.flatMap((i) => [i.role ?? '', ...roles(i.submenu ?? [])]);
    expect(roles(installed)).not.toContain('toggleDevTools');
    expect(roles(installed)).not.toContain('reload');
    expect(roles(installed)).not.toContain('forceReload');
    const accelerators = (items: MenuItemRecord[]): MenuItemRecord[] =>
      items.flatMap((i) => [...(i.accelerator ? [i] : []), ...accelerators(i.submenu ?? [])]);
    expect(collisions(accelerators(installed), process.platform)).toEqual([]);
    // The stage display menu lists the real displays.
    expect(ids(installed)).toEqual(expect.arrayContaining(['stageDisplay:1', 'stageDisplay:2']));
  });

  it('hands a menu command to the main window', () => {
    const find = (items: MenuItemRecord[], id: string): MenuItemRecord | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = find(item.submenu ?? [], id);
        if (inner) return inner;
      }
    };
    const sent = mainWindow().webContents.sent;
    const before = sent.length;
    find(record.applicationMenu!.items, 'showTimer')!.click!();
    find(record.applicationMenu!.items, 'newSession')!.click!();
    expect(sent.slice(before)).toEqual([
      { channel: EVENT_CHANNELS.menuCommand, payload: { command: 'showTimer' } },
      { channel: EVENT_CHANNELS.menuCommand, payload: { command: 'newSession' } },
    ]);
  });

  it('keeps the display awake while a turn runs, and lets it sleep when it ends', async () => {
    const created = await invoke('createSession', { title: 'Awake' });
    const id = created.value!.id;
    const turn = (startedAt: string | null, endedAt: string | null) => ({
      type: 'turn.put',
      turn: {
        id: turnId,
        personId: null,
        segmentId: null,
        timer: { mode: 'countdown', startedAt, allottedSeconds: 180, addedSeconds: 0, pauses: [], endedAt },
      },
    });
    const turnId = newId();
    expect(record.powerBlocks.size).toBe(0);
    expect(
      (await invoke('changeSession', { id, changes: [turn('2026-06-23T09:00:00.000Z', null)] })).ok,
    ).toBe(true);
    expect([...record.powerBlocks.values()]).toEqual(['prevent-display-sleep']);
    await invoke('changeSession', {
      id,
      changes: [turn('2026-06-23T09:00:00.000Z', '2026-06-23T09:03:00.000Z')],
    });
    expect(record.powerBlocks.size).toBe(0);
  });

  it('opens the stage on the other display, keeps it awake, and lets go when it closes', async () => {
    const value = (await invoke('createSession', { title: 'Stage' })).value!;
    expect((await invoke('openPresenter', { sessionId: value.id })).value).toEqual({ opened: true });
    expect(stageWindows()).toHaveLength(1);
    const stage = stageWindows()[0]!;
    expect(stage.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
    expect(stage.bounds).toEqual({ x: 1920, y: 0, width: 3840, height: 2160 });
    expect(stage.fullScreen).toBe(true);
    expect(stage.webContents.getURL()).toBe(`app://desk/presenter.html?session=${value.id}`);
    expect(record.powerBlocks.size).toBe(1);
    // A second request reuses the window.
    await invoke('openPresenter', { sessionId: value.id });
    expect(stageWindows()).toHaveLength(1);
    expect((await invoke('closePresenter', {})).value).toEqual({ closed: true });
    expect(record.powerBlocks.size).toBe(0);
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: EVENT_CHANNELS.stageChanged,
      payload: { open: false },
    });
  });

  it('a second launch with a session file focuses the window and opens that file by its content', async () => {
    const value = (await invoke('createSession', { title: 'Renamed elsewhere' })).value!;
    const outside = path.join(h.root, 'documents', 'ws260 from Torge.session.json');
    await writeFile(outside, await readFile(path.join(workspace, `${value.id}.session.json`)));
    const sent = mainWindow().webContents.sent;
    const before = sent.length;
    answers.messageBox.push(0); // "Copy into the workspace"
    h.double.electron.app.emit(
      'second-instance',
      {},
      ['/opt/Session Desk/session-desk', '--flag', outside],
      '/',
    );
    expect(mainWindow().focused).toBe(true);
    await vi.waitFor(() =>
      expect(sent.slice(before)).toContainEqual({
        channel: EVENT_CHANNELS.menuCommand,
        payload: {
          command: 'openSession',
          sessionId: value.id,
          notice: 'ws260 from Torge.session.json is this session as the workspace already has it.',
        },
      }),
    );
    // It was outside the workspace, so the user was asked first.
    expect(record.messageBoxes.at(-1)).toMatchObject({
      message: 'ws260 from Torge.session.json is not in the workspace.',
    });
    expect(record.messageBoxes.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('notes an opened session as a recent document', async () => {
    const value = (await invoke('createSession', { title: 'Recent' })).value!;
    await invoke('getSession', { id: value.id });
    expect(record.recentDocuments).toContain(path.join(workspace, `${value.id}.session.json`));
  });

  it('drafts a report with the language model the built main process bundles', async () => {
    const value = (await invoke('createSession', { title: 'Drafted' })).value!;
    const at = new Date().toISOString();
    const question = newId();
    const statement = (text: string) => ({
      type: 'statement.put',
      statement: {
        id: newId(),
        speakerId: null,
        text,
        questionIds: [question],
        kind: 'statement',
        fora: [],
        starred: false,
        at,
        offsetSeconds: 0,
        poll: null,
        updatedAt: at,
        deletedAt: null,
      },
    });
    const changes = [
      {
        type: 'question.put',
        question: {
          id: question,
          text: 'How do we fund community networks?',
          order: 0,
          updatedAt: at,
          deletedAt: null,
        },
      },
      statement('Governments must fund community networks in rural areas through universal service funds.'),
      statement(
        'Spectrum licences for villages were the biggest barriers we faced in building these networks.',
      ),
    ];
    expect((await invoke('changeSession', { id: value.id, changes })).ok).toBe(true);
    const draft = await invoke('draftReport', { id: value.id });
    expect(draft.error).toBeUndefined();
    const summaries = (draft.value as unknown as { summaries: Array<{ markdown: string }> }).summaries;
    expect(summaries[0]!.markdown).toMatch(/community networks/);
    // Node's own loader (unlike this test's) refuses a JSON module imported without an attribute.
    const { readdir } = await import('node:fs/promises');
    const dir = path.resolve('out/main');
    const files = ['index.js', ...(await readdir(path.join(dir, 'chunks'))).map((f) => `chunks/${f}`)];
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      expect(
        [...text.matchAll(/\bfrom\s+"([^"]+\.json)"/g)].map((m) => m[1]),
        file,
      ).toEqual([]);
    }
  });

  it('speaks the language of the screens: the menu is rebuilt when it changes, and dialogs and errors follow', async () => {
    const menu = () => record.applicationMenu!.items;
    const find = (items: MenuItemRecord[], id: string): MenuItemRecord | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = find(item.submenu ?? [], id);
        if (inner) return inner;
      }
    };
    const label = (id: string) => find(menu(), id)?.label;
    expect([label('menu:file'), label('cut'), label('language:system')]).toEqual([
      'File',
      'Cut',
      'Follow the system',
    ]);
    const english = menu();

    // Chosen in a window: the preference is saved and the menu is built again, in French.
    expect((await invoke('updatePreferences', { patch: { language: 'fr' } })).ok).toBe(true);
    await vi.waitFor(() => expect(label('menu:file')).toBe('Fichier'));
    expect(menu()).not.toBe(english);
    expect([label('cut'), label('menu:edit'), label('showTimer'), label('about')]).toEqual([
      'Couper',
      'Édition',
      'Minuteur',
      'À propos de Session Desk',
    ]);
    expect(find(menu(), 'language:fr')!.checked).toBe(true);
    // The keys are the same as in English.
    const keys = (items: MenuItemRecord[]): string[] =>
      items.flatMap((i) => [`${i.id}=${i.accelerator ?? ''}`, ...keys(i.submenu ?? [])]);
    expect(keys(menu())).toEqual(keys(english));

    // Its dialogs: the save dialog's title and file type, the open dialog's.
    const { id } = (await invoke('createSession', { title: 'Langue' })).value!;
    answers.saveDialog.push(null);
    expect((await invoke('exportReport', { id, format: 'docx' })).value).toEqual({ file: null });
    expect(record.saveDialogs.at(-1)).toMatchObject({
      title: 'Exporter',
      filters: [{ name: 'Document Word', extensions: ['docx'] }],
    });
    answers.openDialog.push(null);
    find(menu(), 'openSessionFile')!.click!();
    await vi.waitFor(() =>
      expect(record.openDialogs.at(-1)).toMatchObject({
        title: 'Ouvrir un fichier de session',
        filters: [
          { name: 'Fichier de session', extensions: ['json'] },
          { name: 'Tous les fichiers', extensions: ['*'] },
        ],
      }),
    );
    // Its errors: worded in French, with the key and parameters a window can word again.
    const refused = await invoke('listSessions', {}, null);
    expect(refused.error).toEqual({
      code: 'forbidden',
      message: 'Cette demande ne vient pas de Session Desk.',
      key: 'forbidden',
      params: {},
    });

    // Chosen in the menu: Arabic, at once.
    find(menu(), 'language:ar')!.click!();
    await vi.waitFor(() => expect(label('menu:file')).toBe('ملف'));
    expect(label('menu:window')).toBe('نافذة');

    // Back to the system's language, which is Russian now: the menu follows it.
    h.double.system.locale = 'ru-RU';
    h.double.system.languages = ['ru-RU', 'en-US'];
    find(menu(), 'language:system')!.click!();
    await vi.waitFor(() => expect(label('menu:file')).toBe('Файл'));
    expect(find(menu(), 'language:system')!.checked).toBe(true);
    h.double.system.locale = 'en-US';
    h.double.system.languages = ['en-US'];
    expect((await invoke('updatePreferences', { patch: { language: null } })).ok).toBe(true);
    await vi.waitFor(() => expect(label('menu:file')).toBe('File'));
  });

  it('opens the user guide in the language of the screens, and follows it when it changes', async () => {
    const find = (items: MenuItemRecord[], id: string): MenuItemRecord | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = find(item.submenu ?? [], id);
        if (inner) return inner;
      }
    };
    expect((await invoke('updatePreferences', { patch: { language: 'zh' } })).ok).toBe(true);
    await vi.waitFor(() => expect(find(record.applicationMenu!.items, 'menu:file')?.label).toBe('文件'));
    const before = windows.length;
    find(record.applicationMenu!.items, 'userGuide')!.click!();
    await vi.waitFor(() => expect(windows.length).toBe(before + 1));
    const guide = windows.at(-1)!;
    expect(guide.webContents.getURL()).toBe('app://desk/guide.html?lang=zh');
    expect(guide.title).toBe('Session Desk · 用户指南');
    expect(guide.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });

    // Arabic chosen while the guide is open: the same window, in Arabic.
    expect((await invoke('updatePreferences', { patch: { language: 'ar' } })).ok).toBe(true);
    await vi.waitFor(() => expect(guide.webContents.getURL()).toBe('app://desk/guide.html?lang=ar'));
    expect(guide.title).toContain('Session Desk');
    expect(guide.title).not.toBe('Session Desk · 用户指南');
    expect(windows.length).toBe(before + 1);
    expect((await invoke('updatePreferences', { patch: { language: null } })).ok).toBe(true);
    await vi.waitFor(() => expect(guide.webContents.getURL()).toBe('app://desk/guide.html?lang=en'));
  });
});
