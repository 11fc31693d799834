import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { team as en } from '../en/team';

export const team: Catalog<typeof en> = {
  close: 'Cerrar',
  roles: { stage: 'Escenario', online: 'Moderador en línea', team: 'Miembro del equipo' },
  roleHelp: {
    stage:
      'Pantalla de escenario de solo lectura en cualquier navegador: una tableta o un portátil prestado, de cara a los oradores.',
    online: 'El temporizador, la cola y un formulario para añadir a alguien en línea. Nada más.',
    team: 'Otro Session Desk (el portátil del relator) se une y edita la sesión con usted.',
  },
  share: {
    heading: 'Compartir en esta red',
    intro:
      'Así, otros dispositivos de esta red podrán abrir la vista de escenario, la página del moderador en línea o unirse como miembros del equipo. Cada dispositivo le pide permiso antes de entrar. Se deja de compartir cuando usted lo detiene o sale de la aplicación.',
    otherShared: 'Ahora se comparte otra sesión; compartir esta la detiene.',
    network: 'Red',
    thisComputerOnly: '(solo este ordenador)',
    start: 'Empezar a compartir',
    sharingOn: 'Compartiendo en <0>{{address}}</0>. Huella de la clave',
    waiting: 'Dispositivos en espera',
    wantsToJoin: '<0>{{name}}</0> ({{address}}) quiere unirse como <1>{{role}}</1>',
    allow: 'Permitir',
    refuse: 'Rechazar',
    qr: 'Código QR del enlace de {{role}}',
    link: 'Enlace de {{role}}',
    devices: 'Dispositivos',
    noDevices: 'Todavía no se ha unido ningún dispositivo.',
    revoked: 'revocado',
    connected: 'conectado',
    notConnected: 'no conectado',
    revoke: 'Revocar',
    stop: 'Dejar de compartir',
    renew: 'Enlaces nuevos',
  },
  join: {
    heading: 'Unirse a una sesión compartida',
    intro: 'Pegue el enlace de miembro del equipo que da «Compartir en esta red» en el equipo del moderador.',
    found: 'Compartidas en esta red',
    look: 'Buscar sesiones compartidas',
    none: 'No se encontró ninguna. Pida el enlace al moderador.',
    foundItem: '{{name}} · {{host}}: pida a su moderador el enlace de miembro del equipo para unirse.',
    link: 'Enlace de miembro del equipo',
    join: 'Unirse',
    state: {
      connecting: 'Conectando con {{host}}…',
      waiting: 'Esperando a que el anfitrión apruebe este ordenador.',
      live: 'Unido: los cambios fluyen en ambos sentidos.',
      offline: 'Sin conexión: los cambios se guardan aquí y se envían cuando vuelva el anfitrión.',
      refused: 'El anfitrión no dejó entrar a este ordenador.',
    },
  },
  indicator: {
    shared: {
      one: 'Compartida · {{count}} conectado',
      many: 'Compartida · {{count}} de conectados',
      other: 'Compartida · {{count}} conectados',
    },
    waiting: { one: '{{count}} en espera', many: '{{count}} en espera', other: '{{count}} en espera' },
    live: 'Unido · en directo',
    offline: 'Unido · sin conexión, guardado aquí',
    connecting: 'Unido · conectando',
    waitingHost: 'Unido · esperando aprobación',
    refused: 'Unido · rechazado',
  },
};
