import type { Session } from '../model/session';
import { translator, type Translator } from '../i18n/index';
import { BALANCE_DIMENSIONS, dimensionTitle, floorBalance, type BalanceDimension } from '../timer/balance';
import { startedTurns } from '../timer/floor';

/**
 * Speaking time for the report, from the timer engineer's `floorBalance` (the same figures the
 * moderator's live view shows), in whole seconds, groups that did not speak left out, plus the
 * wall-clock span of the turns for the actual duration.
 */
export interface TimeShare {
  label: string;
  seconds: number;
  /** 0–1 of the dimension's total. */
  share: number;
}

export interface SpeakingDimension {
  id: BalanceDimension;
  label: string;
  rows: TimeShare[];
}

export interface SpeakingTime {
  totalSeconds: number;
  /** Turns that have been started (and so count). */
  turns: number;
  dimensions: SpeakingDimension[];
  /** Wall-clock span of the turns: first start to last end (or `nowMs` while one is running). */
  firstStart: string | null;
  lastEnd: string | null;
}

/** Pure: the same session and `nowMs` always give the same figures. `nowMs` only matters for running turns. */
export function speakingTime(
  session: Session,
  nowMs: number,
  tr: Translator = translator('en'),
): SpeakingTime {
  const balance = floorBalance(session, nowMs, tr);
  let first: number | null = null;
  let last: number | null = null;
  for (const turn of startedTurns(session)) {
    const start = Date.parse(turn.timer.startedAt!);
    const end = turn.timer.endedAt ? Date.parse(turn.timer.endedAt) : nowMs;
    if (first === null || start < first) first = start;
    if (Number.isFinite(end) && end >= start && (last === null || end > last)) last = end;
  }
  const dimensions = BALANCE_DIMENSIONS.map((key) => ({
    id: key,
    label: dimensionTitle(key, tr),
    rows: balance[key]
      .filter((bucket) => bucket.ms > 0)
      .map((bucket) => ({ label: bucket.label, seconds: bucket.ms / 1000, share: bucket.share })),
  }));
  const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
  return {
    totalSeconds: Math.round(balance.totalMs / 1000),
    turns: balance.turns,
    dimensions,
    firstStart: iso(first),
    lastEnd: iso(last),
  };
}

/** "12 min 05 s", "12 min", "45 s", "1 h 02 min". */
export const formatDuration = (seconds: number, tr: Translator = translator('en')): string =>
  tr.format.duration(seconds);

export const formatShare = (share: number, tr: Translator = translator('en')): string =>
  tr.format.percent(share);
