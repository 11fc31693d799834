import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../electron/handlers';
import { describeHolder } from '../../electron/store/lock';
import { Settings, type KeyValueStore } from '../../electron/store/settings';
import { EnvelopeSchema } from '../../shared/contract';
import { DeskError, errorText, type ErrorKey } from '../../shared/errors';
import { isPlural, leaves, type Plural } from '../../shared/i18n/catalog';
import { translator } from '../../shared/i18n/index';
import { LANGUAGES, PSEUDO, type UiLanguage } from '../../shared/i18n/languages';
import { desktopAr } from '../../shared/i18n/locales/desktop/ar';
import { desktopEn } from '../../shared/i18n/locales/desktop/en';
import { desktopEs } from '../../shared/i18n/locales/desktop/es';
import { desktopFr } from '../../shared/i18n/locales/desktop/fr';
import { desktopRu } from '../../shared/i18n/locales/desktop/ru';
import { desktopZh } from '../../shared/i18n/locales/desktop/zh';
import { desk } from '../support/runCli';

/**
 * The main process's own catalog (menu, dialogs, file types, notices, errors): complete in every
 * language, every text in it used by the code, and its errors worded in the language of the screens
 * on their way to a window, with the key and parameters that let the window word them again.
 */
const CATALOGS = { ar: desktopAr, zh: desktopZh, en: desktopEn, fr: desktopFr, ru: desktopRu, es: desktopEs };
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
const texts = (value: string | Plural): string[] =>
  typeof value === 'string' ? [value] : Object.values(value);

describe('the main process catalog', () => {
  const english = new Map(leaves(desktopEn));

  for (const language of LANGUAGES) {
    it(`${language}: every key of English and no other, with its placeholders, none empty`, () => {
      const own = new Map(leaves(CATALOGS[language]));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, value] of english) {
        const text = own.get(key)!;
        expect(isPlural(text), key).toBe(isPlural(value));
        for (const form of texts(text)) {
          expect(form.trim(), key).not.toBe('');
          expect(placeholders(form), `${language} ${key}`).toEqual(texts(value).flatMap(placeholders));
        }
      }
    });
  }

  it('every text is used by the code (the reasons and file types by their code)', async () => {
    const sources: string[] = [];
    for (const dir of ['electron', 'shared'])
      for (const file of await readdir(dir, { recursive: true }))
        if (/\.ts$/.test(file) && !file.includes('locales'))
          sources.push(await readFile(path.join(dir, file), 'utf8'));
    const code = sources.join('\n');
    const unused = [...english.keys()].filter((key) => {
      const [section, name] = key.split('.');
      if (key.startsWith('errors.reason.') || section === 'fileType') return false;
      if (section === 'errors') return !code.includes(`'${name}'`);
      return !code.includes(`'${key}'`);
    });
    expect(unused).toEqual([]);
  });

  it('words a keyed error in each language, the reason too, and keeps the product name', () => {
    const error = new DeskError('write-failed', {
      key: 'couldNotWrite',
      params: { file: '/tmp/report.docx', reason: { reason: 'ENOSPC' } },
    });
    expect(error.message).toBe('Could not write /tmp/report.docx: the disk is full.');
    const worded = Object.fromEntries(
      [...LANGUAGES, PSEUDO].map((l) => [l, error.wordedIn(translator(l as UiLanguage).t)]),
    );
    expect(worded).toMatchObject({
      fr: 'Impossible d’écrire /tmp/report.docx\u00a0: le disque est plein.',
      es: 'No se pudo escribir /tmp/report.docx: el disco está lleno.',
      ru: 'Не удалось записать /tmp/report.docx: диск заполнен.',
      ar: 'تعذّرت كتابة /tmp/report.docx: القرص ممتلئ.',
      zh: '无法写入 /tmp/report.docx：磁盘已满。',
    });
    expect(worded[PSEUDO]).toMatch(/^\[.*\/tmp\/report\.docx.*\]$/);
    for (const language of LANGUAGES) {
      const { t } = translator(language);
      for (const key of Object.keys(desktopEn.errors).filter((k) => k !== 'reason')) {
        const text = errorText(t, key as ErrorKey, { file: 'a.json' });
        expect(text, `${language} ${key}`).not.toMatch(/\{\{app\}\}|errors\./);
        if (desktopEn.errors[key as ErrorKey].includes('{{app}}')) expect(text).toContain('Session Desk');
      }
    }
  });
});

describe('the read-only workspace', () => {
  it('says who holds it, where and since when, in each language', () => {
    const owner = {
      pid: 4242,
      host: 'laptop-amina',
      program: 'Session Desk',
      startedAt: '2026-06-23T08:05:00.000Z',
    } as Parameters<typeof describeHolder>[0];
    const refusal = describeHolder(owner, '/srv/igf');
    expect(refusal.code).toBe('read-only');
    expect(refusal.message).toBe(
      'The workspace /srv/igf is open in Session Desk on the computer "laptop-amina" (process 4242 since 2026-06-23 08:05 UTC). ' +
        "To keep both from overwriting each other's work, it is open here read-only: you can read and export, but not change. Close the other one, then try again.",
    );
    expect(refusal.wordedIn(translator('fr').t)).toMatch(
      /^L’espace de travail \/srv\/igf est ouvert dans Session Desk sur l’ordinateur «\u00a0laptop-amina\u00a0» \(processus 4242 depuis le 2026-06-23 08:05 UTC\)\./,
    );
    expect(refusal.wordedIn(translator('zh').t)).toMatch(
      /^工作区 \/srv\/igf 已在计算机“laptop-amina”上的 Session Desk 中打开/,
    );
    const undated = describeHolder({ ...owner, startedAt: 'never' }, '/srv/igf');
    expect(undated.wordedIn(translator('ru').t)).toContain('(процесс 4242)');
  });
});

describe('errors on their way to a window', () => {
  let root: string;
  let handlers: Handlers;
  let chosen: string | null;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'desk-words-'));
    const conf = new Conf({ projectName: 'session-desk-test', cwd: path.join(root, 'settings') });
    const settings = new Settings(conf as unknown as KeyValueStore, path.join(root, 'workspace'));
    handlers = createHandlers({
      settings,
      draftsDir: path.join(root, 'drafts'),
      chooseSaveFile: async () => null,
      chooseFolder: async () => null,
      chooseOpenFile: async () => chosen,
      openExternal: async () => undefined,
    });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('says what is wrong with a real file in the screens’ language, and a window can word it again', async () => {
    await mkdir(path.join(root, 'usb'));
    chosen = path.join(root, 'usb', 'ws260.session.json');
    await writeFile(chosen, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const envelope = await dispatch(handlers, 'openSessionFile', { mode: 'open' }, 'ar');
    expect(EnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'damaged-file',
        message:
          'ws260.session.json ليس نصًا صالحًا بترميز UTF-8؛ لم يُفتح ولن يُعاد كتابته، فتبقى بايتاته كما هي.',
        key: 'notUtf8',
        params: { file: 'ws260.session.json' },
      },
    });
    // The same error, worded again by a window that speaks Chinese, from the key and parameters alone.
    if (envelope.ok) throw new Error('expected an error');
    expect(errorText(translator('zh').t, envelope.error.key!, envelope.error.params)).toBe(
      'ws260.session.json 不是有效的 UTF-8 文本；未打开，也不会被改写，其字节保持原样。',
    );

    chosen = path.join(root, 'usb', 'gone.session.json');
    const missing = await dispatch(handlers, 'openSessionFile', { mode: 'open' }, 'ru');
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'gone.session.json не существует.' },
    });
    // A session file that is not one names the field, in the language, around the validator's path.
    await writeFile(chosen, JSON.stringify({ hello: 1 }));
    const invalid = await dispatch(handlers, 'openSessionFile', { mode: 'open' }, 'es');
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'damaged-file', key: 'noSchemaVersion' },
    });
    expect(!invalid.ok && invalid.error.message).toBe(
      'gone.session.json: falta schemaVersion o no es un número entero.',
    );
  });

  it('names a damaged file of the workspace in the screens’ language, also when the list comes from its index', async () => {
    await mkdir(path.join(root, 'workspace'), { recursive: true });
    await writeFile(path.join(root, 'workspace', 'broken.session.json'), JSON.stringify({ hello: 1 }));
    for (const [language, message] of [
      ['fr', 'broken.session.json\u00a0: schemaVersion manque ou n’est pas un nombre entier.'],
      ['ar', 'broken.session.json: الحقل schemaVersion مفقود أو ليس عددًا صحيحًا.'],
    ] as const) {
      await handlers.updatePreferences({ patch: { language } });
      const listed = await dispatch(handlers, 'listSessions', {}, language);
      if (!listed.ok) throw new Error(listed.error.message);
      const { damaged } = listed.value as { damaged: Array<{ file: string; message: string }> };
      expect(damaged.map((d) => [d.file, d.message])).toEqual([['broken.session.json', message]]);
    }
  });

  it('words an unknown call and a bug in the language, and never leaks the bug’s text', async () => {
    expect(await dispatch(handlers, 'nope', {}, 'fr')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Appel inconnu\u00a0: nope' },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...handlers, listSessions: async () => Promise.reject(new Error('secret stack')) };
    expect(await dispatch(broken, 'listSessions', {}, 'zh')).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Session Desk 内部出错。', key: 'internal', params: {} },
    });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('the command line words the same errors in the system’s language', async () => {
    const missing = path.join(root, 'missing.session.json');
    const russian = desk('validate', missing, { LANG: 'ru_RU.UTF-8' });
    expect(russian.code).toBe(1);
    expect(russian.err.trim()).toBe('Ошибка: missing.session.json не существует.');
    expect(desk('validate', missing).err.trim()).toBe('Error: missing.session.json does not exist.');
    const page = path.join(root, 'page.txt');
    expect(desk('import-igf', page, '--json', { LANG: 'es_ES.UTF-8' }).err.trim()).toBe(
      `Error: No se puede leer ${page}: no existe el archivo.`,
    );
  });
});
