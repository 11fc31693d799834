import type { Messages } from '../index';

/** Russian (UN names of the regional groups; plural forms one / few / many / other). */
export const ru: Messages = {
  codes: {
    stakeholder: {
      government: 'Правительство',
      'civil-society': 'Гражданское общество',
      'private-sector': 'Частный сектор',
      'technical-community': 'Техническое сообщество',
      'intergovernmental-organization': 'Межправительственная организация',
    },
    region: {
      'african-group': 'Группа африканских государств',
      'asia-pacific-group': 'Группа азиатско-тихоокеанских государств',
      'eastern-european-group': 'Группа восточноевропейских государств',
      grulac: 'Группа государств Латинской Америки и Карибского бассейна (ГРУЛАК)',
      weog: 'Группа западноевропейских и других государств (ЗЕОДГ)',
      'intergovernmental-organization': 'Межправительственная организация',
    },
    gender: {
      woman: 'Женщина',
      man: 'Мужчина',
      'non-binary-other': 'Небинарный / другое',
      'prefer-not-to-say': 'Предпочитает не указывать',
    },
    presence: { onsite: 'На месте', online: 'Онлайн' },
    role: {
      organizer: 'Организатор',
      speaker: 'Выступающий',
      onsiteModerator: 'Модератор в зале',
      onlineModerator: 'Онлайн-модератор',
      rapporteur: 'Докладчик',
    },
    kind: {
      statement: 'Выступление',
      question: 'Вопрос',
      recommendation: 'Рекомендация',
      commitment: 'Обязательство',
      'key-takeaway-candidate': 'Возможный ключевой вывод',
      'call-to-action-candidate': 'Возможный призыв к действию',
      quote: 'Цитата',
      'poll-result': 'Результат опроса',
    },
  },
  balance: {
    dimension: {
      stakeholder: 'Группа заинтересованных сторон',
      region: 'Региональная группа',
      presence: 'На месте / онлайн',
      gender: 'Гендер',
    },
    gender: {
      woman: 'Женщины',
      man: 'Мужчины',
      'non-binary-other': 'Небинарные / другие',
      'prefer-not-to-say': 'Предпочли не указывать',
    },
    notRecorded: 'Не указано',
  },
  duration: {
    hm: '{{h}} ч {{mm}} мин',
    h: '{{h}} ч',
    ms: '{{m}} мин {{ss}} с',
    m: '{{m}} мин',
    s: '{{s}} с',
    minutes: {
      one: '{{count}} минута',
      few: '{{count}} минуты',
      many: '{{count}} минут',
      other: '{{count}} минуты',
    },
    minutesWithHours: '{{minutes}} ({{hours}})',
  },
  common: {
    listSeparator: ', ',
    colon: ': ',
    dateAndTime: '{{date}}, {{time}}',
    yes: 'Да',
    no: 'Нет',
    noName: '(без имени)',
    unattributed: 'Без указания автора',
    untitled: 'Сессия без названия',
  },
  report: {
    kicker: 'Отчёт о сессии',
    subjectWithCode: 'Отчёт о сессии, {{code}}',
    exportedBy: '{{kicker}}: экспорт из Session Desk',
    facts: {
      heading: 'Сведения о сессии',
      title: 'Название',
      code: 'Код сессии',
      date: 'Дата',
      time: 'Время',
      timeWithZone: '{{time}} ({{zone}})',
      room: 'Зал',
      format: 'Формат',
      plannedDuration: 'Плановая продолжительность',
      actualDuration: 'Фактическая продолжительность',
      actualDurationValue: '{{duration}}, от первого до последнего выступления по таймеру',
      hybrid: 'Гибридный формат',
      themes: 'Темы',
    },
    cover: {
      organizers: 'Организаторы',
      moderators: 'Модераторы',
      online: '{{names}} (онлайн)',
      rapporteur: 'Докладчик',
    },
    people: {
      heading: 'Участники',
      name: 'Имя',
      roles: 'Роль (роли)',
      affiliation: 'Организация',
      stakeholder: 'Группа заинтересованных сторон',
      region: 'Регион',
      audience: 'Из зала',
      participant: 'Участник',
      none: 'Участники пока не указаны.',
    },
    keyTakeaways: 'Ключевые выводы',
    callsToAction: 'Призывы к действию',
    noKeyTakeaways: 'Ключевые выводы пока не написаны.',
    noCallsToAction: 'Призывы к действию пока не написаны.',
    keyIssues: 'Основные поднятые вопросы',
    noKeyIssues: 'Основные вопросы пока не написаны.',
    discussion: 'Краткое изложение обсуждения',
    noQuestions: 'Вопросы политики не указаны.',
    question: 'Вопрос политики {{n}}: {{text}}',
    noSummary: 'Резюме пока не написано.',
    draftMark:
      'ЧЕРНОВИК: составлен Session Desk по выступлениям; ещё не отредактирован и не одобрен докладчиком.',
    noStatementsForQuestion: 'К этому вопросу пока не отнесено ни одного выступления.',
    drafted: 'черновик по выступлениям',
    wayForward: 'Дальнейшие шаги и последующие действия',
    noWayForward: 'Дальнейшие шаги пока не записаны.',
    forum: 'Последующие действия: {{forum}}',
    noForum: 'Рекомендации без указанного форума',
    participation: {
      heading: 'Участие и гендер',
      onsite: 'Участники на месте (оценка)',
      online: 'Участники онлайн (оценка)',
      total: 'Всего участников',
      women: 'Женщины и гендерно разнообразные участники (оценка)',
      genderAddressed: 'Гендерная тематика в обсуждении',
      genderHow: 'Как обсуждалась гендерная тематика',
    },
    speaking: {
      heading: 'Время выступлений',
      summary: {
        one: 'Время выступлений по таймеру модератора: {{duration}}, {{count}} выступление.',
        few: 'Время выступлений по таймеру модератора: {{duration}}, {{count}} выступления.',
        many: 'Время выступлений по таймеру модератора: {{duration}}, {{count}} выступлений.',
        other: 'Время выступлений по таймеру модератора: {{duration}}, {{count}} выступления.',
      },
      none: 'Ни одно выступление не было засечено по таймеру.',
      time: 'Время',
      share: 'Доля',
    },
    annex: {
      heading: 'Приложение: журнал выступлений',
      intro: {
        one: '{{count}} выступление в записанном виде, по вопросам политики.',
        few: 'Все {{count}} выступления в записанном виде, по вопросам политики.',
        many: 'Все {{count}} выступлений в записанном виде, по вопросам политики.',
        other: 'Все {{count}} выступления в записанном виде, по вопросам политики.',
      },
      none: 'Выступления не записаны.',
      question: 'Выступления по вопросу политики {{n}}',
      otherStatements: 'Другие выступления',
    },
    document: {
      item: 'Пункт',
      details: 'Сведения',
      noText: '(без текста)',
      page: 'Страница {{page}} из {{pages}}',
    },
  },
  brief: {
    kicker: 'Сводка организатора',
    title: 'Ключевые тезисы и последующие действия',
    propertiesTitle: 'Сводка организатора: {{sessions}}',
    sessionCount: {
      one: '{{count}} сессия',
      few: '{{count}} сессии',
      many: '{{count}} сессий',
      other: '{{count}} сессии',
    },
    sessions: 'Сессии в этой сводке',
    header: {
      code: 'Код',
      session: 'Сессия',
      date: 'Дата',
      takeaways: 'Выводы',
      callsToAction: 'Призывы к действию',
      followUps: 'Последующие действия',
    },
    noSessions: 'Сессии не выбраны.',
    noKeyTakeaways: 'Ключевые выводы пока не написаны для: {{sessions}}.',
    noCallsToAction: 'Призывы к действию пока не написаны для: {{sessions}}.',
    followUp: 'Последующие действия по форумам',
    followUpIntro:
      'Рекомендации и обязательства из сессий, сгруппированные по форумам, которым они адресованы.',
    noFollowUps: 'В этих сессиях не записано ни рекомендаций, ни обязательств.',
    withoutForum: 'Без указанного форума',
  },
  cli: {
    usage: `Использование: session-desk <команда> …   (или: npm run desk -- <команда> …)

  import-igf <page.txt> -o <session.json>   разобрать страницу сессии и создать файл сессии
  import-igf <page.txt> --json              вывести только результат разбора в JSON
  export <session.json> --docx <out.docx> [--md <out.md>] [--json <out.json>] [--settings <file>] [--lang ar|zh|en|fr|ru|es]
                                            записать отчёт о сессии (и/или файл сессии)
                                            с форумами из настроек приложения (или из <file>)
  brief <папка или файлы…> --docx <brief.docx> [--md <brief.md>] [--csv <calls.csv>]
                                            сводка организатора по нескольким сессиям
  validate <session.json>                   проверить файл сессии (код 1, если он неверен)
  import-transcript <session.json> <transcript.txt> | --json <transcript.txt>   добавить выступления из RAW-стенограммы / вывести её разбор
  draft <session.json> --json | --md [--words N | --ratio R]
                                            черновик отчёта: предлагаемые метки, кандидаты, резюме

Отчёт пишется на языке, заданном --lang, иначе на языке отчёта сессии, иначе на английском.
`,
    unknownCommand: 'Неизвестная команда: {{command}}',
    error: 'Ошибка: {{message}}',
    wrote: 'Записан файл {{file}}',
    badLanguage: '--lang должен быть одним из: {{languages}} (получено «{{value}}»).',
    needsImport: 'Для import-igf нужны <page.txt> и -o <session.json> или --json.',
    needsExport: 'Для export нужны <session.json> и хотя бы один из параметров {{formats}}.',
    needsValidate: 'Для validate нужен <session.json>.',
    needsBrief:
      'Для brief нужны файлы сессий или папка с ними, а также --docx <brief.docx> и/или --md <brief.md>.',
    noSessionFiles: 'В {{inputs}} не найдено файлов сессий.',
    progressSkipped: 'пропущен {{file}}: {{message}}',
    skipped: {
      one: 'Пропущен {{count}} файл: {{files}}.',
      few: 'Пропущено {{count}} файла: {{files}}.',
      many: 'Пропущено {{count}} файлов: {{files}}.',
      other: 'Пропущено {{count}} файла: {{files}}.',
    },
    exists: '{{file}} уже существует; выберите другое имя (файл не перезаписан).',
    valid: {
      one: '{{file}}: корректная сессия «{{title}}» (формат {{format}}, {{count}} выступление)',
      few: '{{file}}: корректная сессия «{{title}}» (формат {{format}}, {{count}} выступления)',
      many: '{{file}}: корректная сессия «{{title}}» (формат {{format}}, {{count}} выступлений)',
      other: '{{file}}: корректная сессия «{{title}}» (формат {{format}}, {{count}} выступления)',
    },
    summary: {
      title: 'Название',
      code: 'Код',
      format: 'Формат',
      organizers: 'Организаторы',
      speakers: 'Выступающие',
      moderators: 'Модераторы',
      moderatorsValue: 'в зале {{onsite}}, онлайн {{online}}',
      rapporteur: 'Докладчик',
      questions: 'Вопросы',
      notFound: 'Не найдено',
      none: '(нет)',
      minutes: '{{minutes}} мин',
    },
  },
};
