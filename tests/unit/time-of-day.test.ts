import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  parseTimeOfDay,
  sessionStartMs,
  timeOfDay,
  timesZoneNote,
} from '../../shared/model/time';

const utc = (iso: string): number => Date.parse(iso);
const isoOf = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('timeOfDay', () => {
  it('shows the clock where the session is held, far from UTC on either side', () => {
    const at = utc('2025-06-24T09:00:05Z');
    expect(timeOfDay(at, 'Asia/Riyadh')).toBe('12:00:05');
    expect(timeOfDay(at, 'Pacific/Kiritimati')).toBe('23:00:05');
    expect(timeOfDay(at, 'America/St_Johns')).toBe('06:30:05');
    expect(timeOfDay(at, 'America/St_Johns', false)).toBe('06:30');
  });
  it('shows midnight as 00, never 24', () => {
    expect(timeOfDay(utc('2025-06-23T21:00:00Z'), 'Asia/Riyadh')).toBe('00:00:00');
  });
  it("falls back to the machine's clock for a session without a zone or with an unknown one", () => {
    const at = utc('2025-06-24T09:00:05Z');
    const d = new Date(at);
    const local = [d.getHours(), d.getMinutes(), d.getSeconds()]
      .map((n) => String(n).padStart(2, '0'))
      .join(':');
    expect(timeOfDay(at, null)).toBe(local);
    expect(timeOfDay(at, '')).toBe(local);
    expect(timeOfDay(at, 'Not/AZone')).toBe(local);
  });
});

describe('parseTimeOfDay', () => {
  it("reads a clock time on the session's day in its zone", () => {
    const day = utc('2025-06-24T09:00:00Z');
    expect(isoOf(parseTimeOfDay('14:30', day, 'Asia/Riyadh'))).toBe('2025-06-24T11:30:00.000Z');
    expect(isoOf(parseTimeOfDay('9:05:07', day, 'Asia/Riyadh'))).toBe('2025-06-24T06:05:07.000Z');
  });
  it("takes the day from the session's zone, not from UTC (Kiritimati, UTC+14)", () => {
    // 12:00 UTC on the 24th is already 02:00 on the 25th in Kiritimati.
    const day = utc('2025-06-24T12:00:00Z');
    expect(isoOf(parseTimeOfDay('01:30', day, 'Pacific/Kiritimati'))).toBe('2025-06-24T11:30:00.000Z');
    expect(isoOf(parseTimeOfDay('23:00', day, 'Pacific/Kiritimati'))).toBe('2025-06-25T09:00:00.000Z');
  });
  it('keeps half-hour offsets and their daylight saving (St. John’s, UTC−3:30 / −2:30)', () => {
    expect(isoOf(parseTimeOfDay('10:00', utc('2025-01-15T15:00:00Z'), 'America/St_Johns'))).toBe(
      '2025-01-15T13:30:00.000Z',
    );
    expect(isoOf(parseTimeOfDay('10:00', utc('2025-06-24T15:00:00Z'), 'America/St_Johns'))).toBe(
      '2025-06-24T12:30:00.000Z',
    );
    // The day clocks go forward (02:00 NST → 03:00 NDT on 8 March 2026): each side in its own offset.
    const change = utc('2026-03-08T15:00:00Z');
    expect(isoOf(parseTimeOfDay('01:00', change, 'America/St_Johns'))).toBe('2026-03-08T04:30:00.000Z');
    expect(isoOf(parseTimeOfDay('12:00', change, 'America/St_Johns'))).toBe('2026-03-08T14:30:00.000Z');
  });
  it('reads each side of a daylight-saving change in its own offset (Berlin, 29 March 2026)', () => {
    const change = utc('2026-03-29T10:00:00Z');
    expect(isoOf(parseTimeOfDay('01:30', change, 'Europe/Berlin'))).toBe('2026-03-29T00:30:00.000Z');
    expect(isoOf(parseTimeOfDay('12:00', change, 'Europe/Berlin'))).toBe('2026-03-29T10:00:00.000Z');
    // 02:30 does not exist that day: it lands after the jump, at 03:30 summer time.
    expect(isoOf(parseTimeOfDay('02:30', change, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    // Clocks go back on 25 October 2026: 02:30 occurs twice, and reads in winter time.
    expect(isoOf(parseTimeOfDay('02:30', utc('2026-10-25T10:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });
  it('gives back what timeOfDay shows, in every zone tried', () => {
    const at = utc('2026-03-29T10:11:12Z');
    for (const zone of [
      'Asia/Riyadh',
      'Pacific/Kiritimati',
      'America/St_Johns',
      'Europe/Berlin',
      'UTC',
      null,
    ])
      expect(parseTimeOfDay(timeOfDay(at, zone), at, zone)).toBe(at);
  });
  it("reads in the machine's zone when the session has none", () => {
    const day = utc('2025-06-24T09:00:00Z');
    expect(parseTimeOfDay('10:20:30', day, null)).toBe(new Date(day).setHours(10, 20, 30, 0));
  });
  it('refuses what is not a clock time', () => {
    const day = utc('2025-06-24T09:00:00Z');
    for (const text of ['', '24:00', '12:60', '12:00:60', '12', 'noon', '12:5'])
      expect(parseTimeOfDay(text, day, 'Asia/Riyadh')).toBeNull();
  });
});

describe('timesZoneNote', () => {
  it("names the session's zone when the machine is in another", () => {
    expect(timesZoneNote('Asia/Riyadh', 'Europe/Berlin')).toEqual({
      shownIn: 'session',
      zone: 'Asia/Riyadh',
    });
  });
  it('says nothing when both are the same zone, by any of its names', () => {
    expect(timesZoneNote('Europe/Berlin', 'Europe/Berlin')).toBeNull();
    expect(timesZoneNote('Asia/Calcutta', 'Asia/Kolkata')).toBeNull();
  });
  it("names the machine's zone when the session has none or an unknown one", () => {
    expect(timesZoneNote(null, 'Europe/Berlin')).toEqual({ shownIn: 'machine', zone: 'Europe/Berlin' });
    expect(timesZoneNote('', 'Europe/Berlin')).toEqual({ shownIn: 'machine', zone: 'Europe/Berlin' });
    expect(timesZoneNote('Not/AZone', 'Europe/Berlin')).toEqual({
      shownIn: 'machine',
      zone: 'Europe/Berlin',
    });
  });
});

describe('the session start and the offsets agree with the time of day', () => {
  it('starts across a daylight-saving change and far from UTC', () => {
    const facts = { date: '2026-03-29', startTime: '12:00', timeZone: 'Europe/Berlin' };
    expect(isoOf(sessionStartMs(facts))).toBe('2026-03-29T10:00:00.000Z');
    expect(timeOfDay(sessionStartMs(facts)!, facts.timeZone, false)).toBe('12:00');
    expect(isoOf(sessionStartMs({ ...facts, timeZone: 'Pacific/Kiritimati' }))).toBe(
      '2026-03-28T22:00:00.000Z',
    );
    expect(sessionStartMs({ ...facts, timeZone: 'Not/AZone' })).toBeNull();
  });
  it("shows a statement's time of day in the session's zone when there is no start to count from", () => {
    expect(formatOffset(null, '2025-06-24T09:00:00.000Z', 'Asia/Riyadh')).toBe('12:00');
    expect(formatOffset(null, 'not a time', 'Asia/Riyadh')).toBe('');
  });
});
