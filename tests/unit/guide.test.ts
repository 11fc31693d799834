import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type DeskMenuItem } from '../../electron/menu';
import {
  buildGuide,
  GUIDE_SECTIONS,
  GUIDE_TEXTS,
  MENU_PATH_SEPARATOR,
  parseGuideText,
  type LabelLookup,
  type Piece,
  type Placeholder,
} from '../../shared/guide/guide';
import { CATALOGS } from '../../shared/i18n/index';
import { LANGUAGES, PRODUCT_NAME, PSEUDO, type Language } from '../../shared/i18n/languages';
import { guideLookup } from '../../renderer/src/guide/lookup';
import { createUiI18n } from '../../renderer/src/i18n/instance';
import { NAMESPACES } from '../../renderer/src/i18n/registry';
import { CAPTURE_KEYS, TIMER_KEYS } from '../../renderer/src/keymap';

/**
 * The user guide in six languages: every menu path, tab and button it quotes is a label the app shows
 * in that language, every key is the one the menu or the help gives, and each language has the English
 * guide's sections, items and placeholders, so no language says less or names another item.
 */

const menuIn = (language: Language, platform: NodeJS.Platform = 'linux'): DeskMenuItem[] =>
  buildMenuTemplate({
    platform,
    isPackaged: true,
    appName: PRODUCT_NAME,
    recent: [],
    displays: [],
    stageDisplayId: null,
    stageOnTop: false,
    theme: 'system',
    language,
    speaks: language,
  });

/** A label straight from a catalog, with no fallback: a missing key is undefined, not English. */
function strictLookup(language: Language): LabelLookup {
  return (key, ns) => {
    const root = (ns ? NAMESPACES[ns as keyof typeof NAMESPACES]?.[language] : CATALOGS[language]) as object;
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], root);
    if (typeof value !== 'string') throw new Error(`${language}: no label ${ns ?? 'translation'}:${key}`);
    return value;
  };
}

const itemsOf = (language: Language): Array<{ where: string; source: string; pieces: Piece[] }> => {
  const text = GUIDE_TEXTS[language];
  return [
    { where: 'intro', source: text.intro, pieces: parseGuideText(text.intro) },
    ...GUIDE_SECTIONS.flatMap(({ id }) =>
      text.sections[id].items.map((source, n) => ({
        where: `${id}[${n}]`,
        source,
        pieces: parseGuideText(source),
      })),
    ),
  ];
};
const placeholders = (pieces: Piece[]): Placeholder[] =>
  pieces.filter((p): p is Placeholder => p.kind !== 'text');
const describePlaceholder = (p: Placeholder): string =>
  p.kind === 'menu'
    ? `menu:${p.path.join('>')}`
    : p.kind === 'ui'
      ? `ui:${p.ns}:${p.key}`
      : `${p.kind}:${'id' in p ? p.id : p.text}`;

/** The menu item a path leads to, following the labels the menu shows in that language. */
function followMenu(language: Language, path: readonly string[]): DeskMenuItem | undefined {
  const label = strictLookup(language);
  let items: DeskMenuItem[] | undefined = menuIn(language);
  let found: DeskMenuItem | undefined;
  for (const id of path) {
    found = items?.find((item) => item.label === label(`menu.${id}`));
    items = found?.submenu;
  }
  return found;
}

const asShown = (accelerator: unknown): string => String(accelerator).replace('CmdOrCtrl', 'Ctrl');
/** The View menu's item for each tab: its key is the tab's. */
const TAB_MENU: Record<string, string> = {
  capture: 'capture',
  timer: 'timer',
  report: 'report',
  session: 'setup',
};
const KNOWN_KEYS = new Set([
  'Enter',
  ...[...CAPTURE_KEYS, ...TIMER_KEYS].flatMap((k) => [k.label, ...k.label.split(', ')]),
]);

describe('the user guide', () => {
  const english = itemsOf('en');

  for (const language of LANGUAGES) {
    describe(language, () => {
      const items = itemsOf(language);

      it('has the English sections, items and placeholders', () => {
        expect(Object.keys(GUIDE_TEXTS[language].sections)).toEqual(GUIDE_SECTIONS.map((s) => s.id));
        expect(items.map((i) => i.where)).toEqual(english.map((i) => i.where));
        items.forEach((item, n) => {
          const mine = placeholders(item.pieces).map(describePlaceholder).sort();
          const theirs = placeholders(english[n]!.pieces).map(describePlaceholder).sort();
          expect(mine, `${language} ${item.where}`).toEqual(theirs);
        });
      });

      it('is written in the language: no heading or item is left in English', () => {
        if (language === 'en') return;
        const text = GUIDE_TEXTS[language];
        expect(text.title).not.toBe(GUIDE_TEXTS.en.title);
        for (const { id } of GUIDE_SECTIONS)
          expect(text.sections[id].heading, id).not.toBe(GUIDE_TEXTS.en.sections[id].heading);
        items.forEach((item, n) => expect(item.source, item.where).not.toBe(english[n]!.source));
      });

      it('quotes every menu path as the menu shows it in this language, on every platform', () => {
        for (const item of items)
          for (const p of placeholders(item.pieces)) {
            if (p.kind !== 'menu') continue;
            for (const platform of ['linux', 'win32', 'darwin'] as const) {
              const label = strictLookup(language);
              let level: DeskMenuItem[] | undefined = menuIn(language, platform);
              for (const id of p.path) {
                const found: DeskMenuItem | undefined = level?.find((i) => i.label === label(`menu.${id}`));
                expect(found, `${language} ${platform} ${item.where}: ${p.path.join(' › ')}`).toBeDefined();
                level = found?.submenu;
              }
            }
          }
      });

      it('names tabs and buttons by their labels in this language', () => {
        const label = strictLookup(language);
        for (const item of items)
          for (const p of placeholders(item.pieces)) {
            if (p.kind === 'tab')
              expect(label(`tabs.${p.id}`, 'app')).toBe(NAMESPACES.app[language].tabs[p.id as 'capture']);
            if (p.kind === 'ui') expect(label(p.key, p.ns)).toBeTruthy();
          }
      });

      it('gives each key as the menu and the help give it', () => {
        for (const item of items) {
          const pieces = item.pieces;
          pieces.forEach((piece, n) => {
            if (piece.kind !== 'key') return;
            const accelerators = menuIn(language).flatMap(function all(i): string[] {
              return [...(i.accelerator ? [asShown(i.accelerator)] : []), ...(i.submenu ?? []).flatMap(all)];
            });
            expect(
              KNOWN_KEYS.has(piece.text) || accelerators.includes(piece.text),
              `${item.where}: ${piece.text}`,
            ).toBe(true);
            // "{menu:…} ({key:…})": the key is that item's own.
            const before = pieces[n - 1];
            const named = before?.kind === 'text' && /^[\s(（]*$/u.test(before.text) ? pieces[n - 2] : before;
            const path =
              named?.kind === 'menu'
                ? named.path
                : named?.kind === 'tab'
                  ? ['view', TAB_MENU[named.id]!]
                  : null;
            if (path)
              expect(asShown(followMenu(language, path)?.accelerator), `${item.where}`).toBe(piece.text);
          });
        }
      });

      it('is built with the labels the window reads, and speaks its own direction', () => {
        const i18n = createUiI18n(language);
        const { t } = i18n;
        const guide = buildGuide(language, guideLookup(i18n));
        expect(guide).toEqual(buildGuide(language, strictLookup(language)));
        expect(guide.dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
        expect(guide.sections.map((s) => s.heading)).toEqual(
          GUIDE_SECTIONS.map(({ id }) => GUIDE_TEXTS[language].sections[id].heading),
        );
        const newFromPage = guide.sections[0]!.items[0]!.find((run) => run.kind === 'label')!;
        expect(newFromPage.text).toBe(
          [followMenu(language, ['file'])!.label, followMenu(language, ['file', 'newFromPage'])!.label].join(
            MENU_PATH_SEPARATOR,
          ),
        );
        const title = t('windowTitle.guide', { app: PRODUCT_NAME });
        expect(title).toContain(PRODUCT_NAME);
        if (language !== 'en')
          expect(title).not.toBe(createUiI18n('en').t('windowTitle.guide', { app: PRODUCT_NAME }));
      });
    });
  }

  it('reads the English prose with the pseudo-locale’s labels', () => {
    const guide = buildGuide(PSEUDO, guideLookup(createUiI18n(PSEUDO)));
    expect(guide.title).toBe(GUIDE_TEXTS.en.title);
    expect(guide.sections[0]!.items[0]![0]!.text).not.toBe('File › New from session page…');
  });

  it('refuses a brace that is not a placeholder', () => {
    expect(() => parseGuideText('See {menu:file>newFromPage} and {oops}')).toThrow(/Not a guide placeholder/);
    expect(() => parseGuideText('{ui:sessions}')).toThrow();
    expect(parseGuideText('a {key:F1} b')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'key', text: 'F1' },
      { kind: 'text', text: ' b' },
    ]);
  });
});
