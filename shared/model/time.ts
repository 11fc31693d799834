import type { Facts } from './session';
import { dateTimeFormat, isKnownTimeZone } from '../i18n/intl';

/**
 * The zone a session's times of day are shown and read in: its own when set and known to this runtime,
 * else undefined, which Intl reads as this machine's zone (the laptop usually sits in the room).
 */
export function displayZone(timeZone: string | null | undefined): string | undefined {
  return timeZone && isKnownTimeZone(timeZone) ? timeZone : undefined;
}

/** This machine's own time zone ('Europe/Berlin'). */
export const machineTimeZone = (): string => dateTimeFormat(undefined).resolvedOptions().timeZone;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The calendar date and clock reading at `utcMs` in `timeZone` (undefined: the machine's). */
function wallClockAt(utcMs: number, timeZone: string | undefined): WallClock {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(utcMs);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset in ms of `timeZone` from UTC at the instant `utcMs` (e.g. +3 600 000 for CET in winter). */
function zoneOffsetMs(utcMs: number, timeZone: string | undefined): number {
  const w = wallClockAt(utcMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant at which clocks in `timeZone` read this date and time. Two passes settle the offset
 * across a daylight-saving change: a time that the change skips (02:30 when clocks jump from 02:00 to
 * 03:00) lands after the jump, and a time that occurs twice is read in the offset after the change.
 */
function instantOfWallClock(w: WallClock, timeZone: string | undefined): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const first = naive - zoneOffsetMs(naive, timeZone);
  return naive - zoneOffsetMs(first, timeZone);
}

/**
 * "14:05:09" (or "14:05" without seconds), 24-hour, at `ms` where the session is held: in its zone,
 * or this machine's when it has none or one this runtime does not know. The one formatter of a
 * session's times of day, for the Timer tab and the stage alike.
 */
export function timeOfDay(ms: number, timeZone: string | null | undefined, seconds = true): string {
  return dateTimeFormat('en-GB', {
    timeZone: displayZone(timeZone),
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  }).format(ms);
}

/**
 * Reads "HH:MM" or "HH:MM:SS" as that clock time on the day that `dayOfMs` falls on in the session's
 * zone (the machine's when it has none, as `timeOfDay` shows it); null if unreadable.
 */
export function parseTimeOfDay(
  text: string,
  dayOfMs: number,
  timeZone: string | null | undefined,
): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = displayZone(timeZone);
  const day = wallClockAt(dayOfMs, zone);
  return instantOfWallClock({ ...day, hour, minute, second }, zone);
}

/**
 * What to say beside a session's times of day so that nobody reads them in the wrong zone: the
 * session's zone when this machine is in another, the machine's own when the session has none (or
 * an unknown one), nothing when both agree.
 */
export function timesZoneNote(
  timeZone: string | null | undefined,
  machineZone: string = machineTimeZone(),
): { shownIn: 'session' | 'machine'; zone: string } | null {
  const zone = displayZone(timeZone);
  if (!zone) return { shownIn: 'machine', zone: machineZone };
  const canonical = (z: string): string =>
    dateTimeFormat('en-US', { timeZone: z }).resolvedOptions().timeZone;
  return isKnownTimeZone(machineZone) && canonical(zone) === canonical(machineZone)
    ? null
    : { shownIn: 'session', zone };
}

/**
 * The session's start as a UTC instant, from its local date, start time and time zone; null when any
 * is missing or the zone is unknown. Without a zone the machine's own zone is assumed, since the
 * laptop usually sits in the room.
 */
export function sessionStartMs(facts: Pick<Facts, 'date' | 'startTime' | 'timeZone'>): number | null {
  if (!facts.date || !facts.startTime) return null;
  if (facts.timeZone && !isKnownTimeZone(facts.timeZone)) return null;
  const [year, month, day] = facts.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = facts.startTime.split(':').map(Number) as [number, number];
  return instantOfWallClock({ year, month, day, hour, minute, second: 0 }, facts.timeZone || undefined);
}

/** How far from the planned start a time may be and still belong to the session. */
export const SESSION_WINDOW_MS = 12 * 3600_000;

/**
 * Whether `ms` can belong to a session that starts at `startMs`: within 12 hours either side of its
 * planned span. A time outside (preparing on another day, a laptop on its home zone) is not measured
 * against the session, so no screen or report shows an offset like "27565:03:56".
 */
export function withinSession(ms: number, startMs: number, durationMinutes: number | null = null): boolean {
  const end = startMs + Math.max(0, durationMinutes ?? 0) * 60_000;
  return Number.isFinite(ms) && ms >= startMs - SESSION_WINDOW_MS && ms <= end + SESSION_WINDOW_MS;
}

export function offsetSecondsFrom(
  facts: Pick<Facts, 'date' | 'startTime' | 'timeZone'> & Partial<Pick<Facts, 'durationMinutes'>>,
  atIso: string,
): number | null {
  const start = sessionStartMs(facts);
  if (start === null) return null;
  const at = Date.parse(atIso);
  if (!withinSession(at, start, facts.durationMinutes ?? null)) return null;
  return Math.round((at - start) / 1000);
}

/**
 * mm:ss from the session start (h:mm:ss past an hour); when the start is unknown, the time of day
 * in the session's zone (the machine's when it has none), as the Timer tab shows it.
 */
export function formatOffset(
  offsetSeconds: number | null,
  atIso: string,
  timeZone: string | null = null,
): string {
  if (offsetSeconds === null) {
    const at = Date.parse(atIso);
    return Number.isFinite(at) ? timeOfDay(at, timeZone, false) : '';
  }
  const sign = offsetSeconds < 0 ? '-' : '';
  const total = Math.abs(offsetSeconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(h ? 2 : 2, '0')}:${String(s).padStart(2, '0')}`;
  return sign + (h ? `${h}:${mmss}` : mmss);
}
