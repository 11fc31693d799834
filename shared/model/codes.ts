import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  ROLES,
  STAKEHOLDER_GROUPS,
  STATEMENT_KINDS,
  type Role,
  type StatementKind,
} from './session';

/**
 * Stored values are codes ('civil-society'); the words people read come from shared/i18n. This module
 * says which code a written value means: format 2 stored the English labels themselves, and session
 * pages print groups in several spellings. A stakeholder or regional group that is none of the codes
 * stays as the text the user or the page gave ("Academia", "Arab States").
 */

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

const table = <C extends string>(entries: Record<C, readonly string[]>): Map<string, C> => {
  const map = new Map<string, C>();
  for (const [code, spellings] of Object.entries(entries) as Array<[C, readonly string[]]>) {
    map.set(code, code);
    for (const s of spellings) map.set(fold(s), code);
  }
  return map;
};

type StakeholderCode = (typeof STAKEHOLDER_GROUPS)[number];
type RegionCode = (typeof REGIONAL_GROUPS)[number];
export type GenderCode = (typeof GENDERS)[number];
export type PresenceCode = (typeof PRESENCES)[number];

const STAKEHOLDER_SPELLINGS = table<StakeholderCode>({
  government: ['Government', 'Governments', 'Government sector'],
  'civil-society': ['Civil Society', 'Civil society organization', 'Civil society organisation'],
  'private-sector': ['Private Sector', 'Business', 'Private sector / business'],
  'technical-community': ['Technical Community', 'Technical and academic community'],
  'intergovernmental-organization': [
    'Intergovernmental Organization',
    'Intergovernmental Organisation',
    'Intergovernmental Organizations',
    'Intergovernmental Organisations',
  ],
});

const REGION_SPELLINGS = table<RegionCode>({
  'african-group': ['African Group', 'Africa Group', 'Africa'],
  'asia-pacific-group': ['Asia-Pacific Group', 'Asia Pacific Group', 'Asia-Pacific', 'Asia Pacific', 'APAC'],
  'eastern-european-group': ['Eastern European Group', 'Eastern Europe', 'EEG'],
  grulac: [
    'Latin American and Caribbean Group (GRULAC)',
    'Latin American and Caribbean Group',
    'Latin America and Caribbean Group',
    'Latin America and the Caribbean',
    'GRULAC',
  ],
  weog: [
    'Western European and Others Group (WEOG)',
    'Western European and Other Group (WEOG)',
    'Western European and Others Group',
    'Western European and Other Group',
    'WEOG',
  ],
  'intergovernmental-organization': ['Intergovernmental Organization', 'Intergovernmental Organisation'],
});

/** The code for a stakeholder group written out, or the text itself (trimmed) when it is another group. */
export function stakeholderCode(text: string): string {
  return STAKEHOLDER_SPELLINGS.get(fold(text)) ?? text.trim();
}

/** The code for a regional group written out, or the text itself (trimmed) when it is another region. */
export function regionCode(text: string): string {
  return REGION_SPELLINGS.get(fold(text)) ?? text.trim();
}

export const isStakeholderCode = (value: string): value is StakeholderCode =>
  (STAKEHOLDER_GROUPS as readonly string[]).includes(value);
export const isRegionCode = (value: string): value is RegionCode =>
  (REGIONAL_GROUPS as readonly string[]).includes(value);
export const isGenderCode = (value: string): value is GenderCode =>
  (GENDERS as readonly string[]).includes(value);
export const isPresenceCode = (value: string): value is PresenceCode =>
  (PRESENCES as readonly string[]).includes(value);
export const isRoleCode = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const isKindCode = (value: string): value is StatementKind =>
  (STATEMENT_KINDS as readonly string[]).includes(value);

/** What format 2 stored for genders and statement kinds, and the code each became in format 3. */
export const FORMAT2_GENDERS: Readonly<Record<string, GenderCode>> = {
  woman: 'woman',
  man: 'man',
  'non-binary/other': 'non-binary-other',
  'prefer not to say': 'prefer-not-to-say',
};
export const FORMAT2_KINDS: Readonly<Record<string, StatementKind>> = {
  statement: 'statement',
  question: 'question',
  recommendation: 'recommendation',
  commitment: 'commitment',
  'key-takeaway candidate': 'key-takeaway-candidate',
  'call-to-action candidate': 'call-to-action-candidate',
  quote: 'quote',
  'poll result': 'poll-result',
};
