import { describe, expect, it } from 'vitest';
import { createUiI18n } from '../../renderer/src/i18n/instance';
import { remembered } from '../../renderer/src/i18n/I18nProvider';

type T = (key: string, values?: object) => string;

describe('remembered translations', () => {
  it('give what i18next gives, for the same key and values, in the language now in use', async () => {
    const i18n = createUiI18n('en');
    const plain = i18n.getFixedT(null, 'capture' as never) as unknown as T;
    const t = remembered(i18n, 'capture', (key, values) => plain(key, values));
    const asks: Array<[string, Record<string, string | number>?]> = [
      ['filter.noneYet'],
      ['filter.count', { n: 1, count: 20000 }],
      ['filter.count', { n: 1, count: 3 }],
      ['filter.count', { n: '1', count: 3 }],
      ['filter.noneYet'],
    ];
    for (const [key, values] of asks) expect(t(key, values)).toBe(plain(key, values));
    // A number is written the language's way and a string as it is: neither is taken for the other.
    expect(t('filter.count', { n: 1, count: 20000 })).toContain('20,000');
    const english = t('filter.noneYet');
    await i18n.changeLanguage('fr');
    const french = i18n.getFixedT(null, 'capture' as never) as unknown as T;
    expect(t('filter.noneYet')).toBe(french('filter.noneYet'));
    expect(t('filter.noneYet')).not.toBe(english);
  });

  it('ask i18next once for a text asked again', () => {
    const i18n = createUiI18n('en');
    let asked = 0;
    const plain = i18n.getFixedT(null, 'capture' as never) as unknown as T;
    const t = remembered(i18n, 'capture', (key, values) => (asked++, plain(key, values)));
    for (let i = 0; i < 5; i++) t('filter.count', { n: 2, count: 7 });
    expect(asked).toBe(1);
    // Values that are not plain strings or numbers are never remembered.
    t('filter.count', { n: 2, count: 7, extra: { x: 1 } } as never);
    t('filter.count', { n: 2, count: 7, extra: { x: 1 } } as never);
    expect(asked).toBe(3);
  });
});
