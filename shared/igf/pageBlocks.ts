/**
 * Phase 4 of the page parser: reading unlabelled blocks. Each candidate line is scored by what it
 * holds (every entry has a name, no sentence, no label) rather than by the first rule that matches:
 * a Speakers block with wrapped lines and one stray line, organizers named in prose, the keyed
 * 2024–2025 organizer line, role lines by position. Pure TS.
 */
import { BARE_FORMAT, formatLine, isSdgLine, type Line } from './pageLines';
import { parseLabel, type Label } from './pageLabels';
import { isKeyedEntryLine, parsePeople, splitNameAtJob, type PersonEntry } from './people';
import { BULLET, cleanName, looksLikeName, squash, stripGlyphs } from './text';

export type Kind = 'label' | 'date' | 'room' | 'formatLine' | 'sdg' | 'person' | 'para' | 'short';

export interface Item {
  kind: Kind;
  line: Line;
  label?: Label;
  consumed?: boolean;
}

/** A role value: the name at the start of a 'Name, Stakeholder, Region' line or a bare name line. */
export function roleName(line: Line, details?: Map<string, PersonEntry>): string | null {
  const entries = parsePeople(line.text, line.cut);
  if (entries.length !== 1) return null;
  const entry = entries[0] as PersonEntry;
  const name = entry.name;
  if (!name || name.length > 80) return null;
  // what the role line says beside the name (2023: 'Name, Stakeholder, Region') is kept for that person
  if (details && !details.has(name) && (entry.affiliation || entry.stakeholder || entry.region))
    details.set(name, entry);
  return name;
}

export function isRoleValue(it: Item): boolean {
  if (it.kind === 'person') return !isKeyedEntryLine(it.line.text) && parsePeople(it.line.text).length === 1;
  if (it.kind === 'short') return looksLikeName(it.line.text.split(',')[0] ?? '');
  return false;
}

export function orgEntityName(text: string): string | null {
  const s = squash(
    stripGlyphs(text)
      .replace(BULLET, '')
      .replace(
        /^(?:in\s+(?:collaboration|partnership|cooperation)\s+with|co-?organi[sz]ed\s+by|organi[sz]ed\s+by|together\s+with|and)\s+/i,
        '',
      ),
  );
  return s.length > 0 ? s : null;
}

/** An organising entity line ('Blue Horizon Cable Partnership', 'In collaboration with …'). */
export function isEntityLine(it: Item): boolean {
  if (it.kind !== 'short' || it.consumed) return false;
  const t = it.line.text;
  return t.length <= 150 && !/[:;?]$/.test(t) && !BULLET.test(t) && !/^\d/.test(t);
}

export function isThemeLine(it: Item): boolean {
  if (it.kind !== 'short') return false;
  const t = it.line.text;
  return t.length <= 100 && !/[.:;]$/.test(t) && !/https?:|www\./i.test(t) && !/^\d/.test(t);
}

/** A leading '1.', '4.' (no space) or '2)' on a list line. */
export const LIST_NUMBER = /^\d{1,2}[.)]\s*(?=\p{L})/u;
/** A line that ends mid-phrase continues on the next one ('Director of' / 'Open Spectrum Alliance'). */
export const OPEN_END = /(?:\b(?:of|at|and|for|the|in|on|to|with|de|du|des|la|le)|[,&–—-])$/i;

/** Scores one line of a speaker list: the entries it holds when every one has a name, else null. */
export function speakerLine(text: string, cut: boolean): PersonEntry[] | null {
  if (parseLabel(text) !== null || isSdgLine(text) || formatLine(text) !== null || BARE_FORMAT.test(text))
    return null;
  if (/[.!?]$/.test(text) && text.split(' ').length > 12) return null;
  const body = text.replace(LIST_NUMBER, '').replace(BULLET, '');
  let entries = parsePeople(body, cut);
  if (!body.includes(',') && entries.length === 1 && (entries[0] as PersonEntry).affiliation === null) {
    const split = splitNameAtJob(squash(stripGlyphs(body)));
    if (split)
      entries = [{ name: cleanName(split.name), affiliation: split.rest, stakeholder: null, region: null }];
  }
  if (entries.length === 0) return null;
  return entries.every((e) => e.name !== null && looksLikeName(e.name) && e.name.split(' ').length <= 6)
    ? entries
    : null;
}

/**
 * The lines after a 'Speakers' heading: people lines in any of the styles pages use, a wrapped line
 * joined to the one before it, and one stray line (a title repeated in another language) skipped
 * when people lines follow it. The block ends at a blank line, a label or a line of another kind.
 */
export function readSpeakerBlock(stream: Item[], from: number): { entries: PersonEntry[]; items: Item[] } {
  const entries: PersonEntry[] = [];
  const items: Item[] = [];
  let pending: Item | null = null;
  for (let j = from; j < stream.length; j++) {
    const n = stream[j] as Item;
    if (n.kind === 'label' || n.consumed) break;
    if (items.length > 0 && n.line.gap > 0) break;
    if (items.length === 0 && n.line.gap > 1) break;
    const prev = items[items.length - 1];
    if (prev && OPEN_END.test(prev.line.text) && !LIST_NUMBER.test(n.line.text)) {
      const joined = `${prev.line.text} ${n.line.text}`;
      const e = speakerLine(joined, n.line.cut);
      if (e) {
        entries.splice(entries.length - 1, 1, ...e);
        prev.line = { ...prev.line, text: joined };
        n.consumed = true;
        continue;
      }
    }
    const e = speakerLine(n.line.text, n.line.cut);
    if (e) {
      if (pending) pending.consumed = true;
      pending = null;
      entries.push(...e);
      n.consumed = true;
      items.push(n);
      continue;
    }
    if (pending || items.length === 0) break;
    pending = n;
  }
  return { entries, items };
}

/** 'This session is organised by the X in partnership with the Y.': the organisations named. */
export function proseOrganizers(stream: Item[]): string[] {
  for (const it of stream) {
    if (it.consumed || (it.kind !== 'para' && it.kind !== 'short')) continue;
    const m = /\b(?:co-?)?organi[sz]ed\s+(?:jointly\s+)?by\s+(.{3,400})$/i.exec(it.line.text);
    if (!m) continue;
    it.consumed = true;
    return (m[1] ?? '')
      .replace(/[.;]\s*$/, '')
      .split(
        /\s*(?:,|\bin\s+(?:partnership|collaboration|cooperation)\s+with\b|\btogether\s+with\b|\band\b)\s*/i,
      )
      .map((x) => squash(x.replace(/^the\s+/i, '')))
      .filter((x) => x.length >= 2 && /^\p{Lu}/u.test(x));
  }
  return [];
}

/**
 * 'Organizational Affiliation: X Moderator and Organizer: A (main), B (sub) Stakeholder: S Regional
 * Group: R' (2024–2025, run together on one line): every listed person is an organizer of X with those
 * groups; the one marked '(main)' is the moderator when the label says so.
 */
export function readKeyedOrganizers(text: string): { entries: PersonEntry[]; main: string | null } {
  const KEYS =
    /(Organi[sz]ational\s+Affiliation|(?:(?:Onsite\s+|Online\s+)?Moderator\s+(?:and|&)\s+)?Organi[sz]ers?(?:\s*\(s\))?(?:\s+(?:and|&)\s+Moderators?)?|Stakeholder(?:\s+Group)?|Regional\s+Group)\s*:/gi;
  const marks: { key: string; start: number; value: number }[] = [];
  KEYS.lastIndex = 0;
  for (let m = KEYS.exec(text); m !== null && marks.length < 50; m = KEYS.exec(text))
    marks.push({ key: (m[1] ?? '').toLowerCase(), start: m.index, value: m.index + m[0].length });
  let affiliation: string | null = null;
  let stakeholder: string | null = null;
  let region: string | null = null;
  let people = '';
  let moderatorLabel = false;
  marks.forEach((mk, i) => {
    const v = squash(text.slice(mk.value, marks[i + 1]?.start ?? text.length)).replace(/[|;,]+$/, '');
    if (mk.key.startsWith('organi') && mk.key.includes('affiliation')) affiliation = v || null;
    else if (mk.key.startsWith('stakeholder')) stakeholder = v || null;
    else if (mk.key.startsWith('regional')) region = v || null;
    else {
      people = v;
      moderatorLabel = mk.key.includes('moderator');
    }
  });
  let main: string | null = null;
  const entries: PersonEntry[] = [];
  for (const raw of people.split(/\s*[,;]\s*|\s+and\s+/)) {
    const isMain = /\(\s*main\s*\)/i.test(raw);
    const name = cleanName(raw.replace(/\([^()]{0,30}\)/g, ' '));
    if (!looksLikeName(name)) continue;
    if (isMain && moderatorLabel && main === null) main = name;
    entries.push({ name, affiliation, stakeholder, region });
  }
  return { entries, main };
}
