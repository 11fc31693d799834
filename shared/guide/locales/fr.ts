import type { GuideText } from '../guide';

export const fr: GuideText = {
  title: 'Guide d’utilisation de Session Desk',
  intro:
    'Session Desk est le poste de travail d’une session d’un forum multipartite\u00a0: le rapporteur saisit ce qui est dit, le modérateur tient le temps et l’écran de scène, l’organisateur obtient le rapport. Il fonctionne sans réseau\u00a0; chaque session est un fichier dans le dossier de l’espace de travail.',
  sections: {
    before: {
      heading: 'Avant la session',
      items: [
        '{menu:file>newFromPage} ({key:Ctrl+Shift+N})\u00a0: collez la page de la session prise sur le site du forum. Le titre, le format, les intervenants, les modérateurs et les questions d’orientation sont remplis\u00a0; ce que la page ne contenait pas est indiqué.',
        'Vérifiez l’onglet {tab:session} ({key:Ctrl+Shift+4})\u00a0: les personnes, leurs rôles et l’ordre du jour.',
        'Branchez l’écran de la scène et choisissez-le dans {menu:window>stageDisplay}. {menu:window>stageOnTop} empêche les autres fenêtres de le couvrir.',
      ],
    },
    during: {
      heading: 'Pendant la session',
      items: [
        '{tab:capture} ({key:Ctrl+Shift+1})\u00a0: tapez ce qui est dit et appuyez sur {key:Enter}. {key:Ctrl+1 … Ctrl+9} choisissent l’intervenant, {key:Alt+1 … Alt+9} rattachent l’intervention à une question d’orientation. {key:F1} affiche toutes les touches.',
        '{tab:timer} ({key:Ctrl+Shift+2})\u00a0: {key:Space} démarre ou met en pause le tour de parole, {key:N} donne la parole au suivant de la file, {key:E} termine le tour. {menu:window>stage} ({key:Ctrl+Shift+P}) ouvre et ferme la scène\u00a0; elle montre l’intervenant et le temps restant, et sous l’horloge le suivant de la file, le temps restant dans le point de l’ordre du jour en cours et jusqu’à la fin de la session, et l’heure dans le fuseau horaire de la session. {key:B} la plonge dans le noir, {key:M} y affiche un message\u00a0; un nouveau message clignote trois fois.',
        'Vous prenez les notes et tenez le temps seul\u00a0? L’onglet {tab:capture} affiche une bande de minuteur pendant qu’une personne a la parole ou attend\u00a0: l’intervenant, le temps restant dans la couleur de la scène, et le suivant.',
        'Tant qu’un tour de parole est en cours ou que l’écran de scène est ouvert, l’écran ne se met pas en veille.',
      ],
    },
    after: {
      heading: 'Après la session',
      items: [
        '{tab:report} ({key:Ctrl+Shift+3})\u00a0: modifiez les sections à côté d’un aperçu en direct, puis {menu:file>exportReport} ({key:Ctrl+E}) pour un document Word\u00a0; les boutons de l’onglet {tab:report} l’enregistrent aussi en Markdown ou comme fichier de session.',
        '{menu:file>exportBrief} ({key:Ctrl+Shift+E})\u00a0: la note de l’organisateur, pour les sessions cochées dans la liste des sessions (toutes quand aucune n’est cochée), ou pour la session ouverte.',
      ],
    },
    files: {
      heading: 'Fichiers',
      items: [
        'Chaque session est un fichier {code:.session.json} dans l’espace de travail ({menu:file>openWorkspaceFolder}). Un fichier s’ouvre quel que soit son nom\u00a0; un fichier venu d’ailleurs (celui d’un collègue, un export) est copié dans l’espace de travail ou ouvert là où il est, selon votre choix ({menu:file>openSessionFile}, {menu:file>importSessionJson}, ou un double-clic).',
        'Dans la liste des sessions, une session peut être renommée, archivée (conservée, hors de la liste tant que vous n’affichez pas les archives) ou mise à la corbeille du système, avec {ui:sessions:list.undo} juste après (le bouton, {key:Ctrl+Z} ou {menu:edit>undo}).',
        'Chaque enregistrement est gardé un temps comme version\u00a0: {ui:sessions:view.versions} dans une session en restaure une.',
        'Une seule copie de l’application tourne à la fois\u00a0; rouvrir un fichier ramène la fenêtre ouverte au premier plan.',
      ],
    },
    cli: {
      heading: 'Sans fenêtre',
      items: [
        'La commande {code:session-desk} fait les mêmes exports dans des scripts\u00a0: {code:session-desk export ws260.session.json --docx report.docx}. Lancée sans arguments, elle donne la liste des commandes.',
      ],
    },
  },
};
