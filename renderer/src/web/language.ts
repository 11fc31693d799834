import { useEffect } from 'react';
import { translator, type Translator } from '../../../shared/i18n/index';
import { isLanguage, matchLanguage } from '../../../shared/i18n/languages';
import type { Link } from './socket';

/**
 * The language of a page another device opened: the session's, as the host sends it with every view;
 * until the first view arrives, the browser's own (so "Connecting…" is already in the reader's words).
 * The page's `lang`, `dir` and title follow it, so Arabic turns the whole page right to left.
 */
export function usePageLanguage(link: Link, title: (t: Translator['t']) => string): Translator {
  const asked = link.stage?.language;
  const tr = translator(isLanguage(asked) ? asked : matchLanguage(navigator.languages));
  const heading = title(tr.t);
  useEffect(() => {
    document.documentElement.lang = tr.language;
    document.documentElement.dir = tr.dir;
    document.title = heading;
  }, [tr, heading]);
  return tr;
}

/** The line a page shows while it is not live, or after the host refused or reported something. */
export function linkStatus(link: Link, t: Translator['t']): string {
  const refusals = ['bad-token', 'revoked', 'refused'] as const;
  const refusal = refusals.find((code) => code === link.code);
  if (refusal) return t(`web.refused.${refusal}`);
  const errors = ['waiting', 'forbidden', 'not-saved', 'bad-frame'] as const;
  const error = errors.find((code) => code === link.code);
  if (error) return t(`web.errors.${error}`);
  // A code this page does not know: the host's own words.
  if (link.message) return link.message;
  if (link.phase === 'waiting') return t('web.waiting');
  if (link.phase === 'offline') return t('web.reconnecting');
  if (link.phase === 'connecting') return t('web.connecting');
  return '';
}
