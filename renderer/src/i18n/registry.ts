import type { Catalog } from '../../../shared/i18n/catalog';
import type { Language } from '../../../shared/i18n/languages';
import { app as arApp } from './locales/ar/app';
import { capture as arCapture } from './locales/ar/capture';
import { timer as arTimer } from './locales/ar/timer';
import { app as enApp } from './locales/en/app';
import { capture as enCapture } from './locales/en/capture';
import { timer as enTimer } from './locales/en/timer';
import { app as esApp } from './locales/es/app';
import { capture as esCapture } from './locales/es/capture';
import { timer as esTimer } from './locales/es/timer';
import { app as frApp } from './locales/fr/app';
import { capture as frCapture } from './locales/fr/capture';
import { timer as frTimer } from './locales/fr/timer';
import { app as ruApp } from './locales/ru/app';
import { capture as ruCapture } from './locales/ru/capture';
import { timer as ruTimer } from './locales/ru/timer';
import { app as zhApp } from './locales/zh/app';
import { capture as zhCapture } from './locales/zh/capture';
import { timer as zhTimer } from './locales/zh/timer';
import { report as arReport } from './locales/ar/report';
import { sessions as arSessions } from './locales/ar/sessions';
import { setup as arSetup } from './locales/ar/setup';
import { team as arTeam } from './locales/ar/team';
import { report as enReport } from './locales/en/report';
import { sessions as enSessions } from './locales/en/sessions';
import { setup as enSetup } from './locales/en/setup';
import { team as enTeam } from './locales/en/team';
import { report as esReport } from './locales/es/report';
import { sessions as esSessions } from './locales/es/sessions';
import { setup as esSetup } from './locales/es/setup';
import { team as esTeam } from './locales/es/team';
import { report as frReport } from './locales/fr/report';
import { sessions as frSessions } from './locales/fr/sessions';
import { setup as frSetup } from './locales/fr/setup';
import { team as frTeam } from './locales/fr/team';
import { report as ruReport } from './locales/ru/report';
import { sessions as ruSessions } from './locales/ru/sessions';
import { setup as ruSetup } from './locales/ru/setup';
import { team as ruTeam } from './locales/ru/team';
import { report as zhReport } from './locales/zh/report';
import { sessions as zhSessions } from './locales/zh/sessions';
import { setup as zhSetup } from './locales/zh/setup';
import { team as zhTeam } from './locales/zh/team';

/** A namespace in the six languages; English first, as it is the source the others are typed against. */
type InSix<T> = { en: T } & Record<Exclude<Language, 'en'>, Catalog<T>>;
const inSix = <T>(catalogs: InSix<T>): InSix<T> => catalogs;

/**
 * The screens' texts, one namespace per area of the app. Adding one: its six files under locales/<lang>/,
 * their imports above, and one line here.
 */
export const NAMESPACES = {
  app: inSix({ en: enApp, ar: arApp, zh: zhApp, fr: frApp, ru: ruApp, es: esApp }),
  capture: inSix({
    en: enCapture,
    ar: arCapture,
    zh: zhCapture,
    fr: frCapture,
    ru: ruCapture,
    es: esCapture,
  }),
  timer: inSix({ en: enTimer, ar: arTimer, zh: zhTimer, fr: frTimer, ru: ruTimer, es: esTimer }),
  report: inSix({ en: enReport, ar: arReport, zh: zhReport, fr: frReport, ru: ruReport, es: esReport }),
  setup: inSix({ en: enSetup, ar: arSetup, zh: zhSetup, fr: frSetup, ru: ruSetup, es: esSetup }),
  sessions: inSix({
    en: enSessions,
    ar: arSessions,
    zh: zhSessions,
    fr: frSessions,
    ru: ruSessions,
    es: esSessions,
  }),
  team: inSix({ en: enTeam, ar: arTeam, zh: zhTeam, fr: frTeam, ru: ruTeam, es: esTeam }),
};

export type Namespace = keyof typeof NAMESPACES;
/** The English catalog of a namespace: the shape of its keys. */
export type English<N extends Namespace> = (typeof NAMESPACES)[N]['en'];
