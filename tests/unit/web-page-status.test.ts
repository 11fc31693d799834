import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/index';
import { LANGUAGES } from '../../shared/i18n/languages';
import { linkStatus } from '../../renderer/src/web/language';
import type { Link } from '../../renderer/src/web/socket';

/** The status line of the pages on other devices, in the page's language, for each state and host code. */
const link = (over: Partial<Link>): Link => ({
  phase: 'live',
  message: '',
  code: null,
  stage: null,
  queue: null,
  offsetMs: 0,
  lastAdded: null,
  send: () => undefined,
  ...over,
});

describe('linkStatus', () => {
  for (const language of LANGUAGES)
    it(`${language}: every phase and every code the host sends is worded in the language`, () => {
      const { t } = translator(language);
      expect(linkStatus(link({ phase: 'connecting' }), t)).toBe(t('web.connecting'));
      expect(linkStatus(link({ phase: 'waiting' }), t)).toBe(t('web.waiting'));
      expect(linkStatus(link({ phase: 'offline' }), t)).toBe(t('web.reconnecting'));
      for (const code of ['bad-token', 'revoked', 'refused'] as const)
        expect(
          linkStatus(link({ phase: 'refused', code, message: 'The host revoked this device.' }), t),
        ).toBe(t(`web.refused.${code}`));
      for (const code of ['waiting', 'forbidden', 'not-saved', 'bad-frame'] as const)
        expect(linkStatus(link({ code, message: 'English from the host' }), t)).toBe(t(`web.errors.${code}`));
      expect(linkStatus(link({}), t)).toBe('');
    });

  it('a code the page does not know shows the host’s own words', () => {
    expect(linkStatus(link({ code: 'new-code', message: 'Something new.' }), translator('ar').t)).toBe(
      'Something new.',
    );
  });
});
