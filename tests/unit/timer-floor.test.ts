import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import { SessionSchema, type Session } from '../../shared/model/session';
import {
  addToQueue,
  adjustTimer,
  correctTurn,
  giveFloor,
  moveInQueue,
  openTurn,
  pauseTimer,
  queueOf,
  readTimer,
  startedTurns,
  takeNext,
  transitionOpenTurn,
} from '../../shared/timer';

const T0 = Date.UTC(2025, 5, 24, 9, 30, 0, 0);
const S = 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function seeded(): { session: Session; a: string; b: string; c: string } {
  let session = newSession(iso(T0), 'Floor test');
  const [a, b, c] = ['Ana', 'Bo', 'Cy'].map((name, i) => newPerson(name, i, iso(T0)));
  session = { ...session, people: [a!, b!, c!] };
  return { session, a: a!.id, b: b!.id, c: c!.id };
}
const apply = (session: Session, changes: Change[], at: number) => applyChanges(session, changes, iso(at));

describe('giving the floor keeps at most one open turn', () => {
  it('ends the open turn when the next one starts', () => {
    const { session: s0, a, b } = seeded();
    const s1 = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 120 }, T0),
      T0,
    );
    expect(openTurn(s1)?.personId).toBe(a);
    const s2 = apply(
      s1,
      giveFloor(s1, { id: ID(2), personId: b, segmentId: null, allottedSeconds: 60 }, T0 + 90 * S),
      T0 + 90 * S,
    );
    expect(openTurn(s2)?.personId).toBe(b);
    expect(startedTurns(s2).filter((t) => t.timer.endedAt === null)).toHaveLength(1);
    expect(s2.turns.find((t) => t.id === ID(1))?.timer.endedAt).toBe(iso(T0 + 90 * S));
  });

  it('repairs a file that holds two open turns', () => {
    const { session: s0, a, b, c } = seeded();
    // Two open turns, as a merge of two copies might leave them.
    const both = apply(
      s0,
      [
        ...giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 60 }, T0),
        ...giveFloor(s0, { id: ID(2), personId: b, segmentId: null, allottedSeconds: 60 }, T0 + S),
      ],
      T0 + S,
    );
    expect(startedTurns(both).filter((t) => t.timer.endedAt === null)).toHaveLength(2);
    const next = apply(
      both,
      giveFloor(both, { id: ID(3), personId: c, segmentId: null, allottedSeconds: 60 }, T0 + 2 * S),
      T0 + 2 * S,
    );
    expect(
      startedTurns(next)
        .filter((t) => t.timer.endedAt === null)
        .map((t) => t.id),
    ).toEqual([ID(3)]);
  });

  it('transitions only the open turn and reports no change when nothing moved', () => {
    const { session: s0, a } = seeded();
    expect(transitionOpenTurn(s0, (t) => pauseTimer(t, T0))).toEqual([]);
    const s1 = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 60 }, T0),
      T0,
    );
    const paused = apply(
      s1,
      transitionOpenTurn(s1, (t) => pauseTimer(t, T0 + 10 * S)),
      T0 + 10 * S,
    );
    expect(transitionOpenTurn(paused, (t) => pauseTimer(t, T0 + 11 * S))).toEqual([]);
    const more = apply(
      paused,
      transitionOpenTurn(paused, (t) => adjustTimer(t, 60)),
      T0 + 12 * S,
    );
    expect(readTimer(openTurn(more)!.timer, T0 + 100 * S).remainingMs).toBe(110 * S);
  });
});

describe('the speaking queue', () => {
  it('adds, reorders and takes the head with "Next"', () => {
    const { session: s0, a, b, c } = seeded();
    let s = s0;
    s = apply(s, addToQueue(s, { id: ID(11), personId: a, presence: 'onsite' }), T0);
    s = apply(s, addToQueue(s, { id: ID(12), personId: b, presence: 'online' }), T0);
    s = apply(s, addToQueue(s, { id: ID(13), personId: c, presence: null }), T0);
    expect(queueOf(s).map((q) => q.personId)).toEqual([a, b, c]);
    s = apply(s, moveInQueue(s, ID(13), -1), T0);
    expect(queueOf(s).map((q) => q.personId)).toEqual([a, c, b]);
    expect(moveInQueue(s, ID(11), -1)).toEqual([]);

    const first = takeNext(s, { id: ID(1), segmentId: null, allottedSeconds: 60 }, T0 + S);
    expect(first.entry?.personId).toBe(a);
    s = apply(s, first.changes, T0 + S);
    expect(openTurn(s)?.personId).toBe(a);
    expect(queueOf(s).map((q) => q.personId)).toEqual([c, b]);
    expect(s.queue.find((q) => q.id === ID(11))?.deletedAt).not.toBeNull();

    // The entry said "onsite" and Ana's record did not say: the record learns it.
    expect(s.people.find((p) => p.id === a)?.presence).toBe('onsite');
    s = apply(
      s,
      takeNext(s, { id: ID(2), segmentId: null, allottedSeconds: 60 }, T0 + 61 * S).changes,
      T0 + 61 * S,
    );
    expect(openTurn(s)?.personId).toBe(c);
    expect(s.turns.find((t) => t.id === ID(1))?.timer.endedAt).toBe(iso(T0 + 61 * S));
    s = apply(
      s,
      takeNext(s, { id: ID(3), segmentId: null, allottedSeconds: 60 }, T0 + 70 * S).changes,
      T0 + 70 * S,
    );
    expect(takeNext(s, { id: ID(4), segmentId: null, allottedSeconds: 60 }, T0 + 80 * S)).toEqual({
      changes: [],
      entry: null,
    });
  });

  it('renumbers entries whose order ties', () => {
    const { session: s0, a, b } = seeded();
    const s = apply(
      s0,
      [
        { type: 'queue.put', entry: { id: ID(11), personId: a, presence: null, order: 0 } },
        { type: 'queue.put', entry: { id: ID(12), personId: b, presence: null, order: 0 } },
      ],
      T0,
    );
    const moved = apply(s, moveInQueue(s, queueOf(s)[1]!.id, -1), T0);
    const orders = queueOf(moved).map((q) => q.order);
    expect(new Set(orders).size).toBe(2);
    expect(queueOf(moved)[0]!.id).toBe(queueOf(s)[1]!.id);
  });
});

describe('correcting a recorded turn', () => {
  it('ends a forgotten turn at a given time, closing an open pause', () => {
    const { session: s0, a } = seeded();
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 60 }, T0),
      T0,
    );
    s = apply(
      s,
      transitionOpenTurn(s, (t) => pauseTimer(t, T0 + 30 * S)),
      T0 + 30 * S,
    );
    const result = correctTurn(openTurn(s)!.timer, { endedAtMs: T0 + 40 * S }, T0 + 600 * S);
    expect('timer' in result).toBe(true);
    if (!('timer' in result)) return;
    expect(result.timer.endedAt).toBe(iso(T0 + 40 * S));
    expect(result.timer.pauses.at(-1)?.to).toBe(iso(T0 + 40 * S));
    expect(readTimer(result.timer, T0 + 9999 * S).elapsedMs).toBe(30 * S);
  });

  it('moves start and end, changes the allotment, rejects impossible times', () => {
    const { session: s0, a } = seeded();
    const s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 60 }, T0),
      T0,
    );
    const timer = openTurn(s)!.timer;
    const r = correctTurn(
      timer,
      { startedAtMs: T0 - 10 * S, endedAtMs: T0 + 50 * S, allottedSeconds: 90 },
      T0 + 60 * S,
    );
    expect(r).toMatchObject({
      timer: { startedAt: iso(T0 - 10 * S), endedAt: iso(T0 + 50 * S), allottedSeconds: 90 },
    });
    expect(correctTurn(timer, { endedAtMs: T0 - S }, T0 + 60 * S)).toHaveProperty('error');
    expect(correctTurn(timer, { endedAtMs: T0 + 120 * S }, T0 + 60 * S)).toHaveProperty('error');
    expect(correctTurn(timer, { allottedSeconds: -1 }, T0)).toHaveProperty('error');
  });
});

describe('restart from the saved file', () => {
  it('a session written to JSON mid-turn reads back with the same remaining time', () => {
    const { session: s0, a } = seeded();
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: null, allottedSeconds: 300 }, T0),
      T0,
    );
    s = apply(
      s,
      transitionOpenTurn(s, (t) => pauseTimer(t, T0 + 20 * S)),
      T0 + 20 * S,
    );
    const reloaded = SessionSchema.parse(JSON.parse(JSON.stringify(s)));
    for (const at of [T0 + 25 * S, T0 + 3600 * S]) {
      expect(readTimer(openTurn(reloaded)!.timer, at)).toEqual(readTimer(openTurn(s)!.timer, at));
      expect(readTimer(openTurn(reloaded)!.timer, at).remainingMs).toBe(280 * S);
    }
  });
});
