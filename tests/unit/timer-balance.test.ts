import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { floorBalance, giveFloor, pauseTimer, transitionOpenTurn } from '../../shared/timer';

const T0 = Date.UTC(2025, 5, 24, 9, 30, 0, 0);
const S = 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function session(): { s: Session; gov: string; cs: string; anon: string; custom: string } {
  const s0 = newSession(iso(T0), 'Balance');
  const gov = newPerson('Gov Woman', 0, iso(T0), {
    stakeholder: 'government',
    region: 'african-group',
    gender: 'woman',
    presence: 'onsite',
  });
  const cs = newPerson('CS Man', 1, iso(T0), {
    stakeholder: 'civil-society',
    region: 'asia-pacific-group',
    gender: 'man',
    presence: 'online',
  });
  const anon = newPerson('Audience', 2, iso(T0), { audience: true, presence: 'onsite' });
  const custom = newPerson('Academic', 3, iso(T0), { stakeholder: 'Academia' });
  return {
    s: { ...s0, people: [gov, cs, anon, custom] },
    gov: gov.id,
    cs: cs.id,
    anon: anon.id,
    custom: custom.id,
  };
}

describe('floorBalance', () => {
  it('sums ended turns, a paused stretch and the running turn per group', () => {
    const { s: s0, gov, cs, anon } = session();
    let s = s0;
    const floor = (n: number, personId: string | null, at: number) => {
      s = applyChanges(
        s,
        giveFloor(s, { id: ID(n), personId, segmentId: null, allottedSeconds: 60 }, at),
        iso(at),
      );
    };
    floor(1, gov, T0); // 90 s
    floor(2, cs, T0 + 90 * S); // 60 s with a 30 s pause inside -> 30 s... see below
    s = applyChanges(
      s,
      transitionOpenTurn(s, (t) => pauseTimer(t, T0 + 100 * S)),
      iso(T0 + 100 * S),
    );
    floor(3, gov, T0 + 150 * S); // ends turn 2 while paused: spoken 10 s
    floor(4, anon, T0 + 200 * S); // gov spoke 50 s
    floor(5, null, T0 + 230 * S); // anon spoke 30 s; unknown speaker still running
    const now = T0 + 245 * S; // running unknown turn: 15 s

    const b = floorBalance(s, now);
    expect(b.turns).toBe(5);
    expect(b.totalMs).toBe((90 + 10 + 50 + 30 + 15) * S);
    const get = (list: typeof b.stakeholder, key: string) => list.find((x) => x.key === key);
    expect(get(b.stakeholder, 'government')).toMatchObject({ ms: 140 * S, turns: 2, label: 'Government' });
    expect(get(b.stakeholder, 'civil-society')).toMatchObject({ ms: 10 * S, turns: 1 });
    expect(get(b.stakeholder, 'private-sector')).toMatchObject({ ms: 0, turns: 0 });
    expect(get(b.stakeholder, '')).toMatchObject({ ms: 45 * S, turns: 2, label: 'Not recorded' });
    expect(get(b.presence, 'onsite')).toMatchObject({ ms: 170 * S, turns: 3, label: 'Onsite' });
    expect(get(b.presence, 'online')).toMatchObject({ ms: 10 * S, label: 'Online' });
    expect(get(b.gender, 'woman')).toMatchObject({ ms: 140 * S, label: 'Women' });
    expect(get(b.region, 'african-group')?.share).toBeCloseTo(140 / 195);

    for (const dim of [b.stakeholder, b.region, b.presence, b.gender]) {
      expect(dim.reduce((sum, x) => sum + x.ms, 0)).toBe(b.totalMs);
      expect(dim.reduce((sum, x) => sum + x.turns, 0)).toBe(b.turns);
    }
    // The running turn grows with the clock; ended ones do not.
    expect(floorBalance(s, now + 10 * S).totalMs).toBe(b.totalMs + 10 * S);
  });

  it('lists other stakeholder text after the standard groups, deleted turns do not count', () => {
    const { s: s0, custom, gov } = session();
    let s = applyChanges(
      s0,
      giveFloor(s0, { id: ID(1), personId: custom, segmentId: null, allottedSeconds: 60 }, T0),
      iso(T0),
    );
    s = applyChanges(
      s,
      giveFloor(s, { id: ID(2), personId: gov, segmentId: null, allottedSeconds: 60 }, T0 + 20 * S),
      iso(T0),
    );
    s = applyChanges(s, [{ type: 'turn.delete', id: ID(2) }], iso(T0 + 30 * S));
    const b = floorBalance(s, T0 + 60 * S);
    expect(b.stakeholder.map((x) => x.key).slice(-1)).toEqual(['Academia']);
    expect(b.turns).toBe(1);
    expect(b.totalMs).toBe(20 * S);
  });

  it('is all zeros for a session nobody has spoken in', () => {
    const b = floorBalance(session().s, T0);
    expect(b.totalMs).toBe(0);
    expect(b.stakeholder.every((x) => x.ms === 0 && x.share === 0)).toBe(true);
    expect(b.stakeholder.some((x) => x.key === '')).toBe(false);
  });
});
