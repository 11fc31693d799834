import { newId } from './factory';
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
  id: string = newId(),
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
  };
}
