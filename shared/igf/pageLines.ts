/**
 * Phases 1–2 of the page parser: the text as lines (spaces normalised, blank lines counted as gaps,
 * a cut-off last line marked) and what kind of line each unlabelled one is: a date line, a format
 * line ('Panel - 90 Min', a bare 'Theater'), an SDG line, a paragraph, a people line (and in which
 * style). Pure TS; every check looks at one line with bounded patterns.
 */
import { isKeyedEntryLine, parsePeople } from './people';
import { BULLET, isStakeholder, looksLikeName, matchRegionPrefix, squash, startsWithHonorific } from './text';

export interface Line {
  text: string;
  /** blank lines between this line and the previous non-blank one */
  gap: number;
  /** the text stops inside this line (the page was cut mid-line) */
  cut: boolean;
}

export const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
export const UTC_TIME = /\(\s*\d{1,2}:\d{2}\s*(?:UTC|GMT|CET|CEST|JST|EAT|SAST|AST|Z)[^)]{0,10}\)/;

export function dateYear(text: string): number | null {
  if (text.length > 200) return null;
  if (!WEEKDAY.test(text) && !UTC_TIME.test(text)) return null;
  const y = /\b((?:19|20)\d\d)\b/.exec(text);
  return y ? Number(y[1]) : null;
}

export const ROOM_WORDS =
  /\b(?:Room|Hall|Auditorium|Plenary|Studio|Stage|Venue|Caucus|Conference|Booth|Village|Online|Virtual|Annex|Salon|Ballroom|Foyer)\b|^WS\s*\d/i;

export const FORMAT_LINE = /^(.*?\S)\s*[-–—]\s*(\d{1,3})\s*Min(?:s|utes)?\.?$/i;
export const FORMAT_WORDS =
  /\b(?:Panel|Round\s*-?\s*Table|Roundtable|Break-?\s*out|Birds of a Feather|Debate|Tutorial|Talk|Fishbowl|Theat(?:er|re)|Auditorium|Classroom|U-shape|Boardroom|Seating|Presentation|Hackathon|Flash|Interactive|Networking|Open Forum|Town Hall|Lightning|Workshop|Other|Speech|Discussion|Dialogue|Hybrid|Circle)\b/i;

/** Words that make a line a format line in the other five languages ('Table ronde', 'Круглый стол', '圆桌'). */
export const OTHER_FORMAT_WORDS =
  /(?:Table ronde|Atelier|Débat|Mesa redonda|Taller|Debate|Panel|Круглый стол|Панельная дискуссия|Семинар|Дискуссия|مائدة مستديرة|حلقة نقاش|ورشة عمل|نقاش|圆桌|小组讨论|研讨会|讨论)/iu;

export function formatLine(text: string): { format: string; minutes: number } | null {
  if (text.length > 150) return null;
  const m = FORMAT_LINE.exec(text);
  if (!m) return null;
  const format = squash(m[1] ?? '').replace(/[\s\-–—:,]+$/, '');
  if ((!FORMAT_WORDS.test(format) && !OTHER_FORMAT_WORDS.test(format)) || /[.?!]$/.test(format)) return null;
  return { format, minutes: Number(m[2]) };
}

export const SDG_TITLE =
  /^\d{1,2}\.\s*(?:No Poverty|Zero Hunger|Good Health|Quality Education|Gender Equality|Clean Water|Affordable and Clean Energy|Decent Work|Industry,? Innovation|Reduced Inequalit|Sustainable Cities|Responsible Consumption|Climate Action|Life Below Water|Life on Land|Peace,? Justice|Partnerships for the Goals)/i;

export function isSdgLine(text: string): boolean {
  if (text.length <= 8 && /^(?:SDG\s*)?\d{1,2}(?:\.(?:\d{1,2}|[a-z])?)?\.?$/i.test(text)) return true;
  return text.length < 120 && SDG_TITLE.test(text);
}

export function isPara(text: string): boolean {
  if (text.length >= 100) return true;
  if (text.length < 40 || !/[.!?]["”’)]?$/.test(text)) return false;
  return text.split(' ').length >= 8;
}

/** How a person line is written; null when the line is not a people entry line. */
export function personStyle(text: string): 'pipe' | 'dash' | 'honorific' | 'plain' | null {
  if (isKeyedEntryLine(text)) return 'pipe';
  // 'Name, Org, Africa - Name, Org, NA - …': several entries, each ending in a region
  if (text.length < 2000 && text.includes(' - ') && text.indexOf(',') > 0) {
    const parts = text.split(' - ');
    if (parts.length >= 2) {
      const entries = parsePeople(text);
      if (entries.length === parts.length && entries.every((e) => e.region !== null && e.name !== null))
        return 'plain';
    }
  }
  const bullet = BULLET.exec(text);
  const body = bullet ? text.slice(bullet[0].length) : text;
  const comma = body.indexOf(',');
  const first = comma < 0 ? body : body.slice(0, comma);
  const honorific = startsWithHonorific(body);
  if (
    comma > 0 &&
    (bullet || honorific) &&
    looksLikeName(first) &&
    (honorific || first.trim().includes(' '))
  ) {
    return bullet ? 'dash' : 'honorific';
  }
  if (comma < 0 || !looksLikeName(first)) return null;
  // 'Name, …, Stakeholder, Region' (possibly several run together)
  let from = comma + 1;
  let seen = 0;
  let prevStakeholder = false;
  while (from < body.length && seen < 500) {
    const next = body.indexOf(',', from);
    const field = body.slice(from, next < 0 ? body.length : next).trim();
    // a stakeholder group followed by a regional group ('…, Civil Society, African Group')
    if (
      prevStakeholder &&
      (matchRegionPrefix(field) !== null || (next < 0 && /^\p{Lu}[^.?!:;]{0,40}$/u.test(field)))
    )
      return bullet ? 'dash' : 'plain';
    prevStakeholder = isStakeholder(field);
    if (next < 0) break;
    from = next + 1;
    seen++;
  }
  return null;
}

/** A format named on its own line, without a 'Format' label. */
export const BARE_FORMAT =
  /^(?:Theat(?:er|re)|Round\s*-?\s*table|Classroom|Panel|Boardroom|U-shape|Hollow Square|Fishbowl|Birds of a Feather|Debate|Cabaret)$/i;

/** 'Opening demo (10 Minutes), panel (35 Minutes), …': the minutes of an agenda-style format, summed. */
export function agendaMinutes(format: string): number | null {
  let total = 0;
  let parts = 0;
  const re = /\((\d{1,3})\s*(?:min(?:ute)?s?|')\)/gi;
  for (let m = re.exec(format); m !== null && parts < 30; m = re.exec(format)) {
    total += Number(m[1]);
    parts++;
  }
  return parts >= 2 ? total : null;
}

/** 'Panel - 90 Min' written after a 'Format' label: any wording, since the label says what it is. */
export function formatLineLoose(text: string): { format: string; minutes: number } | null {
  if (text.length > 150) return null;
  const m = FORMAT_LINE.exec(text);
  if (!m) return null;
  return { format: squash(m[1] ?? '').replace(/[\s\-–—:,]+$/, ''), minutes: Number(m[2]) };
}
