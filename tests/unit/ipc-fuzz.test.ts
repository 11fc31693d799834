import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { LOCK_NAME } from '../../electron/store/paths';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../electron/handlers';
import { Settings, type KeyValueStore } from '../../electron/store/settings';
import { CALL_NAMES, CHANNELS, contract, EnvelopeSchema } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import { newId, newPerson, newStatement } from '../../shared/model/factory';
import { rng } from '../fixtures/generate-session';

/**
 * "No way in": every channel of the contract gets thousands of wrong payloads, generated. Whatever a
 * compromised renderer sends, the answer is a typed envelope (never a throw, never `internal`), and no
 * file appears, changes or is read outside the app's own folders. Channels are iterated from
 * CALL_NAMES, so a channel added later is fuzzed without touching this file.
 */
const CASES_PER_CHANNEL = Number(process.env.IPC_FUZZ_CASES ?? 2_000);
const SEED = 0x1d5ec;

const UUID_FILE = /^\.?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\./i;
const KNOWN_CODES = new Set<string>(ERROR_CODES);

let root: string;
let dirs: {
  app: string;
  workspace: string;
  drafts: string;
  settings: string;
  exports: string;
  sentinel: string;
};
let handlers: Handlers;
let existingId: string;
let personId: string;
let questionId: string;
let statementId: string;
const opened: string[] = [];
let sentinelBefore: Map<string, string>;

/** Every file and folder under `dir`, with size and mtime, so any write or new file shows as a difference. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const info = await stat(full);
      out.set(path.relative(dir, full), entry.isDirectory() ? 'dir' : `${info.size}:${info.mtimeMs}`);
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(dir);
  return out;
}

/** Strings that try to leave a folder, confuse a path or a parser, or exhaust memory. */
function nastyStrings(): string[] {
  const id = existingId;
  return [
    '',
    ' ',
    '../../etc/passwd',
    '../../../../../../../../etc/passwd',
    '..\\..\\x',
    '..\\..\\..\\Windows\\win.ini',
    '%2e%2e/%2e%2e/etc/passwd',
    '%2e%2e%2f%2e%2e%2fsentinel%2fsecret',
    '..%2f..%2fsentinel',
    '/etc/passwd',
    '/tmp',
    path.join(root, 'sentinel', 'secret.txt'),
    path.join(root, 'sentinel'),
    'C:\\Windows\\System32\\drivers\\etc\\hosts',
    '\\\\server\\share\\file',
    'file:///etc/passwd',
    'a\0b',
    '\0',
    `${id}\0`,
    `${id}\0../../sentinel/secret`,
    `../${id}`,
    `${id}/../../sentinel/x`,
    `../../sentinel/${id}`,
    ` ${id}`,
    `${id} `,
    id.toUpperCase(),
    `${id}.session.json`,
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'CON',
    'NUL',
    'aux.session.json',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<script>alert(1)</script>',
    '\ud800',
    '\u202e\u0000\uffff',
    '😀'.repeat(1_000),
    'A'.repeat(2_001),
    'A'.repeat(100_000),
    '../'.repeat(5_000) + 'etc/passwd',
    'https://example.org/',
    'mailto:a@example.org',
    'http://user:pw@example.org/',
    '2026-06-23T09:00:00.000Z',
    'not a date',
    '#1a7f37',
    'statement.put',
  ];
}

let strings: string[] = [];

/** Values of every type the structured clone of an IPC message can carry, built only when picked. */
const NASTY_VALUES: Array<() => unknown> = [
  () => null,
  () => undefined,
  () => 0,
  () => -0,
  () => -1,
  () => 1.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.MAX_SAFE_INTEGER,
  () => 1e308,
  () => true,
  () => false,
  () => 10n,
  () => [],
  () => ({}),
  () => [strings[0]],
  () => Array.from({ length: 20_000 }, () => null),
  () => Array.from({ length: 10_001 }, () => ({ type: 'facts.update', patch: {} })),
  () => Array.from({ length: 1_001 }, () => newId()),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  () => Object.create(null),
  () => new Date(Number.NaN),
  () => new Map([['id', existingId]]),
  () => new Set([1]),
  () => new Uint8Array(8),
  () => existingId,
  () => newId(),
  () => ({ id: existingId }),
  () => ({ toString: 'x', valueOf: 1 }),
];

function randomValue(r: () => number): unknown {
  // Half the time a hostile string, since strings are what ids, names, paths and URLs are made of.
  if (r() < 0.5) return strings[Math.floor(r() * strings.length)];
  return NASTY_VALUES[Math.floor(r() * NASTY_VALUES.length)]!();
}

/** Adds a property as an own, enumerable key even when it is `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Valid payloads to start mutating from, so the fuzzing reaches the handlers and not only the schemas. */
function seedsFor(name: string): unknown[] {
  const at = '2026-06-23T09:15:00.000Z';
  const statement = newStatement('A point **made**.', at, { speakerId: personId, questionIds: [questionId] });
  const draft = { text: 'typing', speakerId: null, questionIds: [], updatedAt: at };
  const table: Record<string, unknown[]> = {
    listSessions: [{}],
    getSettings: [{}],
    chooseWorkspace: [{}],
    getSession: [{ id: existingId }],
    duplicateSession: [{ id: existingId }],
    exportReport: [{ id: existingId }, { id: existingId, format: 'md' }],
    revealSession: [{ id: existingId }],
    openSessionFile: [{ mode: 'open' }, { mode: 'import' }, {}],
    openPresenter: [{ sessionId: existingId }],
    createSession: [{ title: 'Fuzzed' }, {}],
    importSessionPage: [{ text: 'Title: A session\nDate: 2026-06-23' }],
    changeSession: [
      { id: existingId, changes: [{ type: 'statement.put', statement }] },
      { id: existingId, changes: [{ type: 'facts.update', patch: { title: 'T', durationMinutes: 60 } }] },
      {
        id: existingId,
        changes: [{ type: 'person.put', person: newPerson('P', 1, at) }],
        clientId: 'c',
      },
      { id: existingId, changes: [{ type: 'statement.delete', id: statementId }] },
      { id: existingId, changes: [{ type: 'report.update', patch: { keyIssues: 'k' } }] },
    ],
    updatePreferences: [{ patch: { timerWarningSeconds: 30, fora: ['G20'] } }],
    openExternal: [{ url: 'https://example.org/' }, { url: 'mailto:a@example.org' }],
    getDraft: [{ sessionId: existingId }],
    saveDraft: [
      { sessionId: existingId, draft },
      { sessionId: existingId, draft: null },
    ],
  };
  if (table[name]) return table[name];
  // A channel added after this file was written: its own keys, with ids pointing at the real session.
  const schema = contract[name as keyof typeof contract].request as unknown as { shape?: object };
  const guess = Object.fromEntries(
    Object.keys(schema.shape ?? {}).map((key) => [key, /id$/i.test(key) ? existingId : 'x']),
  );
  return [{}, guess];
}

/** Replaces, removes or adds one thing somewhere inside `value` (a structured clone of a seed). */
function mutate(value: unknown, r: () => number): unknown {
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (v: unknown): void => {
    if (v && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)) {
      containers.push(v as Record<string, unknown>);
      for (const child of Object.values(v)) walk(child);
    }
  };
  walk(value);
  if (containers.length === 0 || r() < 0.05) return randomValue(r);
  const target = containers[Math.floor(r() * containers.length)]!;
  const keys = Object.keys(target);
  const op = r();
  if (Array.isArray(target)) {
    if (op < 0.5 && target.length) target[Math.floor(r() * target.length)] = randomValue(r);
    else if (op < 0.7) target.push(randomValue(r));
    else if (op < 0.85) target.length = 0;
    else target.push(...Array.from({ length: 500 }, () => structuredClone(target[0] ?? null)));
  } else if (op < 0.55 && keys.length) {
    target[keys[Math.floor(r() * keys.length)]!] = randomValue(r);
  } else if (op < 0.7 && keys.length) {
    delete target[keys[Math.floor(r() * keys.length)]!];
  } else {
    const extra = ['__proto__', 'constructor', 'prototype', 'polluted', '../x', '', 'id', 'type'];
    setOwn(target, extra[Math.floor(r() * extra.length)]!, randomValue(r));
  }
  return value;
}

/** Objects with the request's own key names and wrong values, and the prototype keys beside them. */
function shapedPayload(name: string, r: () => number): unknown {
  const schema = contract[name as keyof typeof contract].request as unknown as { shape?: object };
  const keys = Object.keys(schema.shape ?? {});
  const payload: Record<string, unknown> = {};
  for (const key of keys) if (r() < 0.85) setOwn(payload, key, randomValue(r));
  if (r() < 0.3) setOwn(payload, ['__proto__', 'constructor', 'then'][Math.floor(r() * 3)]!, randomValue(r));
  return payload;
}

function payloadsFor(name: string, count: number, seed: number): unknown[] {
  const r = rng(seed);
  const anything = fc.sample(
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
      key: fc.oneof(
        fc.string(),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'sessionId', 'changes', 'text'),
      ),
    }),
    { numRuns: Math.ceil(count * 0.3), seed },
  );
  const out: unknown[] = [...anything];
  const seeds = seedsFor(name);
  while (out.length < count) {
    const roll = r();
    if (roll < 0.3) out.push(shapedPayload(name, r));
    else {
      let payload = structuredClone(seeds[Math.floor(r() * seeds.length)]);
      // About one in ten stays valid, so the handlers themselves run with real data too.
      const mutations = r() < 0.1 ? 0 : 1 + Math.floor(r() * 3);
      for (let i = 0; i < mutations; i++) payload = mutate(payload, r);
      out.push(payload);
    }
  }
  return out;
}

let chooseFolderCalls = 0;
let chooseSaveCalls = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-fuzz-'));
  // The workspace sits a few levels down, so `../..` from it still lands inside the watched root.
  const app = path.join(root, 'home', 'user', 'app');
  dirs = {
    app,
    workspace: path.join(app, 'data', 'workspace'),
    drafts: path.join(app, 'data', 'drafts'),
    settings: path.join(app, 'settings'),
    exports: path.join(app, 'exports'),
    sentinel: path.join(root, 'sentinel'),
  };
  for (const dir of [dirs.sentinel, path.join(dirs.sentinel, 'nested'), dirs.exports])
    await mkdir(dir, { recursive: true });
  await writeFile(path.join(dirs.sentinel, 'secret.txt'), 'do not touch\n');
  await writeFile(path.join(dirs.sentinel, 'passwd'), 'root:x:0:0\n');
  await writeFile(path.join(dirs.sentinel, 'nested', 'x.session.json'), '{"not":"yours"}\n');
  sentinelBefore = await snapshot(dirs.sentinel);

  const conf = new Conf({ projectName: 'session-desk-fuzz', cwd: dirs.settings });
  const settings = new Settings(conf as unknown as KeyValueStore, dirs.workspace);
  handlers = createHandlers({
    settings,
    draftsDir: dirs.drafts,
    // The dialogs answer only with places inside the root: the workspace itself, or cancel.
    chooseSaveFile: async () => (++chooseSaveCalls % 2 ? path.join(dirs.exports, 'report.docx') : null),
    chooseFolder: async () => (++chooseFolderCalls % 2 ? dirs.workspace : null),
    openExternal: async (url) => void opened.push(url),
    openPresenter: async () => true,
  });

  const created = await dispatch(handlers, 'createSession', { title: 'Fuzz target' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  existingId = (created.value as { id: string }).id;
  personId = newId();
  questionId = newId();
  statementId = newId();
  const at = '2026-06-23T09:00:00.000Z';
  const setup = await dispatch(handlers, 'changeSession', {
    id: existingId,
    changes: [
      { type: 'person.put', person: { ...newPerson('Ana', 0, at), id: personId } },
      { type: 'question.put', question: { id: questionId, text: 'Q1', order: 0 } },
      { type: 'statement.put', statement: { ...newStatement('First', at), id: statementId } },
    ],
  });
  if (!setup.ok) throw new Error(JSON.stringify(setup));
  strings = nastyStrings();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const counts: Record<string, { cases: number; invalid: number; okTrue: number; handlerErrors: number }> = {};
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('IPC fuzzing: every channel, thousands of wrong payloads', () => {
  for (const [index, name] of CALL_NAMES.entries()) {
    it(`${name} (${CHANNELS[name]}) answers every payload with a typed envelope`, async () => {
      const tally = { cases: 0, invalid: 0, okTrue: 0, handlerErrors: 0 };
      counts[name] = tally;
      for (const payload of payloadsFor(name, CASES_PER_CHANNEL, SEED + index)) {
        const valid = contract[name].request.safeParse(payload ?? {}).success;
        let result: unknown;
        try {
          result = await dispatch(handlers, name, payload);
        } catch (error) {
          throw new Error(`${name} threw for ${show(payload)}: ${String(error)}`);
        }
        tally.cases++;
        // The message is built only on failure: payloads can be megabytes long.
        const fail = (why: string) =>
          new Error(`${name}: ${why}\n  payload ${show(payload)}\n  result ${show(result)}`);
        if (!EnvelopeSchema.safeParse(result).success) throw fail('not an envelope');
        const envelope = result as { ok: boolean; value?: unknown; error?: { code: string } };
        if (envelope.error?.code === 'internal') throw fail('internal error');
        if (!valid) {
          tally.invalid++;
          if (envelope.ok || envelope.error?.code !== 'invalid-request')
            throw fail('an invalid payload was not refused as invalid-request');
        } else if (envelope.ok) {
          tally.okTrue++;
          if (!contract[name].response.safeParse(envelope.value).success)
            throw fail('the response does not match the contract');
        } else {
          tally.handlerErrors++;
          if (!KNOWN_CODES.has(envelope.error!.code)) throw fail('unknown error code');
        }
      }
      expect(tally.cases).toBe(CASES_PER_CHANNEL);
      // Nothing leaked onto the shared prototype, whatever `__proto__` / `constructor` keys were sent.
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('answers unknown call names with invalid-request', async () => {
    const names = [
      ...fc.sample(fc.string({ unit: 'binary', maxLength: 200 }), { numRuns: 2_000, seed: SEED }),
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'prototype',
      '',
      ...Object.values(CHANNELS),
      ...CALL_NAMES.map((n) => n.toUpperCase()),
      ...CALL_NAMES.map((n) => ` ${n}`),
      ...CALL_NAMES.map((n) => `${n}\0`),
      'x'.repeat(1_000_000),
    ].filter((name) => !CALL_NAMES.includes(name as never));
    for (const name of names) {
      const result = await dispatch(handlers, name, { id: existingId });
      expect(result, show(name)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      const message = (result as { error: { message: string } }).error.message;
      expect(message.length).toBeLessThan(200);
    }
    console.log(`ipc-fuzz: ${names.length} unknown call names, all refused`);
  });

  it('read and wrote nothing outside the app folders, and only session files in the workspace', async () => {
    const table = CALL_NAMES.map((name) => `${name}=${counts[name]?.cases ?? 0}`).join(' ');
    const total = Object.values(counts).reduce((sum, c) => sum + c.cases, 0);
    console.log(`ipc-fuzz: ${total} payloads over ${CALL_NAMES.length} channels: ${table}`);
    for (const name of CALL_NAMES) console.log(`ipc-fuzz: ${name} ${JSON.stringify(counts[name])}`);

    // The sentinel folder beside the app is byte-for-byte (size + mtime) as it was.
    expect(await snapshot(dirs.sentinel)).toEqual(sentinelBefore);
    // Everything else under the root is in one of the app's own folders, named the way the app names it.
    const all = await snapshot(root);
    const allowedDirs = new Set(
      [
        'home',
        'home/user',
        'home/user/app',
        'home/user/app/data',
        dirs.workspace,
        dirs.drafts,
        dirs.settings,
        dirs.exports,
        dirs.sentinel,
        path.join(dirs.sentinel, 'nested'),
      ].map((d) => (path.isAbsolute(d) ? path.relative(root, d) : d)),
    );
    const strays: string[] = [];
    let sessionFiles = 0;
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    // The store's own hidden folders (e.g. `.history/<id>/`) are allowed: hidden names and session ids only.
    const storeOwned = (rel: string): boolean =>
      rel.split(path.sep).every((segment) => segment.startsWith('.') || UUID.test(segment));
    for (const [rel, kind] of all) {
      const full = path.join(root, rel);
      const parent = path.dirname(full);
      const base = path.basename(full);
      const inWorkspace = full.startsWith(dirs.workspace + path.sep);
      if (kind === 'dir') {
        if (!allowedDirs.has(rel) && !(inWorkspace && storeOwned(path.relative(dirs.workspace, full))))
          strays.push(rel);
      } else if (inWorkspace) {
        const folderOk = parent === dirs.workspace || storeOwned(path.relative(dirs.workspace, parent));
        // The workspace lock and the sync tools' ignore list are the store's own files not named for a session.
        const isLock = parent === dirs.workspace && (base === LOCK_NAME || base === '.stignore');
        const nameOk = parent === dirs.workspace ? UUID_FILE.test(base) : base.endsWith('.session.json');
        if (!isLock && (!folderOk || !nameOk || !base.includes('.session.json') || base.endsWith('.tmp')))
          strays.push(rel);
        if (parent === dirs.workspace && /^[0-9a-f-]{36}\.session\.json$/.test(base)) sessionFiles++;
      } else if (parent === dirs.drafts) {
        if (!/^[0-9a-f-]{36}\.draft\.json$/.test(base)) strays.push(rel);
      } else if (parent === dirs.exports) {
        if (base !== 'report.docx') strays.push(rel);
      } else if (parent !== dirs.settings && !full.startsWith(dirs.sentinel + path.sep)) strays.push(rel);
    }
    expect(strays).toEqual([]);
    expect(sessionFiles).toBeGreaterThan(0);
    // Only the links the main process judged safe reached the OS.
    for (const url of opened) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
  });
});

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (text ?? String(value)).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
}
