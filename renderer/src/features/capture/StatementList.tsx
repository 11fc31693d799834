import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Statement } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { StatementRow, rowId, type RowContext } from './StatementRow';
import { useVirtualRows } from './useVirtualRows';

export interface ListActions {
  select: (id: string | null) => void;
  edit: (id: string) => void;
  remove: (id: string) => void;
  saveEdit: (id: string, text: string) => void;
  cancelEdit: () => void;
  /** Focus goes back to the capture box (Escape, or typing while the list has focus). */
  leave: () => void;
  /** Changes a statement's speaker, tags, kind, star or fora (one undoable step). */
  patch: (
    id: string,
    label: string,
    patch: Partial<Omit<Statement, 'id' | 'updatedAt' | 'deletedAt'>>,
  ) => void;
  /** Marks a statement "no question" (clearing its tags), or takes that verdict back; one undoable step. */
  setNoQuestion: (id: string, on: boolean) => void;
}

const idOf = (s: Statement) => s.id;

interface Props {
  statements: readonly Statement[];
  total: number;
  context: RowContext;
  selectedId: string | null;
  editingId: string | null;
  actions: ListActions;
  listRef: React.RefObject<HTMLDivElement | null>;
}

/**
 * The captured statements, oldest first and newest at the bottom. Only the rows in view are in the
 * page (rows are measured as they render), so thousands of statements scroll and type smoothly.
 * The list follows new statements unless the user has scrolled up to read.
 */
export const StatementList = memo(function StatementList({
  statements,
  total,
  context,
  selectedId,
  editingId,
  actions,
  listRef,
}: Props) {
  const { t } = useT('capture');
  const stick = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  // Follows the bottom on open and whenever a statement arrives, unless the user scrolled up.
  const virtual = useVirtualRows({
    rows: statements,
    keyOf: idOf,
    scrollRef: listRef,
    estimate: 76,
    overscan: 6,
    stick,
  });

  const { scrollToIndex } = virtual;
  const selectedIndex = selectedId ? statements.findIndex((s) => s.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex, 'auto');
  }, [selectedIndex, scrollToIndex]);

  const onScroll = () => {
    const el = listRef.current;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    stick.current = bottom;
    if (bottom !== atBottom) setAtBottom(bottom);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.altKey || event.metaKey) return;
    const move = (to: number) => {
      event.preventDefault();
      const s = statements[Math.max(0, Math.min(statements.length - 1, to))];
      if (s) actions.select(s.id);
    };
    const at = selectedIndex >= 0 ? selectedIndex : statements.length;
    if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'ArrowDown') {
      if (at >= statements.length - 1) {
        event.preventDefault();
        actions.leave();
      } else move(at + 1);
    } else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(statements.length - 1);
    else if (event.key === 'PageUp') move(at - 8);
    else if (event.key === 'PageDown') move(at + 8);
    else if (
      (event.key === 'Enter' || event.key === 'e' || event.key === 'E' || event.key === 'F2') &&
      selectedId
    ) {
      event.preventDefault();
      actions.edit(selectedId);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId) {
      event.preventDefault();
      actions.remove(selectedId);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      actions.leave();
    } else if (event.key.length === 1 && event.key !== ' ') {
      // Typing while the list has focus goes on in the capture box.
      actions.leave();
    }
  };

  return (
    <div className="statement-list-wrap">
      <div
        ref={listRef}
        className="statement-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('list.label')}
        aria-describedby="statement-list-help"
        aria-activedescendant={selectedId && selectedIndex >= 0 ? rowId(selectedId) : undefined}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && !selectedId && statements.length > 0)
            actions.select(statements[statements.length - 1]!.id);
        }}
      >
        <span id="statement-list-help" className="visually-hidden">
          {t('list.help')}
        </span>
        {statements.length === 0 ? (
          <p className="muted empty-list">{total === 0 ? t('list.empty') : t('list.noMatch')}</p>
        ) : (
          <ol
            className="statement-log"
            ref={virtual.body as React.RefObject<HTMLOListElement | null>}
            style={{ height: virtual.total }}
          >
            {virtual.items.map((item) => {
              const s = statements[item.index]!;
              return (
                <StatementRow
                  key={item.key}
                  index={item.index}
                  start={item.start}
                  measure={virtual.measure}
                  statement={s}
                  context={context}
                  selected={s.id === selectedId}
                  editing={s.id === editingId}
                  actions={actions}
                />
              );
            })}
          </ol>
        )}
      </div>
      {!atBottom && statements.length > 0 && (
        <button
          type="button"
          className="jump-latest"
          onClick={() => {
            stick.current = true;
            setAtBottom(true);
            scrollToIndex(statements.length - 1, 'end');
          }}
        >
          {t('list.jump')}
        </button>
      )}
    </div>
  );
});
