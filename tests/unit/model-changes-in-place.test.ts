import { describe, expect, it } from 'vitest';
import { applyChanges, applyChangesInPlace, type Change } from '../../shared/model/changes';
import { newId } from '../../shared/model/factory';
import { generateSession } from '../fixtures/generate-session';

const T1 = '2026-11-27T10:05:00.000Z';
const T2 = '2026-11-27T10:06:00.000Z';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('changes applied to a private working copy', () => {
  it('gives the same session as the pure rule, copying once and then editing in place', () => {
    const base = generateSession(50);
    const pristine = clone(base);
    const owned = new WeakSet<object>();
    const id = base.statements[3]!.id;
    const batches: Change[][] = [
      [{ type: 'statement.put', statement: { id: newId(), text: 'New one', at: T1 } }],
      [{ type: 'statement.put', statement: { id, text: 'Edited', at: T1 } }],
      [{ type: 'statement.delete', id: base.statements[7]!.id }],
      [{ type: 'statement.put', statement: { id: newId(), text: 'Another', at: T2 } }],
    ];
    let pure = base;
    let working = base;
    const arrays = new Set<unknown>();
    for (const [i, batch] of batches.entries()) {
      pure = applyChanges(pure, batch, i % 2 ? T2 : T1);
      working = applyChangesInPlace(working, batch, i % 2 ? T2 : T1, owned).session;
      arrays.add(working.statements);
      expect(working).toEqual(pure);
    }
    // The caller's session was copied once, never touched; later batches reused the copy.
    expect(base).toEqual(pristine);
    expect(arrays.size).toBe(1);
    expect(working.statements).not.toBe(base.statements);
  });

  it('a refused change leaves the owned copy as it was; rollback and before undo an applied one', () => {
    const owned = new WeakSet<object>();
    const first = applyChangesInPlace(
      generateSession(20),
      [{ type: 'statement.put', statement: { id: newId(), text: 'Kept', at: T1 } }],
      T1,
      owned,
    ).session;
    const kept = clone(first);
    const edited = first.statements[2]!.id;
    const added = newId();
    const missing = newId();
    expect(() =>
      applyChangesInPlace(
        first,
        [
          { type: 'statement.put', statement: { id: edited, text: 'Gone again', at: T2 } },
          { type: 'statement.put', statement: { id: added, text: 'Gone too', at: T2 } },
          { type: 'statement.delete', id: missing },
        ],
        T2,
        owned,
      ),
    ).toThrow(`No record with id ${missing}`);
    expect(first).toEqual(kept);

    const applied = applyChangesInPlace(
      first,
      [
        { type: 'statement.put', statement: { id: edited, text: 'Not durable', at: T2 } },
        { type: 'statement.put', statement: { id: added, text: 'Not durable either', at: T2 } },
      ],
      T2,
      owned,
    );
    expect(applied.session.statements).toBe(first.statements);
    const before = applied.before();
    expect(before).toEqual(kept);
    expect(before.statements).not.toBe(first.statements);
    applied.rollback();
    expect(first).toEqual(kept);
    // After a rollback the id index still finds what is there and nothing that was undone.
    const again = applyChangesInPlace(
      first,
      [{ type: 'statement.put', statement: { id: added, text: 'Now for real', at: T2 } }],
      T2,
      owned,
    ).session;
    expect(again.statements.filter((s) => s.id === added)).toHaveLength(1);
    expect(again.statements).toHaveLength(kept.statements.length + 1);
  });
});
