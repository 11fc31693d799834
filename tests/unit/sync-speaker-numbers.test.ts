import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import { audienceMember, settleSpeakerNumbers } from '../../shared/model/people';
import { SessionSchema, type Person, type Session } from '../../shared/model/session';
import {
  applyChangesToDoc,
  docFromSession,
  encodeState,
  mergeChangeFor,
  mergeCopies,
  watchRemote,
} from '../../shared/sync';

/**
 * Two copies of a session each add people while apart (a laptop offline, a sync tool's conflict copy):
 * both give their new person the same next number. After the merge every number is unique again, the
 * people both copies had keep theirs, and the result does not depend on which copy merges into which.
 */
const T0 = Date.parse('2026-12-02T09:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();
/** Ids as the app makes them (UUIDs), deterministic per copy so a failing case replays. */
const uid = (tag: string, n: number): string =>
  `${(tag === 'a' ? 'a' : 'b').repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

function base(people: number): Session {
  const s = newSession(iso(T0), 'Data flows');
  const list = Array.from({ length: people }, (_, i) => ({
    ...newPerson(`Speaker ${i}`, i, iso(T0)),
    speakerNumber: i + 1,
  }));
  return SessionSchema.parse({ ...s, people: list });
}

type Op = { kind: 'add'; name: string } | { kind: 'remove'; pick: number } | { kind: 'rename'; pick: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 6 }) }),
  },
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat() }),
);

/** The changes one copy makes, as the app makes them: a new person gets the next number on apply. */
function changesFor(s: Session, op: Op, id: () => string): Change[] {
  if (op.kind === 'add')
    return [
      {
        type: 'person.put',
        person: { ...audienceMember(s.people, { name: op.name }, id()), speakerNumber: null },
      },
    ];
  const live = s.people.filter((p) => !p.deletedAt);
  const p = live[op.pick % Math.max(1, live.length)];
  if (!p) return [];
  if (op.kind === 'remove') return [{ type: 'person.delete', id: p.id }];
  const { updatedAt: _u, deletedAt: _d, ...rest } = p;
  return [{ type: 'person.put', person: { ...rest, name: `${p.name}*` } }];
}

function edit(start: Session, ops: Op[], tag: string, t: number): Session {
  let s = start;
  let n = 0;
  ops.forEach((op, i) => {
    s = applyChanges(
      s,
      changesFor(s, op, () => uid(tag, n++)),
      iso(T0 + t + i * 1000),
    );
  });
  return s;
}

function checkNumbers(merged: Session, a: Session, b: Session, origin: Session) {
  const numbers = merged.people.map((p) => p.speakerNumber);
  expect(numbers.every((x) => typeof x === 'number')).toBe(true);
  expect(new Set(numbers).size).toBe(numbers.length);
  // Everyone the copies started from keeps the number they had.
  for (const p of origin.people)
    expect(merged.people.find((x) => x.id === p.id)?.speakerNumber).toBe(p.speakerNumber);
  // A new person whose number no one else took keeps it too.
  const taken = (s: Session, other: Session, p: Person) =>
    other.people.some((x) => x.id !== p.id && x.speakerNumber === p.speakerNumber);
  for (const [mine, other] of [
    [a, b],
    [b, a],
  ] as const)
    for (const p of mine.people)
      if (!taken(mine, other, p))
        expect(merged.people.find((x) => x.id === p.id)?.speakerNumber).toBe(p.speakerNumber);
}

const byId = (s: Session) => Object.fromEntries(s.people.map((p) => [p.id, p.speakerNumber]));

describe('speaker numbers after a merge of two copies that each added people', () => {
  it('the exact case: each copy appends one audience member as number 4; one keeps 4, the other becomes 5', () => {
    const origin = base(3);
    const a = edit(origin, [{ kind: 'add', name: 'Ana Lima' }], 'a', 1000);
    const b = edit(origin, [{ kind: 'add', name: 'Bo Chen' }], 'b', 2000);
    expect(a.people.at(-1)!.speakerNumber).toBe(4);
    expect(b.people.at(-1)!.speakerNumber).toBe(4);
    const merged = mergeCopies({ session: a, state: null }, { session: b, state: null }).session;
    expect(merged.people.map((p) => [p.name, p.speakerNumber])).toEqual([
      ['Speaker 0', 1],
      ['Speaker 1', 2],
      ['Speaker 2', 3],
      ['Ana Lima', 4],
      ['Bo Chen', 5],
    ]);
    // The other way round gives the same numbers.
    expect(byId(mergeCopies({ session: b, state: null }, { session: a, state: null }).session)).toEqual(
      byId(merged),
    );
  });

  it('on random copies, with or without engine history, numbers are unique, stable and the same both ways', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.array(opArb, { maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        fc.boolean(),
        (count, opsA, opsB, withState) => {
          const origin = base(count);
          const a = edit(origin, opsA, 'a', 1000);
          const b = edit(origin, opsB, 'b', 500);
          let stateA: Uint8Array | null = null;
          let stateB: Uint8Array | null = null;
          if (withState) {
            // Both copies grew from one doc: the merge is field by field on a shared history.
            const root = encodeState(docFromSession(origin));
            const docA = new Y.Doc();
            Y.applyUpdate(docA, root);
            const docB = new Y.Doc();
            Y.applyUpdate(docB, root);
            let sa = origin;
            let sb = origin;
            let na = 0;
            let nb = 0;
            opsA.forEach((op, i) => {
              sa = applyChangesToDoc(
                docA,
                sa,
                changesFor(sa, op, () => uid('a', na++)),
                iso(T0 + 1000 + i * 1000),
              );
            });
            opsB.forEach((op, i) => {
              sb = applyChangesToDoc(
                docB,
                sb,
                changesFor(sb, op, () => uid('b', nb++)),
                iso(T0 + 500 + i * 1000),
              );
            });
            stateA = encodeState(docA);
            stateB = encodeState(docB);
          }
          const ab = mergeCopies({ session: a, state: stateA }, { session: b, state: stateB });
          const ba = mergeCopies({ session: b, state: stateB }, { session: a, state: stateA });
          checkNumbers(ab.session, a, b, origin);
          expect(byId(ba.session)).toEqual(byId(ab.session));
          // Settling again moves no one, and the engine state kept beside the file holds the same numbers.
          expect(settleSpeakerNumbers(ab.session.people)).toBe(ab.session.people);
          const again = mergeCopies(
            { session: ab.session, state: ab.state },
            { session: ab.session, state: ab.state },
          );
          expect(byId(again.session)).toEqual(byId(ab.session));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('two devices in team mode settle alike: each applies the other’s updates and ends with the same unique numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(opArb, { maxLength: 6 }),
        fc.array(opArb, { maxLength: 6 }),
        (count, opsA, opsB) => {
          const origin = base(count);
          const root = encodeState(docFromSession(origin));
          const device = (ops: Op[], tag: string, t: number) => {
            const doc = new Y.Doc();
            Y.applyUpdate(doc, root);
            let s = origin;
            let n = 0;
            ops.forEach((op, i) => {
              s = applyChangesToDoc(
                doc,
                s,
                changesFor(s, op, () => uid(tag, n++)),
                iso(T0 + t + i * 1000),
              );
            });
            return { doc, session: s };
          };
          const A = device(opsA, 'a', 1000);
          const B = device(opsB, 'b', 700);
          const receive = (to: { doc: Y.Doc; session: Session }, from: { doc: Y.Doc }): Session => {
            const watch = watchRemote(to.doc, (o) => o === 'remote');
            Y.applyUpdate(to.doc, encodeState(from.doc), 'remote');
            const change = mergeChangeFor(to.doc, to.session, watch.take());
            return change ? applyChanges(to.session, [change], iso(T0 + 60_000)) : to.session;
          };
          const onA = receive(A, B);
          const onB = receive(B, A);
          const live = (s: Session) => s.people.map((p) => p.speakerNumber);
          expect(new Set(live(onA)).size).toBe(onA.people.length);
          expect(byId(onA)).toEqual(byId(onB));
          for (const p of origin.people)
            expect(onA.people.find((x) => x.id === p.id)?.speakerNumber).toBe(p.speakerNumber);
        },
      ),
      { numRuns: 100 },
    );
  });
});
