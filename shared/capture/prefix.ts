/**
 * Lists derived one from another (the capture screen's sorted statements after an add) can say how
 * many of their first items they share with the list they came from, so a reader that compares the
 * two from the top (RowLayout) skips the 20,000 items it would only find equal.
 */
const prefixes = new WeakMap<readonly unknown[], { from: readonly unknown[]; same: number }>();

/** Records that `next`'s first `same` items are those of `from` (the same references). */
export function noteSharedPrefix(next: readonly unknown[], from: readonly unknown[], same: number): void {
  prefixes.set(next, { from, same: Math.min(same, next.length, from.length) });
}

/** How many first items `next` shares with `from`, as recorded (0 when nothing is known). */
export function sharedPrefix(next: readonly unknown[], from: readonly unknown[]): number {
  const known = prefixes.get(next);
  return known && known.from === from ? known.same : 0;
}
