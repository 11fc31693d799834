import { live, type Session, type SessionSummary, type SessionType } from '../model/session';

/**
 * The organizer's library: what the session list knows of each session without opening it (its
 * summary, kept in an index on disk), and the search and filters over thousands of them. Pure.
 */

/** Session types as IGF codes name them, longest prefix first; "WS" is how workshops are coded. */
const TYPES: Array<[RegExp, SessionType]> = [
  [/^(?:ws|workshop)\b/i, 'workshop'],
  [/^open\s*forum\b/i, 'open-forum'],
  [/^town\s*hall\b/i, 'town-hall'],
  [/^lightning\s*talk\b/i, 'lightning-talk'],
  [/^day\s*0\b/i, 'day-0'],
  [/^(?:ns|networking\s*session)\b/i, 'networking-session'],
  [/^main\s*session\b/i, 'main-session'],
  [/^high[-\s]*level\b/i, 'high-level'],
  [/^launch\b/i, 'launch-award'],
  [/^(?:dc|dynamic\s*coalition)\b/i, 'dynamic-coalition'],
  [/^(?:bpf|best\s*practice\s*forum)\b/i, 'best-practice-forum'],
  [/^parliamentary\b/i, 'parliamentary-track'],
  [/^(?:nri|national|regional)\b/i, 'nri-session'],
];

/**
 * "WS #260" → 'workshop', "Open Forum #168" → 'open-forum' (a code of SESSION_TYPES, shown through the
 * translations); other codes by their own words before "#", kept as written.
 */
export function sessionType(code: string | null | undefined): string | null {
  const text = (code ?? '').replace(/^\s*IGF\s+\d{4}\s+/i, '').trim();
  if (!text) return null;
  for (const [pattern, type] of TYPES) if (pattern.test(text)) return type;
  const words = text.split('#')[0]!.trim();
  return words && !/\d/.test(words) ? words : null;
}

export function summarizeSession(session: Session, file: string, archived = false): SessionSummary {
  const facts = session.facts;
  const fora = new Set<string>();
  let statementCount = 0;
  for (const st of session.statements) {
    if (st.deletedAt !== null) continue;
    statementCount++;
    for (const f of st.fora) if (f.trim()) fora.add(f.trim());
  }
  const organizers = live(session.people)
    .filter((p) => p.roles.includes('organizer'))
    .flatMap((p) => [p.name.trim(), (p.affiliation ?? '').trim()])
    .filter(Boolean);
  return {
    id: session.id,
    title: facts.title,
    code: facts.code,
    date: facts.date,
    updatedAt: session.updatedAt,
    statementCount,
    file,
    year: facts.year ?? (facts.date ? Number(facts.date.slice(0, 4)) : null),
    type: sessionType(facts.code),
    themes: [...new Set(facts.themes.map((t) => t.trim()).filter(Boolean))],
    fora: [...fora].sort(),
    organizers: [...new Set(organizers)],
    archived,
    outside: null,
  };
}

export type ArchiveView = 'active' | 'archived' | 'all';

export interface LibraryFilter {
  /** Words that must all appear in the title, code, themes, organizers or fora (any case, any accents). */
  query?: string;
  year?: number | null;
  type?: string | null;
  theme?: string | null;
  forum?: string | null;
  organizer?: string | null;
  archive?: ArchiveView;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');

/** The folded text a query is matched against; computed once per summary and cached. */
const haystacks = new WeakMap<SessionSummary, string>();
function haystack(s: SessionSummary): string {
  let text = haystacks.get(s);
  if (text === undefined) {
    text = fold(
      [s.title, s.code ?? '', s.date ?? '', s.type ?? '', ...s.themes, ...s.organizers, ...s.fora].join('\n'),
    );
    haystacks.set(s, text);
  }
  return text;
}

export function filterSessions(list: readonly SessionSummary[], filter: LibraryFilter): SessionSummary[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const archive = filter.archive ?? 'active';
  return list.filter(
    (s) =>
      (archive === 'all' || (archive === 'archived') === s.archived) &&
      (filter.year == null || s.year === filter.year) &&
      (!filter.type || s.type === filter.type) &&
      (!filter.theme || s.themes.includes(filter.theme)) &&
      (!filter.forum || s.fora.includes(filter.forum)) &&
      (!filter.organizer || s.organizers.includes(filter.organizer)) &&
      words.every((w) => haystack(s).includes(w)),
  );
}

export interface Facet<T> {
  value: T;
  count: number;
}

export interface LibraryFacets {
  years: Facet<number>[];
  types: Facet<string>[];
  themes: Facet<string>[];
  fora: Facet<string>[];
  organizers: Facet<string>[];
  archived: number;
}

/** The values each filter can take over `list` (archived sessions counted apart), most used first. */
export function libraryFacets(list: readonly SessionSummary[]): LibraryFacets {
  const count = <T>(values: Iterable<T>, into: Map<T, number>) => {
    for (const v of values) into.set(v, (into.get(v) ?? 0) + 1);
  };
  const years = new Map<number, number>();
  const types = new Map<string, number>();
  const themes = new Map<string, number>();
  const fora = new Map<string, number>();
  const organizers = new Map<string, number>();
  let archived = 0;
  for (const s of list) {
    if (s.archived) archived++;
    if (s.year !== null) count([s.year], years);
    if (s.type) count([s.type], types);
    count(s.themes, themes);
    count(s.fora, fora);
    count(s.organizers, organizers);
  }
  const sorted = <T>(map: Map<T, number>, byValue?: (a: T, b: T) => number): Facet<T>[] =>
    [...map]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) =>
        byValue
          ? byValue(a.value, b.value)
          : b.count - a.count || String(a.value).localeCompare(String(b.value)),
      );
  return {
    years: sorted(years, (a, b) => b - a),
    types: sorted(types),
    themes: sorted(themes),
    fora: sorted(fora),
    organizers: sorted(organizers),
    archived,
  };
}
