import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, COLLECTIONS, type Change } from '../../shared/model/changes';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import { SessionSchema, type Session } from '../../shared/model/session';
import {
  diffSessions,
  docFromSession,
  encodeState,
  mergeChangeBetween,
  mergeCopies,
  sessionFromDoc,
  type MergeResult,
} from '../../shared/sync';
import { mergeNewestRecords } from '../../shared/sync/merge';

/**
 * Two copies of a session that kept no engine state (a sync tool's conflict copy beside the file) are
 * merged on their JSON (`mergeNewestRecords`). It must give exactly what the engine gives for them: each
 * copy's doc built from its file, the second folded into the first where newer, then projected. The
 * engine's result is forced here by passing each copy's own doc state, which is what `docFromSession`
 * would build from it.
 */

const T0 = Date.parse('2026-12-02T09:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

function base(seed: number): Session {
  const s = newSession(iso(T0), 'Data flows');
  const people = [0, 1, 2].map((i) => newPerson(`Speaker ${i}`, i, iso(T0)));
  const statements = Array.from({ length: 1 + (seed % 4) }, (_, i) =>
    newStatement(`Opening ${i}`, iso(T0), { speakerId: people[i % 3]!.id }),
  );
  return SessionSchema.parse({ ...s, people, statements });
}

type Op =
  | { kind: 'add'; text: string }
  | { kind: 'edit'; pick: number; text?: string; starred?: boolean; speaker?: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'fact'; field: 'title' | 'room' | 'description'; value: string }
  | { kind: 'report'; field: 'keyIssues' | 'wayForward'; value: string }
  | { kind: 'person'; name: string }
  | { kind: 'notFound'; value: string[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), text: fc.string({ maxLength: 10 }) }),
  fc.record(
    {
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      text: fc.string({ maxLength: 6 }),
      starred: fc.boolean(),
      speaker: fc.nat(5),
    },
    { requiredKeys: ['kind', 'pick'] },
  ),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('fact' as const),
    field: fc.constantFrom('title' as const, 'room' as const, 'description' as const),
    value: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('report' as const),
    field: fc.constantFrom('keyIssues' as const, 'wayForward' as const),
    value: fc.string({ maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('person' as const), name: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('notFound' as const), value: fc.array(fc.constantFrom('room', 'date')) }),
);

/** One copy's history: ops at times drawn from a small range, so both copies often stamp alike. */
function edit(session: Session, ops: Array<[number, Op]>, ids: () => string): Session {
  let s = session;
  for (const [tick, op] of ops) {
    const now = iso(T0 + 1000 * (1 + tick));
    const pick = 'pick' in op ? s.statements[op.pick % s.statements.length]! : null;
    let changes: Change[] = [];
    if (op.kind === 'add')
      changes = [{ type: 'statement.put', statement: { ...newStatement(op.text, now), id: ids() } }];
    else if (op.kind === 'edit' && pick) {
      const { deletedAt: _d, updatedAt: _u, ...draft } = pick;
      const speakerId = op.speaker === undefined ? draft.speakerId : (s.people[op.speaker]?.id ?? null);
      changes = [
        {
          type: 'statement.put',
          statement: {
            ...draft,
            ...(op.text === undefined ? {} : { text: op.text }),
            ...(op.starred === undefined ? {} : { starred: op.starred }),
            speakerId,
          },
        },
      ];
    } else if (op.kind === 'delete' && pick) changes = [{ type: 'statement.delete', id: pick.id }];
    else if (op.kind === 'fact') changes = [{ type: 'facts.update', patch: { [op.field]: op.value } }];
    else if (op.kind === 'report') changes = [{ type: 'report.update', patch: { [op.field]: op.value } }];
    else if (op.kind === 'person')
      changes = [{ type: 'person.put', person: { ...newPerson(op.name, 9, now), id: ids() } }];
    else if (op.kind === 'notFound') {
      s = SessionSchema.parse({ ...s, importNotFound: op.value });
      continue;
    }
    s = applyChanges(s, changes, now);
  }
  // As a file gives it: written and read back through the schema.
  return SessionSchema.parse(JSON.parse(JSON.stringify(s)));
}

const byEngine = (a: Session, b: Session): MergeResult =>
  mergeCopies(
    { session: a, state: encodeState(docFromSession(a)) },
    { session: b, state: encodeState(docFromSession(b)) },
  );

const copiesArb = fc.record({
  seed: fc.nat(20),
  a: fc.array(fc.tuple(fc.nat(6), opArb), { maxLength: 12 }),
  b: fc.array(fc.tuple(fc.nat(6), opArb), { maxLength: 12 }),
  ids: fc.infiniteStream(fc.uuid({ version: 4 })),
});

describe('merging two copies on their JSON', () => {
  it('gives the engine’s session, and says the same about each side, on random copies', () => {
    fc.assert(
      fc.property(copiesArb, ({ seed, a: opsA, b: opsB, ids }) => {
        const start = base(seed);
        const next = () => ids.next().value as string;
        const a = edit(start, opsA, next);
        const b = edit(start, opsB, next);
        // Identical files share their whole history in the engine (nothing to merge either way).
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        const fast = mergeCopies({ session: a, state: null }, { session: b, state: null });
        const engine = byEngine(a, b);
        expect(fast.session).toEqual(engine.session);
        expect(fast.fromA).toEqual(engine.fromA);
        expect(fast.fromB).toEqual(engine.fromB);
        expect(fast.method).toBe(engine.method);
        // Every record either copy holds is in the merged session.
        for (const key of ['people', 'statements'] as const) {
          const merged = new Set(fast.session[key].map((r) => r.id));
          for (const r of [...a[key], ...b[key]]) expect(merged.has(r.id)).toBe(true);
        }
        // The state it gives holds the merged session.
        expect(sessionFromDoc(docFromSession(fast.session))).toEqual(fast.session);
      }),
      { numRuns: 150 },
    );
  });

  it('takes the newer record, and keeps the untouched ones as the copy’s own objects', () => {
    const start = base(2);
    const a = structuredClone(start);
    const b = structuredClone(start);
    const id = start.statements[0]!.id;
    b.statements[0] = { ...b.statements[0]!, text: 'Newer', updatedAt: iso(T0 + 5000) };
    const merged = mergeNewestRecords(a, b);
    expect(merged.session.statements.find((s) => s.id === id)!.text).toBe('Newer');
    // A record taken whole from a copy is that copy's own object: nothing reports it as differing.
    expect(merged.session.statements[1]).toBe(a.statements[1]);
    expect(diffSessions(a, merged.session)).toEqual([{ part: 'statements', id, fields: ['text'] }]);
  });
});

describe('the change a merge makes', () => {
  it('brings the session to the merged one through the write path, carrying only what differs', () => {
    fc.assert(
      fc.property(copiesArb, fc.boolean(), ({ seed, a: opsA, b: opsB, ids }, withState) => {
        const start = base(seed);
        const next = () => ids.next().value as string;
        const a = edit(start, opsA, next);
        const b = edit(start, opsB, next);
        // Both ways of merging: on the JSON, and in the engine over a shared history.
        const shared = encodeState(docFromSession(start));
        const merged = withState
          ? mergeCopies({ session: a, state: shared }, { session: b, state: shared }).session
          : mergeCopies({ session: a, state: null }, { session: b, state: null }).session;
        const change = mergeChangeBetween(a, merged);
        if (!change) return void expect(merged).toEqual({ ...a, createdAt: merged.createdAt });
        const applied = applyChanges(a, [change], merged.updatedAt);
        expect({ ...applied, createdAt: merged.createdAt }).toEqual(merged);
        // Only records that differ travel: what people see as a difference, plus records the other copy
        // only re-stamped (an edit that changed nothing but `updatedAt`, which the merge still keeps).
        const sent = Object.values(change.records ?? {}).flat().length;
        const differing = COLLECTIONS.flatMap((key) => {
          const mine = new Map((a[key] as Array<{ id: string }>).map((r) => [r.id, r]));
          return (merged[key] as Array<{ id: string }>).filter((r) => !isDeepStrictEqual(mine.get(r.id), r));
        }).length;
        expect(sent).toBe(differing);
        expect(sent).toBeGreaterThanOrEqual(diffSessions(a, merged).filter((d) => d.id).length);
      }),
      { numRuns: 150 },
    );
  });
});
