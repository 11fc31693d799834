import { describe, expect, it } from 'vitest';
import { offsetSecondsFrom, withinSession } from '../../shared/model/time';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import {
  contrastRatio,
  describeVariance,
  formatVariance,
  varianceTone,
  giveFloor,
  endOpenTurns,
  messageVisible,
  parsePresenterState,
  runOfShow,
  textOn,
} from '../../shared/timer';
import { stageBoard } from '../../shared/timer/stageBoard';

const T0 = Date.UTC(2025, 5, 24, 9, 0, 0, 0);
const S = 1000;
const MIN = 60 * S;
const iso = (ms: number) => new Date(ms).toISOString();
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function session(withStart: boolean): { s: Session; p: string } {
  const s0 = newSession(iso(T0), 'Run of show');
  const p = newPerson('P', 0, iso(T0));
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
        ...(withStart ? { date: '2025-06-24', startTime: '11:00', timeZone: 'Europe/Berlin' } : {}),
      },
      people: [p],
      agenda: [seg(0, 'Opening', 5), seg(1, 'Round', 15), seg(2, 'Closing', 5)],
    },
    p: p.id,
  };
}

const apply = (s: Session, c: Change[], at: number) => applyChanges(s, c, iso(at));

describe('runOfShow', () => {
  it('uses the facts start, marks the current segment and says behind when a segment overruns', () => {
    const { s: s0, p } = session(true);
    // 11:00 in Berlin (CEST) is 09:00 UTC = T0.
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: p, segmentId: ID(100), allottedSeconds: 300 }, T0 + MIN),
      T0,
    );
    s = apply(s, endOpenTurns(s, T0 + 7 * MIN), T0 + 7 * MIN);
    const r = runOfShow(s, T0 + 8 * MIN);
    expect(r.startSource).toBe('facts');
    expect(r.startMs).toBe(T0);
    expect(r.hardEndMs).toBe(T0 + 30 * MIN);
    expect(r.currentSegmentId).toBe(ID(100));
    const opening = r.segments[0]!;
    expect(opening).toMatchObject({ status: 'current', turns: 1, spokenMs: 6 * MIN, plannedMs: 5 * MIN });
    // Current segment runs on until now: 1 min → 8 min.
    expect(opening.actualMs).toBe(7 * MIN);
    // Planned end 09:05; projected max(now 09:08, 09:01 + 5) = 09:08 → behind by 3 min.
    expect(r.scheduleVarianceMs).toBe(3 * MIN);
    expect(r.projectedEndMs).toBe(T0 + 8 * MIN + 20 * MIN);
    expect(r.hardEndVarianceMs).toBe(-2 * MIN);
    expect(r.leftToHardEndMs).toBe(22 * MIN);
    expect(describeVariance(r.scheduleVarianceMs!)).toBe('Behind by 3:00');

    // Moving on to the next segment early: ahead.
    const marked = runOfShow(s, T0 + 8 * MIN, ID(101));
    expect(marked.segments.map((x) => x.status)).toEqual(['done', 'current', 'upcoming']);
    expect(marked.segments[0]!.actualMs).toBe(6 * MIN);
    // Round planned 09:05–09:20; not begun, projected 09:08 + 15 = 09:23 → behind 3:00.
    expect(marked.scheduleVarianceMs).toBe(3 * MIN);
  });

  it('defines ahead/behind once: the ± column and the late start add up to the summary', () => {
    const { s: s0, p } = session(true);
    // Opening (5 min planned) began 1 min late and took 2:00 (less a few ms); the round is running.
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: p, segmentId: ID(100), allottedSeconds: 300 }, T0 + MIN),
      T0,
    );
    s = apply(s, endOpenTurns(s, T0 + 3 * MIN - 4), T0 + 3 * MIN);
    s = apply(
      s,
      giveFloor(s, { id: ID(2), personId: p, segmentId: ID(101), allottedSeconds: 300 }, T0 + 3 * MIN),
      T0,
    );
    const r = runOfShow(s, T0 + 5 * MIN, ID(101));
    const [opening, round] = r.segments;
    expect(formatVariance(opening!.overMs)).toBe('−3:00');
    expect(r.startVarianceMs).toBe(MIN);
    // The running round is on plan (it may still end on time): its ± is not its time left.
    expect(Math.abs(round!.overMs!)).toBeLessThan(1000);
    expect(formatVariance(round!.overMs)).toBe('0:00');
    expect(r.scheduleVarianceMs).toBe(r.startVarianceMs! + opening!.overMs! + round!.overMs!);
    expect(describeVariance(r.scheduleVarianceMs!)).toBe('Ahead by 2:00');
    expect(varianceTone(r.scheduleVarianceMs)).toBe('ahead');
    expect(varianceTone(opening!.overMs)).toBe('ahead');
    // Once the round runs past its plan, it shows the overrun and so does the summary.
    const late = runOfShow(s, T0 + 21 * MIN, ID(101));
    expect(formatVariance(late.segments[1]!.overMs)).toBe('+3:00');
    expect(late.scheduleVarianceMs).toBe(MIN);
    expect(varianceTone(late.segments[1]!.overMs)).toBe('behind');
  });

  it('falls back to the first turn as the start and reports ahead', () => {
    const { s: s0, p } = session(false);
    let s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: p, segmentId: ID(100), allottedSeconds: 60 }, T0),
      T0,
    );
    s = apply(
      s,
      giveFloor(s, { id: ID(2), personId: p, segmentId: ID(101), allottedSeconds: 60 }, T0 + 3 * MIN),
      T0,
    );
    const r = runOfShow(s, T0 + 4 * MIN);
    expect(r.startSource).toBe('first-turn');
    expect(r.currentSegmentId).toBe(ID(101));
    // Round planned 09:05–09:20, began 09:03 → projected 09:18: ahead by 2 min.
    expect(r.scheduleVarianceMs).toBe(-2 * MIN);
    expect(describeVariance(r.scheduleVarianceMs!)).toBe('Ahead by 2:00');
    expect(r.segments[0]).toMatchObject({ status: 'done', actualMs: 3 * MIN, overMs: -2 * MIN });
    expect(r.segments[2]).toMatchObject({ status: 'upcoming', actualMs: null });
  });

  it('knows nothing about time before anything happens', () => {
    const { s } = session(false);
    const r = runOfShow(s, T0);
    expect(r).toMatchObject({
      startMs: null,
      scheduleVarianceMs: null,
      hardEndMs: null,
      plannedTotalMs: 25 * MIN,
    });
    expect(describeVariance(400)).toBe('On plan');
  });
});

describe('presenter helpers', () => {
  it('parses stored state defensively', () => {
    const empty = { message: '', showMessage: false, blackout: false, pinned: false, turnId: null };
    expect(parsePresenterState(null)).toEqual(empty);
    expect(parsePresenterState('{oops')).toEqual(empty);
    expect(
      parsePresenterState(JSON.stringify({ message: 'Wrap up', showMessage: true, blackout: 1 })),
    ).toEqual({
      message: 'Wrap up',
      showMessage: true,
      blackout: false,
      pinned: false,
      turnId: null,
    });
  });
  it('takes an unpinned message down when another turn starts, keeps a pinned one', () => {
    const shown = {
      ...parsePresenterState(null),
      message: 'Please wrap up',
      showMessage: true,
      turnId: 't1',
    };
    expect(messageVisible(shown, 't1')).toBe(true);
    expect(messageVisible(shown, 't2')).toBe(false);
    expect(messageVisible(shown, null)).toBe(false);
    expect(messageVisible({ ...shown, pinned: true }, 't2')).toBe(true);
    expect(messageVisible({ ...shown, showMessage: false, pinned: true }, 't1')).toBe(false);
  });
  it('picks the text colour with at least 4.5:1 contrast on every default phase colour', () => {
    for (const bg of ['#1a7f37', '#b7791f', '#c2410c', '#b3261e']) {
      expect(contrastRatio(bg, textOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
    expect(textOn('#ffff00')).toBe('#000000');
    expect(textOn('#000080')).toBe('#ffffff');
  });
});

describe('times that belong to the session', () => {
  it('never measures against a start on another day', () => {
    const facts = { date: '2025-06-24', startTime: '11:00', timeZone: 'Europe/Berlin', durationMinutes: 90 };
    expect(offsetSecondsFrom(facts, '2025-06-24T09:05:00.000Z')).toBe(300);
    expect(offsetSecondsFrom(facts, '2025-06-24T08:30:00.000Z')).toBe(-1800);
    // Preparing two years later, or a week earlier: no offset at all, never "27565:03:56".
    expect(offsetSecondsFrom(facts, '2027-07-01T09:05:00.000Z')).toBeNull();
    expect(offsetSecondsFrom(facts, '2025-06-17T09:05:00.000Z')).toBeNull();
    expect(withinSession(Date.UTC(2025, 5, 24, 22), Date.UTC(2025, 5, 24, 9), 90)).toBe(true);
    expect(withinSession(Date.UTC(2025, 5, 25, 12), Date.UTC(2025, 5, 24, 9), 90)).toBe(false);
  });
  it('plans from the first turn when the planned start is another day', () => {
    const { s: s0, p } = session(true);
    const later = T0 + 400 * 24 * 60 * MIN;
    const s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: p, segmentId: ID(100), allottedSeconds: 300 }, later),
      T0,
    );
    const r = runOfShow(s, later + 2 * MIN);
    expect(r.startSource).toBe('first-turn');
    expect(Math.abs(r.scheduleVarianceMs!)).toBeLessThan(10 * MIN);
    expect(r.leftToHardEndMs).toBe(28 * MIN);
  });
  it('says nothing of the time left to the hard end when the session is opened on another day', () => {
    const { s: s0, p } = session(false);
    // Turns run on the session's day; the file is opened again a year and a half later.
    const s = apply(
      s0,
      giveFloor(s0, { id: ID(1), personId: p, segmentId: ID(100), allottedSeconds: 300 }, T0),
      T0,
    );
    const during = runOfShow(s, T0 + 40 * MIN);
    expect(during.hardEndMs).toBe(T0 + 30 * MIN);
    expect(during.leftToHardEndMs).toBe(-10 * MIN);
    const later = runOfShow(s, T0 + 550 * 24 * 60 * MIN);
    expect(later.hardEndMs).toBe(T0 + 30 * MIN);
    expect(later.leftToHardEndMs).toBeNull();
    expect(stageBoard(s, T0 + 550 * 24 * 60 * MIN, null).sessionLeftMs).toBeNull();
  });
});
