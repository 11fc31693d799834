import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { timer as en } from '../en/timer';

export const timer: Catalog<typeof en> = {
  settings: {
    summary: 'Ajustes del temporizador: aviso a los {{warning}} s, alerta a los {{danger}} s',
  },
};
