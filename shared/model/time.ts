import type { Facts } from './session';
import { dateTimeFormat } from '../i18n/intl';

/** Offset in ms of `timeZone` from UTC at the instant `utcMs` (e.g. +3 600 000 for CET in winter). */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The session's start as a UTC instant, from its local date, start time and time zone; null when any
 * is missing or the zone is unknown. Without a zone the machine's own zone is assumed, since the
 * laptop usually sits in the room.
 */
export function sessionStartMs(facts: Pick<Facts, 'date' | 'startTime' | 'timeZone'>): number | null {
  if (!facts.date || !facts.startTime) return null;
  const [y, m, d] = facts.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = facts.startTime.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  if (!facts.timeZone) return new Date(y, m - 1, d, hh, mm).getTime();
  try {
    // Two passes settle the offset across a daylight-saving change.
    let utc = naive - zoneOffsetMs(naive, facts.timeZone);
    utc = naive - zoneOffsetMs(utc, facts.timeZone);
    return utc;
  } catch {
    return null;
  }
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

/** mm:ss from the session start (h:mm:ss past an hour); the local clock time when the start is unknown. */
export function formatOffset(offsetSeconds: number | null, atIso: string): string {
  if (offsetSeconds === null) {
    const at = new Date(atIso);
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  }
  const sign = offsetSeconds < 0 ? '-' : '';
  const total = Math.abs(offsetSeconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(h ? 2 : 2, '0')}:${String(s).padStart(2, '0')}`;
  return sign + (h ? `${h}:${mmss}` : mmss);
}
