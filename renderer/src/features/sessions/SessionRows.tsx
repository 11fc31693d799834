import { Fragment, useRef, useState, type FormEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SessionSummary } from '../../../../shared/model/session';
import { useLanguage, useT } from '../../i18n';

/**
 * The sessions of the library as a list that draws only the rows on screen, so thousands of sessions
 * scroll as smoothly as ten. Each row opens the session; its box selects it for the brief.
 */
export function SessionRows({
  sessions,
  selected,
  busy,
  onToggle,
  onOpen,
  onDuplicate,
  onArchive,
  onRename,
  onMerge,
  onDelete,
}: {
  sessions: SessionSummary[];
  selected: ReadonlySet<string>;
  busy: boolean;
  onToggle: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onArchive: (id: string, archived: boolean) => void;
  onRename: (id: string, title: string) => void;
  /** "Merge another copy…" into this session. */
  onMerge: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { t } = useT('sessions');
  const { format } = useLanguage();
  // Rename edits the title in place: Enter or leaving the box keeps it, Escape cancels.
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);
  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    const was = sessions.find((x) => x.id === editing?.id);
    if (editing && was && editing.title.trim() !== was.title) onRename(editing.id, editing.title.trim());
    setEditing(null);
  };
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sessions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (index) => sessions[index]?.id ?? index,
  });
  return (
    <div className="session-scroller" ref={scroller}>
      <ul className="session-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const s = sessions[row.index]!;
          const name = s.title || t('untitledName');
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <input
                type="checkbox"
                checked={selected.has(s.id)}
                onChange={(e) => onToggle(s.id, e.target.checked)}
                aria-label={t('rows.select', { name })}
              />
              {editing?.id === s.id ? (
                <form className="session-rename" onSubmit={commit}>
                  <input
                    aria-label={t('rows.newTitle', { name })}
                    dir="auto"
                    value={editing.title}
                    maxLength={2000}
                    autoFocus
                    onChange={(e) => setEditing({ id: s.id, title: e.target.value })}
                    onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
                    onBlur={() => commit()}
                  />
                </form>
              ) : (
                <button type="button" className="session-open" onClick={() => onOpen(s.id)}>
                  <span className="session-title" dir="auto">
                    {s.title || t('untitled')}
                  </span>
                  <span className="muted">
                    {[
                      s.code,
                      s.date && format.date(s.date),
                      s.themes.join(', '),
                      t('rows.statements', { count: s.statementCount }),
                      s.archived ? t('rows.archived') : '',
                    ]
                      .filter(Boolean)
                      // Each part in its own direction: a Latin code or theme beside Arabic words.
                      .map((part, k) => (
                        <Fragment key={k}>
                          {k > 0 && ' · '}
                          <bdi>{part}</bdi>
                        </Fragment>
                      ))}
                  </span>
                  {s.outside && (
                    <span className="session-outside" title={s.file}>
                      {t('rows.outside')}{' '}
                      <bdi className="path" dir="ltr">
                        {s.outside}
                      </bdi>
                    </span>
                  )}
                </button>
              )}
              <span className="session-actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing({ id: s.id, title: s.title })}
                  disabled={busy || editing !== null}
                  aria-label={t('rows.renameLabel', { name })}
                >
                  {t('rows.rename')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onDuplicate(s.id)}
                  disabled={busy}
                  aria-label={t('rows.duplicateLabel', { name })}
                >
                  {t('rows.duplicate')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onMerge(s.id)}
                  disabled={busy}
                  aria-label={t('rows.mergeLabel', { name })}
                  title={t('rows.mergeTitle')}
                >
                  {t('rows.merge')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onArchive(s.id, !s.archived)}
                  disabled={busy}
                  aria-label={t(s.archived ? 'rows.restoreLabel' : 'rows.archiveLabel', { name })}
                >
                  {t(s.archived ? 'rows.restore' : 'rows.archive')}
                </button>
                <button
                  type="button"
                  className="secondary danger"
                  onClick={() => onDelete(s.id)}
                  disabled={busy}
                  aria-label={t('rows.deleteLabel', { name })}
                >
                  {t('rows.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
