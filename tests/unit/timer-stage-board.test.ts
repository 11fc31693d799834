import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import {
  addToQueue,
  endOpenTurns,
  giveFloor,
  leftClock,
  messageFlashKey,
  parsePresenterState,
  parseSegmentMark,
  stageBoard,
} from '../../shared/timer';

const T0 = Date.UTC(2025, 5, 24, 9, 0, 0, 0); // 11:00 in Berlin (CEST)
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const apply = (s: Session, c: Change[], at: number) => applyChanges(s, c, iso(at));

function session(): { s: Session; a: string; b: string } {
  const s0 = newSession(iso(T0), 'Stage');
  const a = newPerson('Ana Lima', 0, iso(T0));
  const b = newPerson('Bo Chen', 1, iso(T0));
  const seg = (n: number, title: string, minutes: number) => ({
    id: ID(100 + n),
    title,
    plannedMinutes: minutes,
    questionIds: [],
    order: n,
    updatedAt: iso(T0),
    deletedAt: null,
  });
  return {
    s: {
      ...s0,
      facts: {
        ...s0.facts,
        durationMinutes: 30,
        date: '2025-06-24',
        startTime: '11:00',
        timeZone: 'Europe/Berlin',
      },
      people: [a, b],
      agenda: [seg(0, 'Opening', 5), seg(1, 'Round', 15)],
    },
    a: a.id,
    b: b.id,
  };
}

describe('stageBoard', () => {
  it('shows the head of the queue, the segment and session time left, and the time in the session zone', () => {
    const { s: s0, a, b } = session();
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: ID(100), allottedSeconds: 180 }, T0 + MIN),
      T0 + MIN,
    );
    s = apply(s, addToQueue(s, { id: ID(2), personId: b, presence: 'online' }), T0 + MIN);
    const board = stageBoard(s, T0 + 3 * MIN + 15_000, null);
    expect(board.nextUp).toEqual({ name: 'Bo Chen', online: true });
    // Opening: 5 min planned, under way since 09:01 → 2:15 gone, 2:45 left.
    expect(board.segment).toEqual({ title: 'Opening', leftMs: 2 * MIN + 45_000 });
    expect(board.sessionLeftMs).toBe(26 * MIN + 45_000);
    expect(board.timeOfDay).toBe('11:03');
  });

  it('follows the moderator’s segment mark, goes negative past the plan and the hard end, and empties', () => {
    const { s: s0, a } = session();
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: a, segmentId: ID(100), allottedSeconds: 60 }, T0),
      T0,
    );
    expect(stageBoard(s, T0 + 7 * MIN, null).segment!.leftMs).toBe(-2 * MIN);
    s = apply(s, endOpenTurns(s, T0 + 7 * MIN), T0 + 7 * MIN);
    // Round marked but not begun: all of its 15 minutes are left.
    expect(stageBoard(s, T0 + 8 * MIN, ID(101)).segment).toEqual({ title: 'Round', leftMs: 15 * MIN });
    expect(stageBoard(s, T0 + 31 * MIN, ID(101)).sessionLeftMs).toBe(-MIN);
    expect(stageBoard(s, T0, null).nextUp).toBeNull();
    const bare = { ...s, agenda: [], facts: { ...s.facts, durationMinutes: null } };
    expect(stageBoard(bare, T0, null)).toMatchObject({ segment: null, sessionLeftMs: null });
  });
});

describe('the time of day and leftClock', () => {
  it('reads the time in the session zone, and falls back to the machine on an unknown zone', () => {
    const { s } = session();
    const at = (timeZone: string | null) =>
      stageBoard({ ...s, facts: { ...s.facts, timeZone } }, T0, null).timeOfDay;
    expect(at('Europe/Berlin')).toBe('11:00');
    expect(at('Asia/Tokyo')).toBe('18:00');
    expect(at('Not/AZone')).toMatch(/^\d\d:\d\d$/);
    expect(at(null)).toMatch(/^\d\d:\d\d$/);
  });

  it('rounds a time left up, shows hours and a minus once over', () => {
    expect(leftClock(2 * MIN + 44_100)).toBe('2:45');
    expect(leftClock(0)).toBe('0:00');
    expect(leftClock(-500)).toBe('0:00');
    expect(leftClock(-90_000)).toBe('−1:30');
    expect(leftClock(62 * MIN + 3000)).toBe('1:02:03');
  });
});

describe('message flash and segment mark', () => {
  it('gives a new identity to a new text or a new turn, the same to a redraw', () => {
    const one = parsePresenterState(JSON.stringify({ message: 'Wrap up', showMessage: true, turnId: 'a' }));
    const again = parsePresenterState(JSON.stringify({ message: 'Wrap up', showMessage: true, turnId: 'a' }));
    expect(messageFlashKey(one)).toBe(messageFlashKey(again));
    expect(messageFlashKey({ ...one, message: 'Thank you' })).not.toBe(messageFlashKey(one));
    expect(messageFlashKey({ ...one, turnId: 'b' })).not.toBe(messageFlashKey(one));
  });

  it('reads a segment mark defensively', () => {
    expect(parseSegmentMark(JSON.stringify(ID(100)))).toBe(ID(100));
    expect(parseSegmentMark('{bad')).toBeNull();
    expect(parseSegmentMark('42')).toBeNull();
    expect(parseSegmentMark(null)).toBeNull();
  });
});
