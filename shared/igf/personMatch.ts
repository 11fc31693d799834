/**
 * Who a printed name is: the same person is printed differently on the page and in the transcript
 * ('Saba Tiku' / 'Saba Tiku Beyene', 'SHIMELESS LEMMA' / 'Shimeles Lemma', 'CHAIR ALBUQUERQUE'), and
 * captioners label some turns only 'MODERATOR' or 'HOST' while the speaker names themselves in the
 * turn. Every match carries a confidence (0–1) and a reason a person can read; only a clear, unique
 * match is taken without asking. Pure TS: no Node or DOM.
 */
import { englishRoleWord } from './pageLanguages';

/** Titles and roles that can precede a name in a label or a people list; they never identify anyone. */
const DROP_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'madam',
  'mme',
  'mlle',
  'hon',
  'honourable',
  'honorable',
  'excellency',
  'his',
  'her',
  'rev',
  'amb',
  'ambassador',
  'minister',
  'senator',
  'judge',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'cochair',
  'co',
  'vice',
  'moderator',
  'host',
  'rapporteur',
  'facilitator',
  'panelist',
  'panellist',
  'speaker',
]);

/** Lower-case, accent-free name words without titles: "Ms. Inês Albuquerque (ISOC)" → ["ines", "albuquerque"]. */
function nameTokens(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\bh\.\s*e\.?(?=\s|$)/g, ' ')
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !DROP_WORDS.has(w));
}

/** A label word stands for a name word when equal, or when it is an initial of it. */
const wordMatches = (label: string, name: string): boolean =>
  label === name || (label.length === 1 && name.startsWith(label));

/**
 * Can `label` be read inside `name`: its last word equals a name word at position `anchor` or later
 * (full word, not an initial), and its earlier words match earlier name words in order (equal or initial).
 */
function subsequenceMatch(label: readonly string[], name: readonly string[], lastOnly: boolean): boolean {
  const last = label[label.length - 1];
  if (last === undefined || last.length < 2) return false;
  const positions: number[] = [];
  if (lastOnly) positions.push(name.length - 1);
  else for (let j = name.length > 1 ? 1 : 0; j < name.length; j++) positions.push(j);
  for (const end of positions) {
    if (name[end] !== last) continue;
    // Greedy earliest match of the other label words within name[0..end).
    let j = 0;
    let ok = true;
    for (let k = 0; k < label.length - 1; k++) {
      const w = label[k] ?? '';
      while (j < end && !wordMatches(w, name[j] ?? '')) j++;
      if (j >= end) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Matches a transcript label ("MS. JANE DOE", "JANE DOE", "J. DOE", "CHAIR DOE") to one of the given
 * people names; case-, accent- and title-insensitive; returns the index or -1.
 *
 * Tried in order, each step only deciding when exactly one person fits (two or more → -1, ambiguous):
 * 1. the same words ("TOMAS IBARRA-KLEIN" ↔ "Tomás Ibarra-Klein");
 * 2. the label's last word is the person's last name word, its other words are the person's earlier
 *    words or their initials, in order ("M. OSEI-TUTU", "CHAIR ALBUQUERQUE" ↔ "Inês Albuquerque");
 * 3. as 2 but the last word may be any name word after the first (compound or double surnames:
 *    "IBARRA" ↔ "Tomás Ibarra-Klein"). A first name alone never matches.
 */
export function matchSpeaker(label: string, names: readonly string[]): number {
  if (typeof label !== 'string' || !Array.isArray(names)) return -1;
  const l = nameTokens(label);
  if (l.length === 0) return -1;
  const people = names.map((n) => (typeof n === 'string' ? nameTokens(n) : []));
  const tiers: Array<(p: string[]) => boolean> = [
    (p) => p.length === l.length && p.every((w, i) => w === l[i]),
    (p) => p.length > 0 && subsequenceMatch(l, p, true),
    (p) => p.length > 0 && subsequenceMatch(l, p, false),
  ];
  for (const fits of tiers) {
    let found = -1;
    for (let i = 0; i < people.length; i++) {
      if (!fits(people[i] ?? [])) continue;
      if (found !== -1) return -1;
      found = i;
    }
    if (found !== -1) return found;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------
// Ranked matches with confidence
// ---------------------------------------------------------------------------------------------------

export interface PersonCandidate {
  index: number;
  confidence: number;
  /** Why, in words: 'same name', 'same surname and initials', 'spelled differently' … */
  reason: string;
}

/** A confidence at or above this, unique and clearly ahead of the next one, is taken without asking. */
export const SURE = 0.85;

/** Edit distance with a cap (returns cap + 1 beyond it); words are short, so this stays cheap. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/** Two words are the same name spelled differently: one letter off (two for long words). */
const nearWord = (a: string, b: string): boolean =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 && distance(a, b, a.length >= 8 ? 2 : 1) <= (a.length >= 8 ? 2 : 1));

/** The words of `short` appear, in order, among the words of `long` (a shorter form of the name). */
function inOrder(short: readonly string[], long: readonly string[], near: boolean): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !(near ? nearWord(w, long[j] ?? '') : w === long[j])) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/** How sure it is that two printed names are one person, with the reason; null when they are not. */
export function nameSimilarity(a: string, b: string): { confidence: number; reason: string } | null {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return null;
  if (x.length === y.length && x.every((w, i) => w === y[i])) return { confidence: 1, reason: 'same name' };
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (s.length >= 2 && inOrder(s, l, false)) return { confidence: 0.9, reason: 'shorter form of the name' };
  if (subsequenceMatch(x, y, true) || subsequenceMatch(y, x, true))
    return { confidence: 0.85, reason: 'same surname and initials' };
  if (s.length >= 2 && inOrder(s, l, true)) return { confidence: 0.8, reason: 'spelled differently' };
  if (s.length >= 2 && x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' '))
    return { confidence: 0.8, reason: 'same words in another order' };
  if (subsequenceMatch(x, y, false) || subsequenceMatch(y, x, false))
    return { confidence: 0.6, reason: 'same surname' };
  return null;
}

/** Every person `name` may be, best first. */
export function rankPeople(name: string, names: readonly string[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  names.forEach((n, index) => {
    const m = typeof n === 'string' ? nameSimilarity(name, n) : null;
    if (m) out.push({ index, ...m });
  });
  return out.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
}

/** The one candidate to take without asking: sure enough and ahead of the next. */
export function sureMatch(candidates: readonly PersonCandidate[]): PersonCandidate | null {
  const [first, second] = candidates;
  if (!first || first.confidence < SURE) return null;
  if (second && second.confidence >= first.confidence - 0.05) return null;
  return first;
}

/** Labels that name a role, not a person ('MODERATOR', 'CHAIRMAN', 'HOST'). */
const GENERIC = new Set([
  'moderator',
  'co-moderator',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'co-chair',
  'cochair',
  'host',
  'facilitator',
  'presenter',
  'speaker',
  'panelist',
  'panellist',
  'rapporteur',
  'participant',
  'audience',
  'audience member',
  'interpreter',
  'narrator',
  'announcer',
  'voice',
  'video',
  'floor',
]);

export function isGenericLabel(label: string): boolean {
  const l = label
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/^(?:the|mr\.?|ms\.?|madam)\s+/, '')
    .replace(/\s+\d+$/, '')
    .trim();
  // 'MODÉRATRICE', 'Moderador', 'المقرر', '主持人': the same roles in the other five languages.
  return GENERIC.has(l) || englishRoleWord(label) !== null;
}

/** 'My name is Ana Lee', 'I am Ana Lee from …', 'This is Ana Lee speaking': the name a speaker gives. */
const SELF_NAMING =
  /\b(?:[Mm]y name is|[Mm]y name's|I am|I'm|[Tt]his is|[Jj]e m'appelle|[Mm]e llamo|[Mm]i nombre es)\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de|da|van|von|der|del|al|el|bin)?\s*\p{Lu}[\p{L}'’-]+){0,3})/u;

export function selfNamed(text: string): string | null {
  const m = SELF_NAMING.exec(text.slice(0, 600));
  return m ? (m[1] ?? null) : null;
}
