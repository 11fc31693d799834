import type { ArchiveView, LibraryFacets, LibraryFilter } from '../../../../shared/library/summary';

/** Search and the filters of the organizer's library: year, type, theme, forum, organizer, archive. */
export function LibraryFilters({
  facets,
  filter,
  onChange,
  shown,
  total,
}: {
  facets: LibraryFacets;
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
  shown: number;
  total: number;
}) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch });
  const select = (
    label: string,
    value: string,
    options: Array<{ value: string | number; count: number }>,
    apply: (value: string) => void,
  ) =>
    options.length > 0 && (
      <label>
        {label}
        <select aria-label={label} value={value} onChange={(e) => apply(e.target.value)}>
          <option value="">Any</option>
          {options.map((o) => (
            <option key={o.value} value={String(o.value)}>
              {o.value} ({o.count})
            </option>
          ))}
        </select>
      </label>
    );
  const filtered =
    Boolean(filter.query?.trim()) ||
    filter.year != null ||
    Boolean(filter.type || filter.theme || filter.forum || filter.organizer) ||
    (filter.archive ?? 'active') !== 'active';
  return (
    <div className="library-filters" role="search" aria-label="Search and filter sessions">
      <label className="library-search">
        Search
        <input
          type="search"
          value={filter.query ?? ''}
          placeholder="Title, code, theme, organizer, forum"
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      {select('Year', filter.year == null ? '' : String(filter.year), facets.years, (v) =>
        set({ year: v ? Number(v) : null }),
      )}
      {select('Type', filter.type ?? '', facets.types, (v) => set({ type: v || null }))}
      {select('Theme', filter.theme ?? '', facets.themes, (v) => set({ theme: v || null }))}
      {select('Forum', filter.forum ?? '', facets.fora, (v) => set({ forum: v || null }))}
      {select('Organizer', filter.organizer ?? '', facets.organizers, (v) => set({ organizer: v || null }))}
      <label>
        Show
        <select
          aria-label="Show"
          value={filter.archive ?? 'active'}
          onChange={(e) => set({ archive: e.target.value as ArchiveView })}
        >
          <option value="active">Sessions in use</option>
          <option value="archived">The archive ({facets.archived})</option>
          <option value="all">All sessions</option>
        </select>
      </label>
      <p className="muted library-count" role="status">
        {shown === total ? `${total} session${total === 1 ? '' : 's'}` : `${shown} of ${total} sessions`}{' '}
        {filtered && (
          <button type="button" className="link-button" onClick={() => onChange({ archive: 'active' })}>
            Clear filters
          </button>
        )}
      </p>
    </div>
  );
}
