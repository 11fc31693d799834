import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { capture as en } from '../en/capture';

export const capture: Catalog<typeof en> = {
  help: {
    title: 'Raccourcis clavier',
    close: 'Fermer',
    intro:
      'La zone de saisie garde le focus : après chaque raccourci, vous pouvez continuer à taper. Ce que vous tapez est gardé comme brouillon jusqu’à Entrée, même si l’application se ferme.',
    questions: 'Questions de politique',
  },
};
