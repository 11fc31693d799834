import { translator, type Translator } from '../i18n/index';

/**
 * Timer math for turns and segments, modelled on cpvalente/ontime's approach: the displayed time is never
 * counted down by intervals. It is recomputed, every time it is shown, as a pure function of the stored
 * state and the current clock (`now`, ms since the epoch, always passed in):
 *
 *   elapsed   = (endedAt ?? now) − startedAt − (time spent paused)
 *   remaining = (allottedSeconds + addedSeconds) · 1000 − elapsed
 *
 * So a stored state (plain JSON, UTC ISO strings) read after an app restart, a sleeping laptop or a
 * throttled background window shows the right time at once, and a UI tick rate only affects smoothness.
 *
 * Decisions:
 * - Display rounding, like a countdown clock: while time remains the display shows the CEILING of the
 *   remaining seconds (a 5:00 turn shows "5:00" at start and 1 ms later, "4:59" after 1000 ms, "0:01"
 *   until the very end); exactly 0 ms shows "0:00". Overtime shows the FLOOR of the overtime seconds with
 *   a leading minus ("-0:00" during the first second over, "-0:12" after 12 s), so the clock keeps
 *   counting upwards past zero and every second is shown for a full second.
 * - Phases compare the exact remaining milliseconds with the thresholds: warning when remaining ≤
 *   warningSeconds, danger when ≤ dangerSeconds, overtime when remaining < 0. With the ceiling display
 *   this means the colour changes exactly when the display reaches the threshold ("1:00" is already
 *   warning, "0:15" already danger), and remaining = 0 exactly is still danger ("0:00"), not overtime.
 * - Paused and ended are run states, not colours: `phase` keeps the colour of where the time stands,
 *   `paused` and `ended` say whether it moves. The `label` names both, so colour is never the only signal.
 * - Countup mode shows elapsed time only: phase is 'running' once started, never warning or overtime.
 * - Transitions that make no sense in the current state (pause when not running, start twice, resume
 *   when not paused, anything after end) return the state unchanged rather than throwing.
 */

export interface TimerThresholds {
  warningSeconds: number;
  dangerSeconds: number;
}

export const DEFAULT_THRESHOLDS: TimerThresholds = Object.freeze({ warningSeconds: 60, dangerSeconds: 15 });

export type TimerMode = 'countdown' | 'countup';

/** A pause, as UTC ISO strings; the last one is open (`to: null`) while paused. */
export interface PauseSpan {
  from: string;
  to: string | null;
}

/** What is stored with the session (JSON-safe). */
export interface TimerState {
  mode: TimerMode;
  /** ISO UTC; null = not started. */
  startedAt: string | null;
  /** The countdown allotment. */
  allottedSeconds: number;
  /** Sum of the +1 min / −1 min adjustments (may be negative). */
  addedSeconds: number;
  /** In time order; the last one open (`to: null`) while paused. */
  pauses: PauseSpan[];
  endedAt: string | null;
}

/** Where the time stands (the colour). Run state is reported separately (`paused`, `ended`). */
export type TimerPhase = 'idle' | 'running' | 'warning' | 'danger' | 'overtime';

export interface TimerReading {
  /** Time spoken so far, pauses excluded. */
  elapsedMs: number;
  /** Countdown: allotment (with adjustments) minus elapsed; negative in overtime. Countup: 0. */
  remainingMs: number;
  /** How far past the allotment (0 unless overtime). */
  overtimeMs: number;
  phase: TimerPhase;
  paused: boolean;
  ended: boolean;
  /** "4:59", "-0:12" in overtime, "1:02:03" past an hour; countup shows elapsed. */
  display: string;
  /** Words naming the state, e.g. "1 minute or less left", "Overtime", "Paused · Warning…". */
  label: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** ms since the epoch of an ISO string, or null when absent or unreadable. */
const parse = (s: string | null | undefined): number | null => {
  if (typeof s !== 'string') return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
};

const wholeSeconds = (n: number): number => (Number.isFinite(n) ? Math.round(n) : 0);

/** Formats whole seconds as "m:ss", or "h:mm:ss" from one hour; a negative value gets a leading "-". */
function clock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const s = Math.abs(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

/**
 * Formats a duration or an offset in ms as "m:ss" (or "h:mm:ss" from one hour), truncating toward zero to
 * whole seconds; negative values get a leading "-" (but never "-0:00"). Non-finite input gives "0:00".
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  const s = Math.trunc(ms / 1000);
  return clock(s === 0 ? 0 : s);
}

/** The words a reading's label is made of: English unless a translator in another language is given. */
export type TimerWords = Pick<Translator, 't'>;

/** "1 minute", "90 seconds", "2 minutes" — for labels. */
function describeSeconds(seconds: number, words: TimerWords): string {
  if (seconds >= 60 && seconds % 60 === 0) return words.t('duration.minutes', { count: seconds / 60 });
  return words.t('stage.reading.seconds', { count: seconds });
}

/** Elapsed ms, pauses excluded, as of `nowMs` (or the end, if ended). Never negative. */
function elapsedOf(state: TimerState, nowMs: number): number {
  const start = parse(state.startedAt);
  if (start === null) return 0;
  const ended = parse(state.endedAt);
  const end = ended ?? (Number.isFinite(nowMs) ? nowMs : start);
  if (end <= start) return 0;
  // Pause spans clipped to [start, end], merged so overlapping records are not subtracted twice.
  const spans: Array<[number, number]> = [];
  for (const p of Array.isArray(state.pauses) ? state.pauses : []) {
    const from = parse(p?.from);
    if (from === null) continue;
    const to = p.to === null ? end : parse(p.to);
    if (to === null) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let paused = 0;
  let coveredTo = -Infinity;
  for (const [a, b] of spans) {
    const from = Math.max(a, coveredTo);
    if (b > from) paused += b - from;
    coveredTo = Math.max(coveredTo, b);
  }
  return Math.max(0, end - start - paused);
}

const isPaused = (state: TimerState): boolean => {
  const last = Array.isArray(state.pauses) ? state.pauses[state.pauses.length - 1] : undefined;
  return state.startedAt !== null && state.endedAt === null && last !== undefined && last.to === null;
};

/** Reads the timer at `nowMs`. Pure: the same state and `now` always give the same reading. */
export function readTimer(
  state: TimerState,
  nowMs: number,
  thresholds: TimerThresholds = DEFAULT_THRESHOLDS,
  words: TimerWords = translator('en'),
): TimerReading {
  const { t } = words;
  const started = parse(state.startedAt) !== null;
  const ended = started && parse(state.endedAt) !== null;
  const paused = started && !ended && isPaused(state);
  const elapsedMs = elapsedOf(state, nowMs);

  if (state.mode === 'countup') {
    const display = formatClock(elapsedMs);
    const phase: TimerPhase = started ? 'running' : 'idle';
    const label = t(
      !started
        ? 'stage.reading.notStarted'
        : ended
          ? 'stage.reading.ended'
          : paused
            ? 'stage.reading.paused'
            : 'stage.reading.countingUp',
    );
    return { elapsedMs, remainingMs: 0, overtimeMs: 0, phase, paused, ended, display, label };
  }

  const totalMs = (wholeSeconds(state.allottedSeconds) + wholeSeconds(state.addedSeconds)) * 1000;
  const remainingMs = totalMs - elapsedMs;
  const overtimeMs = remainingMs < 0 ? -remainingMs : 0;
  const warning = wholeSeconds(thresholds.warningSeconds);
  const danger = wholeSeconds(thresholds.dangerSeconds);

  let phase: TimerPhase;
  if (!started) phase = 'idle';
  else if (remainingMs < 0) phase = 'overtime';
  else if (remainingMs <= danger * 1000) phase = 'danger';
  else if (remainingMs <= warning * 1000) phase = 'warning';
  else phase = 'running';

  // Ceiling while time remains, floor of the overtime (see the header comment).
  const display =
    remainingMs >= 0 ? clock(Math.ceil(remainingMs / 1000)) : '-' + clock(Math.floor(overtimeMs / 1000));

  let label: string;
  switch (phase) {
    case 'idle':
      label = t('stage.reading.notStarted');
      break;
    case 'running':
      label = t('stage.reading.onTime');
      break;
    case 'warning':
      label = t('stage.reading.left', { time: describeSeconds(warning, words) });
      break;
    case 'danger':
      label = t('stage.reading.left', { time: describeSeconds(danger, words) });
      break;
    case 'overtime':
      label = t('stage.reading.overtime');
      break;
  }
  if (ended)
    label =
      phase === 'overtime'
        ? t('stage.reading.endedOver', { time: clock(Math.floor(overtimeMs / 1000)) })
        : t('stage.reading.ended');
  else if (paused) label = t('stage.reading.pausedWith', { label });

  return { elapsedMs, remainingMs, overtimeMs, phase, paused, ended, display, label };
}

/** Seconds spoken (elapsed, pauses excluded), rounded to the nearest whole second — for turn records. */
export function usedSeconds(state: TimerState, nowMs: number): number {
  return Math.round(elapsedOf(state, nowMs) / 1000);
}

/** A fresh, not yet started timer. */
export function newTimer(allottedSeconds: number, mode: TimerMode = 'countdown'): TimerState {
  return {
    mode: mode === 'countup' ? 'countup' : 'countdown',
    startedAt: null,
    allottedSeconds: Math.max(0, wholeSeconds(allottedSeconds)),
    addedSeconds: 0,
    pauses: [],
    endedAt: null,
  };
}

/** Starts the timer at `nowMs`; a timer already started (or ended) is returned unchanged. */
export function startTimer(state: TimerState, nowMs: number): TimerState {
  if (state.startedAt !== null || !Number.isFinite(nowMs)) return state;
  return { ...state, startedAt: iso(nowMs), endedAt: null, pauses: [] };
}

/** Pauses a running timer at `nowMs` (opens a pause span). */
export function pauseTimer(state: TimerState, nowMs: number): TimerState {
  if (state.startedAt === null || state.endedAt !== null || isPaused(state) || !Number.isFinite(nowMs))
    return state;
  const start = parse(state.startedAt) ?? nowMs;
  return { ...state, pauses: [...state.pauses, { from: iso(Math.max(nowMs, start)), to: null }] };
}

/** Resumes a paused timer at `nowMs` (closes the open pause span). */
export function resumeTimer(state: TimerState, nowMs: number): TimerState {
  if (!isPaused(state) || !Number.isFinite(nowMs)) return state;
  const pauses = state.pauses.slice();
  const open = pauses[pauses.length - 1] as PauseSpan;
  const from = parse(open.from) ?? nowMs;
  pauses[pauses.length - 1] = { from: open.from, to: iso(Math.max(nowMs, from)) };
  return { ...state, pauses };
}

/**
 * Adds (or with a negative delta, removes) time from the allotment: the "+1 min / −1 min" buttons.
 * Works before the start and while paused; an ended timer is frozen and returned unchanged.
 */
export function adjustTimer(state: TimerState, deltaSeconds: number): TimerState {
  const delta = wholeSeconds(deltaSeconds);
  if (state.endedAt !== null || delta === 0) return state;
  return { ...state, addedSeconds: wholeSeconds(state.addedSeconds) + delta };
}

/** Ends the timer at `nowMs` (closing an open pause there); its reading is frozen from then on. */
export function endTimer(state: TimerState, nowMs: number): TimerState {
  if (state.startedAt === null || state.endedAt !== null || !Number.isFinite(nowMs)) return state;
  const start = parse(state.startedAt) ?? nowMs;
  const at = Math.max(nowMs, start);
  const closed = isPaused(state) ? resumeTimer(state, at) : state;
  return { ...closed, endedAt: iso(at) };
}
