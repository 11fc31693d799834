import { buildGuide, type Run } from '../../../shared/guide/guide';
import { PRODUCT_NAME, UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n/languages';
import { createUiI18n } from '../i18n/instance';
import { guideLookup } from './lookup';
import './guide.css';

/**
 * Help › User guide, in the language the main process names in `?lang=` (the screens' language).
 * Built with text nodes only: the guide's words never pass through an HTML parser.
 */
const asked = new URLSearchParams(window.location.search).get('lang');
const language: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(asked ?? '')
  ? (asked as UiLanguage)
  : 'en';
const i18n = createUiI18n(language);
const { t } = i18n;
const guide = buildGuide(language, guideLookup(i18n));

function element(tag: string, children: ReadonlyArray<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function inline(run: Run): Node | string {
  switch (run.kind) {
    case 'text':
      return run.text;
    case 'label':
      return element('strong', [run.text]);
    case 'key':
    case 'code': {
      // Keys and commands read left to right inside Arabic text too.
      const node = element(run.kind === 'key' ? 'kbd' : 'code', [run.text]);
      node.dir = 'ltr';
      return node;
    }
  }
}
const runs = (items: readonly Run[]): Array<Node | string> => items.map(inline);

document.documentElement.lang = guide.lang;
document.documentElement.dir = guide.dir;
document.title = t('windowTitle.guide', { app: PRODUCT_NAME });

const main = document.querySelector('main')!;
main.replaceChildren(
  element('h1', [guide.title]),
  element('p', runs(guide.intro)),
  ...guide.sections.flatMap(({ id, list, heading, items }) => {
    const title = element('h2', [heading]);
    title.id = id;
    const body =
      list === 'p'
        ? items.map((item) => element('p', runs(item)))
        : [
            element(
              list,
              items.map((item) => element('li', runs(item))),
            ),
          ];
    return [title, ...body];
  }),
);
