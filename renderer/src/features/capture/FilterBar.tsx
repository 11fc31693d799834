import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { captureKeyLabel } from '../../keymap';
import { useLanguage, useT } from '../../i18n';
import { memo, useMemo, type RefObject } from 'react';
import {
  STATEMENT_KINDS,
  type Person,
  type PolicyQuestion,
  type StatementKind,
} from '../../../../shared/model/session';
import {
  EMPTY_FILTER,
  isFiltering,
  NO_SPEAKER,
  UNTAGGED,
  type StatementFilter,
} from '../../../../shared/capture/filter';

/**
 * Counts per policy question (always shown, zeros included, so an unanswered question stands out)
 * and the filters: question, speaker, kind, forum, starred, free text.
 */
export const FilterBar = memo(function FilterBar({
  filter,
  setFilter,
  questions,
  counts,
  untagged,
  people,
  fora,
  shown,
  total,
  searchRef,
  onSearchEnter,
  onSearchEscape,
}: {
  filter: StatementFilter;
  setFilter: (f: StatementFilter) => void;
  questions: PolicyQuestion[];
  counts: ReadonlyMap<string, number>;
  untagged: number;
  people: Person[];
  fora: readonly string[];
  shown: number;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Enter in the search field: open the first match for editing. */
  onSearchEnter: () => void;
  /** Esc in the search field: back to the capture box (the filter stays, and says so there). */
  onSearchEscape: () => void;
}) {
  const { t } = useT('capture');
  const set = (patch: Partial<StatementFilter>) => setFilter({ ...filter, ...patch });
  const toggleQuestion = (id: string) => set({ question: filter.question === id ? '' : id });
  return (
    <div className="filter-bar">
      <div className="question-counts" role="group" aria-label={t('filter.perQuestion')}>
        {questions.map((q, i) => {
          const n = counts.get(q.id) ?? 0;
          return (
            <button
              key={q.id}
              type="button"
              className={`count-chip${n === 0 ? ' empty' : ''}`}
              aria-pressed={filter.question === q.id}
              title={q.text}
              onClick={() => toggleQuestion(q.id)}
            >
              {t('filter.count', { n: i + 1, count: n })}
              {n === 0 && <span className="small"> {t('filter.noneYet')}</span>}
            </button>
          );
        })}
        <button
          type="button"
          className="count-chip"
          aria-pressed={filter.question === UNTAGGED}
          onClick={() => toggleQuestion(UNTAGGED)}
        >
          {t('filter.untagged', { count: untagged })}
        </button>
      </div>
      <div className="filters">
        <FilterControls
          filter={filter}
          setFilter={setFilter}
          questions={questions}
          people={people}
          fora={fora}
          searchRef={searchRef}
          onSearchEnter={onSearchEnter}
          onSearchEscape={onSearchEscape}
        />
        <span className="muted small" role="status" aria-live="polite">
          {isFiltering(filter) ? t('filter.showing', { shown, total }) : t('filter.total', { count: total })}
        </span>
        {isFiltering(filter) && (
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
});

/**
 * The filters themselves (search, question, speaker, kind, forum, starred): memoised apart from the
 * counts, which change on every add, so an add does not render the speaker and kind lists again.
 */
const FilterControls = memo(function FilterControls({
  filter,
  setFilter,
  questions,
  people,
  fora,
  searchRef,
  onSearchEnter,
  onSearchEscape,
}: {
  filter: StatementFilter;
  setFilter: (f: StatementFilter) => void;
  questions: PolicyQuestion[];
  people: Person[];
  fora: readonly string[];
  searchRef: RefObject<HTMLInputElement | null>;
  onSearchEnter: () => void;
  onSearchEscape: () => void;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const kindOptions = useMemo(
    () =>
      STATEMENT_KINDS.map((k) => (
        <option key={k} value={k}>
          {codeLabel('kind', k, tr)}
        </option>
      )),
    [tr],
  );
  const set = (patch: Partial<StatementFilter>) => setFilter({ ...filter, ...patch });
  return (
    <>
      <label>
        {t('filter.search')} <kbd>{captureKeyLabel('search')}</kbd>
        <input
          ref={searchRef}
          type="search"
          aria-label={t('filter.searchLabel')}
          dir="auto"
          value={filter.text}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSearchEnter();
            } else if (e.key === 'Escape') {
              // Chromium would clear a search field on Esc; Esc here means "back to capturing".
              e.preventDefault();
              onSearchEscape();
            }
          }}
        />
      </label>
      <label>
        {t('filter.question')}
        <select
          aria-label={t('filter.byQuestion')}
          value={filter.question}
          onChange={(e) => set({ question: e.target.value })}
        >
          <option value="">{t('filter.all')}</option>
          {questions.map((q, i) => (
            <option key={q.id} value={q.id}>
              Q{i + 1}
            </option>
          ))}
          <option value={UNTAGGED}>{t('filter.untaggedOption')}</option>
        </select>
      </label>
      <label>
        {t('filter.by')}
        <select
          aria-label={t('filter.bySpeaker')}
          value={filter.speaker}
          onChange={(e) => set({ speaker: e.target.value })}
        >
          <option value="">{t('filter.anyone')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={NO_SPEAKER}>{t('filter.unattributedOption')}</option>
        </select>
      </label>
      <label>
        {t('filter.ofKind')}
        <select
          aria-label={t('filter.byKind')}
          value={filter.kind}
          onChange={(e) => set({ kind: e.target.value as StatementKind | '' })}
        >
          <option value="">{t('filter.any')}</option>
          {kindOptions}
        </select>
      </label>
      <label>
        {t('filter.forForum')}
        <select
          aria-label={t('filter.byForum')}
          value={filter.forum}
          onChange={(e) => set({ forum: e.target.value })}
        >
          <option value="">{t('filter.any')}</option>
          {fora.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={filter.starredOnly}
          onChange={(e) => set({ starredOnly: e.target.checked })}
        />
        {t('filter.starredOnly')}
      </label>
    </>
  );
});
