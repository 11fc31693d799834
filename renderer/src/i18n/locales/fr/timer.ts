import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { timer as en } from '../en/timer';

export const timer: Catalog<typeof en> = {
  settings: {
    summary: 'Réglages du minuteur : avertissement à {{warning}} s, alerte à {{danger}} s',
  },
};
