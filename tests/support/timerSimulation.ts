import {
  adjustTimer,
  endTimer,
  newTimer,
  pauseTimer,
  readTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../../shared/timer';
import { rng } from '../fixtures/generate-session';

/**
 * A simulated 90-minute session: about 20 turns with pauses and adjustments, read every 250 ms of
 * simulated time and compared with a reference computed independently from the event list (sums of
 * running segments). Used by the timer test (which requires a 0 ms difference) and by the bench.
 */
export const T0 = Date.UTC(2025, 5, 24, 9, 30, 0, 0) + 123;
const MIN = 60_000;
const roundTrip = (s: TimerState): TimerState => JSON.parse(JSON.stringify(s)) as TimerState;

export type SimEvent =
  | { t: number; turn: number; kind: 'start' | 'pause' | 'resume' | 'end' }
  | { t: number; turn: number; kind: 'adjust'; delta: number };

export function planSession(seed: number): { allotted: number[]; events: SimEvent[]; endMs: number } {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const allotted: number[] = [];
  const events: SimEvent[] = [];
  let t = T0;
  for (let turn = 0; turn < 20; turn++) {
    const allot = [120, 180, 240, 300][int(0, 3)] as number;
    allotted.push(allot);
    t += int(2_000, 30_000); // changeover, odd milliseconds included
    events.push({ t, turn, kind: 'start' });
    // Speaking time: from well under to well over the allotment (overtime happens).
    let speak = allot * 1000 + int(-60_000, 90_000);
    let pauses = int(0, 3);
    let adjusts = int(0, 2);
    while (speak > 0) {
      const chunk = Math.min(speak, int(5_000, 90_000));
      t += chunk;
      speak -= chunk;
      if (speak <= 0) break;
      if (pauses > 0 && r() < 0.5) {
        pauses--;
        events.push({ t, turn, kind: 'pause' });
        if (adjusts > 0 && r() < 0.5) {
          adjusts--;
          events.push({ t: t + int(1, 2_000), turn, kind: 'adjust', delta: r() < 0.6 ? 60 : -60 });
        }
        t += int(3_000, 45_000);
        events.push({ t, turn, kind: 'resume' });
      } else if (adjusts > 0 && r() < 0.5) {
        adjusts--;
        events.push({ t, turn, kind: 'adjust', delta: r() < 0.6 ? 60 : -60 });
      }
    }
    // Sometimes the moderator ends a turn while it is paused.
    if (r() < 0.15) {
      events.push({ t, turn, kind: 'pause' });
      t += int(1_000, 10_000);
    }
    events.push({ t, turn, kind: 'end' });
  }
  events.sort((a, b) => a.t - b.t);
  // The session runs its full 90 minutes (or a little past, if the turns ran long).
  return { allotted, events, endMs: Math.max(t + 60_000, T0 + 90 * MIN) };
}

/** Applies one planned event to a turn's timer through the public transitions. */
function apply(s: TimerState, e: SimEvent): TimerState {
  switch (e.kind) {
    case 'start':
      return startTimer(s, e.t);
    case 'pause':
      return pauseTimer(s, e.t);
    case 'resume':
      return resumeTimer(s, e.t);
    case 'end':
      return endTimer(s, e.t);
    case 'adjust':
      return adjustTimer(s, e.delta);
  }
}

/** The reference: remaining ms for one turn at time t, from its events alone. */
function referenceRemaining(allot: number, turnEvents: readonly SimEvent[], t: number): number {
  let active = 0;
  let runningSince: number | null = null;
  let extra = 0;
  for (const e of turnEvents) {
    if (e.t > t) break;
    switch (e.kind) {
      case 'start':
      case 'resume':
        runningSince = e.t;
        break;
      case 'pause':
      case 'end':
        if (runningSince !== null) active += e.t - runningSince;
        runningSince = null;
        break;
      case 'adjust':
        extra += e.delta;
        break;
    }
  }
  if (runningSince !== null) active += t - runningSince;
  return (allot + extra) * 1000 - active;
}

/** The reference display: ceiling of the seconds left, then the floor of the seconds over. */
function referenceDisplay(remainingMs: number): string {
  const secs = remainingMs >= 0 ? Math.ceil(remainingMs / 1000) : Math.floor(-remainingMs / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs / 60) % 60;
  const s = secs % 60;
  const body = (h ? `${h}:${String(m).padStart(2, '0')}` : `${m}`) + ':' + String(s).padStart(2, '0');
  return (remainingMs < 0 ? '-' : '') + body;
}

export interface SimulationResult {
  events: SimEvent[];
  endMs: number;
  checks: number;
  worst: number;
  overtimeSeen: number;
  pausedSeen: number;
  mismatches: unknown[];
}

export function simulateSession(seed: number): SimulationResult {
  const { allotted, events, endMs } = planSession(seed);
  const byTurn = allotted.map((_, i) => events.filter((e) => e.turn === i));
  // Each turn's state is applied event by event and stored (JSON round trip) after every change.
  let states = allotted.map((a) => newTimer(a));
  let next = 0;
  let worst = 0;
  let checks = 0;
  let overtimeSeen = 0;
  let pausedSeen = 0;
  const mismatches: unknown[] = [];
  for (let now = T0; now <= endMs; now += 250) {
    while (next < events.length && (events[next] as SimEvent).t <= now) {
      const e = events[next++] as SimEvent;
      const s = states[e.turn] as TimerState;
      const changed = apply(s, e);
      states = states.map((x, i) => (i === e.turn ? roundTrip(changed) : x));
    }
    for (let i = 0; i < states.length; i++) {
      const turnEvents = byTurn[i] as SimEvent[];
      const reading = readTimer(states[i] as TimerState, now);
      const started = (turnEvents[0] as SimEvent).t <= now;
      const expected = referenceRemaining(allotted[i] as number, turnEvents, now);
      worst = Math.max(worst, Math.abs(reading.remainingMs - expected));
      checks++;
      const phase = !started
        ? 'idle'
        : expected < 0
          ? 'overtime'
          : expected <= 15_000
            ? 'danger'
            : expected <= 60_000
              ? 'warning'
              : 'running';
      // Plain comparisons in the hot loop (432k readings); the first mismatches are reported below.
      if (reading.display !== referenceDisplay(expected) || reading.phase !== phase) {
        if (mismatches.length < 5) mismatches.push({ turn: i, at: now - T0, reading, expected, phase });
      }
      if (reading.phase === 'overtime') overtimeSeen++;
      if (reading.paused) pausedSeen++;
    }
  }
  return { events, endMs, checks, worst, overtimeSeen, pausedSeen, mismatches };
}
