import { directionOf, type Language, type UiLanguage, PSEUDO } from '../i18n/languages';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { ru } from './locales/ru';
import { zh } from './locales/zh';

/**
 * The user guide (Help › User guide) in the six languages. The prose is written per language, but
 * every label of the app it quotes is a placeholder filled from the catalogs the menus and screens
 * are drawn from, so the guide cannot name a menu item the user does not see:
 *
 *   {menu:file>newFromPage}   a menu path, from shared/i18n `menu.*`: "File › New from session page…"
 *   {tab:capture}             a tab's name, from the screens' `app:tabs.*`
 *   {ui:sessions:view.versions}  a button's label, from a screens' namespace
 *   {key:Ctrl+Shift+N}        a key, as the menus and the help write it (the same in every language)
 *   {code:.session.json}      a file name or a command, never translated
 *
 * tests/unit/guide.test.ts checks that every path is one the menu has in that language, that each
 * key is the one its menu item has, and that every language has the English guide's sections, items
 * and placeholders.
 */
export const GUIDE_SECTIONS = [
  { id: 'before', list: 'ol' },
  { id: 'during', list: 'ul' },
  { id: 'after', list: 'ul' },
  { id: 'files', list: 'ul' },
  { id: 'cli', list: 'p' },
] as const;
export type GuideSectionId = (typeof GUIDE_SECTIONS)[number]['id'];

export interface GuideText {
  title: string;
  intro: string;
  sections: Record<GuideSectionId, { heading: string; items: readonly string[] }>;
}

export const GUIDE_TEXTS: Record<Language, GuideText> = { ar, zh, en, fr, ru, es };

export type Placeholder =
  | { kind: 'menu'; path: readonly string[] }
  | { kind: 'tab'; id: string }
  | { kind: 'ui'; ns: string; key: string }
  | { kind: 'key'; text: string }
  | { kind: 'code'; text: string };

export type Piece = { kind: 'text'; text: string } | Placeholder;

const PLACEHOLDER = /\{(menu|tab|ui|key|code):([^{}]+)\}/g;

/** A guide text split into plain text and placeholders; a brace that is not a placeholder is an error. */
export function parseGuideText(source: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  const plain = (text: string): void => {
    if (/[{}]/.test(text)) throw new Error(`Not a guide placeholder in: ${source}`);
    if (text) pieces.push({ kind: 'text', text });
  };
  for (const match of source.matchAll(PLACEHOLDER)) {
    plain(source.slice(last, match.index));
    last = match.index + match[0].length;
    const [, kind, arg] = match as unknown as [string, Placeholder['kind'], string];
    if (kind === 'menu') pieces.push({ kind, path: arg.split('>') });
    else if (kind === 'tab') pieces.push({ kind, id: arg });
    else if (kind === 'ui') {
      const [ns, key] = arg.split(':');
      if (!ns || !key) throw new Error(`A ui placeholder is {ui:namespace:key}: ${match[0]}`);
      pieces.push({ kind, ns, key });
    } else pieces.push({ kind, text: arg });
  }
  plain(source.slice(last));
  return pieces;
}

/** Looks a label up: `key` in the shared catalog (`ns` undefined) or in a screens' namespace. */
export type LabelLookup = (key: string, ns?: string) => string;

/** Between the levels of a menu path; Unicode mirrors it in right-to-left text. */
export const MENU_PATH_SEPARATOR = ' › ';

export type Run =
  | { kind: 'text'; text: string }
  /** A label of the app: a menu path, a tab, a button. */
  | { kind: 'label'; text: string }
  | { kind: 'key'; text: string }
  | { kind: 'code'; text: string };

export interface Guide {
  lang: UiLanguage;
  dir: 'ltr' | 'rtl';
  title: string;
  intro: Run[];
  sections: Array<{ id: GuideSectionId; list: 'ol' | 'ul' | 'p'; heading: string; items: Run[][] }>;
}

export function resolvePiece(piece: Piece, lookup: LabelLookup): Run {
  switch (piece.kind) {
    case 'text':
    case 'key':
    case 'code':
      return piece;
    case 'menu':
      return { kind: 'label', text: piece.path.map((id) => lookup(`menu.${id}`)).join(MENU_PATH_SEPARATOR) };
    case 'tab':
      return { kind: 'label', text: lookup(`tabs.${piece.id}`, 'app') };
    case 'ui':
      return { kind: 'label', text: lookup(piece.key, piece.ns) };
  }
}

/** The guide for the screens' language (the pseudo-locale reads the English prose with its labels). */
export function buildGuide(language: UiLanguage, lookup: LabelLookup): Guide {
  const text = GUIDE_TEXTS[language === PSEUDO ? 'en' : language];
  const runs = (source: string): Run[] => parseGuideText(source).map((piece) => resolvePiece(piece, lookup));
  return {
    lang: language,
    dir: directionOf(language),
    title: text.title,
    intro: runs(text.intro),
    sections: GUIDE_SECTIONS.map(({ id, list }) => ({
      id,
      list,
      heading: text.sections[id].heading,
      items: text.sections[id].items.map(runs),
    })),
  };
}
