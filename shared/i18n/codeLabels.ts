import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  ROLES,
  SESSION_TYPES,
  STAKEHOLDER_GROUPS,
  STATEMENT_KINDS,
  type Role,
  type SessionType,
  type StatementKind,
} from '../model/session';
import { CATALOGS, translator, type Translator } from './index';
import { LANGUAGES } from './languages';

/** The lists whose stored values are codes, each shown to people through a label. */
export interface CodeLists {
  stakeholder: (typeof STAKEHOLDER_GROUPS)[number];
  region: (typeof REGIONAL_GROUPS)[number];
  gender: (typeof GENDERS)[number];
  presence: (typeof PRESENCES)[number];
  role: Role;
  kind: StatementKind;
  sessionType: SessionType;
}
export type CodeList = keyof CodeLists;

type Labeller = Pick<Translator, 't'>;

export const CODES: { [L in CodeList]: readonly CodeLists[L][] } = {
  stakeholder: STAKEHOLDER_GROUPS,
  region: REGIONAL_GROUPS,
  gender: GENDERS,
  presence: PRESENCES,
  role: ROLES,
  kind: STATEMENT_KINDS,
  sessionType: SESSION_TYPES,
};

/**
 * The label of a code in the translator's language; a value that is not a code (a group the user typed
 * under "Other…", or one a page printed) is shown as written.
 */
export function codeLabel<L extends CodeList>(
  list: L,
  value: CodeLists[L] | string,
  tr: Labeller = translator('en'),
): string {
  if (!(CODES[list] as readonly string[]).includes(value)) return value;
  return tr.t(`codes.${list}.${value}` as 'codes.kind.statement');
}

/** codeLabel for a value that may be unset: '' when there is none. */
export const labelOrEmpty = (list: CodeList, value: string | null | undefined, tr?: Labeller): string =>
  value && value.trim() ? codeLabel(list, value.trim(), tr) : '';

const foldName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\u00a0\-‐–/]+/g, '')
    .trim();

/** Other ways pages write the IGF's names, beside the labels of every language. */
const TYPE_SPELLINGS: Partial<Record<SessionType, readonly string[]>> = {
  roundtable: ['Round Table'],
  'break-out': ['Break-out', 'Breakout Group', 'Break-out Group Discussion'],
  'day-0': ['Day 0', 'Day Zero Event'],
  'high-level': ['High Level Session', 'High-Level Leaders Session'],
  'nri-session': ['NRI Collaborative Session', 'NRIs Collaborative Session'],
};
let typeNames: Map<string, SessionType> | null = null;

/**
 * The IGF session type or format a written name means, in any of the six languages ("Roundtable",
 * "Table ronde", "圆桌"); null when it is none of them, or says more than the name ("Panel - 90 Min").
 */
export function sessionTypeCode(text: string | null | undefined): SessionType | null {
  if (!typeNames) {
    typeNames = new Map();
    for (const code of SESSION_TYPES) {
      typeNames.set(foldName(code), code);
      for (const language of LANGUAGES)
        typeNames.set(foldName(CATALOGS[language].codes.sessionType[code]), code);
      for (const spelling of TYPE_SPELLINGS[code] ?? []) typeNames.set(foldName(spelling), code);
    }
  }
  return typeNames.get(foldName(text ?? '')) ?? null;
}

/** A session type or format as written, shown in the translator's language when it is one the IGF names. */
export function sessionTypeLabel(text: string, tr?: Labeller): string {
  const code = sessionTypeCode(text);
  return code ? codeLabel('sessionType', code, tr) : text;
}
