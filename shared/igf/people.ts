/**
 * Reading people entries from IGF session pages:
 *   'Name, Affiliation'                                   (organizers)
 *   'Name, Stakeholder group, Regional group'             (speakers)
 *   'Name, job, organisation, Stakeholder, Region'        (mirrors, dash lists)
 *   'Stakeholder, Region'                                 (anonymised organizers)
 *   'Name: … | Organizational Affiliation: … | Stakeholder: … | Regional Group of Speakers: …'
 * Several entries may be run together on one line; an entry ends after its regional group.
 * Pure TS: no Node or DOM.
 */
import { cleanName, hasLock, isRegion, isStakeholder, matchRegionPrefix, squash, stripGlyphs } from './text';

export interface PersonEntry {
  name: string | null;
  affiliation: string | null;
  stakeholder: string | null;
  region: string | null;
}

interface Field {
  text: string;
  start: number;
  end: number;
}

function splitFields(s: string): Field[] {
  const out: Field[] = [];
  let from = 0;
  for (;;) {
    const comma = s.indexOf(',', from);
    const end = comma < 0 ? s.length : comma;
    let a = from;
    let b = end;
    while (a < b && s.charCodeAt(a) === 32) a++;
    while (b > a && s.charCodeAt(b - 1) === 32) b--;
    out.push({ text: s.slice(a, b), start: a, end: b });
    if (comma < 0) break;
    from = comma + 1;
  }
  return out;
}

function cleanValue(s: string): string | null {
  const v = stripGlyphs(s);
  return v.length > 0 ? v : null;
}

function known(field: string): boolean {
  return isRegion(field) || isStakeholder(field);
}

const KEY_RE =
  /(?<=^|[\s|;,])((?:Full\s+)?Name|Organi[sz]ational\s+Affiliation|Affiliation|Organi[sz]ation|Institution|Stakeholder(?:\s+Group)?|Regional\s+Group(?:\s+of\s+Speakers)?|Region)\s*:/gi;

/** True when a line uses the 'Name: … | Stakeholder: …' keyed style. */
export function isKeyedEntryLine(s: string): boolean {
  if (!/(?:^|[\s|])(?:\d{1,3}[.)]\s*)?(?:Full\s+)?Name\s*:/i.test(s)) return false;
  return s.includes('|') || /\b(?:Affiliation|Stakeholder|Regional\s+Group)\s*:/i.test(s);
}

/** Trims '|', ';', ',', spaces and a dangling 'and' from both ends (no end-anchored regex: linear). */
function trimSeparators(v: string): string {
  let a = 0;
  let b = v.length;
  const sep = (c: string): boolean => c === ' ' || c === '|' || c === ';' || c === ',';
  for (;;) {
    while (a < b && sep(v.charAt(a))) a++;
    while (b > a && sep(v.charAt(b - 1))) b--;
    if (b - a >= 4 && v.slice(b - 4, b).toLowerCase() === ' and') b -= 4;
    else break;
  }
  return v.slice(a, b);
}

function keyOf(k: string): keyof PersonEntry {
  const l = k.toLowerCase();
  if (l.includes('name')) return 'name';
  if (l.startsWith('stakeholder')) return 'stakeholder';
  if (l.startsWith('region')) return 'region';
  return 'affiliation';
}

function parseKeyed(s: string, cutAtEnd: boolean): PersonEntry[] {
  const marks: { key: keyof PersonEntry; start: number; valueStart: number }[] = [];
  KEY_RE.lastIndex = 0;
  for (let m = KEY_RE.exec(s); m !== null; m = KEY_RE.exec(s)) {
    marks.push({ key: keyOf(m[1] ?? ''), start: m.index, valueStart: m.index + m[0].length });
  }
  const out: PersonEntry[] = [];
  let cur: PersonEntry | null = null;
  for (let i = 0; i < marks.length; i++) {
    const mk = marks[i] as (typeof marks)[number];
    const next = marks[i + 1];
    let v = s.slice(mk.valueStart, next ? next.start : s.length);
    if (next && next.key === 'name') v = v.replace(/\s*\d{1,3}[.)]\s*$/, '');
    v = trimSeparators(v);
    let value = cleanValue(v);
    if (!next && cutAtEnd && value !== null && !known(value)) value = null;
    if (mk.key === 'name' || cur === null) {
      if (cur) out.push(cur);
      cur = { name: null, affiliation: null, stakeholder: null, region: null };
    }
    if (mk.key === 'name') cur.name = value === null ? null : cleanName(value) || null;
    else if (cur[mk.key] === null) cur[mk.key] = value;
  }
  if (cur) out.push(cur);
  return out.filter((e) => e.name !== null || e.affiliation !== null);
}

function makeEntry(
  src: string,
  fields: Field[],
  stakeholder: string | null,
  region: string | null,
): PersonEntry {
  const first = fields[0];
  const name = first ? cleanName(first.text) : '';
  let affiliation: string | null = null;
  if (fields.length > 1) {
    const a = fields[1] as Field;
    const b = fields[fields.length - 1] as Field;
    const raw = src.slice(a.start, b.end);
    affiliation = hasLock(raw) && stripGlyphs(raw).length === 0 ? null : cleanValue(raw);
  }
  return {
    name: name.length > 0 ? name : null,
    affiliation,
    stakeholder: stakeholder === null ? null : squash(stakeholder),
    region: region === null ? null : squash(region),
  };
}

/**
 * Parses one line (or labelled value) into the people entries it holds.
 * `cutAtEnd`: the text stops mid-line here, so its last field is incomplete and is dropped.
 */
export function parsePeople(value: string, cutAtEnd = false): PersonEntry[] {
  const src = squash(value);
  if (src.length === 0) return [];
  if (isKeyedEntryLine(src)) return parseKeyed(src, cutAtEnd);
  let fields = splitFields(src);
  if (cutAtEnd) {
    const last = fields[fields.length - 1] as Field;
    if (!known(last.text)) {
      const m = matchRegionPrefix(last.text);
      if (m && m.rest)
        fields[fields.length - 1] = { text: m.region, start: last.start, end: last.start + m.region.length };
      else fields = fields.slice(0, -1);
    }
  }
  const out: PersonEntry[] = [];
  let cur: Field[] = [];
  let i = 0;
  while (i < fields.length) {
    const f = fields[i] as Field;
    const next = fields[i + 1];
    const isLast = i === fields.length - 1;
    const nextIsLast = i + 1 === fields.length - 1;
    if (f.text.length === 0 && cur.length === 0) {
      i++;
      continue;
    }
    if (cur.length === 0 && isStakeholder(f.text) && next && isRegion(next.text) && nextIsLast) {
      // anonymised entry: 'Stakeholder, Region'
      out.push({ name: null, affiliation: null, stakeholder: squash(f.text), region: squash(next.text) });
      i += 2;
      continue;
    }
    if (
      cur.length > 0 &&
      isStakeholder(f.text) &&
      (isLast || nextIsLast || (next !== undefined && matchRegionPrefix(next.text) !== null))
    ) {
      if (!next) {
        out.push(makeEntry(src, cur, f.text, null));
        cur = [];
        i++;
        continue;
      }
      const m = matchRegionPrefix(next.text);
      if (m && m.rest.length > 0) {
        out.push(makeEntry(src, cur, f.text, m.region));
        const restStart = next.end - m.rest.length;
        cur = [{ text: m.rest, start: restStart, end: next.end }];
      } else {
        out.push(makeEntry(src, cur, f.text, next.text.length > 0 ? next.text : null));
        cur = [];
      }
      i += 2;
      continue;
    }
    cur.push(f);
    i++;
  }
  if (cur.length > 0) out.push(makeEntry(src, cur, null, null));
  return out.filter((e) => e.name !== null || e.affiliation !== null || e.stakeholder !== null);
}
