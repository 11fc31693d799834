/**
 * Scores the session-page parser against tests/fixtures/igf-pages-corpus/EXPECTED.json: for every page
 * and field, right or wrong (lists must match item for item). Used by `npm run bench` (figures) and by
 * the unit tests (a floor that catches regressions).
 */
import { readFileSync } from 'node:fs';
import { REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../shared/model/session';
import { parseSessionPage } from '../../shared/igf/sessionPage';

const CORPUS = new URL('../fixtures/igf-pages-corpus/', import.meta.url);
/** Pages written by hand after the parser was built, in wordings the corpus does not use. */
export const HOLDOUT = new URL('../fixtures/igf-pages-holdout/', import.meta.url);

export const CORPUS_FIELDS = [
  'title',
  'code',
  'fullTitle',
  'date',
  'startTime',
  'timeZone',
  'room',
  'themes',
  'organizers',
  'speakers',
  'additionalSpeakers',
  'onsiteModerator',
  'onlineModerator',
  'rapporteur',
  'format',
  'durationMinutes',
  'policyQuestions',
  'hybrid',
] as const;
type Field = (typeof CORPUS_FIELDS)[number];

interface ExpectedEntry {
  name: string | null;
  affiliation: string | null;
  stakeholder: string | null;
  region: string | null;
  stakeholderGroup: string | null;
  regionalGroup: string | null;
  presence: string | null;
}
export interface CorpusPage extends Record<Field, unknown> {
  file: string;
  year: number;
  type: string;
  layouts: string[];
}

/** The corpus names pick-list values in English, in the model's order; the model's own values replace them. */
const SH_EN = [
  'Government',
  'Civil Society',
  'Private Sector',
  'Technical Community',
  'Intergovernmental Organization',
];
const RG_EN = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'Latin American and Caribbean Group (GRULAC)',
  'Western European and Others Group (WEOG)',
  'Intergovernmental Organization',
];
const viaModel = (list: readonly string[], en: string[], v: string | null): string | null =>
  v === null ? null : (list[en.indexOf(v)] ?? `unknown pick-list value ${v}`);

const ENTRY_KEYS = [
  'name',
  'affiliation',
  'stakeholder',
  'region',
  'stakeholderGroup',
  'regionalGroup',
  'presence',
] as const;
function entry(e: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ENTRY_KEYS) out[k] = e[k] ?? null;
  return out;
}
function expectedEntry(e: ExpectedEntry): Record<string, unknown> {
  return entry({
    ...e,
    stakeholderGroup: viaModel(STAKEHOLDER_GROUPS, SH_EN, e.stakeholderGroup),
    regionalGroup: viaModel(REGIONAL_GROUPS, RG_EN, e.regionalGroup),
  });
}

export function loadCorpus(dir: URL = CORPUS): { pages: CorpusPage[]; text: (p: CorpusPage) => string } {
  const data = JSON.parse(readFileSync(new URL('EXPECTED.json', dir), 'utf8')) as { pages: CorpusPage[] };
  return { pages: data.pages, text: (p) => readFileSync(new URL(p.file, dir), 'utf8') };
}

export interface CorpusScore {
  pages: number;
  perField: Record<Field, { right: number; total: number }>;
  right: number;
  total: number;
  misses: { file: string; field: Field; expected: unknown; got: unknown }[];
}

export function scoreCorpus(dir: URL = CORPUS): CorpusScore {
  const { pages, text } = loadCorpus(dir);
  const perField = Object.fromEntries(
    CORPUS_FIELDS.map((f) => [f, { right: 0, total: 0 }]),
  ) as CorpusScore['perField'];
  const misses: CorpusScore['misses'] = [];
  let right = 0;
  let total = 0;
  for (const page of pages) {
    const r = parseSessionPage(text(page)) as unknown as Record<string, unknown>;
    for (const f of CORPUS_FIELDS) {
      let exp = page[f];
      let got = r[f] ?? null;
      if (f === 'organizers' || f === 'speakers' || f === 'additionalSpeakers') {
        exp = (exp as ExpectedEntry[]).map(expectedEntry);
        got = ((got as Record<string, unknown>[] | null) ?? []).map(entry);
      }
      const ok = JSON.stringify(exp) === JSON.stringify(got);
      perField[f].total++;
      total++;
      if (ok) {
        perField[f].right++;
        right++;
      } else misses.push({ file: page.file, field: f, expected: exp, got });
    }
  }
  return { pages: pages.length, perField, right, total, misses };
}
