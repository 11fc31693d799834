import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { translator, type Translator } from '../../../shared/i18n';
import type { Plural } from '../../../shared/i18n/catalog';
import { directionOf, matchLanguage, type UiLanguage } from '../../../shared/i18n/languages';
import { useStoredPreferences } from '../state/usePreferences';
import { createUiI18n } from './instance';
import type { English, Namespace } from './registry';

/** The dotted keys of a catalog: `help.title`; a plural is called by its base key with a count. */
type Keys<T> = {
  [K in keyof T & string]: T[K] extends string | Plural ? K : `${K}.${Keys<T[K]>}`;
}[keyof T & string];

export type TFor<N extends Namespace> = (
  key: Keys<English<N>>,
  values?: Record<string, string | number> & { count?: number },
) => string;

interface LanguageState extends Translator {
  /** The shared translator itself, for codeLabel(list, code, tr) and the report's words. */
  tr: Translator;
  /** The language the user chose; null follows the system. */
  chosen: UiLanguage | null;
  /** The system's language among the six (what "Follow the system" gives). */
  system: UiLanguage;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** The first of the browser's (Electron: the OS's) preferred languages that is one of the six. */
export const systemLanguage = (): UiLanguage =>
  matchLanguage(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language]);

/**
 * The screens' language, from the preferences (or the system's), for everything below it; the page's
 * `<html lang dir>` follows, so Arabic turns the whole window right to left.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { preferences } = useStoredPreferences();
  const [system] = useState(systemLanguage);
  const language = preferences.language ?? system;
  const [i18n] = useState(() => createUiI18n(language));
  if (i18n.language !== language) void i18n.changeLanguage(language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  const value = useMemo<LanguageState>(() => {
    const base = translator(language);
    return { ...base, tr: base, chosen: preferences.language, system };
  }, [language, preferences.language, system]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}

/** The language in use, its direction, the shared translator (code labels) and its Intl formats. */
export function useLanguage(): LanguageState {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs an I18nProvider above it.');
  return value;
}

/**
 * Translations already made, per i18next instance: the same key and values give the same text in one
 * language (the catalogs are bundled and never change), and a screen asks for the same labels on every
 * render (an add re-renders the capture screen's), so each is resolved by i18next once.
 */
const made = new WeakMap<object, Map<string, string>>();
/** Counts and names vary without end: past this many texts the cache starts again. */
const MAX_MADE = 5_000;

export function remembered(
  i18n: object & { language: string },
  ns: string,
  t: (key: string, values?: object) => string,
): (key: string, values?: Record<string, unknown>) => string {
  return (key, values) => {
    let id = `${i18n.language}\u0001${ns}\u0001${key}`;
    if (values)
      for (const name in values) {
        const value = values[name];
        // Only plain strings and numbers are remembered; anything else is passed through each time.
        if (typeof value === 'number') id += `\u0001${name}\u0002n${value}`;
        else if (typeof value === 'string') id += `\u0001${name}\u0002s${value}`;
        else return t(key, values);
      }
    let texts = made.get(i18n);
    if (!texts) made.set(i18n, (texts = new Map()));
    let text = texts.get(id);
    if (text === undefined) {
      text = t(key, values);
      if (texts.size >= MAX_MADE) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
}

/** The `t` of one namespace, its keys typed against the English catalog. */
export function useT<N extends Namespace>(ns: N): { t: TFor<N> } {
  // The i18next types know the shared namespace only; the keys are typed by TFor instead.
  const { t, i18n } = useTranslation(ns as never);
  // A new function only when i18next's is new (a language change), as effects that list `t` expect.
  const fast = useMemo(
    () => remembered(i18n, ns, t as unknown as (key: string, values?: object) => string),
    [i18n, ns, t],
  );
  return { t: fast as unknown as TFor<N> };
}
