import { desktopEn } from './desktop/en';
/**
 * English, the source catalog: every other language is typed against it (shared/i18n/catalog.ts).
 * `{{name}}` is filled in at run time; a `{ one, other }` object is a count-dependent text.
 */
export const en = {
  ...desktopEn,
  codes: {
    stakeholder: {
      government: 'Government',
      'civil-society': 'Civil Society',
      'private-sector': 'Private Sector',
      'technical-community': 'Technical Community',
      'intergovernmental-organization': 'Intergovernmental Organization',
    },
    region: {
      'african-group': 'African Group',
      'asia-pacific-group': 'Asia-Pacific Group',
      'eastern-european-group': 'Eastern European Group',
      grulac: 'Latin American and Caribbean Group (GRULAC)',
      weog: 'Western European and Others Group (WEOG)',
      'intergovernmental-organization': 'Intergovernmental Organization',
    },
    gender: {
      woman: 'Woman',
      man: 'Man',
      'non-binary-other': 'Non-binary / other',
      'prefer-not-to-say': 'Prefers not to say',
    },
    presence: { onsite: 'Onsite', online: 'Online' },
    role: {
      organizer: 'Organizer',
      speaker: 'Speaker',
      onsiteModerator: 'Onsite moderator',
      onlineModerator: 'Online moderator',
      rapporteur: 'Rapporteur',
    },
    kind: {
      statement: 'Statement',
      question: 'Question',
      recommendation: 'Recommendation',
      commitment: 'Commitment',
      'key-takeaway-candidate': 'Key takeaway candidate',
      'call-to-action-candidate': 'Call to action candidate',
      quote: 'Quote',
      'poll-result': 'Poll result',
    },
  },
  balance: {
    dimension: {
      stakeholder: 'Stakeholder group',
      region: 'Regional group',
      presence: 'Onsite / online',
      gender: 'Gender',
    },
    /** Speaking time is counted per group of people, hence the plurals. */
    gender: {
      woman: 'Women',
      man: 'Men',
      'non-binary-other': 'Non-binary/other',
      'prefer-not-to-say': 'Prefer not to say',
    },
    notRecorded: 'Not recorded',
  },
  duration: {
    hm: '{{h}} h {{mm}} min',
    h: '{{h}} h',
    ms: '{{m}} min {{ss}} s',
    m: '{{m}} min',
    s: '{{s}} s',
    minutes: { one: '{{count}} minute', other: '{{count}} minutes' },
    minutesWithHours: '{{minutes}} ({{hours}})',
  },
  common: {
    /** Between the items of a plain list (themes, names, roles). */
    listSeparator: ', ',
    colon: ': ',
    dateAndTime: '{{date}}, {{time}}',
    yes: 'Yes',
    no: 'No',
    noName: '(no name)',
    unattributed: 'Unattributed',
    untitled: 'Untitled session',
  },
  stage: {
    /** The stage screen and the Capture tab's timer strip, read by the speaker from across a room. */
    nextUp: 'Next up',
    nextUpOnline: '{{name}} (online)',
    nobodyNext: 'Nobody waiting',
    segmentLeft: 'Left in {{segment}}',
    segmentOver: '{{segment}} over by',
    sessionLeft: 'Left in the session',
    sessionPast: 'Past the end by',
    timeOfDay: 'Time',
    onFloor: 'On the floor',
    noTurn: 'Nobody has the floor',
    strip: 'Timer',
    /** The words under the clock that name its state, so colour is never the only signal. */
    reading: {
      notStarted: 'Not started',
      countingUp: 'Counting up',
      onTime: 'On time',
      left: '{{time}} or less left',
      overtime: 'Overtime',
      ended: 'Ended',
      endedOver: 'Ended · {{time}} over',
      paused: 'Paused',
      pausedWith: 'Paused · {{label}}',
      seconds: { one: '{{count}} second', other: '{{count}} seconds' },
    },
  },
  report: {
    kicker: 'Session report',
    subjectWithCode: 'Session report, {{code}}',
    exportedBy: '{{kicker}} exported by Session Desk',
    facts: {
      heading: 'Session facts',
      title: 'Title',
      code: 'Session code',
      date: 'Date',
      time: 'Time',
      timeWithZone: '{{time}} ({{zone}})',
      room: 'Room',
      format: 'Format',
      plannedDuration: 'Planned duration',
      actualDuration: 'Actual duration',
      actualDurationValue: '{{duration}}, first to last timed turn',
      notMeasured: 'not measured: the timed turns are more than a day apart',
      hybrid: 'Hybrid',
      themes: 'Themes',
    },
    cover: {
      organizers: 'Organizers',
      moderators: 'Moderators',
      online: '{{names}} (online)',
      rapporteur: 'Rapporteur',
    },
    people: {
      heading: 'People',
      name: 'Name',
      roles: 'Role(s)',
      affiliation: 'Affiliation',
      stakeholder: 'Stakeholder group',
      region: 'Region',
      audience: 'Audience',
      participant: 'Participant',
      none: 'No people recorded yet.',
    },
    keyTakeaways: 'Key takeaways',
    callsToAction: 'Calls to action',
    noKeyTakeaways: 'No key takeaways written yet.',
    noCallsToAction: 'No calls to action written yet.',
    keyIssues: 'Key issues raised',
    noKeyIssues: 'No key issues written yet.',
    discussion: 'Summary of the discussion',
    noQuestions: 'No policy questions recorded.',
    question: 'Policy question {{n}}: {{text}}',
    noSummary: 'No summary written yet.',
    draftMark:
      'DRAFT: drafted from the statements by Session Desk; not yet edited or approved by the rapporteur.',
    noStatementsForQuestion: 'No statements tagged to this question yet.',
    drafted: 'draft from statements',
    poll: {
      heading: 'Poll results',
      title: 'Poll {{n}}: {{question}}',
      untitled: 'untitled',
      option: 'Option',
      votes: 'Votes',
      share: 'Share',
      total: 'Total',
      /** The line under a poll's statement in the annex. */
      line: 'Poll: {{question}} ({{votes}})',
      voteCount: { one: '{{count}} vote', other: '{{count}} votes' },
    },
    wayForward: 'Way forward and follow-up',
    noWayForward: 'No way forward recorded yet.',
    forum: 'Follow-up: {{forum}}',
    noForum: 'Recommendations without a named forum',
    participation: {
      heading: 'Participation and gender',
      onsite: 'Participants onsite (estimated)',
      online: 'Participants online (estimated)',
      total: 'Participants in total',
      women: 'Women and gender-diverse participants (estimated)',
      genderAddressed: 'Gender addressed in the discussion',
      genderHow: 'How gender was addressed',
    },
    speaking: {
      heading: 'Speaking time',
      summary: {
        one: "Timed speaking: {{duration}} over {{count}} turn, from the moderator's timer.",
        other: "Timed speaking: {{duration}} over {{count}} turns, from the moderator's timer.",
      },
      none: 'No speaking turns were timed.',
      time: 'Time',
      share: 'Share',
    },
    annex: {
      heading: 'Annex: statement log',
      intro: {
        one: '{{count}} statement as captured, by policy question.',
        other: 'All {{count}} statements as captured, by policy question.',
      },
      none: 'No statements captured.',
      question: 'Statements on policy question {{n}}',
      otherStatements: 'Other statements',
    },
    document: {
      item: 'Item',
      details: 'Details',
      noText: '(no text)',
      page: 'Page {{page}} of {{pages}}',
    },
  },
  brief: {
    kicker: 'Organizer’s brief',
    title: 'Key messages and follow-up',
    propertiesTitle: "Organizer's brief: {{sessions}}",
    sessionCount: { one: '{{count}} session', other: '{{count}} sessions' },
    sessions: 'Sessions in this brief',
    header: {
      code: 'Code',
      session: 'Session',
      date: 'Date',
      takeaways: 'Takeaways',
      callsToAction: 'Calls to action',
      followUps: 'Follow-ups',
    },
    noSessions: 'No sessions were selected.',
    glance: 'At a glance',
    themes: 'Themes',
    themesHeader: { theme: 'Theme', sessions: 'Sessions' },
    noThemes: 'No themes were recorded for these sessions.',
    stakeholders: 'Stakeholder groups',
    regions: 'Regions',
    peopleHeader: { speakers: 'Speakers', items: 'Recommendations and calls to action' },
    participationHeader: { figure: 'Figure', total: 'Total' },
    participation: {
      reporting: 'Sessions reporting participants',
      outOf: '{{n}} of {{total}}',
      onsite: 'Participants onsite',
      online: 'Participants online',
      total: 'Participants in all',
      women: 'Women and gender-diverse participants (estimated)',
      womenValue: '{{women}} of {{total}} ({{share}}), {{basis}}',
      womenBasis: {
        one: 'from the {{count}} session that estimated a share',
        other: 'from the {{count}} sessions that estimated a share',
      },
      addressed: 'Sessions that addressed gender in the discussion',
      notAddressed: 'Sessions that did not',
      unanswered: 'Sessions that did not say',
      speakers: {
        woman: 'Speakers: women',
        man: 'Speakers: men',
        'non-binary-other': 'Speakers: non-binary or other',
        'prefer-not-to-say': 'Speakers: preferred not to say',
        none: 'Speakers: not recorded',
      },
    },
    noKeyTakeaways: 'No key takeaways written yet for: {{sessions}}.',
    noCallsToAction: 'No calls to action written yet for: {{sessions}}.',
    followUp: 'Follow-up by forum',
    followUpIntro:
      'Recommendations, commitments and calls to action from the sessions, grouped by the forum they were addressed to, each with its speaker and session.',
    noFollowUps: 'No recommendations or commitments were recorded in these sessions.',
    withoutForum: 'Without a named forum',
    callPrefix: 'Call to action',
    /** The spreadsheet of calls to action: its column headings and the type of each row. */
    csv: {
      type: 'Type',
      fora: 'Fora',
      text: 'Text',
      speaker: 'Speaker',
      stakeholder: 'Stakeholder group',
      region: 'Region',
      code: 'Session code',
      title: 'Session title',
      date: 'Date',
      id: 'Session id',
    },
    csvType: {
      callToAction: 'Call to action',
      recommendation: 'Recommendation',
      commitment: 'Commitment',
      addressed: 'Addressed to a forum',
    },
    fileName: 'Organizer brief',
    csvFileName: 'Calls to action',
  },
  /** The pages other devices open from the host: the stage and the online moderator's page. */
  web: {
    stage: 'Stage',
    connecting: 'Connecting…',
    waiting: 'Waiting for the moderator to let this device in…',
    reconnecting: 'Reconnecting to the moderator’s computer…',
    refused: {
      'bad-token':
        'This link is not valid any more (it may have been replaced, or sharing stopped). Ask the moderator for a new one.',
      revoked: 'The moderator has removed this device.',
      refused: 'The moderator did not let this device in.',
    },
    /** What the host reports about a message from the page, by its code. */
    errors: {
      waiting: 'The moderator has not let this device in yet.',
      forbidden: 'This link may not do that.',
      'not-saved': 'The request could not be saved on the moderator’s computer. Try again.',
      'bad-frame': 'The moderator’s computer did not understand this page. Reload it.',
    },
    speaker: 'Speaker',
    blackout: 'Blackout',
    online: {
      title: 'Online moderator',
      session: 'Session',
      clock: 'Speaker’s time',
      queue: 'Queue ({{count}})',
      inRoom: 'In the room',
      nobodyWaiting: 'Nobody is waiting.',
      ask: 'Someone online asks for the floor',
      name: 'Name',
      notKnown: 'Not known',
      add: 'Add to the queue',
      added: '{{name}} is in the queue.',
    },
  },
  cli: {
    usage: `Usage: session-desk <command> …   (or: npm run desk -- <command> …)

  import-igf <page.txt> -o <session.json>   parse a session page into a new session file
  import-igf <page.txt> --json              print the parse as JSON only
  export <session.json> --docx <out.docx> [--md <out.md>] [--json <out.json>] [--settings <file>] [--lang ar|zh|en|fr|ru|es]
                                            write the session report (and/or the session file), with
                                            the fora of the app's settings (or of <file>)
  brief <folder or files…> --docx <brief.docx> [--md <brief.md>] [--csv <calls.csv>] [--lang ar|zh|en|fr|ru|es]
                                            the organizer's brief across sessions
  merge <a.session.json> <b.session.json> -o <merged.session.json>
                                            merge two copies of one session, print what came from each
  validate <session.json>                   check a session file (exit 1 when invalid)
  import-transcript <session.json> <transcript.txt> | --json <transcript.txt>   add a RAW transcript's turns / print its parse
  draft <session.json> --json | --md [--words N | --ratio R]
                                            draft the report: tag suggestions, candidates, summaries

The report is written in the language given by --lang, else the session's report language, else English;
the brief in the language given by --lang, else English.
`,
    unknownCommand: 'Unknown command: {{command}}',
    error: 'Error: {{message}}',
    wrote: 'Wrote {{file}}',
    badLanguage: '--lang must be one of {{languages}} (got "{{value}}").',
    needsImport: 'import-igf needs <page.txt> and -o <session.json> or --json.',
    needsExport: 'export needs <session.json> and {{formats}} (one or more).',
    needsValidate: 'validate needs <session.json>.',
    needsBrief:
      'brief needs session files or a folder of them, and --docx <brief.docx>, --md <brief.md> and/or --csv <calls.csv>.',
    briefWrote: 'Wrote {{file}} ({{sessions}})',
    merge: {
      done: 'Merged {{a}} and {{b}} into {{out}} ({{method}}).',
      byHistory: 'field by field on their shared history',
      byRecord: 'record by record, newest first',
      from: 'From {{file}} ({{count}}):',
      needs: 'merge needs two copies of one session and -o <merged.session.json>.',
    },
    noSessionFiles: 'No session files found in {{inputs}}.',
    progressSkipped: 'skipped {{file}}: {{message}}',
    skipped: {
      one: '{{count}} file was skipped: {{files}}.',
      other: '{{count}} files were skipped: {{files}}.',
    },
    exists: '{{file}} already exists; choose another name (it was not overwritten).',
    valid: {
      one: '{{file}}: valid session "{{title}}" (format {{format}}, {{count}} statement)',
      other: '{{file}}: valid session "{{title}}" (format {{format}}, {{count}} statements)',
    },
    summary: {
      title: 'Title',
      code: 'Code',
      format: 'Format',
      organizers: 'Organizers',
      speakers: 'Speakers',
      moderators: 'Moderators',
      moderatorsValue: 'onsite {{onsite}}, online {{online}}',
      rapporteur: 'Rapporteur',
      questions: 'Questions',
      notFound: 'Not found',
      none: '(none)',
      minutes: '{{minutes}} min',
    },
  },
} as const;
