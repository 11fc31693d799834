import { mkdtemp, rm } from 'node:fs/promises';
import { safeHref } from '../../shared/report/inline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../electron/handlers';
import { Settings, type KeyValueStore } from '../../electron/store/settings';
import { CALL_NAMES, CHANNELS, contract } from '../../shared/contract';
import { SessionSchema } from '../../shared/model/session';

let root: string;
let handlers: Handlers;
let settings: Settings;
let opened: string[];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-ipc-'));
  const conf = new Conf({ projectName: 'session-desk-test', cwd: path.join(root, 'settings') });
  settings = new Settings(conf as unknown as KeyValueStore, path.join(root, 'workspace'));
  opened = [];
  handlers = createHandlers({
    settings,
    draftsDir: path.join(root, 'drafts'),
    chooseSaveFile: async () => path.join(root, 'out.docx'),
    chooseFolder: async () => path.join(root, 'other-workspace'),
    openExternal: async (url) => void opened.push(url),
  });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the IPC contract', () => {
  it('has one channel per call, all distinct', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
    expect(new Set(Object.values(CHANNELS)).size).toBe(CALL_NAMES.length);
    for (const name of CALL_NAMES) expect(contract[name].channel).toBe(CHANNELS[name]);
  });

  it('answers a wrong payload with a typed error, never a throw', async () => {
    const wrong: Array<[string, unknown]> = [
      ['getSession', { id: '../../etc/passwd' }],
      ['getSession', {}],
      ['getSession', 'not an object'],
      ['createSession', { title: 42 }],
      ['createSession', { title: 'x', extra: true }],
      ['changeSession', { id: '0b8e0d55-1f4e-4e5e-9a57-5d1d1c0f2f11', changes: [] }],
      ['changeSession', { id: '0b8e0d55-1f4e-4e5e-9a57-5d1d1c0f2f11', changes: [{ type: 'rm -rf' }] }],
      ['importSessionPage', { text: null }],
      ['noSuchCall', {}],
      ['__proto__', {}],
      ['constructor', {}],
    ];
    for (const [name, payload] of wrong) {
      const result = await dispatch(handlers, name, payload);
      expect(result, `${name} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('reports a missing session as not-found', async () => {
    const result = await dispatch(handlers, 'getSession', { id: '0b8e0d55-1f4e-4e5e-9a57-5d1d1c0f2f11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('creates, imports, changes and lists sessions through the handlers, with valid responses', async () => {
    const created = await dispatch(handlers, 'createSession', { title: 'Blank' });
    expect(created.ok).toBe(true);
    const imported = await dispatch(handlers, 'importSessionPage', { text: '' });
    expect(imported).toMatchObject({
      ok: true,
      value: { notFound: expect.arrayContaining(['title', 'rapporteur']) },
    });
    const listing = await dispatch(handlers, 'listSessions', {});
    expect(contract.listSessions.response.parse((listing as { value: unknown }).value).sessions).toHaveLength(
      2,
    );
    const id = (created as { value: { id: string } }).value.id;
    const changed = await dispatch(handlers, 'changeSession', {
      id,
      changes: [{ type: 'facts.update', patch: { title: 'Renamed', durationMinutes: 60 } }],
    });
    expect(changed.ok).toBe(true);
    const got = await dispatch(handlers, 'getSession', { id });
    expect(SessionSchema.parse((got as { value: unknown }).value).facts).toMatchObject({
      title: 'Renamed',
      durationMinutes: 60,
    });
    expect(settings.read().recentSessionIds[0]).toBe(id);
  });

  it('opens only safe links', async () => {
    expect(await dispatch(handlers, 'openExternal', { url: 'javascript:alert(1)' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(await dispatch(handlers, 'openExternal', { url: 'https://example.org/' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toEqual(['https://example.org/']);
  });

  it('hands the system the parsed, normalised URL only, and mail links with nothing but a subject and body', async () => {
    opened.length = 0;
    for (const url of [
      'mailto:a@example.org?attach=/etc/passwd',
      'mailto:a@example.org?subject=Hi&cc=b@example.org',
      'mailto:?body=x',
      'https://user:pw@example.org/',
      'https://exa mple.org/',
      'file:///etc/passwd',
    ])
      expect(await dispatch(handlers, 'openExternal', { url }), url).toEqual({
        ok: true,
        value: { opened: false },
      });
    expect(opened).toEqual([]);
    for (const url of [
      'HTTPS://Example.ORG/a b'.replace(' ', '%20'),
      'mailto:a@example.org?subject=Report&body=See%20you',
    ])
      expect(await dispatch(handlers, 'openExternal', { url }), url).toEqual({
        ok: true,
        value: { opened: true },
      });
    expect(opened).toEqual([
      'https://example.org/a%20b',
      'mailto:a@example.org?subject=Report&body=See%20you',
    ]);
    // The DOCX and the screen use the same rule.
    expect(safeHref('mailto:a@example.org?attach=x')).toBeNull();
    expect(safeHref('HTTPS://Example.ORG')).toBe('https://example.org/');
  });

  it('keeps preferences, merging a patch and refusing bad values', async () => {
    const updated = await dispatch(handlers, 'updatePreferences', { patch: { timerWarningSeconds: 90 } });
    expect(updated).toMatchObject({ ok: true, value: { timerWarningSeconds: 90, timerDangerSeconds: 15 } });
    const bad = await dispatch(handlers, 'updatePreferences', {
      patch: { timerColours: { running: 'red' } },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const got = await dispatch(handlers, 'getSettings', {});
    expect(got).toMatchObject({
      ok: true,
      value: { preferences: { timerWarningSeconds: 90, keyTakeawayLimit: 3 } },
    });
    expect((got as { value: { preferences: { fora: string[] } } }).value.preferences.fora).toContain('G20');
  });

  it('switches to a chosen workspace folder and remembers it', async () => {
    const result = await dispatch(handlers, 'chooseWorkspace', {});
    expect(result).toEqual({ ok: true, value: { workspaceDir: path.join(root, 'other-workspace') } });
    expect(settings.read().workspaceDir).toBe(path.join(root, 'other-workspace'));
  });
});
