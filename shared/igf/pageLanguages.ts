import { CATALOGS } from '../i18n/index';
import { LANGUAGES } from '../i18n/languages';
import { en } from '../i18n/locales/en';
import { REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../model/session';
import { OTHER_FORMAT_WORDS } from './pageLines';

/**
 * Session pages written in French, Spanish, Arabic, Russian or Chinese (the regional and national IGFs
 * publish theirs so): each line's field label, the session heading, the date line and the stakeholder and
 * regional groups of a person line are read as the English page would print them, so the one parser reads
 * every language. Only labels at the start of a line before a colon (or alone on it) are replaced, and
 * only whole comma-separated fields that are a group's name, so names, questions and prose stay as written.
 * Pure TS; bounded regexes only.
 */

/** The English label a page's own label stands for, and the spellings each language uses for it. */
const LABELS: Array<[english: string, spellings: string]> = [
  // fr · es · ru · ar · zh, longest first within each line of the table where one is a prefix of another
  [
    'Online Moderator',
    'Modérateur en ligne|Modératrice en ligne|Modération en ligne|Moderador en línea|Moderadora en línea|' +
      'Moderador virtual|Moderadora virtual|Онлайн-модератор|Модератор онлайн|Модератор в сети|' +
      'مدير الجلسة عبر الإنترنت|الميسر عبر الإنترنت|المشرف عبر الإنترنت|线上主持人|在线主持人|网络主持人',
  ],
  [
    'Onsite Moderator',
    'Modérateur sur place|Modératrice sur place|Modérateur en présentiel|Modératrice en présentiel|' +
      'Modérateur|Modératrice|Modération|Moderador presencial|Moderadora presencial|Moderador|Moderadora|' +
      'Модератор на месте|Модератор в зале|Модератор|مدير الجلسة في القاعة|مدير الجلسة|الميسر|' +
      '现场主持人|主持人',
  ],
  [
    'Rapporteur',
    'Rapporteur|Rapporteuse|Relator|Relatora|Составитель отчёта|Составитель отчета|Репортёр|Репортер|' +
      'المقرر|المقررة|报告员',
  ],
  [
    'Organizers',
    'Organisateurs|Organisatrices|Organisations organisatrices|Organizadores|Organizadoras|' +
      'Entidades organizadoras|Организаторы|الجهات المنظمة|المنظمون|组织者|主办方|主办单位',
  ],
  [
    'Organizer',
    'Organisateur|Organisatrice|Organizador|Organizadora|Организатор|الجهة المنظمة|المنظم|组织方',
  ],
  [
    'Speakers',
    'Intervenants|Intervenantes|Intervenant\\(e\\)s|Panélistes|Ponentes|Oradores|Panelistas|' +
      'Докладчики|Выступающие|Спикеры|المتحدثون|المتحدثين|发言人|嘉宾',
  ],
  [
    'Speaker',
    'Intervenant|Intervenante|Ponente|Orador|Oradora|Докладчик|Выступающий|Спикер|المتحدث|المتحدثة',
  ],
  [
    'Policy Question(s)',
    "Questions? d’orientation politique|Questions? d'orientation politique|Questions? d’orientation|" +
      "Questions? d'orientation|Questions? politiques?|Preguntas? de política|Preguntas? sobre políticas|" +
      'Вопросы политики|Политические вопросы|Вопросы для обсуждения|أسئلة السياسات|الأسئلة السياساتية|' +
      'أسئلة السياسة العامة|政策问题',
  ],
  [
    'Expected Outcomes',
    'Résultats attendus|Resultados esperados|Ожидаемые результаты|النتائج المتوقعة|预期成果',
  ],
  [
    'Duration (minutes)',
    'Durée \\(minutes\\)|Durée \\(en minutes\\)|Durée|Duración \\(minutos\\)|Duración \\(en minutos\\)|Duración|' +
      'Продолжительность \\(минуты\\)|Продолжительность \\(мин\\.?\\)|Продолжительность|' +
      'المدة \\(بالدقائق\\)|المدة|时长（分钟）|时长\\(分钟\\)|时长',
  ],
  ['Hybrid Format', 'Format hybride|Formato híbrido|Гибридный формат|الصيغة الهجينة|混合形式'],
  [
    'Format',
    'Format de la session|Format|Formato de la sesión|Formato|Формат сессии|Формат|شكل الجلسة|الشكل|会议形式|形式',
  ],
  [
    'Description',
    'Description de la session|Description|Descripción de la sesión|Descripción|Описание сессии|Описание|' +
      'وصف الجلسة|الوصف|会议说明|会议简介|说明|简介',
  ],
  [
    'Themes',
    'Sous-thèmes?|Thèmes?|Subtemas?|Temas?|Подтемы|Подтема|Темы|Тема|المواضيع الفرعية|الموضوع الفرعي|' +
      'المواضيع|الموضوع|分主题|主题',
  ],
];

/** 'Intervenant 2 :', 'Ponentes:', '发言人：', 'المتحدثون' (alone on its line): label, number, value. */
const LABEL_LINE = new RegExp(
  `^(${LABELS.map(([, s]) => s).join('|')})(?:\\s*(\\d{1,3}))?\\s*(?:[:：]\\s*(.*))?$`,
  'iu',
);
const ENGLISH = new Map<string, string>();
for (const [english, spellings] of LABELS)
  for (const s of spellings.split('|'))
    ENGLISH.set(foldLabel(s.replace(/\\/g, '').replace(/\?/g, '')), english);

function foldLabel(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/['’]/g, '’').replace(/\s+/g, ' ').trim();
}

/** The English label a matched spelling stands for (a regex alternative such as 'Thèmes?' included). */
function englishFor(printed: string): string | null {
  const f = foldLabel(printed);
  const direct = ENGLISH.get(f) ?? ENGLISH.get(f.replace(/s$/u, ''));
  if (direct) return direct;
  for (const [english, spellings] of LABELS)
    for (const s of spellings.split('|')) if (new RegExp(`^(?:${s})$`, 'iu').test(printed)) return english;
  return null;
}

const PERSON_LABELS = new Set([
  'Organizers',
  'Organizer',
  'Speakers',
  'Speaker',
  'Onsite Moderator',
  'Online Moderator',
  'Rapporteur',
]);

/** A single-number label ('Organizer 1', 'Speaker 2') keeps its number; the others are headers. */
const NUMBERED: Record<string, string> = { Organizers: 'Organizer', Speakers: 'Speaker' };

function labelLine(line: string): string | null {
  if (line.length > 2000) return null;
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const english = englishFor(m[1] ?? '');
  if (!english) return null;
  const n = m[2];
  // A person's value: the commas of its script read as commas, its groups as the English page names them.
  const value =
    m[3] !== undefined && PERSON_LABELS.has(english)
      ? (groupLine(m[3]) ?? m[3].replace(/\s*[،，、]\s*/gu, ', '))
      : m[3];
  if (n) {
    const single = NUMBERED[english] ?? english;
    if (single !== 'Organizer' && single !== 'Speaker') return null;
    return `${single} ${n}: ${value ?? ''}`.trimEnd();
  }
  return value === undefined ? english : `${english}: ${value}`;
}

// ---------------------------------------------------------------------------------------------
// Groups in person lines: 'Aminata Diallo, Société civile, Groupe des États d’Afrique'

const groupKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[（）()]/g, ' ')
    .replace(/[’'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Spellings pages use besides the catalog's own labels. */
const GROUP_VARIANTS: Array<[english: string, spellings: string[]]> = [
  [
    en.codes.stakeholder['civil-society'],
    ['Sociedad Civil', 'Гражданское общество', 'المجتمع المدني', '民间团体', '公民社会'],
  ],
  [en.codes.stakeholder['private-sector'], ['Secteur privé', 'Sector Privado', 'Бизнес', '商界', '私营部门']],
  [
    en.codes.stakeholder['technical-community'],
    [
      'Communauté technique et universitaire',
      'Comunidad técnica y académica',
      'Академическое сообщество',
      'المجتمع التقني والأكاديمي',
      '技术和学术界',
    ],
  ],
  [en.codes.stakeholder.government, ['Gouvernements', 'Gobiernos', 'Государство', 'الحكومات', '政府部门']],
  [
    en.codes.region['african-group'],
    ['Groupe africain', 'Grupo Africano', 'Африканская группа', 'المجموعة الأفريقية', '非洲组'],
  ],
  [
    en.codes.region['asia-pacific-group'],
    [
      'Groupe Asie-Pacifique',
      'Grupo de Asia y el Pacífico',
      'Азиатско-Тихоокеанская группа',
      'مجموعة آسيا والمحيط الهادئ',
      '亚太组',
    ],
  ],
  [
    en.codes.region['eastern-european-group'],
    [
      'Groupe d’Europe orientale',
      'Grupo de Europa Oriental',
      'Восточноевропейская группа',
      'مجموعة أوروبا الشرقية',
      '东欧组',
    ],
  ],
  [
    en.codes.region.grulac,
    [
      'ГРУЛАК',
      'Groupe latino-américain et caribéen',
      'Grupo de América Latina y el Caribe',
      '拉美和加勒比组',
    ],
  ],
  [en.codes.region.weog, ['ЗЕОДГ', 'Groupe occidental', 'Grupo de Europa Occidental y otros Estados']],
];

const GROUPS = new Map<string, string>();
for (const language of LANGUAGES) {
  if (language === 'en') continue;
  const codes = CATALOGS[language].codes;
  for (const code of STAKEHOLDER_GROUPS)
    GROUPS.set(groupKey(codes.stakeholder[code]), en.codes.stakeholder[code]);
  for (const code of REGIONAL_GROUPS) GROUPS.set(groupKey(codes.region[code]), en.codes.region[code]);
}
for (const [english, spellings] of GROUP_VARIANTS)
  for (const s of spellings) GROUPS.set(groupKey(s), english);
// The stakeholder "Intergovernmental Organization" and the region of the same name read the same.

/** Commas of every script: ',', the Arabic '،' and the Chinese '，' and '、'. */
const FIELD_SPLIT = /\s*[,،，、]\s*/u;

function groupLine(line: string): string | null {
  if (line.length > 600 || !FIELD_SPLIT.test(line)) return null;
  const fields = line.split(FIELD_SPLIT);
  let changed = false;
  const out = fields.map((field) => {
    const english = GROUPS.get(groupKey(field));
    if (!english) return field;
    changed = true;
    return english;
  });
  return changed ? out.join(', ') : null;
}

// ---------------------------------------------------------------------------------------------
// The heading and the date line

/** 'FGI 2024 Atelier #12 : Titre', 'ФУИ 2024 …', 'منتدى حوكمة الإنترنت 2024 …', '互联网治理论坛 2024 …'. */
const HEADING =
  /^(?:FGI|ФУИ|Форум по управлению интернетом|منتدى حوكمة الإنترنت|互联网治理论坛)\s*((?:19|20)\d\d)\b/u;

const MONTH_NAMES: string[][] = [
  // fr, es, ru (genitive), ar
  ['janvier', 'enero', 'января', 'يناير'],
  ['février', 'febrero', 'февраля', 'فبراير'],
  ['mars', 'marzo', 'марта', 'مارس'],
  ['avril', 'abril', 'апреля', 'أبريل'],
  ['mai', 'mayo', 'мая', 'مايو'],
  ['juin', 'junio', 'июня', 'يونيو'],
  ['juillet', 'julio', 'июля', 'يوليو'],
  ['août', 'agosto', 'августа', 'أغسطس'],
  ['septembre', 'septiembre', 'сентября', 'سبتمبر'],
  ['octobre', 'octubre', 'октября', 'أكتوبر'],
  ['novembre', 'noviembre', 'ноября', 'نوفمبر'],
  ['décembre', 'diciembre', 'декабря', 'ديسمبر'],
];
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_OF = new Map<string, string>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, ENGLISH_MONTHS[i]!)));
/** '27 novembre 2024', '27 de noviembre de 2024', '27 ноября 2024 г.', '27 نوفمبر 2024'. */
const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(${[...MONTH_OF.keys()].join('|')})\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?:\\s*г\\.)?`,
  'giu',
);
/** '2024年11月27日'. */
const CHINESE_DATE = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

/** Weekdays, Monday first: the date line is known by its weekday when its time has no zone in brackets. */
const WEEKDAYS: string[][] = [
  ['lundi', 'lunes', 'понедельник', 'الاثنين', '星期一'],
  ['mardi', 'martes', 'вторник', 'الثلاثاء', '星期二'],
  ['mercredi', 'miércoles', 'среда', 'الأربعاء', '星期三'],
  ['jeudi', 'jueves', 'четверг', 'الخميس', '星期四'],
  ['vendredi', 'viernes', 'пятница', 'الجمعة', '星期五'],
  ['samedi', 'sábado', 'суббота', 'السبت', '星期六'],
  ['dimanche', 'domingo', 'воскресенье', 'الأحد', '星期日'],
];
const ENGLISH_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_OF = new Map<string, string>();
WEEKDAYS.forEach((names, i) => names.forEach((n) => WEEKDAY_OF.set(n, ENGLISH_WEEKDAYS[i]!)));
const WEEKDAY = new RegExp(`(${[...WEEKDAY_OF.keys()].join('|')})`, 'giu');

function dateLine(line: string): string | null {
  if (line.length > 240 || !/(?:19|20)\d\d/.test(line)) return null;
  const dated = line
    .replace(
      DAY_MONTH_YEAR,
      (_, d: string, m: string, y: string) => `${d} ${MONTH_OF.get(m.toLowerCase()) ?? m} ${y}`,
    )
    .replace(
      CHINESE_DATE,
      (_, y: string, m: string, d: string) => `${d} ${ENGLISH_MONTHS[Number(m) - 1] ?? m} ${y}`,
    );
  if (dated === line) return null;
  // Weekdays only on a line that gave a date, so a weekday in prose stays as written.
  return dated
    .replace(WEEKDAY, (w: string) => ` ${WEEKDAY_OF.get(w.toLowerCase()) ?? w} `)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** 'Table ronde - 90 min', 'Круглый стол - 90 мин', 'مائدة مستديرة - 90 دقيقة', '圆桌 - 90 分钟'. */
const FORMAT_MINUTES =
  /^(.{1,120}?\S)\s*[-–—]\s*(\d{1,3})\s*(?:minutos|minutes|min|мин(?:ут)?|دقيقة|分钟)\.?$/iu;

function formatMinutesLine(line: string): string | null {
  const m = FORMAT_MINUTES.exec(line);
  if (!m || !OTHER_FORMAT_WORDS.test(m[1] ?? '')) return null;
  return `${m[1]} - ${m[2]} Min`;
}

/** The page with its labels, heading, dates and groups as the English page prints them. */
export function englishPageLines(text: string): string {
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.trim();
      if (!line) return raw;
      const heading = HEADING.exec(line);
      if (heading) return `IGF ${heading[1]}${line.slice(heading[0].length)}`;
      return labelLine(line) ?? dateLine(line) ?? formatMinutesLine(line) ?? groupLine(line) ?? raw;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Transcript labels that name a role, not a person: 'MODÉRATRICE', 'Moderador', 'ПРЕДСЕДАТЕЛЬ', 'المقرر', '主持人'

const ROLE_WORDS: Array<[english: string, spellings: string[]]> = [
  [
    'moderator',
    [
      'modérateur',
      'modératrice',
      'moderador',
      'moderadora',
      'модератор',
      'ведущий',
      'ведущая',
      'مدير الجلسة',
      'مديرة الجلسة',
      'الميسر',
      'الميسرة',
      'المنسق',
      '主持人',
    ],
  ],
  [
    'chair',
    [
      'président',
      'présidente',
      'presidente',
      'presidenta',
      'председатель',
      'رئيس الجلسة',
      'رئيسة الجلسة',
      '主席',
    ],
  ],
  [
    'rapporteur',
    ['rapporteur', 'rapporteuse', 'relator', 'relatora', 'составитель отчёта', 'المقرر', 'المقررة', '报告员'],
  ],
  ['host', ['animateur', 'animatrice', 'anfitrión', 'anfitriona', 'مضيف', '东道主']],
  [
    'speaker',
    [
      'intervenant',
      'intervenante',
      'ponente',
      'orador',
      'oradora',
      'докладчик',
      'выступающий',
      'المتحدث',
      'المتحدثة',
      '发言人',
    ],
  ],
  [
    'participant',
    ['participant', 'participante', 'участник', 'участница', 'مشارك', 'مشاركة', '参与者', '与会者'],
  ],
  ['audience', ['public', 'público', 'публика', 'зал', 'الجمهور', '观众']],
  [
    'interpreter',
    ['interprète', 'intérprete', 'переводчик', 'переводчица', 'المترجم', 'المترجمة', '口译员', '翻译'],
  ],
];
const ROLE_OF = new Map<string, string>();
for (const [english, spellings] of ROLE_WORDS) for (const s of spellings) ROLE_OF.set(foldLabel(s), english);

/** The English role a transcript label in another language names ('MODÉRATRICE' → 'moderator'), or null. */
export function englishRoleWord(label: string): string | null {
  const l = foldLabel(label)
    .replace(/^(?:le|la|el|the)\s+/u, '')
    .replace(/\s+\d+$/u, '');
  return ROLE_OF.get(l) ?? null;
}
