import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Person, Statement } from '../../../../shared/model/session';
import { formatOffset } from '../../../../shared/model/time';
import { PollView } from './PollView';
import { StatementText } from '../../common/StatementText';

export interface ListActions {
  select: (id: string | null) => void;
  edit: (id: string) => void;
  remove: (id: string) => void;
  saveEdit: (id: string, text: string) => void;
  cancelEdit: () => void;
  /** Focus goes back to the capture box (Escape, or typing while the list has focus). */
  leave: () => void;
}

interface Props {
  statements: Statement[];
  total: number;
  peopleById: ReadonlyMap<string, Person>;
  questionNumber: ReadonlyMap<string, number>;
  selectedId: string | null;
  editingId: string | null;
  actions: ListActions;
  listRef: React.RefObject<HTMLDivElement | null>;
}

const rowId = (id: string) => `statement-${id}`;

/**
 * The captured statements, oldest first and newest at the bottom. Only the rows in view are in the
 * page (rows are measured as they render), so thousands of statements scroll and type smoothly.
 * The list follows new statements unless the user has scrolled up to read.
 */
export const StatementList = memo(function StatementList({
  statements,
  total,
  peopleById,
  questionNumber,
  selectedId,
  editingId,
  actions,
  listRef,
}: Props) {
  const virtualizer = useVirtualizer({
    count: statements.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (index) => statements[index]?.id ?? index,
  });
  const stick = useRef(true);
  const previousCount = useRef(0);
  const [atBottom, setAtBottom] = useState(true);

  // Follow the bottom on open and whenever a statement arrives, unless the user scrolled up.
  useLayoutEffect(() => {
    const grew = statements.length > previousCount.current;
    previousCount.current = statements.length;
    if (!grew || !stick.current || statements.length === 0) return;
    virtualizer.scrollToIndex(statements.length - 1, { align: 'end' });
    const frame = requestAnimationFrame(() => {
      const el = listRef.current;
      if (el && stick.current) el.scrollTop = el.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [statements.length, virtualizer, listRef]);

  const selectedIndex = selectedId ? statements.findIndex((s) => s.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

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

  const items = virtualizer.getVirtualItems();
  return (
    <div className="statement-list-wrap">
      <div
        ref={listRef}
        className="statement-scroll"
        tabIndex={0}
        role="group"
        aria-label="Statements"
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
          Up and Down choose a statement, E or Enter edits it, Delete deletes it, Escape goes back to the
          capture box.
        </span>
        {statements.length === 0 ? (
          <p className="muted empty-list">
            {total === 0
              ? 'No statements yet. Type below and press Enter.'
              : 'No statement matches the filter.'}
          </p>
        ) : (
          <ol className="statement-log" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const s = statements[item.index]!;
              return (
                <StatementRow
                  key={item.key}
                  index={item.index}
                  start={item.start}
                  measure={virtualizer.measureElement}
                  statement={s}
                  speaker={s.speakerId ? peopleById.get(s.speakerId) : undefined}
                  questionNumber={questionNumber}
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
            virtualizer.scrollToIndex(statements.length - 1, { align: 'end' });
          }}
        >
          ↓ Jump to latest
        </button>
      )}
    </div>
  );
});

const StatementRow = memo(function StatementRow({
  index,
  start,
  measure,
  statement,
  speaker,
  questionNumber,
  selected,
  editing,
  actions,
}: {
  index: number;
  start: number;
  measure: (el: Element | null) => void;
  statement: Statement;
  speaker: Person | undefined;
  questionNumber: ReadonlyMap<string, number>;
  selected: boolean;
  editing: boolean;
  actions: ListActions;
}) {
  const tagLabels = statement.questionIds
    .map((id) => questionNumber.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return (
    <li
      id={rowId(statement.id)}
      ref={measure}
      data-index={index}
      className={`statement${selected ? ' selected' : ''}${statement.starred ? ' starred' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      aria-current={selected ? 'true' : undefined}
      onClick={() => actions.select(statement.id)}
    >
      <div className="statement-meta">
        {selected && (
          <span className="selected-mark" aria-hidden="true">
            ▶
          </span>
        )}
        <span className="offset" title={new Date(statement.at).toLocaleString()}>
          {formatOffset(statement.offsetSeconds, statement.at)}
        </span>
        <strong className="speaker-name">{speaker?.name ?? 'Unattributed'}</strong>
        {speaker?.audience && <span className="muted small">(audience)</span>}
        {statement.starred && (
          <span className="star-mark" title="Starred">
            ★<span className="visually-hidden">Starred</span>
          </span>
        )}
        {statement.kind !== 'statement' && (
          <span className="kind-badge">{codeLabel('kind', statement.kind)}</span>
        )}
        {tagLabels.map((n) => (
          <span key={n} className="badge">
            Q{n}
          </span>
        ))}
        {statement.fora.map((f) => (
          <span key={f} className="forum-badge">
            → {f}
          </span>
        ))}
        <span className="actions">
          <button
            type="button"
            className="link-button"
            onClick={(e) => {
              e.stopPropagation();
              actions.edit(statement.id);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="link-button danger"
            onClick={(e) => {
              e.stopPropagation();
              actions.remove(statement.id);
            }}
          >
            Delete
          </button>
        </span>
      </div>
      {editing ? (
        <EditBox statement={statement} actions={actions} />
      ) : (
        <StatementText markdown={statement.text} />
      )}
      {statement.poll && <PollView poll={statement.poll} />}
    </li>
  );
});

function EditBox({ statement, actions }: { statement: Statement; actions: ListActions }) {
  const [text, setText] = useState(statement.text);
  const done = useRef(false);
  const save = () => {
    if (done.current) return;
    done.current = true;
    actions.saveEdit(statement.id, text);
  };
  return (
    <textarea
      aria-label="Edit statement"
      className="edit-box"
      autoFocus
      rows={Math.min(8, Math.max(2, Math.ceil(text.length / 90)))}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.currentTarget.setSelectionRange(text.length, text.length)}
      onBlur={save}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          done.current = true;
          actions.cancelEdit();
        }
      }}
    />
  );
}
