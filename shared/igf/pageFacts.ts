/**
 * The date line of a session page: 'Wednesday, 30th November, 2022 (13:15 UTC) - Wednesday, 30th
 * November, 2022 (14:45 UTC)' or 'Monday, 25 November, 2019 - 09:15 to 10:45 CET'. The room is the line
 * right after it (read by the page parser). Pure TS: no Node or DOM; bounded regexes only.
 */

export interface DateFacts {
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  timeZone: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/i;
const DAY_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s+((?:19|20)\d\d)\b/i;
const MONTH_DAY =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/i;
const TIME = /\b([01]?\d|2[0-3]):([0-5]\d)\b/g;
const ZONE =
  /^\s*\(?\s*((?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|CET|CEST|EET|EEST|WET|WEST|JST|KST|IST|EAT|CAT|WAT|SAST|AST|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT|NZDT|BRT|ART)\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Reads a date line; null when the line is not one (too long, no date, no weekday or time). */
export function readDateLine(text: string): DateFacts | null {
  if (text.length > 240) return null;
  let year: number | null = null;
  let month = -1;
  let day = 0;
  const a = DAY_MONTH.exec(text);
  const b = a ? null : MONTH_DAY.exec(text);
  if (a) {
    day = Number(a[1]);
    month = MONTHS.indexOf((a[2] ?? '').slice(0, 3).toLowerCase());
    year = Number(a[3]);
  } else if (b) {
    day = Number(b[2]);
    month = MONTHS.indexOf((b[1] ?? '').slice(0, 3).toLowerCase());
    year = Number(b[3]);
  }
  const times: { at: string; end: number }[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m !== null && times.length < 4; m = TIME.exec(text))
    times.push({ at: `${pad(Number(m[1]))}:${m[2]}`, end: m.index + m[0].length });
  if (year === null && times.length === 0) return null;
  if (year === null && !WEEKDAY.test(text)) return null;
  if (year !== null && times.length === 0 && !WEEKDAY.test(text)) return null;
  let timeZone: string | null = null;
  for (const t of times) {
    const z = ZONE.exec(text.slice(t.end, t.end + 16));
    if (z) {
      timeZone = (z[1] ?? '').replace(/\s+/g, '');
      break;
    }
  }
  const valid = year !== null && month >= 0 && day >= 1 && day <= 31;
  return {
    date: valid ? `${year}-${pad(month + 1)}-${pad(day)}` : null,
    startTime: times[0]?.at ?? null,
    endTime: times[1]?.at ?? null,
    timeZone,
  };
}

/** The year a date line gives, for pages without a heading. */
export function dateLineYear(text: string): number | null {
  const f = readDateLine(text);
  return f?.date ? Number(f.date.slice(0, 4)) : null;
}

/** Abbreviations pages print that are not zone names themselves, with the zone they stand for there. */
const ABBREVIATIONS: Record<string, string> = {
  EAT: 'Africa/Nairobi',
  CAT: 'Africa/Maputo',
  WAT: 'Africa/Lagos',
  SAST: 'Africa/Johannesburg',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  IST: 'Asia/Kolkata',
  AST: 'Asia/Riyadh',
  BRT: 'America/Sao_Paulo',
  ART: 'America/Argentina/Buenos_Aires',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZDT: 'Pacific/Auckland',
};

const isZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The time zone name the app stores for what the page printed ('UTC', 'CET', 'UTC+3' → 'Etc/GMT-3'); null when unknown. */
export function ianaZone(printed: string | null): string | null {
  if (!printed) return null;
  const offset = /^(?:UTC|GMT)([+-])(\d{1,2})$/.exec(printed);
  const zone = offset
    ? `Etc/GMT${offset[1] === '+' ? '-' : '+'}${Number(offset[2])}`
    : (ABBREVIATIONS[printed] ?? printed);
  return isZone(zone) ? zone : null;
}
