/** Rules every record collection shares: what a `put` change carries, and where an appended record goes. */

type Stamped = { updatedAt: string; deletedAt: string | null };

/** A record as a `put` change carries it: the stamps are the receiver's to set. */
export function draftOf<T extends Stamped>(record: T): Omit<T, 'updatedAt' | 'deletedAt'> {
  const { updatedAt: _updatedAt, deletedAt: _deletedAt, ...rest } = record;
  return rest;
}

/** The `order` for a record appended after all others, tombstones included. */
export const nextOrder = (all: ReadonlyArray<{ order: number }>): number =>
  all.reduce((max, item) => Math.max(max, item.order + 1), 0);
