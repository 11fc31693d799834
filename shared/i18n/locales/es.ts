import type { Messages } from '../index';

/** Spanish (UN usage for the regional groups; "preguntas de política" as the IGF's Spanish pages say). */
export const es: Messages = {
  codes: {
    stakeholder: {
      government: 'Gobierno',
      'civil-society': 'Sociedad civil',
      'private-sector': 'Sector privado',
      'technical-community': 'Comunidad técnica',
      'intergovernmental-organization': 'Organización intergubernamental',
    },
    region: {
      'african-group': 'Grupo de Estados de África',
      'asia-pacific-group': 'Grupo de Estados de Asia y el Pacífico',
      'eastern-european-group': 'Grupo de Estados de Europa Oriental',
      grulac: 'Grupo de Estados de América Latina y el Caribe (GRULAC)',
      weog: 'Grupo de Estados de Europa Occidental y otros Estados (WEOG)',
      'intergovernmental-organization': 'Organización intergubernamental',
    },
    gender: {
      woman: 'Mujer',
      man: 'Hombre',
      'non-binary-other': 'No binario / otro',
      'prefer-not-to-say': 'Prefiere no decirlo',
    },
    presence: { onsite: 'Presencial', online: 'En línea' },
    role: {
      organizer: 'Organizador',
      speaker: 'Ponente',
      onsiteModerator: 'Moderador presencial',
      onlineModerator: 'Moderador en línea',
      rapporteur: 'Relator',
    },
    kind: {
      statement: 'Intervención',
      question: 'Pregunta',
      recommendation: 'Recomendación',
      commitment: 'Compromiso',
      'key-takeaway-candidate': 'Posible conclusión clave',
      'call-to-action-candidate': 'Posible llamado a la acción',
      quote: 'Cita',
      'poll-result': 'Resultado de encuesta',
    },
  },
  balance: {
    dimension: {
      stakeholder: 'Grupo de partes interesadas',
      region: 'Grupo regional',
      presence: 'Presencial / en línea',
      gender: 'Género',
    },
    gender: {
      woman: 'Mujeres',
      man: 'Hombres',
      'non-binary-other': 'No binarios / otros',
      'prefer-not-to-say': 'Prefieren no decirlo',
    },
    notRecorded: 'Sin registrar',
  },
  duration: {
    hm: '{{h}} h {{mm}} min',
    h: '{{h}} h',
    ms: '{{m}} min {{ss}} s',
    m: '{{m}} min',
    s: '{{s}} s',
    minutes: { one: '{{count}} minuto', many: '{{count}} de minutos', other: '{{count}} minutos' },
    minutesWithHours: '{{minutes}} ({{hours}})',
  },
  common: {
    listSeparator: ', ',
    colon: ': ',
    dateAndTime: '{{date}}, {{time}}',
    yes: 'Sí',
    no: 'No',
    noName: '(sin nombre)',
    unattributed: 'Sin atribuir',
    untitled: 'Sesión sin título',
  },
  stage: {
    nextUp: 'A continuación',
    nextUpOnline: '{{name}} (en línea)',
    nobodyNext: 'Nadie en espera',
    segmentLeft: 'Queda · {{segment}}',
    segmentOver: 'Excedido · {{segment}}',
    sessionLeft: 'Queda de la sesión',
    sessionPast: 'Pasado el final',
    timeOfDay: 'Hora',
    onFloor: 'En el uso de la palabra',
    noTurn: 'Nadie tiene la palabra',
    strip: 'Temporizador',
  },
  report: {
    kicker: 'Informe de la sesión',
    subjectWithCode: 'Informe de la sesión, {{code}}',
    exportedBy: '{{kicker}} exportado por Session Desk',
    facts: {
      heading: 'Datos de la sesión',
      title: 'Título',
      code: 'Código de la sesión',
      date: 'Fecha',
      time: 'Hora',
      timeWithZone: '{{time}} ({{zone}})',
      room: 'Sala',
      format: 'Formato',
      plannedDuration: 'Duración prevista',
      actualDuration: 'Duración real',
      actualDurationValue: '{{duration}}, del primer al último turno cronometrado',
      hybrid: 'Híbrida',
      themes: 'Temas',
    },
    cover: {
      organizers: 'Organizadores',
      moderators: 'Moderadores',
      online: '{{names}} (en línea)',
      rapporteur: 'Relator',
    },
    people: {
      heading: 'Personas',
      name: 'Nombre',
      roles: 'Función(es)',
      affiliation: 'Afiliación',
      stakeholder: 'Grupo de partes interesadas',
      region: 'Región',
      audience: 'Público',
      participant: 'Participante',
      none: 'Todavía no hay personas registradas.',
    },
    keyTakeaways: 'Conclusiones clave',
    callsToAction: 'Llamados a la acción',
    noKeyTakeaways: 'Todavía no se han redactado conclusiones clave.',
    noCallsToAction: 'Todavía no se han redactado llamados a la acción.',
    keyIssues: 'Principales cuestiones planteadas',
    noKeyIssues: 'Todavía no se han redactado las principales cuestiones.',
    discussion: 'Resumen del debate',
    noQuestions: 'No hay preguntas de política registradas.',
    question: 'Pregunta de política {{n}}: {{text}}',
    noSummary: 'Todavía no se ha redactado ningún resumen.',
    draftMark:
      'BORRADOR: redactado por Session Desk a partir de las intervenciones; aún no revisado ni aprobado por el relator.',
    noStatementsForQuestion: 'Todavía no hay intervenciones asociadas a esta pregunta.',
    drafted: 'borrador a partir de las intervenciones',
    wayForward: 'Próximos pasos y seguimiento',
    noWayForward: 'Todavía no se han registrado próximos pasos.',
    forum: 'Seguimiento: {{forum}}',
    noForum: 'Recomendaciones sin un foro indicado',
    participation: {
      heading: 'Participación y género',
      onsite: 'Participantes presenciales (estimación)',
      online: 'Participantes en línea (estimación)',
      total: 'Total de participantes',
      women: 'Mujeres y personas de género diverso (estimación)',
      genderAddressed: 'Se abordó el género en el debate',
      genderHow: 'Cómo se abordó el género',
    },
    speaking: {
      heading: 'Tiempo de palabra',
      summary: {
        one: 'Tiempo de palabra cronometrado: {{duration}} en {{count}} turno, según el cronómetro del moderador.',
        many: 'Tiempo de palabra cronometrado: {{duration}} en {{count}} de turnos, según el cronómetro del moderador.',
        other:
          'Tiempo de palabra cronometrado: {{duration}} en {{count}} turnos, según el cronómetro del moderador.',
      },
      none: 'No se cronometró ningún turno de palabra.',
      time: 'Tiempo',
      share: 'Proporción',
    },
    annex: {
      heading: 'Anexo: registro de intervenciones',
      intro: {
        one: '{{count}} intervención tal como se registró, por pregunta de política.',
        many: 'Los {{count}} de intervenciones tal como se registraron, por pregunta de política.',
        other: 'Las {{count}} intervenciones tal como se registraron, por pregunta de política.',
      },
      none: 'No se registró ninguna intervención.',
      question: 'Intervenciones sobre la pregunta de política {{n}}',
      otherStatements: 'Otras intervenciones',
    },
    document: {
      item: 'Elemento',
      details: 'Detalles',
      noText: '(sin texto)',
      page: 'Página {{page}} de {{pages}}',
    },
  },
  brief: {
    kicker: 'Nota del organizador',
    title: 'Mensajes clave y seguimiento',
    propertiesTitle: 'Nota del organizador: {{sessions}}',
    sessionCount: { one: '{{count}} sesión', many: '{{count}} de sesiones', other: '{{count}} sesiones' },
    sessions: 'Sesiones de esta nota',
    header: {
      code: 'Código',
      session: 'Sesión',
      date: 'Fecha',
      takeaways: 'Conclusiones',
      callsToAction: 'Llamados a la acción',
      followUps: 'Seguimientos',
    },
    noSessions: 'No se seleccionó ninguna sesión.',
    noKeyTakeaways: 'Todavía no se han redactado conclusiones clave para: {{sessions}}.',
    noCallsToAction: 'Todavía no se han redactado llamados a la acción para: {{sessions}}.',
    followUp: 'Seguimiento por foro',
    followUpIntro:
      'Recomendaciones y compromisos de las sesiones, agrupados según el foro al que se dirigieron.',
    noFollowUps: 'No se registraron recomendaciones ni compromisos en estas sesiones.',
    withoutForum: 'Sin un foro indicado',
  },
  cli: {
    usage: `Uso: session-desk <comando> …   (o bien: npm run desk -- <comando> …)

  import-igf <page.txt> -o <session.json>   analizar una página de sesión y crear un archivo de sesión
  import-igf <page.txt> --json              mostrar solo el análisis, en JSON
  export <session.json> --docx <out.docx> [--md <out.md>] [--json <out.json>] [--settings <file>] [--lang ar|zh|en|fr|ru|es]
                                            escribir el informe de la sesión (y/o el archivo de sesión)
                                            con los foros de los ajustes de la aplicación (o de <file>)
  brief <carpeta o archivos…> --docx <brief.docx> [--md <brief.md>] [--csv <calls.csv>]
                                            la nota del organizador sobre varias sesiones
  validate <session.json>                   comprobar un archivo de sesión (código 1 si no es válido)
  import-transcript <session.json> <transcript.txt> | --json <transcript.txt>   añadir los turnos de una transcripción RAW / mostrar su análisis
  draft <session.json> --json | --md [--words N | --ratio R]
                                            preparar un borrador del informe: etiquetas sugeridas, propuestas, resúmenes

El informe se escribe en el idioma indicado con --lang; si no, en el idioma de informe de la sesión; si no, en inglés.
`,
    unknownCommand: 'Comando desconocido: {{command}}',
    error: 'Error: {{message}}',
    wrote: 'Se escribió {{file}}',
    badLanguage: '--lang debe ser uno de {{languages}} (se recibió "{{value}}").',
    needsImport: 'import-igf necesita <page.txt> y -o <session.json> o --json.',
    needsExport: 'export necesita <session.json> y al menos una de estas opciones: {{formats}}.',
    needsValidate: 'validate necesita <session.json>.',
    needsBrief:
      'brief necesita archivos de sesión o una carpeta que los contenga, y --docx <brief.docx> y/o --md <brief.md>.',
    noSessionFiles: 'No se encontraron archivos de sesión en {{inputs}}.',
    progressSkipped: 'se omitió {{file}}: {{message}}',
    skipped: {
      one: 'Se omitió {{count}} archivo: {{files}}.',
      many: 'Se omitieron {{count}} de archivos: {{files}}.',
      other: 'Se omitieron {{count}} archivos: {{files}}.',
    },
    exists: '{{file}} ya existe; elija otro nombre (no se sobrescribió).',
    valid: {
      one: '{{file}}: sesión válida «{{title}}» (formato {{format}}, {{count}} intervención)',
      many: '{{file}}: sesión válida «{{title}}» (formato {{format}}, {{count}} de intervenciones)',
      other: '{{file}}: sesión válida «{{title}}» (formato {{format}}, {{count}} intervenciones)',
    },
    summary: {
      title: 'Título',
      code: 'Código',
      format: 'Formato',
      organizers: 'Organizadores',
      speakers: 'Ponentes',
      moderators: 'Moderadores',
      moderatorsValue: 'presencial {{onsite}}, en línea {{online}}',
      rapporteur: 'Relator',
      questions: 'Preguntas',
      notFound: 'No encontrado',
      none: '(ninguno)',
      minutes: '{{minutes}} min',
    },
  },
};
