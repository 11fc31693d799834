import { describe, expect, it } from 'vitest';
import { newPerson, newStatement } from '../../shared/model/factory';
import type { Turn } from '../../shared/model/session';
import { defaultSpeakerId, floorPersonId, matchPeople, speakerList } from '../../shared/capture/speakers';

const T = '2026-06-23T09:00:00.000Z';
const organizer = newPerson('Olga Organizer', 0, T, { roles: ['organizer'] });
const ines = newPerson('Inês Albuquerque', 1, T, { roles: ['speaker'] });
const tomas = newPerson('Tomás Ibarra-Klein', 2, T, { roles: ['speaker'] });
const mod = newPerson('Mia Moderator', 3, T, { roles: ['onsiteModerator'] });
const aud = newPerson('Audience member 1', 4, T, { audience: true });
const gone = { ...newPerson('Gone Person', 5, T, { roles: ['speaker'] }), deletedAt: T };
const all = [organizer, ines, tomas, mod, aud, gone];

const turn = (personId: string, startedAt: string | null, endedAt: string | null): Turn => ({
  id: crypto.randomUUID(),
  personId,
  segmentId: null,
  updatedAt: T,
  deletedAt: null,
  timer: { mode: 'countdown', startedAt, allottedSeconds: 300, addedSeconds: 0, pauses: [], endedAt },
});

describe('speakers', () => {
  it('lists speakers, then moderators, audience, others; without the deleted', () => {
    expect(speakerList(all).map((p) => p.name)).toEqual([
      'Inês Albuquerque',
      'Tomás Ibarra-Klein',
      'Mia Moderator',
      'Audience member 1',
      'Olga Organizer',
    ]);
  });
  it('type-ahead: name start, word start, initials, anywhere; accents and case ignored', () => {
    const list = speakerList(all);
    expect(matchPeople(list, 'ine')[0]?.name).toBe('Inês Albuquerque');
    expect(matchPeople(list, 'ALBU')[0]?.name).toBe('Inês Albuquerque');
    expect(matchPeople(list, 'klein')[0]?.name).toBe('Tomás Ibarra-Klein');
    expect(matchPeople(list, 'ti')[0]?.name).toBe('Tomás Ibarra-Klein');
    expect(matchPeople(list, 'mi mod')[0]?.name).toBe('Mia Moderator');
    expect(matchPeople(list, 'querq').map((p) => p.name)).toEqual(['Inês Albuquerque']);
    expect(matchPeople(list, 'zzz')).toEqual([]);
    expect(matchPeople(list, '')).toHaveLength(5);
  });
  it('the floor is the running turn; else the last speaker is the default', () => {
    const statements = [newStatement('a', T, { speakerId: tomas.id }), newStatement('b', T)];
    expect(floorPersonId({ turns: [] })).toBeNull();
    expect(defaultSpeakerId({ turns: [] }, statements)).toBe(tomas.id);
    expect(defaultSpeakerId({ turns: [] }, [])).toBeNull();
    const turns = [
      turn(ines.id, '2026-06-23T09:00:00.000Z', '2026-06-23T09:05:00.000Z'),
      turn(mod.id, '2026-06-23T09:05:00.000Z', null),
      turn(aud.id, null, null),
      { ...turn(organizer.id, '2026-06-23T09:06:00.000Z', null), deletedAt: T },
    ];
    expect(floorPersonId({ turns })).toBe(mod.id);
    expect(defaultSpeakerId({ turns }, statements)).toBe(mod.id);
  });
});
