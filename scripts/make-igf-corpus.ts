/**
 * Writes tests/fixtures/igf-pages-corpus/: synthetic IGF session pages with invented people and content,
 * one per layout combination, and EXPECTED.json with what a careful reader takes from each page.
 *
 * The pages are written from the layout rules real pages follow (2019–2025, every session type); the
 * expected values come from the same invented facts that were typed into the page, never from the
 * parser. Run: `npx tsx scripts/make-igf-corpus.ts` (deterministic: the same files every time).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// ------------------------------------------------------------------------------------------------
// Invented facts

/** Pick-list values are written in English, in the model's order; the bench maps them through the model. */
/** How a stakeholder group may be printed, with the pick-list value a reader maps it to. */
const SH_PRINTS: [string, string | null][] = [
  ['Government', 'Government'],
  ['Civil Society', 'Civil Society'],
  ['Private Sector', 'Private Sector'],
  ['Technical Community', 'Technical Community'],
  ['Intergovernmental Organization', 'Intergovernmental Organization'],
  ['civil society', 'Civil Society'],
  ['private sector', 'Private Sector'],
  ['Business', 'Private Sector'],
  ['Academia', 'Technical Community'],
  ['government', 'Government'],
  ['Civil Society/Youth', 'Civil Society'],
  ['Academia/Youth', null],
];
/** How a regional group may be printed, with its pick-list value (null: a reader cannot be sure). */
const RG_PRINTS: [string, string | null][] = [
  ['African Group', 'African Group'],
  ['Asia-Pacific Group', 'Asia-Pacific Group'],
  ['Eastern European Group', 'Eastern European Group'],
  ['Latin American and Caribbean Group (GRULAC)', 'Latin American and Caribbean Group (GRULAC)'],
  ['Western European and Others Group (WEOG)', 'Western European and Others Group (WEOG)'],
  ['Africa', 'African Group'],
  ['APAC', 'Asia-Pacific Group'],
  ['Asia Pacific Group', 'Asia-Pacific Group'],
  ['NA', 'Western European and Others Group (WEOG)'],
  ['LAC', 'Latin American and Caribbean Group (GRULAC)'],
  ['EU', 'Western European and Others Group (WEOG)'],
  ['GRULAC', 'Latin American and Caribbean Group (GRULAC)'],
  ['WEOG', 'Western European and Others Group (WEOG)'],
  ['african group', 'African Group'],
  ['eastern european group', 'Eastern European Group'],
  ['Western European and Other Group', 'Western European and Others Group (WEOG)'],
  ['Global', null],
];
const COUNTRIES: [string, string][] = [
  ['Kenya', 'African Group'],
  ['Ghana', 'African Group'],
  ['Senegal', 'African Group'],
  ['Brazil', 'Latin American and Caribbean Group (GRULAC)'],
  ['Chile', 'Latin American and Caribbean Group (GRULAC)'],
  ['Mexico', 'Latin American and Caribbean Group (GRULAC)'],
  ['India', 'Asia-Pacific Group'],
  ['Japan', 'Asia-Pacific Group'],
  ['Indonesia', 'Asia-Pacific Group'],
  ['Poland', 'Eastern European Group'],
  ['Georgia', 'Eastern European Group'],
  ['Germany', 'Western European and Others Group (WEOG)'],
  ['Canada', 'Western European and Others Group (WEOG)'],
  ['Norway', 'Western European and Others Group (WEOG)'],
];

const FIRST = (
  'Amara Bongani Chiara Dmitri Elif Farida Goran Hana Ismael Joana Kwame Leilani Marek Nadia Obinna Priya ' +
  'Quentin Rania Soren Tavita Ulla Vikram Wanjiru Xochitl Yusuf Zofia Adebayo Birgit Camila Dariusz Esi ' +
  'Fumiko Gaspard Hiroshi Ingrid Jomo Katarzyna Lorenzo Mbali Nils Oksana Pedro Ruth Samir Thandiwe Uriel ' +
  'Valeria Wen Yaw Zainab Aurelio Bushra Cormac Delfina Emeka Freya Gulnara Henrik Imani Jasper Koa Luana'
)
  .split(' ')
  .map((w) => w.replace(/_/g, ' '));
const LAST = (
  'Okonkwo Haddad Lindqvist Moreau Abubakar Tanaka Sokolova Mensah Rahimi Castillo Nakamura Petrov Osei ' +
  'Fonseca Kowalczyk Banerjee Achterberg Mwangi Quispe Halvorsen Adeyemi Szabo Villanueva Karimova Tuilagi ' +
  'Oyelaran Brandt Esposito Nyambura Dlamini Ferreira-Lund Van_der_Berg Rossi Yilmaz Aziz Kipchoge Laine ' +
  'Moana Sandoval Ivanova Chaudhry Delacroix Omondi Takahashi Novak Gutierrez Olsen Baptiste Hakimi'
)
  .split(' ')
  .map((w) => w.replace(/_/g, ' '));
const ORGS = [
  'Open Spectrum Alliance',
  'Lagos Digital Rights Hub',
  'Ministry of Communications and Digital Economy',
  'Pacific Islands Telecom Association',
  'Andean Data Commons',
  'Nordic Privacy Forum',
  'Institute for Platform Accountability',
  'Baltic Cyber Resilience Centre',
  'Sahel Connectivity Network',
  'Global Youth Internet Caucus',
  'Mekong Digital Futures Lab',
  'Caribbean Open Data Initiative',
  'Union of Small Cloud Providers',
  'Centre for Algorithmic Fairness',
  'Highland Community Networks',
  'Danube Institute for Technology Policy',
  'Coastal Schools Connectivity Trust',
  'Women in Tech Policy Africa',
  'Regional Internet Exchange Association',
  'Digital Accessibility Council',
  'Observatorio de Derechos Digitales',
  'Federal Office for Information Security Standards',
  'Southern Universities Research Network',
  'Alliance for Affordable Devices',
];
const JOBS = [
  'Director of Policy',
  'Senior Researcher',
  'Head of Public Affairs',
  'Chief Executive Officer',
  'Programme Manager',
  'Professor of Law',
  'Deputy Minister',
  'Founder',
  'Legal Counsel',
  'Research Fellow',
];
const TOPICS = [
  ['community networks', 'spectrum licensing for small operators'],
  ['content moderation', 'transparency reports from platforms'],
  ['digital identity', 'fallback options for people without credentials'],
  ['AI in public services', 'audits of automated decisions'],
  ['undersea cables', 'repair capacity and outage planning'],
  ['child online safety', 'age assurance that respects privacy'],
  ['cybersecurity for small firms', 'shared threat intelligence'],
  ['data flows', 'trusted cross-border transfers'],
  ['open archives', 'licensing of digitised heritage'],
  ['meaningful access', 'affordable devices in rural schools'],
  ['environmental footprint of data centres', 'reporting of energy and water use'],
  ['misinformation in elections', 'cooperation between fact-checkers and platforms'],
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  org: string;
  job: string;
  sh: [string, string | null];
  rg: [string, string | null];
  country: [string, string];
  presence: 'onsite' | 'online' | null;
}

/** An expected organizer or speaker entry. */
interface Entry {
  name: string | null;
  affiliation: string | null;
  stakeholder: string | null;
  region: string | null;
  stakeholderGroup: string | null;
  regionalGroup: string | null;
  presence: 'onsite' | 'online' | null;
}

interface Expected {
  file: string;
  year: number;
  type: string;
  layouts: string[];
  title: string | null;
  code: string | null;
  fullTitle: string | null;
  date: string | null;
  startTime: string | null;
  timeZone: string | null;
  room: string | null;
  themes: string[];
  organizers: Entry[];
  speakers: Entry[];
  additionalSpeakers: Entry[];
  onsiteModerator: string | null;
  onlineModerator: string | null;
  rapporteur: string | null;
  format: string | null;
  durationMinutes: number | null;
  policyQuestions: string[];
  hybrid: boolean | null;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const ord = (d: number): string =>
  d +
  (d % 10 === 1 && d !== 11
    ? 'st'
    : d % 10 === 2 && d !== 12
      ? 'nd'
      : d % 10 === 3 && d !== 13
        ? 'rd'
        : 'th');

/** The forum's dates per year (the week the IGF met), used to place sessions on plausible days. */
const FORUM: Record<number, [number, number, string]> = {
  2019: [10, 25, 'CET'],
  2020: [10, 2, 'UTC'],
  2021: [11, 6, 'UTC'],
  2022: [10, 28, 'UTC'],
  2023: [9, 8, 'UTC'],
  2024: [11, 15, 'UTC'],
  2025: [5, 23, 'UTC'],
};

const TYPES: Record<string, string> = {
  workshop: 'WS',
  'open forum': 'Open Forum',
  'town hall': 'Town Hall',
  'lightning talk': 'Lightning Talk',
  'day 0': 'Day 0 Event',
  networking: 'Networking Session',
  launch: 'Launch / Award Event',
  'main session': 'Main Session',
};

// ------------------------------------------------------------------------------------------------
// Page specification: which layout each block uses

interface Spec {
  year: number;
  type: keyof typeof TYPES;
  heading?: 'one' | 'two' | 'banner' | 'colon';
  facts?: 'utc' | 'cet' | 'none' | 'utc-noroom';
  fullTitle?: boolean;
  themes?: 'lines' | 'label' | 'none';
  organizers:
    | 'labelled'
    | 'lock'
    | 'anonymised'
    | 'keyed-run'
    | 'dash-line'
    | 'prose'
    | 'entity-people'
    | 'labelled-groups';
  speakers:
    | 'labelled'
    | 'labelled-aff'
    | 'honorific-cut'
    | 'numbered-nocomma'
    | 'dash-email'
    | 'no-stakeholder'
    | 'dash-glue'
    | 'country-tag'
    | 'pipe'
    | 'bios'
    | 'labelled-tags';
  additional?: boolean;
  roles: 'labelled' | 'unlabelled-2023' | 'combined' | 'long' | 'inline' | 'none' | 'from-tags';
  format:
    | 'dash'
    | 'labelled-2024'
    | 'theater'
    | 'freetext-empty'
    | 'agenda'
    | 'agenda-nodur'
    | 'labelled-2019'
    | 'none';
  questions:
    | 'numbered'
    | 'inline-dash'
    | 'dash-lines'
    | 'lettered-glued'
    | 'topic-statement'
    | 'desc-after'
    | 'paragraph'
    | 'bullets'
    | 'lines'
    | 'inline-numbered';
  hybrid?: boolean;
  indent?: boolean;
}

const SPECS: Spec[] = [
  // 2019
  {
    year: 2019,
    type: 'workshop',
    heading: 'two',
    facts: 'cet',
    organizers: 'labelled',
    speakers: 'labelled',
    roles: 'labelled',
    format: 'labelled-2019',
    questions: 'numbered',
    indent: true,
  },
  {
    year: 2019,
    type: 'workshop',
    heading: 'banner',
    facts: 'cet',
    organizers: 'anonymised',
    speakers: 'labelled',
    roles: 'inline',
    format: 'dash',
    questions: 'lines',
  },
  {
    year: 2019,
    type: 'open forum',
    facts: 'cet',
    organizers: 'prose',
    speakers: 'honorific-cut',
    roles: 'none',
    format: 'dash',
    questions: 'paragraph',
  },
  {
    year: 2019,
    type: 'day 0',
    facts: 'cet',
    organizers: 'entity-people',
    speakers: 'dash-glue',
    roles: 'labelled',
    format: 'dash',
    questions: 'inline-numbered',
  },
  {
    year: 2019,
    type: 'lightning talk',
    facts: 'none',
    organizers: 'labelled',
    speakers: 'no-stakeholder',
    roles: 'long',
    format: 'dash',
    questions: 'topic-statement',
  },
  {
    year: 2019,
    type: 'main session',
    heading: 'colon',
    facts: 'cet',
    organizers: 'prose',
    speakers: 'bios',
    roles: 'inline',
    format: 'theater',
    questions: 'numbered',
  },
  // 2020
  {
    year: 2020,
    type: 'workshop',
    facts: 'utc',
    organizers: 'lock',
    speakers: 'labelled',
    roles: 'unlabelled-2023',
    format: 'dash',
    questions: 'inline-dash',
  },
  {
    year: 2020,
    type: 'town hall',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'country-tag',
    roles: 'from-tags',
    format: 'dash',
    questions: 'dash-lines',
  },
  {
    year: 2020,
    type: 'networking',
    facts: 'utc',
    themes: 'lines',
    organizers: 'entity-people',
    speakers: 'labelled',
    roles: 'labelled',
    format: 'none',
    questions: 'lines',
  },
  {
    year: 2020,
    type: 'open forum',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'dash-email',
    roles: 'combined',
    format: 'dash',
    questions: 'lettered-glued',
  },
  {
    year: 2020,
    type: 'launch',
    facts: 'utc',
    organizers: 'prose',
    speakers: 'honorific-cut',
    roles: 'inline',
    format: 'theater',
    questions: 'paragraph',
  },
  {
    year: 2020,
    type: 'lightning talk',
    facts: 'utc-noroom',
    organizers: 'labelled',
    speakers: 'numbered-nocomma',
    roles: 'none',
    format: 'agenda-nodur',
    questions: 'desc-after',
  },
  // 2021
  {
    year: 2021,
    type: 'workshop',
    facts: 'utc',
    themes: 'lines',
    organizers: 'lock',
    speakers: 'labelled',
    roles: 'unlabelled-2023',
    format: 'dash',
    questions: 'numbered',
    hybrid: true,
  },
  {
    year: 2021,
    type: 'open forum',
    facts: 'utc',
    organizers: 'entity-people',
    speakers: 'honorific-cut',
    roles: 'long',
    format: 'dash',
    questions: 'topic-statement',
    hybrid: true,
  },
  {
    year: 2021,
    type: 'town hall',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'no-stakeholder',
    roles: 'labelled',
    format: 'dash',
    questions: 'lettered-glued',
  },
  {
    year: 2021,
    type: 'day 0',
    facts: 'utc',
    organizers: 'prose',
    speakers: 'dash-glue',
    roles: 'combined',
    format: 'theater',
    questions: 'inline-dash',
  },
  {
    year: 2021,
    type: 'main session',
    heading: 'one',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'bios',
    roles: 'inline',
    format: 'dash',
    questions: 'bullets',
    hybrid: true,
  },
  {
    year: 2021,
    type: 'networking',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'dash-email',
    roles: 'none',
    format: 'none',
    questions: 'paragraph',
  },
  // 2022
  {
    year: 2022,
    type: 'workshop',
    facts: 'utc',
    themes: 'lines',
    organizers: 'labelled',
    speakers: 'labelled',
    roles: 'unlabelled-2023',
    format: 'dash',
    questions: 'inline-numbered',
    hybrid: true,
  },
  {
    year: 2022,
    type: 'workshop',
    facts: 'utc',
    organizers: 'lock',
    speakers: 'labelled-tags',
    additional: true,
    roles: 'long',
    format: 'dash',
    questions: 'desc-after',
    hybrid: true,
  },
  {
    year: 2022,
    type: 'open forum',
    facts: 'utc',
    organizers: 'prose',
    speakers: 'numbered-nocomma',
    roles: 'labelled',
    format: 'agenda',
    questions: 'dash-lines',
  },
  {
    year: 2022,
    type: 'lightning talk',
    facts: 'utc',
    organizers: 'entity-people',
    speakers: 'country-tag',
    roles: 'from-tags',
    format: 'theater',
    questions: 'lines',
  },
  {
    year: 2022,
    type: 'launch',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'honorific-cut',
    roles: 'combined',
    format: 'dash',
    questions: 'topic-statement',
  },
  {
    year: 2022,
    type: 'town hall',
    facts: 'utc',
    organizers: 'anonymised',
    speakers: 'dash-glue',
    roles: 'inline',
    format: 'dash',
    questions: 'lettered-glued',
  },
  // 2023
  {
    year: 2023,
    type: 'workshop',
    facts: 'utc',
    themes: 'lines',
    organizers: 'lock',
    speakers: 'labelled',
    roles: 'unlabelled-2023',
    format: 'dash',
    questions: 'numbered',
    hybrid: true,
  },
  {
    year: 2023,
    type: 'workshop',
    facts: 'utc',
    themes: 'lines',
    organizers: 'labelled-groups',
    speakers: 'labelled-tags',
    additional: true,
    roles: 'unlabelled-2023',
    format: 'dash',
    questions: 'topic-statement',
    hybrid: true,
    indent: true,
  },
  {
    year: 2023,
    type: 'day 0',
    facts: 'utc',
    organizers: 'entity-people',
    speakers: 'bios',
    roles: 'labelled',
    format: 'theater',
    questions: 'inline-dash',
  },
  {
    year: 2023,
    type: 'networking',
    facts: 'utc',
    themes: 'lines',
    organizers: 'entity-people',
    speakers: 'no-stakeholder',
    roles: 'labelled',
    format: 'none',
    questions: 'paragraph',
  },
  {
    year: 2023,
    type: 'open forum',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'dash-email',
    roles: 'long',
    format: 'dash',
    questions: 'desc-after',
    hybrid: true,
  },
  {
    year: 2023,
    type: 'main session',
    heading: 'colon',
    facts: 'utc',
    organizers: 'prose',
    speakers: 'labelled-aff',
    roles: 'inline',
    format: 'theater',
    questions: 'bullets',
  },
  {
    year: 2023,
    type: 'lightning talk',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'numbered-nocomma',
    roles: 'combined',
    format: 'agenda-nodur',
    questions: 'lettered-glued',
  },
  // 2024
  {
    year: 2024,
    type: 'workshop',
    facts: 'utc',
    fullTitle: true,
    themes: 'label',
    organizers: 'keyed-run',
    speakers: 'labelled-aff',
    additional: true,
    roles: 'labelled',
    format: 'labelled-2024',
    questions: 'numbered',
    hybrid: true,
  },
  {
    year: 2024,
    type: 'workshop',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'pipe',
    roles: 'labelled',
    format: 'freetext-empty',
    questions: 'inline-dash',
    hybrid: true,
    indent: true,
  },
  {
    year: 2024,
    type: 'open forum',
    facts: 'utc',
    fullTitle: true,
    organizers: 'lock',
    speakers: 'country-tag',
    roles: 'from-tags',
    format: 'labelled-2024',
    questions: 'dash-lines',
    hybrid: true,
  },
  {
    year: 2024,
    type: 'town hall',
    facts: 'utc',
    organizers: 'prose',
    speakers: 'dash-glue',
    roles: 'long',
    format: 'agenda',
    questions: 'topic-statement',
  },
  {
    year: 2024,
    type: 'launch',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'numbered-nocomma',
    roles: 'combined',
    format: 'theater',
    questions: 'lettered-glued',
    hybrid: true,
  },
  {
    year: 2024,
    type: 'day 0',
    facts: 'utc',
    organizers: 'lock',
    speakers: 'honorific-cut',
    additional: true,
    roles: 'inline',
    format: 'freetext-empty',
    questions: 'desc-after',
  },
  {
    year: 2024,
    type: 'networking',
    facts: 'utc',
    organizers: 'entity-people',
    speakers: 'dash-email',
    roles: 'labelled',
    format: 'labelled-2024',
    questions: 'paragraph',
  },
  // 2025
  {
    year: 2025,
    type: 'workshop',
    facts: 'utc',
    fullTitle: true,
    organizers: 'keyed-run',
    speakers: 'labelled-aff',
    roles: 'labelled',
    format: 'labelled-2024',
    questions: 'numbered',
    hybrid: true,
    indent: true,
  },
  {
    year: 2025,
    type: 'workshop',
    facts: 'utc',
    organizers: 'lock',
    speakers: 'pipe',
    additional: true,
    roles: 'long',
    format: 'agenda',
    questions: 'inline-dash',
    hybrid: true,
  },
  {
    year: 2025,
    type: 'lightning talk',
    facts: 'utc',
    organizers: 'dash-line',
    speakers: 'no-stakeholder',
    roles: 'none',
    format: 'theater',
    questions: 'lettered-glued',
  },
  {
    year: 2025,
    type: 'open forum',
    facts: 'utc',
    fullTitle: true,
    organizers: 'prose',
    speakers: 'country-tag',
    roles: 'from-tags',
    format: 'freetext-empty',
    questions: 'topic-statement',
    hybrid: true,
  },
  {
    year: 2025,
    type: 'main session',
    heading: 'one',
    facts: 'utc',
    organizers: 'labelled',
    speakers: 'labelled-tags',
    roles: 'combined',
    format: 'labelled-2024',
    questions: 'desc-after',
    hybrid: true,
  },
  {
    year: 2025,
    type: 'day 0',
    facts: 'utc',
    organizers: 'keyed-run',
    speakers: 'dash-glue',
    roles: 'labelled',
    format: 'agenda-nodur',
    questions: 'dash-lines',
  },
  {
    year: 2025,
    type: 'town hall',
    facts: 'utc-noroom',
    organizers: 'entity-people',
    speakers: 'numbered-nocomma',
    roles: 'inline',
    format: 'labelled-2024',
    questions: 'bullets',
  },
  {
    year: 2025,
    type: 'networking',
    facts: 'utc',
    organizers: 'labelled-groups',
    speakers: 'bios',
    roles: 'unlabelled-2023',
    format: 'none',
    questions: 'lines',
  },
];

// ------------------------------------------------------------------------------------------------
// Writing one page

function makePage(spec: Spec, index: number): { text: string; expected: Expected } {
  const r = rng(1000 + index * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const used = new Set<string>();
  const person = (opts: { presence?: boolean } = {}): Person => {
    for (;;) {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      if (used.has(name)) continue;
      used.add(name);
      return {
        name,
        org: pick(ORGS),
        job: pick(JOBS),
        sh: pick(SH_PRINTS.slice(0, 5)),
        rg: pick(RG_PRINTS.slice(0, 5)),
        country: pick(COUNTRIES),
        presence: opts.presence ? (r() < 0.5 ? 'onsite' : 'online') : null,
      };
    }
  };
  const entry = (p: Person, parts: Partial<Entry>): Entry => ({
    name: p.name,
    affiliation: null,
    stakeholder: null,
    region: null,
    stakeholderGroup: null,
    regionalGroup: null,
    presence: null,
    ...parts,
  });
  const groups = (p: Person): Partial<Entry> => ({
    stakeholder: p.sh[0],
    region: p.rg[0],
    stakeholderGroup: p.sh[1],
    regionalGroup: p.rg[1],
  });

  const [topic, sub] = pick(TOPICS) as [string, string];
  const typeWord = TYPES[spec.type] as string;
  const number = spec.type === 'main session' && spec.heading === 'colon' ? null : 10 + Math.floor(r() * 380);
  const code = number === null ? typeWord : `${typeWord} #${number}`;
  const title = `${cap(topic)}: ${cap(sub)} in ${pick(['practice', 'the Global South', 'small states', 'cities', 'crisis', 'the next decade'])}`;
  const layouts: string[] = [];
  const L: string[] = [];
  const ind = spec.indent ? '    ' : '';
  const push = (...lines: string[]): void => {
    for (const l of lines) L.push(l === '' ? '' : ind + l);
  };

  const exp: Expected = {
    file: '',
    year: spec.year,
    type: spec.type,
    layouts,
    title,
    code,
    fullTitle: null,
    date: null,
    startTime: null,
    timeZone: null,
    room: null,
    themes: [],
    organizers: [],
    speakers: [],
    additionalSpeakers: [],
    onsiteModerator: null,
    onlineModerator: null,
    rapporteur: null,
    format: null,
    durationMinutes: null,
    policyQuestions: [],
    hybrid: null,
  };

  // heading
  const heading = spec.heading ?? 'one';
  layouts.push(`heading:${heading}`);
  if (heading === 'banner') L.push('Check-in and access this session from the IGF Schedule.', '');
  if (heading === 'two') L.push(`IGF ${spec.year} ${code}`, title);
  else if (heading === 'colon') L.push(`IGF ${spec.year} ${typeWord}: ${title}`);
  else L.push(`IGF ${spec.year} ${code} ${title}`);
  L.push('');
  if (spec.fullTitle) {
    exp.fullTitle = `${title}, and what ${pick(['regulators', 'communities', 'platforms', 'universities'])} can do about it`;
    push(`Full Title: ${exp.fullTitle}`, '');
    layouts.push('full-title');
  }

  // date, time, room
  const facts = spec.facts ?? 'utc';
  if (facts !== 'none') {
    const [month, day0, tz] = FORUM[spec.year] as [number, number, string];
    const day = day0 + Math.floor(r() * 4);
    const d = new Date(Date.UTC(spec.year, month, day));
    const hh = 6 + Math.floor(r() * 10);
    const mm = pick([0, 15, 30, 45]);
    const start = `${pad(hh)}:${pad(mm)}`;
    const dur = pick([60, 90]);
    const endMin = hh * 60 + mm + dur;
    const end = `${pad(Math.floor(endMin / 60))}:${pad(endMin % 60)}`;
    const dayText = `${DAYS[d.getUTCDay()]}, ${ord(day)} ${MONTHS[month]}, ${spec.year}`;
    exp.date = `${spec.year}-${pad(month + 1)}-${pad(day)}`;
    exp.startTime = start;
    exp.timeZone = tz;
    if (facts === 'cet')
      push(`${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[month]}, ${spec.year} - ${start} to ${end} ${tz}`);
    else push(`${dayText} (${start} ${tz}) - ${dayText} (${end} ${tz})`);
    if (facts !== 'utc-noroom') {
      exp.room = pick([
        'Caucus Room 9',
        'Conference Room 5',
        'Workshop Room 2',
        'Estrel Saal B',
        'WS 6 – Room E-1',
        'Plenary Hall',
        'Studio N',
      ]);
      push(exp.room);
    }
    push('');
    layouts.push(`facts:${facts}`);
  }

  // themes
  if (spec.themes === 'lines' || spec.themes === 'label') {
    const themes = [
      pick([
        'Data Governance & Trust',
        'Digital Divides & Inclusion',
        'Sustainability & Environment',
        'Human Rights & Freedoms',
      ]),
      pick([
        'Meaningful Access',
        'Harmonising Global Digital Infrastructure',
        'Cybersecurity, Cybercrime & Online Safety',
      ]),
    ];
    exp.themes = themes;
    if (spec.themes === 'label') push(`Theme: ${themes[0]}`, `Sub-theme: ${themes[1]}`, '');
    else push(...themes, '');
    layouts.push(`themes:${spec.themes}`);
  }

  // organizers
  const orgs: Person[] = [person(), person(), person()];
  layouts.push(`organizers:${spec.organizers}`);
  let roleFromOrganizers: string | null = null;
  switch (spec.organizers) {
    case 'labelled':
      orgs.forEach((p, i) => push(`Organizer ${i + 1}: ${p.name}, ${p.org}`));
      exp.organizers = orgs.map((p) => entry(p, { affiliation: p.org }));
      break;
    case 'lock':
      orgs.forEach((p, i) => push(`Organizer ${i + 1}: ${p.name}, ${i < 2 ? '🔒' : p.org}`));
      exp.organizers = orgs.map((p, i) => entry(p, { affiliation: i < 2 ? null : p.org }));
      break;
    case 'labelled-groups':
      orgs.forEach((p, i) => push(`Organizer ${i + 1}: ${p.name}, ${p.org}, ${p.sh[0]}, ${p.rg[0]}`));
      exp.organizers = orgs.map((p) => entry(p, { affiliation: p.org, ...groups(p) }));
      break;
    case 'anonymised':
      orgs.forEach((p, i) => push(`Organizer ${i + 1}: ${p.sh[0]}, ${p.rg[0]}`));
      exp.organizers = orgs.map((p) => ({ ...entry(p, groups(p)), name: null }));
      break;
    case 'keyed-run': {
      const [a, b] = orgs as [Person, Person, Person];
      const org = a.org;
      const sh = pick(SH_PRINTS);
      const rg = pick(RG_PRINTS);
      push(org);
      push(
        `Organizational Affiliation: ${org} Moderator and Organizer: ${a.name} (main), ${b.name} (sub) Stakeholder: ${sh[0]} Regional Group: ${rg[0]}`,
      );
      const g = {
        affiliation: org,
        stakeholder: sh[0],
        region: rg[0],
        stakeholderGroup: sh[1],
        regionalGroup: rg[1],
      };
      exp.organizers = [entry(a, g), entry(b, g)];
      roleFromOrganizers = a.name;
      orgs.length = 2;
      break;
    }
    case 'dash-line': {
      const short = ['Africa', 'NA', 'APAC', 'LAC', 'EU'];
      const prints = orgs.map(() => {
        const s = pick(short);
        return RG_PRINTS.find(([p]) => p === s) as [string, string | null];
      });
      push(orgs.map((p, i) => `${p.name}, ${p.org}, ${prints[i]![0]}`).join(' - '));
      exp.organizers = orgs.map((p, i) =>
        entry(p, { affiliation: p.org, region: prints[i]![0], regionalGroup: prints[i]![1] }),
      );
      break;
    }
    case 'prose': {
      const o: string[] = [pick(ORGS), pick(ORGS.filter((x) => x !== orgs[0]!.org))];
      if (o[0] === o[1]) o[1] = 'Forum for Open Standards';
      push(`This session is organised by the ${o[0]} in partnership with the ${o[1]}.`);
      exp.organizers = o.map((n) => ({
        name: n,
        affiliation: null,
        stakeholder: null,
        region: null,
        stakeholderGroup: null,
        regionalGroup: null,
        presence: null,
      }));
      orgs.length = 0;
      break;
    }
    case 'entity-people': {
      const org = orgs[0]!.org;
      push(org);
      push(orgs.map((p) => `${p.name}, ${p.org}, ${p.sh[0]}, ${p.rg[0]}`).join(' '));
      exp.organizers = orgs.map((p) => entry(p, { affiliation: p.org, ...groups(p) }));
      break;
    }
  }
  push('');

  // speakers
  const n = 3 + Math.floor(r() * 3);
  const tagged = spec.speakers === 'country-tag' || spec.speakers === 'labelled-tags';
  const spk: Person[] = [];
  for (let i = 0; i < n; i++) spk.push(person({ presence: tagged || spec.speakers === 'labelled-tags' }));
  layouts.push(`speakers:${spec.speakers}`);
  const roleTags: Record<string, string> = {};
  switch (spec.speakers) {
    case 'labelled':
      spk.forEach((p, i) => push(`Speaker ${i + 1}: ${p.name}, ${p.sh[0]}, ${p.rg[0]}`));
      exp.speakers = spk.map((p) => entry(p, groups(p)));
      break;
    case 'labelled-tags':
      spk.forEach((p, i) => push(`Speaker ${i + 1}: ${p.name}, ${p.sh[0]}, ${p.rg[0]} [${p.presence}]`));
      exp.speakers = spk.map((p) => entry(p, { ...groups(p), presence: p.presence }));
      break;
    case 'labelled-aff':
      spk.forEach((p, i) => push(`Speaker ${i + 1}: ${p.name}, ${p.org}`));
      exp.speakers = spk.map((p) => entry(p, { affiliation: p.org }));
      break;
    case 'honorific-cut': {
      // honorific lines, one without an honorific, a French title paragraph in the middle of the list
      push('Speakers');
      spk.forEach((p, i) => {
        const h = i === 1 ? '' : pick(['Mr ', 'Ms ', 'Dr. ', 'Prof. ']);
        push(`${h}${p.name}, ${p.job}, ${p.org}`);
        if (i === 1) push(`${frTitle(title)}`);
      });
      exp.speakers = spk.map((p) => entry(p, { affiliation: `${p.job}, ${p.org}` }));
      break;
    }
    case 'numbered-nocomma': {
      push('Speakers');
      spk.forEach((p, i) => {
        const sep = i === 3 ? '' : ' ';
        if (i === 1) {
          push(`${i + 1}.${sep}${p.name} ${p.job} of`, `${p.org}`);
        } else push(`${i + 1}.${sep}${p.name} ${p.job} of ${p.org}`);
      });
      exp.speakers = spk.map((p) => entry(p, { affiliation: `${p.job} of ${p.org}` }));
      break;
    }
    case 'dash-email': {
      push('Speakers:');
      const one = spk.map(
        (p) =>
          `${p.name} - ${p.org}, ${p.sh[0]} ${p.rg[0]} ${p.name.split(' ')[0]!.toLowerCase()}@example.org`,
      );
      push(one.slice(0, 2).join(' '), ...one.slice(2));
      exp.speakers = spk.map((p) => entry(p, { affiliation: p.org, ...groups(p) }));
      break;
    }
    case 'no-stakeholder':
      push('Speakers');
      spk.forEach((p) => push(`${p.name}, ${p.org}, ${p.rg[0]}`));
      exp.speakers = spk.map((p) =>
        entry(p, { affiliation: p.org, region: p.rg[0], regionalGroup: p.rg[1] }),
      );
      break;
    case 'dash-glue':
      push('Speakers');
      spk.forEach((p, i) => push(`${p.name}${i % 2 === 0 ? ' -' : '–'}${p.org}`));
      exp.speakers = spk.map((p) => entry(p, { affiliation: p.org }));
      break;
    case 'country-tag': {
      push('Speakers');
      spk.forEach((p, i) => {
        const role =
          spec.roles !== 'from-tags' ? null : i === 0 ? 'moderator' : i === n - 1 ? 'rapporteur' : null;
        if (role) roleTags[role] = p.name;
        push(`${p.name}, ${p.org}, ${p.country[0]} [${p.presence}${role ? `, ${role}` : ''}]`);
      });
      exp.speakers = spk.map((p) =>
        entry(p, {
          affiliation: p.org,
          region: p.country[0],
          regionalGroup: p.country[1],
          presence: p.presence,
        }),
      );
      break;
    }
    case 'pipe':
      push('Speakers');
      push(
        spk
          .map(
            (p, i) =>
              `${i + 1}. Name: ${p.name} | Organizational Affiliation: ${p.org} | Stakeholder: ${p.sh[0]} | Regional Group of Speakers: ${p.rg[0]}`,
          )
          .join(' '),
      );
      exp.speakers = spk.map((p) => entry(p, { affiliation: p.org, ...groups(p) }));
      break;
    case 'bios':
      spk.forEach((p, i) => {
        push(`Speaker ${i + 1}: ${p.name}, ${p.sh[0]}, ${p.rg[0]}`);
        if (i % 2 === 0)
          push(
            `${p.name.split(' ')[0]} is ${p.job.toLowerCase()} at the ${p.org}, where ${pick(['she', 'he', 'they'])} has worked on ${topic} for more than ten years and advised several governments on it.`,
          );
      });
      exp.speakers = spk.map((p) => entry(p, groups(p)));
      break;
  }
  push('');

  if (spec.additional) {
    const add = [person(), person()];
    push(
      'Additional Speakers',
      `${add[0]!.name}, ${add[0]!.org}`,
      `${add[1]!.name}, ${add[1]!.org} (online)`,
      '',
    );
    exp.additionalSpeakers = [
      entry(add[0]!, { affiliation: add[0]!.org }),
      entry(add[1]!, { affiliation: add[1]!.org, presence: 'online' }),
    ];
    layouts.push('additional-speakers');
  }

  // roles
  const pool = [...orgs, ...spk];
  const mod = pool[0] ?? person();
  const onl = pool[1] ?? person();
  const rap = pool.length > 2 ? (pool[pool.length - 1] as Person) : person();
  layouts.push(`roles:${spec.roles}`);
  switch (spec.roles) {
    case 'labelled':
      push(
        'Onsite Moderator',
        '',
        mod.name,
        '',
        'Online Moderator',
        '',
        onl.name,
        '',
        'Rapporteur',
        '',
        rap.name,
        '',
      );
      [exp.onsiteModerator, exp.onlineModerator, exp.rapporteur] = [mod.name, onl.name, rap.name];
      break;
    case 'unlabelled-2023':
      push(
        '',
        `${mod.name}, ${mod.sh[0]}, ${mod.rg[0]}`,
        '',
        'Online Moderator',
        '',
        `${onl.name}, ${onl.sh[0]}, ${onl.rg[0]}`,
        '',
        '',
        `${rap.name}, ${rap.sh[0]}, ${rap.rg[0]}`,
        '',
        '',
      );
      [exp.onsiteModerator, exp.onlineModerator, exp.rapporteur] = [mod.name, onl.name, rap.name];
      break;
    case 'combined':
      push(`Moderator and Organizer: ${mod.name}`, `Online Moderator and Rapporteur: ${onl.name}`, '');
      [exp.onsiteModerator, exp.onlineModerator, exp.rapporteur] = [mod.name, onl.name, onl.name];
      if (!exp.organizers.some((o) => o.name === mod.name)) exp.organizers.push(entry(mod, {}));
      break;
    case 'long':
      push(
        `Moderator: ${mod.name}, ${mod.job} and coordinator of the regional working group on ${topic} at the ${mod.org}`,
        `Online Moderator: ${onl.name}`,
        `Rapporteur: ${rap.name}, ${rap.job}, ${rap.org}, who also edits the network's yearly report on ${sub}`,
        '',
      );
      [exp.onsiteModerator, exp.onlineModerator, exp.rapporteur] = [mod.name, onl.name, rap.name];
      break;
    case 'inline':
      push(`Onsite Moderator: ${mod.name}`, `Online Moderator: ${onl.name}`, `Rapporteur: ${rap.name}`, '');
      [exp.onsiteModerator, exp.onlineModerator, exp.rapporteur] = [mod.name, onl.name, rap.name];
      break;
    case 'from-tags':
      exp.onsiteModerator = roleTags.moderator ?? null;
      exp.rapporteur = roleTags.rapporteur ?? null;
      break;
    case 'none':
      break;
  }
  if (roleFromOrganizers && exp.onsiteModerator === null) exp.onsiteModerator = roleFromOrganizers;

  // format and duration
  layouts.push(`format:${spec.format}`);
  const fmt = pick([
    'Panel',
    'Round Table - U-shape',
    'Birds of a Feather - Auditorium',
    'Break-out Group Discussions - Flexible Seating',
    'Debate - Classroom',
  ]);
  const dur = pick([60, 90]);
  switch (spec.format) {
    case 'dash':
      push(`${fmt} - ${dur} Min`, '');
      [exp.format, exp.durationMinutes] = [fmt, dur];
      break;
    case 'labelled-2019':
      push('Format', '', `${fmt} - ${dur} Min`, '');
      [exp.format, exp.durationMinutes] = [fmt, dur];
      break;
    case 'labelled-2024': {
      const f = pick(['Roundtable', 'Classroom', 'Theater', 'Other - please describe']);
      push(
        'Format',
        f,
        `Duration (minutes): ${dur}`,
        `Format description: The ${f.toLowerCase()} set-up lets every participant, in the room or online, take the floor after short opening remarks.`,
        '',
      );
      [exp.format, exp.durationMinutes] = [f, dur];
      break;
    }
    case 'theater':
      push('Theater', `Duration (minutes): ${dur}`, '');
      [exp.format, exp.durationMinutes] = ['Theater', dur];
      break;
    case 'freetext-empty': {
      const f = 'Short inputs from each speaker, then the room splits into small tables and reports back';
      push('Format', f, 'Duration (minutes):', '');
      [exp.format, exp.durationMinutes] = [f, null];
      break;
    }
    case 'agenda':
    case 'agenda-nodur': {
      const parts: [string, number][] = [
        [pick(['Opening demo', 'Welcome and framing', 'Short film']), 10],
        [pick(['panel', 'fireside chat', 'lightning inputs']), dur === 60 ? 35 : 50],
        [pick(['open discussion', 'Q&A with the room', 'breakout tables']), dur === 60 ? 15 : 30],
      ];
      const f = parts.map(([t, m]) => `${t} (${m} Minutes)`).join(', ');
      if (spec.format === 'agenda') push('Format', f, `Duration (minutes): ${dur}`, '');
      else push('Format', f, '');
      [exp.format, exp.durationMinutes] = [f, dur];
      break;
    }
    case 'none':
      break;
  }

  // policy questions
  layouts.push(`questions:${spec.questions}`);
  const qs = [
    `How can ${sub} be made to work for people who are not yet online?`,
    `Which safeguards should governments, companies and civil society agree on for ${topic}?`,
    `Who should pay for ${sub}, and how can small actors take part in the decisions?`,
  ];
  const statement = `Experience from several regions shows that rules on paper are not enough without local capacity.`;
  const desc = `This session brings together people who work on ${topic} every day. It will compare what has worked in different regions and what has not, and collect practical recommendations for the next year of work on ${sub}.`;
  push('Policy Question(s)', '');
  switch (spec.questions) {
    case 'numbered':
      qs.forEach((q, i) => push(`${i + 1}. ${q}`, ''));
      exp.policyQuestions = qs;
      break;
    case 'inline-numbered':
      push(qs.map((q, i) => `${i + 1}. ${q}`).join(' '), '');
      exp.policyQuestions = qs;
      break;
    case 'inline-dash':
      push(qs.map((q, i) => `${i + 1} - ${q}`).join(' '), '');
      exp.policyQuestions = qs;
      break;
    case 'dash-lines':
      qs.forEach((q, i) => push(`${i + 1} - ${q}`));
      push('');
      exp.policyQuestions = qs;
      break;
    case 'lettered-glued':
      push(`A. ${qs[0]} B. ${qs[1]}C.${qs[2]}`, '');
      exp.policyQuestions = qs;
      break;
    case 'topic-statement':
      push(`Access: ${qs[0]}`, statement, `Safeguards: ${qs[1]}`, '');
      exp.policyQuestions = [`Access: ${qs[0]}`, `Safeguards: ${qs[1]}`];
      break;
    case 'desc-after':
      qs.forEach((q, i) => push(`${i + 1}. ${q}`));
      push('', desc, '');
      exp.policyQuestions = qs;
      break;
    case 'paragraph':
      push(`${qs[0]} ${qs[1]}`, '');
      exp.policyQuestions = [`${qs[0]} ${qs[1]}`];
      break;
    case 'bullets':
      qs.forEach((q) => push(`• ${q}`));
      push('');
      exp.policyQuestions = qs;
      break;
    case 'lines':
      qs.forEach((q) => push(q));
      push('');
      exp.policyQuestions = qs;
      break;
  }

  if (spec.questions !== 'desc-after') push('Description:', '', desc, '');
  push(
    'Expected Outcomes',
    '',
    `A short report with recommendations on ${sub}, shared with the IGF Secretariat and the participants' networks.`,
    '',
  );
  if (spec.hybrid) {
    push(
      'Hybrid Format: The onsite moderator and the online moderator will work together so that online participants can speak as often as those in the room. 1. Questions from the chat are read out in every round. 2. Online speakers join on video.',
      '',
    );
    exp.hybrid = true;
    layouts.push('hybrid');
  }
  push('SDGs', '', '4. Quality Education', '9. Industry, Innovation and Infrastructure', '');
  return { text: L.join('\n').replace(/\n{4,}/g, '\n\n\n') + '\n', expected: exp };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
/** The session title repeated in French, as bilingual pages print it inside the speaker block. */
function frTitle(title: string): string {
  return `Titre en français : ${title.replace(/:.*/, '')} — comment agir ensemble dans les régions`;
}
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

const dir = path.resolve('tests/fixtures/igf-pages-corpus');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.txt')) rmSync(path.join(dir, f));
const pages: Expected[] = [];
SPECS.forEach((spec, i) => {
  const { text, expected } = makePage(spec, i);
  const file = `${String(i + 1).padStart(2, '0')}-${spec.year}-${slug(spec.type)}-${slug(expected.title ?? 'page')}.txt`;
  expected.file = file;
  writeFileSync(path.join(dir, file), text);
  pages.push(expected);
});
writeFileSync(
  path.join(dir, 'EXPECTED.json'),
  JSON.stringify(
    {
      conventions: [
        'title: the heading without "IGF YYYY <type> #N" (and without "<type>:" on main-session headings); code: type and number as printed, or the type alone when the page gives no number.',
        'date: YYYY-MM-DD of the start; startTime: HH:MM of the start as printed; timeZone: the zone printed beside it; room: the line right after the date line.',
        'names without honorifics; affiliation: everything after the name up to the stakeholder group or region (job titles included), null behind the lock icon.',
        'stakeholder / region: as printed; stakeholderGroup / regionalGroup: the pick-list value a reader maps it to (countries to their UN regional group, NA and EU to WEOG, Africa to African Group, LAC to GRULAC, APAC to Asia-Pacific), null where the printed value does not say (Global, Academia/Youth).',
        'presence: from an [onsite] / [online] tag or "(online)" after the entry.',
        'roles: a combined label gives each role ("Online Moderator and Rapporteur"); "Moderator and Organizer: A (main), B (sub)" makes A the onsite moderator and both organizers; a [moderator] / [rapporteur] tag gives the role; unlabelled 2023 role lines are onsite moderator, online moderator, rapporteur by position.',
        'organizers written as prose ("organised by the X in partnership with the Y") are the organisations, without the article.',
        'format: the format text without "- NN Min"; a bare format word on its own line is the format; agenda-style formats are kept whole and their minutes summed when no Duration is given; an empty "Duration (minutes):" gives null.',
        'policyQuestions: enumerators removed ("1.", "1 -", "A.", bullets); a statement without a question mark between questions and paragraphs after the list are not questions; a single paragraph is one question.',
        'hybrid: true when the page has a Hybrid Format section, else null.',
      ],
      pages,
    },
    null,
    1,
  ) + '\n',
);
process.stdout.write(`Wrote ${pages.length} pages to ${dir}\n`);
