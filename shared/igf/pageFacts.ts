import { isKnownTimeZone } from '../i18n/intl';
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

/** The time zone name the app stores for what the page printed ('UTC', 'CET', 'UTC+3' → 'Etc/GMT-3'); null when unknown. */
export function ianaZone(printed: string | null): string | null {
  if (!printed) return null;
  const offset = /^(?:UTC|GMT)([+-])(\d{1,2})$/.exec(printed);
  const zone = offset
    ? `Etc/GMT${offset[1] === '+' ? '-' : '+'}${Number(offset[2])}`
    : (ABBREVIATIONS[printed] ?? printed);
  return isKnownTimeZone(zone) ? zone : null;
}

/**
 * Venues pages name whose city the zone database does not carry (it names one city per zone), with
 * their zone. IGF hosts and the regional forums' usual cities.
 */
const VENUE_CITIES: Record<string, string> = {
  kyoto: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  katowice: 'Europe/Warsaw',
  lillestrøm: 'Europe/Oslo',
  lillestrom: 'Europe/Oslo',
  geneva: 'Europe/Zurich',
  genève: 'Europe/Zurich',
  'sharm el-sheikh': 'Africa/Cairo',
  'sharm el sheikh': 'Africa/Cairo',
  'nusa dua': 'Asia/Makassar',
  bali: 'Asia/Makassar',
  guadalajara: 'America/Mexico_City',
  'joão pessoa': 'America/Fortaleza',
  'joao pessoa': 'America/Fortaleza',
  'rio de janeiro': 'America/Sao_Paulo',
  brasília: 'America/Sao_Paulo',
  brasilia: 'America/Sao_Paulo',
  hyderabad: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  washington: 'America/New_York',
  'the hague': 'Europe/Amsterdam',
  'addis ababa': 'Africa/Addis_Ababa',
};

/** Zone-database names that are also ordinary words of a room line ('Conference Center', 'Easter'). */
const NOT_CITIES = new Set([
  'center',
  'wake',
  'christmas',
  'easter',
  'midway',
  'casey',
  'davis',
  'palmer',
  'troll',
]);
/** Sub-regions whose zones are named after small towns a room line may share a word with. */
const TOWN_ZONES = /^(?:Antarctica|America\/(?:Indiana|Kentucky|North_Dakota))\//;

let cityZones: Map<string, string> | null = null;
/** City name (lower case) → zone: the zone database's own cities ('Asia/Riyadh' → 'riyadh'), then the venues above. */
function citiesToZones(): Map<string, string> {
  if (cityZones) return cityZones;
  const map = new Map<string, string>();
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (zone.includes('/') && !zone.startsWith('Etc/') && !TOWN_ZONES.test(zone) && !NOT_CITIES.has(city))
      map.set(city, zone);
  }
  for (const [city, zone] of Object.entries(VENUE_CITIES)) map.set(city, zone);
  cityZones = map;
  return map;
}

const PLACE_LABEL = /^(?:Venue|Location|City|Place|Time\s*zone|Timezone|Local\s+time)\s*:\s*(.{1,160})$/i;
const PLACE_MARKER = /^(?:Venue|Location|City|Time\s*zone|Timezone)\s*:?$/i;

/** The zone a short place text names: an IANA name ('Europe/Oslo'), a printed zone, or a known city. */
export function zoneOfPlace(text: string): string | null {
  if (text.length > 240) return null;
  const iana = /\b([A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/.exec(text);
  if (iana && ianaZone(iana[1]!)) return iana[1]!;
  const printed = ZONE.exec(text.replace(/^.*?(?:time\s*zone|timezone)\s*:?\s*/i, ''));
  if (printed && /time\s*zone|timezone/i.test(text)) {
    const zone = ianaZone((printed[1] ?? '').replace(/\s+/g, ''));
    if (zone) return zone;
  }
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter(Boolean);
  const cities = citiesToZones();
  // Longest names first, so 'Addis Ababa' is read before any one-word city inside it.
  for (let n = 3; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const zone = cities.get(words.slice(i, i + n).join(' '));
      if (zone) return zone;
    }
  return null;
}

/**
 * The session's zone from where the page says it is held, when its times carry no zone: a labelled
 * 'Venue:', 'Location:', 'City:' or 'Time zone:' line (or such a heading and the line under it), the
 * date line itself ('local time in Kyoto') and the room line under it. Prose is not read: 'the Paris
 * Agreement' in a description says nothing about the venue.
 */
export function zoneFromPlaces(
  lines: readonly string[],
  dateLine: string | null,
  room: string | null,
): string | null {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    const labelled = PLACE_LABEL.exec(t)?.[1] ?? (PLACE_MARKER.test(t) ? lines[i + 1] : undefined);
    const zone = labelled === undefined ? null : zoneOfPlace(labelled);
    if (zone) return zone;
  }
  for (const t of [dateLine, room]) {
    const zone = t ? zoneOfPlace(t) : null;
    if (zone) return zone;
  }
  return null;
}
