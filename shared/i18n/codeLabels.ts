import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  ROLES,
  STAKEHOLDER_GROUPS,
  STATEMENT_KINDS,
  type Role,
  type StatementKind,
} from '../model/session';
import { translator, type Translator } from './index';

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

type Labeller = Pick<Translator, 't'>;

export const CODES: { [L in CodeList]: readonly CodeLists[L][] } = {
  stakeholder: STAKEHOLDER_GROUPS,
  region: REGIONAL_GROUPS,
  gender: GENDERS,
  presence: PRESENCES,
  role: ROLES,
  kind: STATEMENT_KINDS,
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
