import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullStarts, RowLayout, rowsToRender } from '../../shared/capture/rowLayout';
import { noteSharedPrefix } from '../../shared/capture/prefix';

const ESTIMATE = 76;

/** What the list shows after each step: its keys and the sizes measured so far. */
type Step =
  | { kind: 'append'; n: number }
  | { kind: 'insert'; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'replace'; at: number }
  | { kind: 'measure'; at: number; size: number }
  | { kind: 'filter'; keep: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('measure' as const), at: fc.nat(), size: fc.integer({ min: 20, max: 300 }) }),
  fc.record({ kind: fc.constant('measure' as const), at: fc.nat(), size: fc.constant(ESTIMATE) }),
  fc.record({ kind: fc.constant('filter' as const), keep: fc.integer({ min: 2, max: 4 }) }),
);

describe('RowLayout', () => {
  it('always equals the full computation, whatever is added, removed, reordered or measured', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(step, { maxLength: 60 }), (initial, steps) => {
        let next = 0;
        const fresh = () => `k${next++}`;
        let keys = Array.from({ length: initial }, fresh);
        const sizes = new Map<string, number>();
        const layout = new RowLayout(ESTIMATE);
        layout.setRows(keys, (k) => k);
        const check = () => {
          const want = fullStarts(keys, sizes, ESTIMATE);
          expect(layout.count).toBe(keys.length);
          expect(layout.total).toBe(want[keys.length]);
          for (let i = 0; i < keys.length; i++) {
            expect(layout.start(i)).toBe(want[i]);
            expect(layout.size(i)).toBe(want[i + 1]! - want[i]!);
          }
        };
        for (const s of steps) {
          const at = keys.length ? ('at' in s ? s.at % keys.length : 0) : 0;
          const old = keys;
          if (s.kind === 'append') keys = [...keys, ...Array.from({ length: s.n }, fresh)];
          else if (s.kind === 'insert') keys = [...keys.slice(0, at), fresh(), ...keys.slice(at)];
          else if (s.kind === 'remove') keys = keys.filter((_, i) => i !== at);
          else if (s.kind === 'replace') keys = keys.map((k, i) => (i === at ? fresh() : k));
          else if (s.kind === 'filter') keys = keys.filter((_, i) => i % s.keep === 0);
          // Lists that say how much of the previous one they keep (as the statement index does).
          if (s.kind === 'append') noteSharedPrefix(keys, old, old.length);
          else if (s.kind !== 'filter' && s.kind !== 'measure') noteSharedPrefix(keys, old, at);
          if (s.kind === 'measure') {
            if (!keys.length) continue;
            const before = fullStarts(keys, sizes, ESTIMATE);
            sizes.set(keys[at]!, s.size);
            const after = fullStarts(keys, sizes, ESTIMATE);
            // It says whether anything moved, so the list re-renders only then.
            expect(layout.measure(at, s.size)).toBe(before[keys.length] !== after[keys.length]);
          } else layout.setRows(keys, (k) => k);
          // Read at random moments: a read settles the layout, later steps must still be right.
          if (next % 3 === 0) check();
        }
        check();
      }),
    );
  });

  it('finds the row at an offset, the last one past the end', () => {
    const keys = ['a', 'b', 'c'];
    const layout = new RowLayout(50);
    layout.setRows(keys, (k) => k);
    layout.measure(1, 100);
    expect([0, 49, 50, 149, 150, 199, 500].map((o) => layout.indexAt(o))).toEqual([0, 0, 1, 1, 2, 2, 2]);
    expect(layout.total).toBe(200);
    layout.setRows([], (k: string) => k);
    expect(layout.indexAt(10)).toBe(0);
    expect(layout.total).toBe(0);
  });

  it('keeps a measured size with its key when rows above it come and go', () => {
    let keys = ['a', 'b', 'c'];
    const layout = new RowLayout(50);
    layout.setRows(keys, (k) => k);
    layout.measure(2, 120);
    keys = ['x', 'a', 'b', 'c'];
    layout.setRows(keys, (k) => k);
    expect(layout.size(3)).toBe(120);
    expect(layout.start(3)).toBe(150);
  });
});

describe('rows to render', () => {
  const end = { first: 4985, last: 4999 };
  it('renders only the rows in view when a list is opened at its end (nothing shown before)', () => {
    expect(rowsToRender({ first: 0, last: -1 }, end, true)).toEqual(end);
  });
  it('keeps the rows shown before while following an add, when they join the view', () => {
    expect(rowsToRender({ first: 4980, last: 4998 }, end, true)).toEqual({ first: 4980, last: 4999 });
  });
  it('does not keep rows far above the end after a jump of thousands', () => {
    expect(rowsToRender({ first: 1980, last: 1998 }, end, true)).toEqual(end);
  });
  it('renders the view alone when not following', () => {
    expect(rowsToRender({ first: 4980, last: 4998 }, end, false)).toEqual(end);
  });
});
