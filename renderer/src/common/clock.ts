import { useEffect, useState } from 'react';
import {
  readTimer,
  type TimerReading,
  type TimerState,
  type TimerThresholds,
  type TimerWords,
} from '../../../shared/timer/timer';

/**
 * The live reading of a stored timer. Every animation frame re-reads `readTimer(state, Date.now())`;
 * nothing is ever decremented, so a slow or throttled window shows the right time on its next frame.
 * React re-renders only when what is shown (display, phase, label) changes.
 */
export function useTimerReading(
  timer: TimerState | null,
  thresholds: TimerThresholds,
  /** The language of the label under the clock (English when not given). */
  words?: TimerWords,
): TimerReading | null {
  const { warningSeconds, dangerSeconds } = thresholds;
  const [reading, setReading] = useState<TimerReading | null>(null);
  useEffect(() => {
    if (!timer) {
      setReading(null);
      return;
    }
    let frame = 0;
    const tick = () => {
      const next = readTimer(timer, Date.now(), { warningSeconds, dangerSeconds }, words);
      setReading((prev) =>
        prev &&
        prev.display === next.display &&
        prev.phase === next.phase &&
        prev.label === next.label &&
        prev.paused === next.paused &&
        prev.ended === next.ended
          ? prev
          : next,
      );
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [timer, warningSeconds, dangerSeconds, words]);
  return reading;
}

/** The clock, re-read every `everyMs` (for minute-scale figures: balance, run of show). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
