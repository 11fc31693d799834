import { nextOrder } from './records';
import type { Person } from './session';

export interface AudienceDetails {
  name: string;
  stakeholder?: string | null;
  region?: string | null;
  gender?: Person['gender'];
  presence?: Person['presence'];
}

/**
 * The one rule for a speaker from the floor, wherever they are added (capture, timer, transcript):
 * named "Audience member n" when no name was given, appended after everyone else.
 */
export function audienceMember(
  people: readonly Person[],
  details: AudienceDetails,
  id: string = globalThis.crypto.randomUUID(),
): Omit<Person, 'updatedAt' | 'deletedAt'> {
  const n = people.filter((p) => p.audience).length + 1;
  return {
    id,
    name: details.name.trim() || `Audience member ${n}`,
    affiliation: null,
    stakeholder: details.stakeholder || null,
    region: details.region || null,
    gender: details.gender ?? null,
    presence: details.presence ?? null,
    roles: [],
    audience: true,
    order: nextOrder(people),
    speakerNumber: nextSpeakerNumber(people),
  };
}

/**
 * Where a person comes in the list of speakers: listed speakers first, then moderators, then
 * audience members, then everyone else (organizers, the rapporteur).
 */
export function speakerRank(p: Pick<Person, 'roles' | 'audience'>): number {
  if (p.roles.includes('speaker')) return 0;
  if (p.roles.includes('onsiteModerator') || p.roles.includes('onlineModerator')) return 1;
  return p.audience ? 2 : 3;
}

/** The number a newly added person gets: one past the highest ever given, removed people included. */
export const nextSpeakerNumber = (people: ReadonlyArray<Pick<Person, 'speakerNumber'>>): number =>
  people.reduce((max, p) => Math.max(max, p.speakerNumber ?? 0), 0) + 1;

type Numberable = Pick<Person, 'speakerNumber' | 'roles' | 'audience' | 'order' | 'deletedAt'>;

/**
 * Gives every person without a number the next free one, in speaker-list order (present people first,
 * removed ones last); people who have a number keep it. Used when a session is built from a page and
 * when an older file is opened, so the first numbers are the ones the strip always showed.
 */
export function numberPeople<T extends Numberable>(people: readonly T[]): T[] {
  let next = nextSpeakerNumber(people);
  const waiting = people
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.speakerNumber === null || p.speakerNumber === undefined)
    .sort(
      (a, b) =>
        Number(a.p.deletedAt !== null) - Number(b.p.deletedAt !== null) ||
        speakerRank(a.p) - speakerRank(b.p) ||
        a.p.order - b.p.order ||
        a.i - b.i,
    );
  const given = new Map(waiting.map(({ i }) => [i, next++]));
  return people.map((p, i) => (given.has(i) ? { ...p, speakerNumber: given.get(i)! } : p));
}

/**
 * Makes speaker numbers unique again after two copies were merged that each gave a new person the same
 * next number. Of the people sharing a number, one keeps it: a person both copies already had (`known`),
 * else the first by list order, then id; the others get numbers past the highest, in that same order.
 * Everyone else keeps theirs. The rule reads only the merged list, so every device that merges the same
 * copies gives the same numbers. Returns the list itself when nothing collides.
 */
export function settleSpeakerNumbers<T extends Pick<Person, 'id' | 'speakerNumber' | 'order'>>(
  people: readonly T[],
  known: ReadonlySet<string> = new Set(),
): readonly T[] {
  const holders = new Map<number, T[]>();
  for (const p of people)
    if (p.speakerNumber !== null && p.speakerNumber !== undefined)
      holders.set(p.speakerNumber, [...(holders.get(p.speakerNumber) ?? []), p]);
  const first = (a: T, b: T): number =>
    Number(known.has(b.id)) - Number(known.has(a.id)) ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const movers = [...holders.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => [...group].sort(first).slice(1));
  if (movers.length === 0) return people;
  movers.sort(first);
  let next = nextSpeakerNumber(people);
  const given = new Map(movers.map((p) => [p.id, next++]));
  return people.map((p) => (given.has(p.id) ? { ...p, speakerNumber: given.get(p.id)! } : p));
}
