import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { timer as en } from '../en/timer';

export const timer: Catalog<typeof en> = {
  settings: {
    summary: 'Настройки таймера: предупреждение за {{warning}} с, тревога за {{danger}} с',
  },
};
