import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { RowLayout, rowsToRender, type RowRange } from '../../../../shared/capture/rowLayout';

export interface VirtualRow {
  index: number;
  key: string;
  start: number;
}

interface Options<T> {
  rows: readonly T[];
  keyOf: (row: T) => string;
  scrollRef: RefObject<HTMLElement | null>;
  /** The height of a row not measured yet. */
  estimate: number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
  /** Whether the list follows its end (read at each render): new rows are then shown at once. */
  stick: RefObject<boolean>;
}

type Range = RowRange;

function rangeAt(layout: RowLayout, offset: number, height: number, overscan: number): Range {
  if (layout.count === 0) return { first: 0, last: -1 };
  return {
    first: Math.max(0, layout.indexAt(offset) - overscan),
    last: Math.min(layout.count - 1, layout.indexAt(offset + height) + overscan),
  };
}

const covers = (a: Range, b: Range) => a.first <= b.first && a.last >= b.last;

/**
 * The rows of a long list that are in view (rows carry `data-index` and take `measure` as their
 * ref). Row heights are measured as rows appear and kept by key in a RowLayout, brought up to date
 * instead of laid out again, so adding a statement to 20,000 does work for one row. A list that
 * follows its end is rendered at its end in the same render that adds a row: the new row is in the
 * first frame, and the page is laid out once before it.
 */
export function useVirtualRows<T>({ rows, keyOf, scrollRef, estimate, overscan, stick }: Options<T>) {
  const [layout] = useState(() => new RowLayout(estimate));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const view = useRef({ offset: 0, height: 0 });
  const shown = useRef<Range>({ first: 0, last: -1 });
  const committedCount = useRef(0);
  const endWanted = useRef(false);
  const unmeasured = useRef(new Set<HTMLElement>());
  const rowObserver = useRef<ResizeObserver | null>(null);
  /** The element whose height is the list's total (the rows are placed inside it). */
  const body = useRef<HTMLElement | null>(null);

  layout.setRows(rows, keyOf);
  const count = rows.length;
  const following = count > committedCount.current && stick.current;
  const offset = following ? Math.max(0, layout.total - view.current.height) : view.current.offset;
  const inView = rangeAt(layout, offset, view.current.height, overscan);
  const range = rowsToRender(shown.current, inView, following);
  const items: VirtualRow[] = [];
  for (let i = range.first; i <= range.last; i++)
    items.push({ index: i, key: layout.keyAt(i)!, start: layout.start(i) });

  const scrollToEnd = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    // One layout for the write; the reads after it find the page laid out.
    el.scrollTop = el.scrollHeight;
    view.current.offset = el.scrollTop;
  }, [scrollRef]);

  // Later changes of a row's height (an edit, a narrower window) arrive here, after the frame's layout.
  useEffect(() => {
    const observer = new ResizeObserver((entries) => {
      let moved = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (!el.isConnected) continue;
        const box = entry.borderBoxSize?.[0];
        const size = box ? Math.round(box.blockSize) : el.offsetHeight;
        moved = layout.measure(Number(el.dataset.index), size) || moved;
      }
      if (!moved) return;
      if (stick.current) endWanted.current = true;
      // Not synchronously: rows mounted inside an observer's callback would be left unreported.
      rerender();
    });
    rowObserver.current = observer;
    for (const el of unmeasured.current) observer.observe(el);
    return () => {
      observer.disconnect();
      rowObserver.current = null;
    };
  }, [layout, stick]);

  // The view: its height, and where it is scrolled to.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      view.current.offset = el.scrollTop;
      // Once a row in view is not rendered, synchronously, as the scroll is painted: no frame shows
      // the list without its rows (the overscan rows are there for the scroll until then).
      if (!covers(shown.current, rangeAt(layout, view.current.offset, view.current.height, 0)))
        flushSync(rerender);
    };
    const observer = new ResizeObserver(() => {
      if (el.clientHeight === view.current.height) return;
      view.current.height = el.clientHeight;
      if (stick.current) endWanted.current = true;
      rerender();
    });
    el.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scrollRef, layout, overscan, stick]);

  useLayoutEffect(() => {
    committedCount.current = count;
    shown.current = range;
    const el = scrollRef.current;
    if (!el) return;
    if (view.current.height === 0) view.current.height = el.clientHeight;
    // The rows that just appeared, measured together (one layout); the observer reports later changes.
    let moved = false;
    let firstMoved = Infinity;
    for (const row of unmeasured.current) {
      if (!row.isConnected) continue;
      const index = Number(row.dataset.index);
      if (layout.measure(index, row.offsetHeight)) {
        moved = true;
        firstMoved = Math.min(firstMoved, index);
      }
    }
    unmeasured.current.clear();
    if (following || (moved && stick.current)) endWanted.current = true;
    if (moved) {
      // Only the last rendered row changed height (a statement just added at the end): no rendered
      // row moves, only the list's height does. Set it here rather than render the list again.
      if (firstMoved >= range.last && body.current) body.current.style.height = `${layout.total}px`;
      // Otherwise the rows move first (this effect runs again after that render, before the paint).
      else return rerender();
    }
    if (endWanted.current) {
      endWanted.current = false;
      scrollToEnd();
    }
    // Rows missing from the view are rendered now; rows no longer in it go with the next scroll event.
    if (!covers(range, rangeAt(layout, view.current.offset, view.current.height, 0))) rerender();
  });

  const measure = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    unmeasured.current.add(el);
    rowObserver.current?.observe(el);
    return () => {
      unmeasured.current.delete(el);
      rowObserver.current?.unobserve(el);
    };
  }, []);

  /** Scrolls row `index` into view: 'end' puts it at the bottom, 'auto' only if it is not in view. */
  const scrollToIndex = useCallback(
    (index: number, align: 'auto' | 'end') => {
      const el = scrollRef.current;
      if (!el || index < 0 || index >= layout.count) return;
      const top = layout.start(index);
      const bottom = top + layout.size(index);
      const height = el.clientHeight;
      let to: number | null = null;
      if (align === 'end' || bottom > el.scrollTop + height) to = bottom - height;
      else if (top < el.scrollTop) to = top;
      if (to === null) return;
      el.scrollTop = Math.max(0, to);
      view.current.offset = el.scrollTop;
      rerender();
    },
    [scrollRef, layout],
  );

  return { items, total: layout.total, measure, scrollToIndex, body };
}
