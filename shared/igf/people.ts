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
import { isCountry, normaliseRegion } from './groups';
import {
  cleanName,
  hasLock,
  isRegion,
  isStakeholder,
  looksLikeName,
  matchRegionPrefix,
  squash,
  stripGlyphs,
} from './text';

export type TagRole = 'onsiteModerator' | 'onlineModerator' | 'rapporteur';

export interface PersonEntry {
  name: string | null;
  affiliation: string | null;
  stakeholder: string | null;
  region: string | null;
  presence?: 'onsite' | 'online' | null;
  /** Roles a tag after the entry gives ('[online, moderator]'). */
  tagRoles?: TagRole[];
}

/** A trailing '[onsite]', '[online, moderator]' or '(online)' tag: what it says, and the text before it. */
export function splitTag(value: string): {
  text: string;
  presence: 'onsite' | 'online' | null;
  roles: TagRole[];
} {
  const s = value.trimEnd();
  const m = /[[(]([^[\]()]{1,60})[\])]$/.exec(s);
  if (!m) return { text: value, presence: null, roles: [] };
  const words = (m[1] ?? '').toLowerCase().split(/\s*[,;/|]\s*|\s+and\s+/);
  let presence: 'onsite' | 'online' | null = null;
  const roles: TagRole[] = [];
  let known = 0;
  for (const w0 of words) {
    const w = w0.trim();
    if (/^(?:onsite|on-site|on site|in person|in-person)$/.test(w)) presence = 'onsite';
    else if (/^(?:online|remote|virtual)$/.test(w)) presence = 'online';
    else if (/^(?:online|remote) moderator$/.test(w)) roles.push('onlineModerator');
    else if (/^(?:onsite |on-site )?moderator$/.test(w)) roles.push('onsiteModerator');
    else if (/^rapporteur$/.test(w)) roles.push('rapporteur');
    else continue;
    known++;
  }
  if (known === 0 || known < words.filter((w) => w.trim()).length)
    return { text: value, presence: null, roles: [] };
  return { text: s.slice(0, m.index).trimEnd(), presence, roles };
}

/** Words that start a job title: where a name without a comma after it ends ('Ana Lee Director of …'). */
const JOB_WORDS = new Set(
  (
    'director senior head chief programme program professor deputy founder co-founder cofounder legal research ' +
    'researcher minister manager president vice ceo cto coo executive coordinator advisor adviser lecturer officer ' +
    'secretary member partner lead analyst consultant editor journalist student engineer fellow counsel chair ' +
    'specialist assistant associate principal scientist expert representative commissioner ambassador'
  ).split(' '),
);

/** 'Ana Lee Director of Policy, X' → name and the rest, when a job word follows two to five name words. */
export function splitNameAtJob(s: string): { name: string; rest: string } | null {
  const words = s.split(' ');
  for (let i = 2; i < Math.min(words.length, 7); i++) {
    if (JOB_WORDS.has((words[i] ?? '').toLowerCase())) {
      const name = words.slice(0, i).join(' ');
      if (!looksLikeName(name)) return null;
      return { name, rest: words.slice(i).join(' ') };
    }
  }
  return null;
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

/** 'Name - Org' / 'Name -Org' / 'Name– Org': a dash after the name, before the organisation. */
const NAME_DASH = /^([^,–—-]{3,60}?)(?:\s+[-–—]\s*|\s*[–—]\s*|[-–—]\s+)(\S.*)$/;

/** An e-mail address ends an entry in 'Name - Org, Stakeholder Region email Name - …' runs. */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g;

/** 'Org, Civil Society African Group' style tail: stakeholder and region with only a space between. */
function splitGroupsTail(field: string): { stakeholder: string; region: string | null } | null {
  const words = field.split(' ');
  for (let i = words.length - 1; i >= 1; i--) {
    const head = words.slice(0, i).join(' ');
    if (!isStakeholder(head)) continue;
    const tail = words.slice(i).join(' ');
    if (isRegion(tail) || isCountry(tail)) return { stakeholder: head, region: tail };
  }
  return isStakeholder(field) ? { stakeholder: field, region: null } : null;
}

/** One 'Name - Org, Stakeholder Region' entry (an e-mail already removed). */
function parseDashEntry(s: string): PersonEntry | null {
  const m = NAME_DASH.exec(s);
  if (!m) return null;
  const name = cleanName(m[1] ?? '');
  if (!looksLikeName(name)) return null;
  const rest = squash(m[2] ?? '');
  const comma = rest.lastIndexOf(',');
  let affiliation: string | null = rest;
  let stakeholder: string | null = null;
  let region: string | null = null;
  if (comma > 0) {
    const tail = squash(rest.slice(comma + 1));
    const g = splitGroupsTail(tail);
    if (g) {
      affiliation = squash(rest.slice(0, comma));
      stakeholder = g.stakeholder;
      region = g.region;
    } else if (isRegion(tail) || isCountry(tail)) {
      affiliation = squash(rest.slice(0, comma));
      region = tail;
    }
  }
  return { name, affiliation: cleanValue(affiliation ?? ''), stakeholder, region };
}

/** The last field of an entry without a stakeholder group is its region when it names one (or a country). */
function splitTrailingRegion(e: PersonEntry): PersonEntry {
  if (e.stakeholder !== null || e.region !== null || e.affiliation === null) return e;
  const comma = e.affiliation.lastIndexOf(',');
  if (comma < 0) return e;
  const tail = squash(e.affiliation.slice(comma + 1));
  if (!isRegion(tail) && !isCountry(tail) && normaliseRegion(tail) === null) return e;
  return { ...e, affiliation: cleanValue(e.affiliation.slice(0, comma)), region: tail };
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

type TextKey = 'name' | 'affiliation' | 'stakeholder' | 'region';

function keyOf(k: string): TextKey {
  const l = k.toLowerCase();
  if (l.includes('name')) return 'name';
  if (l.startsWith('stakeholder')) return 'stakeholder';
  if (l.startsWith('region')) return 'region';
  return 'affiliation';
}

function parseKeyed(s: string, cutAtEnd: boolean): PersonEntry[] {
  const marks: { key: TextKey; start: number; valueStart: number }[] = [];
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
  const tag = splitTag(squash(value));
  const entries = parseUntagged(tag.text, cutAtEnd);
  if ((tag.presence !== null || tag.roles.length > 0) && entries.length > 0) {
    const last = entries[entries.length - 1] as PersonEntry;
    entries[entries.length - 1] = { ...last, presence: tag.presence, tagRoles: tag.roles };
  }
  return entries;
}

function parseUntagged(value: string, cutAtEnd: boolean): PersonEntry[] {
  const src = squash(value);
  if (src.length === 0) return [];
  if (isKeyedEntryLine(src)) return parseKeyed(src, cutAtEnd);
  // 'Name - Org, Stakeholder Region email' entries, possibly several on one line
  if (src.includes('@')) {
    const out: PersonEntry[] = [];
    let from = 0;
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(src); m !== null; m = EMAIL.exec(src)) {
      const e = parseDashEntry(squash(src.slice(from, m.index)));
      if (e) out.push(e);
      from = m.index + m[0].length;
    }
    if (out.length > 0) return out;
  }
  // several 'Name, Org, Region' entries separated by ' - '
  if (src.includes(' - ') && src.indexOf(',') > 0) {
    const parts = src.split(' - ');
    if (
      parts.length >= 2 &&
      parts.every((p) => p.includes(',') && looksLikeName(p.slice(0, p.indexOf(','))))
    ) {
      const out = parts.flatMap((p) => parseCommaEntries(squash(p), false));
      if (out.length === parts.length) return out;
    }
  }
  if (!src.includes(',')) {
    const d = parseDashEntry(src);
    if (d) return [d];
  }
  return parseCommaEntries(src, cutAtEnd);
}

function parseCommaEntries(src: string, cutAtEnd: boolean): PersonEntry[] {
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
  return out
    .filter((e) => e.name !== null || e.affiliation !== null || e.stakeholder !== null)
    .map(splitTrailingRegion);
}
