import { describe, expect, it } from 'vitest';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { PageParseSchema } from '../../shared/igf/pageParse';
import { CORPUS_FIELDS, loadCorpus, scoreCorpus } from '../support/igfCorpus';

const TYPES = [
  'workshop',
  'open forum',
  'town hall',
  'lightning talk',
  'day 0',
  'networking',
  'launch',
  'main session',
];

describe('the synthetic page corpus', () => {
  const { pages, text } = loadCorpus();

  it('covers 2019–2025, every session type and at least 40 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((p) => p.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(new Set(pages.map((p) => p.type))).toEqual(new Set(TYPES));
  });

  it('every page parses into the published schema', () => {
    for (const p of pages)
      expect(PageParseSchema.safeParse(parseSessionPage(text(p))).success, p.file).toBe(true);
  });

  it('reads at least 98 % of the fields right, and every field on at least 90 % of pages', () => {
    const s = scoreCorpus();
    const misses = s.misses.map((m) => `${m.file} ${m.field}: ${JSON.stringify(m.got)}`);
    expect(s.right / s.total, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    for (const f of CORPUS_FIELDS)
      expect(s.perField[f].right / s.perField[f].total, f).toBeGreaterThanOrEqual(0.9);
  });
});
