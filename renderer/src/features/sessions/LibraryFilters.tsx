import { codeLabel } from '../../../../shared/i18n/codeLabels';
import type { ArchiveView, LibraryFacets, LibraryFilter } from '../../../../shared/library/summary';
import { useLanguage, useT } from '../../i18n';

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
  const { t } = useT('sessions');
  const { format, tr } = useLanguage();
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch });
  const select = (
    label: string,
    value: string,
    options: Array<{ value: string | number; count: number }>,
    apply: (value: string) => void,
    named: (value: string) => string = (value) => value,
  ) =>
    options.length > 0 && (
      <label>
        {label}
        <select aria-label={label} value={value} onChange={(e) => apply(e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {options.map((o) => (
            <option key={o.value} value={String(o.value)}>
              {t('filters.option', { value: named(String(o.value)), n: format.number(o.count) })}
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
    <div className="library-filters" role="search" aria-label={t('filters.region')}>
      <label className="library-search">
        {t('filters.search')}
        <input
          type="search"
          dir="auto"
          value={filter.query ?? ''}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      {select(t('filters.year'), filter.year == null ? '' : String(filter.year), facets.years, (v) =>
        set({ year: v ? Number(v) : null }),
      )}
      {select(
        t('filters.type'),
        filter.type ?? '',
        facets.types,
        (v) => set({ type: v || null }),
        (type) => codeLabel('sessionType', type, tr),
      )}
      {select(t('filters.theme'), filter.theme ?? '', facets.themes, (v) => set({ theme: v || null }))}
      {select(t('filters.forum'), filter.forum ?? '', facets.fora, (v) => set({ forum: v || null }))}
      {select(t('filters.organizer'), filter.organizer ?? '', facets.organizers, (v) =>
        set({ organizer: v || null }),
      )}
      <label>
        {t('filters.show')}
        <select
          aria-label={t('filters.show')}
          value={filter.archive ?? 'active'}
          onChange={(e) => set({ archive: e.target.value as ArchiveView })}
        >
          <option value="active">{t('filters.active')}</option>
          <option value="archived">{t('filters.archived', { n: format.number(facets.archived) })}</option>
          <option value="all">{t('filters.all')}</option>
        </select>
      </label>
      <p className="muted library-count" role="status">
        {shown === total
          ? t('filters.count', { count: total })
          : t('filters.shownOf', { count: total, shown: format.number(shown) })}{' '}
        {filtered && (
          <button type="button" className="link-button" onClick={() => onChange({ archive: 'active' })}>
            {t('filters.clear')}
          </button>
        )}
      </p>
    </div>
  );
}
