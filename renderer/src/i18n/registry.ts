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
};

export type Namespace = keyof typeof NAMESPACES;
/** The English catalog of a namespace: the shape of its keys. */
export type English<N extends Namespace> = (typeof NAMESPACES)[N]['en'];
