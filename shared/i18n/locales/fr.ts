import type { Messages } from '../index';

/** French (UN usage: group names as in the General Assembly's documents; "questions d’orientation"). */
export const fr: Messages = {
  codes: {
    stakeholder: {
      government: 'Gouvernement',
      'civil-society': 'Société civile',
      'private-sector': 'Secteur privé',
      'technical-community': 'Communauté technique',
      'intergovernmental-organization': 'Organisation intergouvernementale',
    },
    region: {
      'african-group': 'Groupe des États d’Afrique',
      'asia-pacific-group': 'Groupe des États d’Asie et du Pacifique',
      'eastern-european-group': 'Groupe des États d’Europe orientale',
      grulac: 'Groupe des États d’Amérique latine et des Caraïbes (GRULAC)',
      weog: 'Groupe des États d’Europe occidentale et autres États (WEOG)',
      'intergovernmental-organization': 'Organisation intergouvernementale',
    },
    gender: {
      woman: 'Femme',
      man: 'Homme',
      'non-binary-other': 'Non binaire / autre',
      'prefer-not-to-say': 'Préfère ne pas répondre',
    },
    presence: { onsite: 'Sur place', online: 'En ligne' },
    role: {
      organizer: 'Organisateur',
      speaker: 'Intervenant',
      onsiteModerator: 'Modérateur sur place',
      onlineModerator: 'Modérateur en ligne',
      rapporteur: 'Rapporteur',
    },
    kind: {
      statement: 'Intervention',
      question: 'Question',
      recommendation: 'Recommandation',
      commitment: 'Engagement',
      'key-takeaway-candidate': 'Point à retenir possible',
      'call-to-action-candidate': 'Appel à l’action possible',
      quote: 'Citation',
      'poll-result': 'Résultat de sondage',
    },
  },
  balance: {
    dimension: {
      stakeholder: 'Groupe de parties prenantes',
      region: 'Groupe régional',
      presence: 'Sur place / en ligne',
      gender: 'Genre',
    },
    gender: {
      woman: 'Femmes',
      man: 'Hommes',
      'non-binary-other': 'Non binaires / autres',
      'prefer-not-to-say': 'Préfèrent ne pas répondre',
    },
    notRecorded: 'Non renseigné',
  },
  duration: {
    hm: '{{h}} h {{mm}} min',
    h: '{{h}} h',
    ms: '{{m}} min {{ss}} s',
    m: '{{m}} min',
    s: '{{s}} s',
    minutes: { one: '{{count}} minute', many: '{{count}} de minutes', other: '{{count}} minutes' },
    minutesWithHours: '{{minutes}} ({{hours}})',
  },
  common: {
    listSeparator: ', ',
    colon: '\u00a0: ',
    dateAndTime: '{{date}}, {{time}}',
    yes: 'Oui',
    no: 'Non',
    noName: '(sans nom)',
    unattributed: 'Non attribué',
    untitled: 'Session sans titre',
  },
  stage: {
    nextUp: 'Ensuite',
    nextUpOnline: '{{name}} (en ligne)',
    nobodyNext: 'Personne en attente',
    segmentLeft: 'Reste · {{segment}}',
    segmentOver: 'Dépassement · {{segment}}',
    sessionLeft: 'Reste de la session',
    sessionPast: 'Au-delà de la fin',
    timeOfDay: 'Heure',
    onFloor: 'À la parole',
    noTurn: 'Personne n’a la parole',
    strip: 'Minuteur',
  },
  report: {
    kicker: 'Rapport de session',
    subjectWithCode: 'Rapport de session, {{code}}',
    exportedBy: '{{kicker}} exporté par Session Desk',
    facts: {
      heading: 'La session en bref',
      title: 'Titre',
      code: 'Code de la session',
      date: 'Date',
      time: 'Heure',
      timeWithZone: '{{time}} ({{zone}})',
      room: 'Salle',
      format: 'Format',
      plannedDuration: 'Durée prévue',
      actualDuration: 'Durée effective',
      actualDurationValue: '{{duration}}, du premier au dernier tour chronométré',
      hybrid: 'Hybride',
      themes: 'Thèmes',
    },
    cover: {
      organizers: 'Organisateurs',
      moderators: 'Modérateurs',
      online: '{{names}} (en ligne)',
      rapporteur: 'Rapporteur',
    },
    people: {
      heading: 'Personnes',
      name: 'Nom',
      roles: 'Rôle(s)',
      affiliation: 'Affiliation',
      stakeholder: 'Groupe de parties prenantes',
      region: 'Région',
      audience: 'Public',
      participant: 'Participant',
      none: 'Aucune personne enregistrée pour l’instant.',
    },
    keyTakeaways: 'Points à retenir',
    callsToAction: 'Appels à l’action',
    noKeyTakeaways: 'Aucun point à retenir rédigé pour l’instant.',
    noCallsToAction: 'Aucun appel à l’action rédigé pour l’instant.',
    keyIssues: 'Principales questions soulevées',
    noKeyIssues: 'Aucune question principale rédigée pour l’instant.',
    discussion: 'Résumé de la discussion',
    noQuestions: 'Aucune question d’orientation enregistrée.',
    question: 'Question d’orientation {{n}}\u00a0: {{text}}',
    noSummary: 'Aucun résumé rédigé pour l’instant.',
    draftMark:
      'ÉBAUCHE\u00a0: rédigée par Session Desk à partir des interventions\u00a0; pas encore revue ni approuvée par le rapporteur.',
    noStatementsForQuestion: 'Aucune intervention associée à cette question pour l’instant.',
    drafted: 'ébauche tirée des interventions',
    wayForward: 'Perspectives et suivi',
    noWayForward: 'Aucune perspective enregistrée pour l’instant.',
    forum: 'Suivi\u00a0: {{forum}}',
    noForum: 'Recommandations sans forum désigné',
    participation: {
      heading: 'Participation et genre',
      onsite: 'Participants sur place (estimation)',
      online: 'Participants en ligne (estimation)',
      total: 'Total des participants',
      women: 'Femmes et personnes de genres divers (estimation)',
      genderAddressed: 'Genre abordé dans la discussion',
      genderHow: 'Comment le genre a été abordé',
    },
    speaking: {
      heading: 'Temps de parole',
      summary: {
        one: 'Temps de parole chronométré\u00a0: {{duration}} en {{count}} tour, d’après le chronomètre du modérateur.',
        many: 'Temps de parole chronométré\u00a0: {{duration}} en {{count}} de tours, d’après le chronomètre du modérateur.',
        other:
          'Temps de parole chronométré\u00a0: {{duration}} en {{count}} tours, d’après le chronomètre du modérateur.',
      },
      none: 'Aucun tour de parole n’a été chronométré.',
      time: 'Durée',
      share: 'Part',
    },
    annex: {
      heading: 'Annexe\u00a0: journal des interventions',
      intro: {
        one: '{{count}} intervention telle que saisie, par question d’orientation.',
        many: 'Les {{count}} d’interventions telles que saisies, par question d’orientation.',
        other: 'Les {{count}} interventions telles que saisies, par question d’orientation.',
      },
      none: 'Aucune intervention saisie.',
      question: 'Interventions sur la question d’orientation {{n}}',
      otherStatements: 'Autres interventions',
    },
    document: {
      item: 'Élément',
      details: 'Détails',
      noText: '(sans texte)',
      page: 'Page {{page}} sur {{pages}}',
    },
  },
  brief: {
    kicker: 'Note de l’organisateur',
    title: 'Messages clés et suivi',
    propertiesTitle: 'Note de l’organisateur\u00a0: {{sessions}}',
    sessionCount: { one: '{{count}} session', many: '{{count}} de sessions', other: '{{count}} sessions' },
    sessions: 'Sessions de cette note',
    header: {
      code: 'Code',
      session: 'Session',
      date: 'Date',
      takeaways: 'Points à retenir',
      callsToAction: 'Appels à l’action',
      followUps: 'Suites',
    },
    noSessions: 'Aucune session n’a été sélectionnée.',
    noKeyTakeaways: 'Aucun point à retenir rédigé pour l’instant pour\u00a0: {{sessions}}.',
    noCallsToAction: 'Aucun appel à l’action rédigé pour l’instant pour\u00a0: {{sessions}}.',
    followUp: 'Suivi par forum',
    followUpIntro:
      'Recommandations et engagements issus des sessions, regroupés selon le forum auquel ils s’adressent.',
    noFollowUps: 'Aucune recommandation ni aucun engagement n’a été enregistré dans ces sessions.',
    withoutForum: 'Sans forum désigné',
  },
  cli: {
    usage: `Utilisation\u00a0: session-desk <commande> …   (ou\u00a0: npm run desk -- <commande> …)

  import-igf <page.txt> -o <session.json>   analyser une page de session et créer un fichier de session
  import-igf <page.txt> --json              afficher seulement l’analyse, en JSON
  export <session.json> --docx <out.docx> [--md <out.md>] [--json <out.json>] [--settings <file>] [--lang ar|zh|en|fr|ru|es]
                                            écrire le rapport de session (et/ou le fichier de session)
                                            avec les forums des réglages de l’application (ou de <file>)
  brief <dossier ou fichiers…> --docx <brief.docx> [--md <brief.md>] [--csv <calls.csv>]
                                            la note de l’organisateur sur plusieurs sessions
  validate <session.json>                   vérifier un fichier de session (code 1 s’il n’est pas valide)
  import-transcript <session.json> <transcript.txt> | --json <transcript.txt>   ajouter les tours d’une transcription RAW / afficher son analyse
  draft <session.json> --json | --md [--words N | --ratio R]
                                            ébaucher le rapport\u00a0: étiquettes suggérées, propositions, résumés

Le rapport est rédigé dans la langue donnée par --lang, sinon dans la langue de rapport de la session, sinon en anglais.
`,
    unknownCommand: 'Commande inconnue\u00a0: {{command}}',
    error: 'Erreur\u00a0: {{message}}',
    wrote: '{{file}} écrit',
    badLanguage: '--lang doit être l’une des valeurs {{languages}} (reçu «\u00a0{{value}}\u00a0»).',
    needsImport: 'import-igf a besoin de <page.txt> et de -o <session.json> ou --json.',
    needsExport: 'export a besoin de <session.json> et d’au moins une option parmi {{formats}}.',
    needsValidate: 'validate a besoin de <session.json>.',
    needsBrief:
      'brief a besoin de fichiers de session ou d’un dossier qui en contient, et de --docx <brief.docx> et/ou --md <brief.md>.',
    noSessionFiles: 'Aucun fichier de session trouvé dans {{inputs}}.',
    progressSkipped: '{{file}} ignoré\u00a0: {{message}}',
    skipped: {
      one: '{{count}} fichier a été ignoré\u00a0: {{files}}.',
      many: '{{count}} de fichiers ont été ignorés\u00a0: {{files}}.',
      other: '{{count}} fichiers ont été ignorés\u00a0: {{files}}.',
    },
    exists: '{{file}} existe déjà\u00a0; choisissez un autre nom (il n’a pas été écrasé).',
    valid: {
      one: '{{file}}\u00a0: session valide «\u00a0{{title}}\u00a0» (format {{format}}, {{count}} intervention)',
      many: '{{file}}\u00a0: session valide «\u00a0{{title}}\u00a0» (format {{format}}, {{count}} d’interventions)',
      other:
        '{{file}}\u00a0: session valide «\u00a0{{title}}\u00a0» (format {{format}}, {{count}} interventions)',
    },
    summary: {
      title: 'Titre',
      code: 'Code',
      format: 'Format',
      organizers: 'Organisateurs',
      speakers: 'Intervenants',
      moderators: 'Modérateurs',
      moderatorsValue: 'sur place {{onsite}}, en ligne {{online}}',
      rapporteur: 'Rapporteur',
      questions: 'Questions',
      notFound: 'Non trouvé',
      none: '(aucun)',
      minutes: '{{minutes}} min',
    },
  },
};
