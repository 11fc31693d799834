import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  adjustTimer,
  endTimer,
  formatClock,
  newTimer,
  pauseTimer,
  readTimer,
  resumeTimer,
  startTimer,
  usedSeconds,
  type TimerState,
} from '../../shared/timer';
import { simulateSession, T0, type SimEvent } from '../support/timerSimulation';

/** An injected clock: the tests move time, the code never reads it. */
const S = 1000;
const MIN = 60 * S;

const roundTrip = (s: TimerState): TimerState => JSON.parse(JSON.stringify(s)) as TimerState;

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
};

describe('formatClock', () => {
  it('formats durations and offsets', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(999)).toBe('0:00');
    expect(formatClock(59_999)).toBe('0:59');
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(59 * MIN + 59 * S)).toBe('59:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-12_000)).toBe('-0:12');
    expect(formatClock(-500)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('readTimer: phases and their boundaries', () => {
  const started = startTimer(newTimer(300), T0);
  const at = (ms: number) => readTimer(started, T0 + ms);

  it('is idle before the start and shows the full allotment', () => {
    const r = readTimer(newTimer(300), T0);
    expect(r).toMatchObject({ phase: 'idle', paused: false, ended: false, display: '5:00', elapsedMs: 0 });
    expect(r.label).toBe('Not started');
  });

  it('shows the ceiling of the remaining seconds', () => {
    expect(at(0)).toMatchObject({
      display: '5:00',
      phase: 'running',
      remainingMs: 300_000,
      label: 'On time',
    });
    expect(at(1).display).toBe('5:00');
    expect(at(999).display).toBe('5:00');
    expect(at(1000).display).toBe('4:59');
    expect(at(1001).display).toBe('4:59');
    expect(at(2000).display).toBe('4:58');
  });

  it('turns warning at 1:00 and danger at 0:15, both included', () => {
    expect(at(240_000 - 1)).toMatchObject({ phase: 'running', display: '1:01' });
    expect(at(240_000)).toMatchObject({ phase: 'warning', display: '1:00', label: '1 minute or less left' });
    expect(at(285_000 - 1)).toMatchObject({ phase: 'warning', display: '0:16' });
    expect(at(285_000)).toMatchObject({ phase: 'danger', display: '0:15', label: '15 seconds or less left' });
  });

  it('is still danger at exactly 0 and overtime from the next millisecond', () => {
    expect(at(300_000)).toMatchObject({ phase: 'danger', display: '0:00', remainingMs: 0, overtimeMs: 0 });
    expect(at(300_001)).toMatchObject({
      phase: 'overtime',
      display: '-0:00',
      overtimeMs: 1,
      label: 'Overtime',
    });
  });

  it('counts overtime upwards (floor)', () => {
    expect(at(301_000).display).toBe('-0:01');
    expect(at(312_000)).toMatchObject({ display: '-0:12', overtimeMs: 12_000, remainingMs: -12_000 });
    expect(at(312_999).display).toBe('-0:12');
    expect(at(300_000 + 61 * MIN + 5 * S).display).toBe('-1:01:05');
  });

  it('shows hours for long allotments', () => {
    const long = startTimer(newTimer(2 * 3600 + 3), T0);
    expect(readTimer(long, T0).display).toBe('2:00:03');
    expect(readTimer(long, T0 + 3 * S + 1).display).toBe('2:00:00');
    expect(readTimer(long, T0 + 3600 * S + 3 * S + 1).display).toBe('1:00:00');
    expect(readTimer(long, T0 + 3600 * S + 4 * S).display).toBe('59:59');
  });

  it('uses custom thresholds', () => {
    const th = { warningSeconds: 120, dangerSeconds: 30 };
    expect(readTimer(started, T0 + 180_000, th)).toMatchObject({
      phase: 'warning',
      label: '2 minutes or less left',
    });
    expect(readTimer(started, T0 + 270_000, th).phase).toBe('danger');
    expect(DEFAULT_THRESHOLDS).toEqual({ warningSeconds: 60, dangerSeconds: 15 });
  });

  it('reads 0 elapsed if the clock is before the start', () => {
    expect(readTimer(started, T0 - 5000)).toMatchObject({ elapsedMs: 0, display: '5:00' });
  });
});

describe('pause, resume, adjust, end', () => {
  it('excludes paused time, over several pauses, and keeps the phase colour while paused', () => {
    let s = startTimer(newTimer(120), T0);
    s = pauseTimer(s, T0 + 10 * S);
    expect(readTimer(s, T0 + 50 * S)).toMatchObject({ elapsedMs: 10 * S, paused: true, display: '1:50' });
    expect(readTimer(s, T0 + 50 * S).label).toBe('Paused · On time');
    s = resumeTimer(s, T0 + 60 * S);
    expect(readTimer(s, T0 + 70 * S)).toMatchObject({ elapsedMs: 20 * S, paused: false });
    s = pauseTimer(s, T0 + 130 * S); // 80 s spoken, 40 left: warning
    const r = readTimer(s, T0 + 999 * S);
    expect(r).toMatchObject({ elapsedMs: 80 * S, phase: 'warning', paused: true, display: '0:40' });
    expect(r.label).toBe('Paused · 1 minute or less left');
    s = resumeTimer(s, T0 + 1000 * S);
    expect(readTimer(s, T0 + 1041 * S)).toMatchObject({
      elapsedMs: 121 * S,
      phase: 'overtime',
      display: '-0:01',
    });
    expect(s.pauses).toHaveLength(2);
    expect(usedSeconds(s, T0 + 1041 * S)).toBe(121);
  });

  it('ignores transitions that make no sense', () => {
    const idle = newTimer(60);
    expect(pauseTimer(idle, T0)).toBe(idle);
    expect(resumeTimer(idle, T0)).toBe(idle);
    expect(endTimer(idle, T0)).toBe(idle);
    const running = startTimer(idle, T0);
    expect(startTimer(running, T0 + 5 * S)).toBe(running);
    expect(resumeTimer(running, T0 + 5 * S)).toBe(running);
    const paused = pauseTimer(running, T0 + 5 * S);
    expect(pauseTimer(paused, T0 + 6 * S)).toBe(paused);
  });

  it('adjusts by +/- minutes, also before the start and while paused', () => {
    let s = adjustTimer(newTimer(300), 60);
    expect(readTimer(s, T0).display).toBe('6:00');
    s = startTimer(s, T0);
    s = adjustTimer(s, -60);
    s = adjustTimer(s, -60);
    expect(s.addedSeconds).toBe(-60);
    expect(readTimer(s, T0 + 10 * S).display).toBe('3:50');
    s = pauseTimer(s, T0 + 200 * S); // 40 s left: warning
    expect(readTimer(s, T0 + 300 * S).phase).toBe('warning');
    s = adjustTimer(s, 60); // 1:40 left, while paused
    expect(readTimer(s, T0 + 300 * S)).toMatchObject({ display: '1:40', phase: 'running', paused: true });
    s = adjustTimer(s, -120); // 20 s over
    expect(readTimer(s, T0 + 300 * S)).toMatchObject({
      display: '-0:20',
      phase: 'overtime',
      overtimeMs: 20 * S,
    });
  });

  it('freezes at the end, including an end while paused', () => {
    let s = startTimer(newTimer(60), T0);
    s = endTimer(s, T0 + 75 * S);
    const r = readTimer(s, T0 + 10 * MIN);
    expect(r).toMatchObject({ ended: true, phase: 'overtime', display: '-0:15', elapsedMs: 75 * S });
    expect(r.label).toBe('Ended · 0:15 over');
    expect(adjustTimer(s, 60)).toBe(s);
    expect(pauseTimer(s, T0 + 80 * S)).toBe(s);
    expect(endTimer(s, T0 + 90 * S)).toBe(s);

    let p = startTimer(newTimer(60), T0);
    p = pauseTimer(p, T0 + 20 * S);
    p = endTimer(p, T0 + 50 * S);
    expect(p.pauses[0]?.to).not.toBeNull();
    expect(readTimer(p, T0 + 10 * MIN)).toMatchObject({
      ended: true,
      paused: false,
      elapsedMs: 20 * S,
      label: 'Ended',
    });
    expect(usedSeconds(p, T0 + 10 * MIN)).toBe(20);
  });

  it('never mutates the state it is given', () => {
    const s = deepFreeze(startTimer(newTimer(60), T0));
    const p = deepFreeze(pauseTimer(s, T0 + S));
    const r = deepFreeze(resumeTimer(p, T0 + 2 * S));
    deepFreeze(adjustTimer(r, 30));
    deepFreeze(endTimer(p, T0 + 3 * S));
    expect(s.pauses).toHaveLength(0);
    expect(p.pauses[0]?.to).toBeNull();
  });

  it('reads damaged stored data without throwing', () => {
    const bad = { ...newTimer(60), startedAt: 'not a date', pauses: [{ from: 'x', to: null }] } as TimerState;
    expect(readTimer(bad, T0)).toMatchObject({ phase: 'idle', elapsedMs: 0 });
    const odd = { ...startTimer(newTimer(60), T0), pauses: [{ from: 'x', to: null }] } as TimerState;
    expect(readTimer(odd, T0 + 5 * S).elapsedMs).toBe(5 * S);
    // Overlapping pause records are not subtracted twice.
    const overlap: TimerState = {
      ...startTimer(newTimer(60), T0),
      pauses: [
        { from: new Date(T0 + 10 * S).toISOString(), to: new Date(T0 + 30 * S).toISOString() },
        { from: new Date(T0 + 20 * S).toISOString(), to: new Date(T0 + 40 * S).toISOString() },
      ],
    };
    expect(readTimer(overlap, T0 + 50 * S).elapsedMs).toBe(20 * S);
  });
});

describe('restart from stored JSON', () => {
  it('reads the same after JSON.stringify/parse, at a later now', () => {
    let s = startTimer(newTimer(300), T0);
    s = pauseTimer(s, T0 + 30 * S);
    s = resumeTimer(s, T0 + 45 * S);
    s = adjustTimer(s, 60);
    const stored = JSON.stringify(s);
    // The app quits and comes back 4 minutes later.
    const back = JSON.parse(stored) as TimerState;
    expect(back).toEqual(s);
    const later = T0 + 4 * MIN + 15 * S + 1;
    expect(readTimer(back, later)).toEqual(readTimer(s, later));
    expect(readTimer(back, later)).toMatchObject({
      elapsedMs: 4 * MIN + 1,
      display: '2:00',
      phase: 'running',
    });
    // Still paused across a restart.
    const paused = roundTrip(pauseTimer(back, later));
    expect(readTimer(paused, later + 10 * MIN)).toMatchObject({ paused: true, display: '2:00' });
  });
});

describe('countup mode', () => {
  it('shows elapsed only, never warning or overtime', () => {
    let s = newTimer(60, 'countup');
    expect(readTimer(s, T0)).toMatchObject({ phase: 'idle', display: '0:00' });
    s = startTimer(s, T0);
    expect(readTimer(s, T0 + 999)).toMatchObject({ phase: 'running', display: '0:00', label: 'Counting up' });
    expect(readTimer(s, T0 + 59 * S)).toMatchObject({ phase: 'running', display: '0:59' });
    expect(readTimer(s, T0 + 3723 * S)).toMatchObject({
      phase: 'running',
      display: '1:02:03',
      overtimeMs: 0,
      remainingMs: 0,
    });
    s = pauseTimer(s, T0 + 10 * MIN);
    expect(readTimer(s, T0 + 20 * MIN)).toMatchObject({ display: '10:00', paused: true, label: 'Paused' });
  });
});

// ---------------------------------------------------------------------------------------------------
// A simulated 90-minute session: ~20 turns with pauses and adjustments, checked every 250 ms of simulated
// time against a reference computed independently from the event list (sums of running segments).
// ---------------------------------------------------------------------------------------------------

describe('a simulated 90-minute session', () => {
  it('matches the reference at every 250 ms tick (worst difference 0 ms)', () => {
    const { events, endMs, checks, worst, overtimeSeen, pausedSeen, mismatches } = simulateSession(20250624);
    expect(endMs - T0).toBeGreaterThanOrEqual(90 * MIN);
    expect(endMs - T0).toBeLessThan(110 * MIN);
    expect((events[events.length - 1] as SimEvent).t - T0).toBeGreaterThan(75 * MIN);
    // The session covers every phase and pauses, so the comparison is not vacuous.
    expect(overtimeSeen).toBeGreaterThan(0);
    expect(pausedSeen).toBeGreaterThan(0);
    expect(events.filter((e) => e.kind === 'adjust').length).toBeGreaterThan(3);
    expect(events.filter((e) => e.kind === 'pause').length).toBeGreaterThan(5);
    expect(checks).toBeGreaterThan(20 * 4 * 60 * 90);
    console.info(`simulated session: ${checks} readings, worst difference ${worst} ms`);
    expect(mismatches).toEqual([]);
    expect(worst).toBe(0);
  });
});
