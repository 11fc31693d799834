/** Helpers for editing ordered records through `put` changes, which replace the whole record. */
export { draftOf, nextOrder } from '../../../../shared/model/records';

/**
 * The records to put to move `id` one place up (-1) or down (+1) in `list` (live, in display order):
 * the two neighbours swap their `order` values; when they are equal, the whole list is renumbered.
 */
export function moved<T extends { id: string; order: number }>(
  list: readonly T[],
  id: string,
  delta: -1 | 1,
): T[] {
  const at = list.findIndex((item) => item.id === id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= list.length) return [];
  const a = list[at]!;
  const b = list[to]!;
  if (a.order !== b.order)
    return [
      { ...a, order: b.order },
      { ...b, order: a.order },
    ];
  const copy = list.slice();
  copy[at] = b;
  copy[to] = a;
  return copy.flatMap((item, index) => (item.order === index ? [] : [{ ...item, order: index }]));
}
