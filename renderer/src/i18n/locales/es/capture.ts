import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { capture as en } from '../en/capture';

export const capture: Catalog<typeof en> = {
  help: {
    title: 'Atajos de teclado',
    close: 'Cerrar',
    intro:
      'El cuadro de captura conserva el foco: tras cada atajo puede seguir escribiendo. Lo que escribe se guarda como borrador hasta que pulse Intro, aunque la aplicación se cierre.',
    questions: 'Preguntas de política',
  },
};
