import { sharedPrefix } from './prefix';

/**
 * Where each row of a long list starts, for a list that shows only the rows in view. Rows are known
 * by key; a row not yet measured counts as `estimate` high. Kept up to date instead of laid out again:
 * rows before the first one that changed (a key, or a measured size) keep their place, so a statement
 * added at the end of 20,000 costs one row, not 20,000 (nor a copy of 20,000 positions).
 * The result always equals the full computation (`fullStarts`).
 */
export class RowLayout {
  private readonly keys: string[] = [];
  /** starts[i]: where row i starts; starts[count]: the height of the whole list. */
  private starts = new Float64Array(64);
  private readonly sizes = new Map<string, number>();
  /** Rows after this one are to be placed again (its own start is right); +∞ when all are. */
  private dirty = Number.POSITIVE_INFINITY;
  private length = 0;
  /** The rows last taken, to compare the next ones with. */
  private source: readonly unknown[] = [];

  constructor(readonly estimate: number) {}

  get count(): number {
    return this.length;
  }

  /**
   * Takes the list as it now is. Rows are compared from the top, by reference first (the same record
   * has the same key), so the rows above the first that differs keep their starts: an add at the end
   * compares references and lays out one row; the same list again costs nothing.
   */
  setRows<T>(rows: readonly T[], keyOf: (row: T) => string): void {
    const previous = this.source as readonly T[];
    if (rows === previous) return;
    this.source = rows;
    const count = rows.length;
    const same = Math.min(count, this.length);
    // A list that says how much of the previous one it keeps (an add) is compared from there on.
    let i = sharedPrefix(rows, previous);
    while (i < same && (rows[i] === previous[i] || keyOf(rows[i]!) === this.keys[i])) i++;
    if (i === count && count === this.length) return;
    this.keys.length = i;
    for (let j = i; j < count; j++) this.keys.push(keyOf(rows[j]!));
    this.length = count;
    if (this.starts.length < count + 1) {
      // Grown by half again, so adds do not copy every position each time.
      const next = new Float64Array(Math.max(count + 1, Math.ceil(this.starts.length * 1.5)));
      next.set(this.starts.subarray(0, Math.min(this.dirty, i) + 1));
      this.starts = next;
    }
    this.dirty = Math.min(this.dirty, i);
  }

  /** Records row `index`'s measured height; true when that changed its place or a later row's. */
  measure(index: number, size: number): boolean {
    const key = this.keys[index];
    if (key === undefined || index >= this.length) return false;
    if ((this.sizes.get(key) ?? this.estimate) === size) {
      this.sizes.set(key, size);
      return false;
    }
    this.sizes.set(key, size);
    this.dirty = Math.min(this.dirty, index);
    return true;
  }

  keyAt(index: number): string | undefined {
    return index < this.length ? this.keys[index] : undefined;
  }

  size(index: number): number {
    return this.sizes.get(this.keys[index]!) ?? this.estimate;
  }

  start(index: number): number {
    this.settle();
    return this.starts[index]!;
  }

  get total(): number {
    this.settle();
    return this.starts[this.length]!;
  }

  /** The row at `offset` from the top (the last row past the end; 0 for an empty list). */
  indexAt(offset: number): number {
    this.settle();
    let lo = 0;
    let hi = Math.max(0, this.length - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Works out the starts after the first row that changed; starts[0] is always 0. */
  private settle(): void {
    for (let i = this.dirty; i < this.length; i++) this.starts[i + 1] = this.starts[i]! + this.size(i);
    this.dirty = Number.POSITIVE_INFINITY;
  }
}

/** Every row's start and the total, computed from nothing: what RowLayout must always equal. */
export function fullStarts(
  keys: readonly string[],
  sizes: ReadonlyMap<string, number>,
  estimate: number,
): number[] {
  const starts = [0];
  for (const key of keys) starts.push(starts[starts.length - 1]! + (sizes.get(key) ?? estimate));
  return starts;
}

/** Rows first..last of a list (empty when last < first). */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * The rows to render: those in view, and, while the list follows its end as rows are added, also
 * the rows shown before, until the scroll has happened, so none is taken out and measured again
 * within the frame and the new row is the only one laid out anew. Only rows that join the view
 * are kept: on opening nothing is shown yet, and after an import of thousands the rows shown before
 * are far above the end; keeping them would render every row in between.
 */
export function rowsToRender(shown: RowRange, inView: RowRange, following: boolean): RowRange {
  const joins = shown.first <= shown.last && shown.last + 1 >= inView.first;
  return following && joins ? { first: Math.min(shown.first, inView.first), last: inView.last } : inView;
}
