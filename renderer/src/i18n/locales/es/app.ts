import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { app as en } from '../en/app';

export const app: Catalog<typeof en> = {
  name: 'Session Desk',
  tabs: {
    label: 'Vistas de la sesión',
    capture: 'Captura',
    timer: 'Temporizador',
    report: 'Informe',
    session: 'Preparación',
  },
  language: {
    label: 'Idioma',
    system: 'El del sistema ({{language}})',
    pseudo: 'Seudoidioma (detecta el texto sin traducir)',
  },
  banner: { retry: 'Reintentar', dismiss: 'Descartar' },
  fallback: {
    tab: 'No se pudo mostrar la vista {{name}}. Su sesión está a salvo: no se perdió nada y se sigue guardando.',
    statement: 'No se pudo presentar esta intervención; su texto se muestra tal como se escribió.',
  },
  preferences: {
    readFailed: 'No se pudieron leer sus preferencias: {{message}}',
    saveFailed: 'No se guardaron sus preferencias: {{message}}',
  },
  field: { incomplete: 'Esto no está completo. Termínelo o vacíe el campo.' },
  somethingWrong: 'Algo salió mal.',
};
