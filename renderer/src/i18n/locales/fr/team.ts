import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { team as en } from '../en/team';

export const team: Catalog<typeof en> = {
  close: 'Fermer',
  roles: { stage: 'Scène', online: 'Modérateur en ligne', team: 'Membre de l’équipe' },
  roleHelp: {
    stage:
      'Écran de scène en lecture seule dans n’importe quel navigateur : une tablette ou un ordinateur prêté, tourné vers les intervenants.',
    online: 'Le minuteur, la file d’attente et un formulaire pour ajouter quelqu’un en ligne. Rien d’autre.',
    team: 'Un autre Session Desk (l’ordinateur du rapporteur) rejoint la session et la modifie avec vous.',
  },
  share: {
    heading: 'Partager sur ce réseau',
    intro:
      'Les autres appareils de ce réseau pourront alors ouvrir la vue de scène, la page du modérateur en ligne, ou rejoindre l’équipe. Chaque appareil vous demande l’accès avant d’entrer. Le partage s’arrête quand vous l’arrêtez ou quittez l’application.',
    otherShared: 'Une autre session est partagée en ce moment ; partager celle-ci y met fin.',
    network: 'Réseau',
    thisComputerOnly: '(cet ordinateur uniquement)',
    start: 'Démarrer le partage',
    sharingOn: 'Partage sur <0>{{address}}</0>. Empreinte de la clé',
    waiting: 'Appareils en attente',
    wantsToJoin: '<0>{{name}}</0> ({{address}}) demande à rejoindre en tant que <1>{{role}}</1>',
    allow: 'Autoriser',
    refuse: 'Refuser',
    qr: 'Code QR du lien {{role}}',
    link: 'Lien {{role}}',
    devices: 'Appareils',
    noDevices: 'Aucun appareil ne s’est encore joint.',
    revoked: 'révoqué',
    connected: 'connecté',
    notConnected: 'non connecté',
    revoke: 'Révoquer',
    stop: 'Arrêter le partage',
    renew: 'Nouveaux liens',
  },
  join: {
    heading: 'Rejoindre une session partagée',
    intro: 'Collez le lien « membre de l’équipe » que donne « Partager sur ce réseau » chez le modérateur.',
    found: 'Partagé sur ce réseau',
    look: 'Chercher des sessions partagées',
    none: 'Aucune trouvée. Demandez le lien au modérateur.',
    foundItem:
      '{{name}} · {{host}} — demandez à son modérateur le lien « membre de l’équipe » pour la rejoindre.',
    link: 'Lien « membre de l’équipe »',
    join: 'Rejoindre',
    state: {
      connecting: 'Connexion à {{host}}…',
      waiting: 'En attente de l’accord de l’hôte pour cet ordinateur.',
      live: 'Session rejointe : les modifications circulent dans les deux sens.',
      offline: 'Hors ligne : les modifications sont enregistrées ici et envoyées au retour de l’hôte.',
      refused: 'L’hôte n’a pas laissé entrer cet ordinateur.',
    },
  },
  indicator: {
    shared: {
      one: 'Partagée · {{count}} connecté',
      many: 'Partagée · {{count}} de connectés',
      other: 'Partagée · {{count}} connectés',
    },
    waiting: { one: '{{count}} en attente', many: '{{count}} en attente', other: '{{count}} en attente' },
    live: 'Rejointe · en direct',
    offline: 'Rejointe · hors ligne, enregistrée ici',
    connecting: 'Rejointe · connexion',
    waitingHost: 'Rejointe · en attente d’accord',
    refused: 'Rejointe · refusée',
  },
};
