import { DeskError } from '../../shared/errors';
import { translator, type Translator } from '../../shared/i18n/index';
import { isLanguage, LANGUAGES, matchLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The command line speaks the system's language where it is one of the six (POSIX order: LC_ALL,
 * LC_MESSAGES, LANG, then the LANGUAGE list), else English.
 */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const first = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const list = (env.LANGUAGE ?? '').split(':').filter(Boolean);
  // GNU gettext reads LANGUAGE first, unless the locale is C / POSIX.
  const plain = /^(?:C|POSIX)(?:\.|$)/i.test(first);
  return matchLanguage(plain ? [first] : [...list, first]);
}

let messages: Translator | null = null;
/** The CLI's own messages, in the system language. */
export const cliMessages = (): Translator => (messages ??= translator(systemLanguage()));

/** `--lang ar|zh|en|fr|ru|es`: the report's language, or undefined when not given. */
export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toLowerCase();
  if (isLanguage(code)) return code;
  throw new DeskError(
    'invalid-request',
    cliMessages().t('cli.badLanguage', { languages: LANGUAGES.join(', '), value }),
  );
}
