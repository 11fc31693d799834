import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { memo, type RefObject } from 'react';
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
  const set = (patch: Partial<StatementFilter>) => setFilter({ ...filter, ...patch });
  const toggleQuestion = (id: string) => set({ question: filter.question === id ? '' : id });
  return (
    <div className="filter-bar">
      <div className="question-counts" role="group" aria-label="Statements per policy question">
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
              Q{i + 1}: {n}
              {n === 0 && <span className="small"> (none yet)</span>}
            </button>
          );
        })}
        <button
          type="button"
          className="count-chip"
          aria-pressed={filter.question === UNTAGGED}
          onClick={() => toggleQuestion(UNTAGGED)}
        >
          Untagged: {untagged}
        </button>
      </div>
      <div className="filters">
        <label>
          Search <kbd>Ctrl+F</kbd>
          <input
            ref={searchRef}
            type="search"
            aria-label="Search statements"
            value={filter.text}
            placeholder="words, speaker…"
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
          Question
          <select
            aria-label="Filter by question"
            value={filter.question}
            onChange={(e) => set({ question: e.target.value })}
          >
            <option value="">all</option>
            {questions.map((q, i) => (
              <option key={q.id} value={q.id}>
                Q{i + 1}
              </option>
            ))}
            <option value={UNTAGGED}>untagged</option>
          </select>
        </label>
        <label>
          By
          <select
            aria-label="Filter by speaker"
            value={filter.speaker}
            onChange={(e) => set({ speaker: e.target.value })}
          >
            <option value="">anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NO_SPEAKER}>unattributed</option>
          </select>
        </label>
        <label>
          Of kind
          <select
            aria-label="Filter by kind"
            value={filter.kind}
            onChange={(e) => set({ kind: e.target.value as StatementKind | '' })}
          >
            <option value="">any</option>
            {STATEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {codeLabel('kind', k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          For forum
          <select
            aria-label="Filter by forum"
            value={filter.forum}
            onChange={(e) => set({ forum: e.target.value })}
          >
            <option value="">any</option>
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
          ★ starred only
        </label>
        <span className="muted small" role="status" aria-live="polite">
          {isFiltering(filter) ? `Showing ${shown} of ${total}` : `${total} statements`}
        </span>
        {isFiltering(filter) && (
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_FILTER)}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
});
