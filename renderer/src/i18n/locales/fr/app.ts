import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { app as en } from '../en/app';

export const app: Catalog<typeof en> = {
  name: 'Session Desk',
  tabs: {
    label: 'Vues de la session',
    capture: 'Saisie',
    timer: 'Minuteur',
    report: 'Rapport',
    session: 'Préparation',
  },
  language: {
    label: 'Langue',
    system: 'Celle du système ({{language}})',
    pseudo: 'Pseudo-langue (repère le texte non traduit)',
  },
  banner: { retry: 'Réessayer', dismiss: 'Masquer' },
  fallback: {
    tab: "La vue {{name}} n'a pas pu être affichée. Votre session est en sécurité : rien n'est perdu et l'enregistrement continue.",
    statement: "Cette intervention n'a pas pu être mise en forme ; son texte est affiché tel que saisi.",
  },
  preferences: {
    readFailed: "Vos préférences n'ont pas pu être lues : {{message}}",
    saveFailed: "Vos préférences n'ont pas été enregistrées : {{message}}",
  },
  field: { incomplete: "Ce n'est pas complet. Terminez la saisie ou videz le champ." },
  somethingWrong: "Quelque chose s'est mal passé.",
};
