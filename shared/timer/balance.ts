import {
  GENDERS,
  PRESENCES,
  REGIONAL_GROUPS,
  STAKEHOLDER_GROUPS,
  type Person,
  type Session,
} from '../model/session';
import { codeLabel } from '../i18n/codeLabels';
import { translator, type Translator } from '../i18n/index';
import { startedTurns } from './floor';
import { readTimer } from './timer';

/**
 * Floor balance: who had the floor, for how long, by stakeholder group, regional group, onsite/online
 * and gender. A pure function of the session and the clock, so the moderator's live view (with the
 * running turn counted up to `nowMs`) and the report (after the session) use the same figures.
 *
 * - Time is the time spoken: a turn's elapsed time with pauses excluded (`readTimer(...).elapsedMs`).
 * - Only live (not deleted) turns that have started count; a turn with no person, or a person with the
 *   detail unset, counts under "Not recorded" (key ''), so every dimension adds up to the same total.
 * - Buckets: the standard groups always appear (zero when nobody from them spoke) in the model's order,
 *   then any other value the user typed, alphabetically, then "Not recorded" if it has turns.
 */

export const NOT_RECORDED = '';

export interface BalanceBucket {
  /** The stored value ('' = not recorded). */
  key: string;
  label: string;
  ms: number;
  turns: number;
  /** ms / total ms of the session so far (0 when nobody has spoken yet). */
  share: number;
}

export type BalanceDimension = 'stakeholder' | 'region' | 'presence' | 'gender';

export interface FloorBalance {
  totalMs: number;
  turns: number;
  stakeholder: BalanceBucket[];
  region: BalanceBucket[];
  presence: BalanceBucket[];
  gender: BalanceBucket[];
}

export const BALANCE_DIMENSIONS: readonly BalanceDimension[] = [
  'stakeholder',
  'region',
  'presence',
  'gender',
];

/** The heading of a dimension ("Stakeholder group") in the translator's language. */
export const dimensionTitle = (key: BalanceDimension, tr: Pick<Translator, 't'> = translator('en')): string =>
  tr.t(`balance.dimension.${key}`);

type Label = (key: string, tr: Translator) => string;

const DIMENSIONS: Record<
  BalanceDimension,
  { standard: readonly string[]; of: (p: Person) => string | null; label: Label }
> = {
  stakeholder: {
    standard: STAKEHOLDER_GROUPS,
    of: (p) => p.stakeholder,
    label: (k, tr) => codeLabel('stakeholder', k, tr),
  },
  region: { standard: REGIONAL_GROUPS, of: (p) => p.region, label: (k, tr) => codeLabel('region', k, tr) },
  presence: { standard: PRESENCES, of: (p) => p.presence, label: (k, tr) => codeLabel('presence', k, tr) },
  // Time is counted for groups of people: "Women", not "Woman".
  gender: {
    standard: GENDERS,
    of: (p) => p.gender,
    label: (k, tr) =>
      (GENDERS as readonly string[]).includes(k) ? tr.t(`balance.gender.${k as 'woman'}`) : k,
  },
};

/** Minutes and turns per group for the session so far, counting the running turn up to `nowMs`. */
export function floorBalance(
  session: Session,
  nowMs: number,
  tr: Translator = translator('en'),
): FloorBalance {
  const people = new Map(session.people.map((p) => [p.id, p]));
  const spoken = startedTurns(session).map((turn) => ({
    person: turn.personId ? (people.get(turn.personId) ?? null) : null,
    ms: readTimer(turn.timer, nowMs).elapsedMs,
  }));
  const totalMs = spoken.reduce((sum, s) => sum + s.ms, 0);

  const dimension = (key: BalanceDimension): BalanceBucket[] => {
    const { standard, of, label } = DIMENSIONS[key];
    const sums = new Map<string, { ms: number; turns: number }>();
    for (const s of spoken) {
      const raw = s.person ? of(s.person) : null;
      const value = raw && raw.trim() ? raw.trim() : NOT_RECORDED;
      const sum = sums.get(value) ?? { ms: 0, turns: 0 };
      sum.ms += s.ms;
      sum.turns += 1;
      sums.set(value, sum);
    }
    const others = [...sums.keys()]
      .filter((k) => k !== NOT_RECORDED && !standard.includes(k))
      .sort((a, b) => a.localeCompare(b));
    const keys = [...standard, ...others, ...(sums.has(NOT_RECORDED) ? [NOT_RECORDED] : [])];
    return keys.map((k) => {
      const sum = sums.get(k) ?? { ms: 0, turns: 0 };
      return {
        key: k,
        label: k === NOT_RECORDED ? tr.t('balance.notRecorded') : label(k, tr),
        ms: sum.ms,
        turns: sum.turns,
        share: totalMs > 0 ? sum.ms / totalMs : 0,
      };
    });
  };

  return {
    totalMs,
    turns: spoken.length,
    stakeholder: dimension('stakeholder'),
    region: dimension('region'),
    presence: dimension('presence'),
    gender: dimension('gender'),
  };
}
