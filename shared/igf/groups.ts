/**
 * Stakeholder groups and regional groups as pages print them ('Africa', 'NA', 'APAC', 'civil society',
 * a country) mapped to the app's codes: the spellings shared/model/codes.ts knows first, then what only
 * pages write (short labels, lower case, 'Civil Society/Youth', member states). A value the page does not make clear ('Global',
 * 'Academia/Youth') maps to null: the caller keeps the printed text then.
 * Pure TS: no Node or DOM.
 */
import { isRegionCode, isStakeholderCode, regionCode, stakeholderCode } from '../model/codes';
import { REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../model/session';

type Stakeholder = (typeof STAKEHOLDER_GROUPS)[number];
type Region = (typeof REGIONAL_GROUPS)[number];

const [GOV, CS, PS, TECH, IGO] = STAKEHOLDER_GROUPS as unknown as [
  Stakeholder,
  Stakeholder,
  Stakeholder,
  Stakeholder,
  Stakeholder,
];
const [AFR, APG, EEG, GRULAC, WEOG, IGO_REGION] = REGIONAL_GROUPS as unknown as [
  Region,
  Region,
  Region,
  Region,
  Region,
  Region,
];

const key = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .replace(/[^a-z0-9&/ -]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const STAKEHOLDER_WORDS: Record<string, Stakeholder> = {
  government: GOV,
  governments: GOV,
  'public sector': GOV,
  parliament: GOV,
  parliamentarian: GOV,
  'civil society': CS,
  ngo: CS,
  'non-governmental organization': CS,
  'non-governmental organisation': CS,
  'private sector': PS,
  business: PS,
  industry: PS,
  'technical community': TECH,
  'technical and academic community': TECH,
  academia: TECH,
  academic: TECH,
  'academic community': TECH,
  'intergovernmental organization': IGO,
  'intergovernmental organisation': IGO,
  'intergovernmental organizations': IGO,
  'international organization': IGO,
  'international organisation': IGO,
};

/** 'civil society', 'Business', 'Civil Society/Youth' → the pick-list value; null when unsure. */
export function normaliseStakeholder(printed: string | null): Stakeholder | null {
  if (printed === null) return null;
  const code = stakeholderCode(printed);
  if (isStakeholderCode(code)) return code;
  const k = key(printed);
  const direct = STAKEHOLDER_WORDS[k];
  if (direct) return direct;
  // 'Civil Society/Youth': youth is a constituency, not a group; the other part decides.
  const parts = k.split(/\s*(?:\/|&|\band\b)\s*/).filter((p) => p && p !== 'youth');
  const groups = new Set(parts.map((p) => STAKEHOLDER_WORDS[p]));
  if (groups.size === 1 && !groups.has(undefined)) return [...groups][0] ?? null;
  return null;
}

const REGION_WORDS: Record<string, Region> = {
  'african group': AFR,
  'africa group': AFR,
  africa: AFR,
  afr: AFR,
  'asia-pacific group': APG,
  'asia pacific group': APG,
  'asia-pacific': APG,
  'asia pacific': APG,
  apac: APG,
  apg: APG,
  asia: APG,
  'eastern european group': EEG,
  'eastern europe': EEG,
  eeg: EEG,
  'latin american and caribbean group grulac': GRULAC,
  'latin american and caribbean group': GRULAC,
  'latin america and caribbean group': GRULAC,
  'latin america and the caribbean': GRULAC,
  'latin america and caribbean': GRULAC,
  'latin america': GRULAC,
  grulac: GRULAC,
  lac: GRULAC,
  'western european and others group weog': WEOG,
  'western european and other group weog': WEOG,
  'western european and others group': WEOG,
  'western european and other group': WEOG,
  'western europe': WEOG,
  weog: WEOG,
  'north america': WEOG,
  na: WEOG,
  eu: WEOG,
  europe: WEOG,
  'intergovernmental organization': IGO_REGION,
  'intergovernmental organisation': IGO_REGION,
};

/** Member states by UN regional group (the common ones; unknown countries stay as printed). */
const COUNTRIES: [Region, string][] = [
  [
    AFR,
    'algeria angola benin botswana burkina faso burundi cameroon cabo verde cape verde chad comoros congo ' +
      "cote d'ivoire ivory coast djibouti egypt eritrea eswatini ethiopia gabon gambia ghana guinea kenya lesotho " +
      'liberia libya madagascar malawi mali mauritania mauritius morocco mozambique namibia niger nigeria rwanda ' +
      'senegal seychelles sierra leone somalia south africa south sudan sudan tanzania togo tunisia uganda zambia zimbabwe',
  ],
  [
    APG,
    'afghanistan bahrain bangladesh bhutan cambodia china fiji india indonesia iran iraq japan jordan kazakhstan ' +
      'kuwait kyrgyzstan lebanon malaysia maldives mongolia myanmar nepal oman pakistan palau papua new guinea ' +
      'philippines qatar samoa saudi arabia singapore south korea korea sri lanka syria tajikistan thailand ' +
      'timor-leste tonga turkmenistan tuvalu united arab emirates uae uzbekistan vanuatu viet nam vietnam yemen',
  ],
  [
    EEG,
    'albania armenia azerbaijan belarus bosnia and herzegovina bulgaria croatia czechia czech republic estonia ' +
      'georgia hungary latvia lithuania moldova montenegro north macedonia poland romania russia serbia slovakia ' +
      'slovenia ukraine',
  ],
  [
    GRULAC,
    'argentina bahamas barbados belize bolivia brazil chile colombia costa rica cuba dominican republic ecuador ' +
      'el salvador grenada guatemala guyana haiti honduras jamaica mexico nicaragua panama paraguay peru ' +
      'suriname trinidad and tobago uruguay venezuela',
  ],
  [
    WEOG,
    'andorra australia austria belgium canada cyprus denmark finland france germany greece iceland ireland ' +
      'israel italy liechtenstein luxembourg malta monaco netherlands new zealand norway portugal san marino spain ' +
      'sweden switzerland turkey turkiye united kingdom uk united states usa us',
  ],
];
const COUNTRY_REGION = new Map<string, Region>();
for (const [region, list] of COUNTRIES) {
  for (const name of splitCountries(list)) COUNTRY_REGION.set(name, region);
}

/** The list strings hold names separated by spaces; multi-word names are known by their first words. */
function splitCountries(list: string): string[] {
  const MULTI = [
    'burkina faso',
    'cabo verde',
    'cape verde',
    "cote d'ivoire",
    'ivory coast',
    'sierra leone',
    'south africa',
    'south sudan',
    'papua new guinea',
    'saudi arabia',
    'south korea',
    'sri lanka',
    'united arab emirates',
    'viet nam',
    'bosnia and herzegovina',
    'czech republic',
    'north macedonia',
    'costa rica',
    'dominican republic',
    'el salvador',
    'trinidad and tobago',
    'new zealand',
    'san marino',
    'united kingdom',
    'united states',
  ];
  let rest = ` ${list} `;
  const out: string[] = [];
  for (const m of MULTI) {
    if (rest.includes(` ${m} `)) {
      out.push(m);
      rest = rest.replace(` ${m} `, ' ');
    }
  }
  for (const w of rest.split(' ')) if (w) out.push(w);
  return out;
}

/** 'Africa', 'NA', 'APAC', 'Asia Pacific Group', 'kenya' → the pick-list value; null when unsure. */
export function normaliseRegion(printed: string | null): Region | null {
  if (printed === null) return null;
  const code = regionCode(printed);
  if (isRegionCode(code)) return code;
  const k = key(printed);
  return REGION_WORDS[k] ?? COUNTRY_REGION.get(k) ?? null;
}

/** True when a field is a country this table knows. */
export function isCountry(field: string): boolean {
  return COUNTRY_REGION.has(key(field));
}
