import type {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  Role,
  STAKEHOLDER_GROUPS,
  StatementKind,
} from '../model/session';

/** The lists whose stored values are codes, each shown to people through a label. */
export interface CodeLists {
  stakeholder: (typeof STAKEHOLDER_GROUPS)[number];
  region: (typeof REGIONAL_GROUPS)[number];
  gender: (typeof GENDERS)[number];
  presence: (typeof PRESENCES)[number];
  role: Role;
  kind: StatementKind;
}
export type CodeList = keyof CodeLists;

const EN: { [L in CodeList]: Record<CodeLists[L], string> } = {
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
};

/** The label of a code; a value that is not a code (a group the user typed) is shown as written. */
export function codeLabel<L extends CodeList>(list: L, value: CodeLists[L] | string): string {
  const labels = EN[list] as Record<string, string>;
  return Object.hasOwn(labels, value) ? (labels[value] as string) : value;
}

/** codeLabel for a value that may be unset: '' when there is none. */
export const labelOrEmpty = (list: CodeList, value: string | null | undefined): string =>
  value && value.trim() ? codeLabel(list, value.trim()) : '';
