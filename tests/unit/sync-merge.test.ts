import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import { SessionSchema, type Session } from '../../shared/model/session';
import {
  applyChangesToDoc,
  decodeLog,
  docFromLog,
  docFromSession,
  docFromState,
  encodeLog,
  encodeLogRecord,
  encodeState,
  LOCAL,
  mergeChangeFor,
  mergeCopies,
  sessionFromDoc,
  watchRemote,
  writeSessionToDoc,
} from '../../shared/sync';

/**
 * Three replicas edit one session at once; every update they make travels to the others through a
 * network that reorders, drops and duplicates messages; at the end the replicas run the sync protocol's
 * catch-up (state vectors). They must converge — doc and file alike, byte for byte — and every change a
 * replica acknowledged must be there, unless another replica wrote the same field concurrently.
 */

const T0 = Date.parse('2026-12-02T09:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

function baseSession(): Session {
  const s = newSession(iso(T0), 'Data flows');
  const people = [0, 1, 2].map((i) => newPerson(`Speaker ${i}`, i, iso(T0)));
  // As the app holds a session once it has been created or loaded: parsed by the schema.
  return SessionSchema.parse({
    ...s,
    people,
    statements: [newStatement('Opening', iso(T0), { speakerId: people[0]!.id })],
  });
}

interface Replica {
  name: string;
  doc: Y.Doc;
  file: Session;
  watch: ReturnType<typeof watchRemote>;
  outbox: Uint8Array[];
}

type Op =
  | { kind: 'add'; text: string }
  | { kind: 'edit'; pick: number; field: 'text' | 'starred' | 'kind'; value: string | boolean }
  | { kind: 'delete'; pick: number }
  | { kind: 'fact'; field: 'title' | 'room' | 'description'; value: string }
  | { kind: 'report'; field: 'keyIssues' | 'wayForward'; value: string }
  | { kind: 'queue'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), text: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constant('text' as const),
    value: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constant('starred' as const),
    value: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constant('kind' as const),
    value: fc.constantFrom('question', 'quote', 'statement'),
  }),
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
  fc.record({ kind: fc.constant('queue' as const), pick: fc.nat() }),
);

/** Every field value a replica acknowledged, keyed "part/id/field", with who wrote it. */
type Ledger = Map<string, Array<{ by: string; value: unknown }>>;

function changesFor(op: Op, file: Session, ids: () => string): Change[] {
  const statements = file.statements;
  const {
    deletedAt: _d,
    updatedAt: _u,
    ...draft
  } = statements[('pick' in op ? op.pick : 0) % statements.length]!;
  switch (op.kind) {
    case 'add':
      return [{ type: 'statement.put', statement: { ...newStatement(op.text, iso(T0 + 1000)), id: ids() } }];
    case 'edit':
      return [{ type: 'statement.put', statement: { ...draft, [op.field]: op.value } }];
    case 'delete':
      return [{ type: 'statement.delete', id: draft.id }];
    case 'fact':
      return [{ type: 'facts.update', patch: { [op.field]: op.value } }];
    case 'report':
      return [{ type: 'report.update', patch: { [op.field]: op.value } }];
    case 'queue': {
      const person = file.people[op.pick % file.people.length]!;
      return [
        { type: 'queue.put', entry: { id: ids(), personId: person.id, presence: 'online', order: op.pick } },
      ];
    }
  }
}

function record(ledger: Ledger, by: string, op: Op, changes: Change[]): void {
  const note = (key: string, value: unknown): void => {
    const list = ledger.get(key) ?? [];
    list.push({ by, value });
    ledger.set(key, list);
  };
  const change = changes[0]!;
  if (change.type === 'statement.put') {
    if (op.kind === 'add') note(`statements/${change.statement.id}/text`, change.statement.text);
    if (op.kind === 'edit') note(`statements/${change.statement.id}/${op.field}`, op.value);
  } else if (change.type === 'statement.delete') note(`statements/${change.id}/deleted`, true);
  else if (change.type === 'facts.update' || change.type === 'report.update') {
    const [field, value] = Object.entries(change.patch as Record<string, unknown>)[0]!;
    note(`${change.type === 'facts.update' ? 'facts' : 'report'}//${field}`, value);
  } else if (change.type === 'queue.put') note(`queue/${change.entry.id}/personId`, change.entry.personId);
}

function absorb(replica: Replica): void {
  const merge = mergeChangeFor(replica.doc, replica.file, replica.watch.take());
  if (merge) replica.file = applyChanges(replica.file, [merge], replica.file.updatedAt);
}

function makeReplicas(base: Session): Replica[] {
  const state = encodeState(docFromSession(base));
  return ['A', 'B', 'C'].map((name) => {
    const doc = docFromState(state);
    const replica: Replica = { name, doc, file: base, watch: watchRemote(doc), outbox: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) replica.outbox.push(update);
    });
    return replica;
  });
}

describe('merge engine', () => {
  it('three replicas with reordered, dropped and duplicated updates converge and keep every acknowledged change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), opArb), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(), fc.constantFrom('deliver', 'drop', 'twice')), {
          maxLength: 60,
        }),
        fc.infiniteStream(fc.uuid({ version: 4 })),
        (ops, network, uuids) => {
          const ids = (): string => uuids.next().value as string;
          const base = baseSession();
          const replicas = makeReplicas(base);
          const inFlight: Array<{ to: number; update: Uint8Array }> = [];
          const ledger: Ledger = new Map();
          let clock = T0 + 10_000;
          const flushOutboxes = (): void => {
            for (const [from, r] of replicas.entries()) {
              for (const update of r.outbox.splice(0))
                for (let to = 0; to < 3; to++) if (to !== from) inFlight.push({ to, update });
            }
          };
          let step = 0;
          for (const [who, op] of ops) {
            const r = replicas[who]!;
            const changes = changesFor(op, r.file, ids);
            r.file = applyChangesToDoc(r.doc, r.file, changes, iso((clock += 1000)));
            record(ledger, r.name, op, changes);
            flushOutboxes();
            // Interleave some network activity between edits.
            const [, to, pick, fate] = network[step++ % Math.max(network.length, 1)] ?? [0, 0, 0, 'deliver'];
            if (inFlight.length && network.length) {
              const [message] = inFlight.splice(pick % inFlight.length, 1);
              if (message && fate !== 'drop') {
                const target = replicas[message.to]!;
                Y.applyUpdate(target.doc, message.update, 'remote');
                if (fate === 'twice') Y.applyUpdate(target.doc, message.update, 'remote');
                absorb(target);
              }
              void to;
            }
          }
          // What is still in flight arrives in reverse order; then catch-up by state vectors.
          for (const message of inFlight.reverse()) {
            Y.applyUpdate(replicas[message.to]!.doc, message.update, 'remote');
            absorb(replicas[message.to]!);
          }
          for (const a of replicas)
            for (const b of replicas)
              if (a !== b) {
                Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
                absorb(b);
              }

          const projections = replicas.map((r) => JSON.stringify(sessionFromDoc(r.doc)));
          expect(projections[1]).toBe(projections[0]);
          expect(projections[2]).toBe(projections[0]);
          // Every copy's file is byte for byte what the doc holds, and a valid session.
          for (const r of replicas) {
            expect(JSON.stringify(r.file)).toBe(projections[0]);
            expect(SessionSchema.safeParse(r.file).success).toBe(true);
          }
          const final = sessionFromDoc(replicas[0]!.doc);
          for (const [key, writes] of ledger) {
            const [part, id, field] = key.split('/') as [string, string, string];
            const holder =
              part === 'facts' || part === 'report'
                ? (final[part] as Record<string, unknown>)
                : ((final[part as 'statements'] as Array<Record<string, unknown>>).find((x) => x.id === id) ??
                  null);
            expect(holder, `${key} is lost`).not.toBeNull();
            const actual = field === 'deleted' ? holder!.deletedAt !== null : holder![field];
            const writers = new Set(writes.map((w) => w.by));
            if (writers.size === 1 && field !== 'deleted')
              expect(actual, key).toEqual(writes[writes.length - 1]!.value);
            else if (field !== 'deleted')
              expect(
                writes.map((w) => w.value),
                key,
              ).toContainEqual(actual);
          }
        },
      ),
      {
        numRuns: Number(process.env.SYNC_RUNS ?? 120),
        ...(process.env.SYNC_SEED
          ? { seed: Number(process.env.SYNC_SEED), path: process.env.SYNC_PATH, endOnFailure: true }
          : {}),
      },
    );
  });

  it('keeps both sides when two people edit different facts of the session at once', () => {
    const [a, b] = makeReplicas(baseSession());
    a!.file = applyChangesToDoc(
      a!.doc,
      a!.file,
      [{ type: 'facts.update', patch: { room: 'Room 4' } }],
      iso(T0 + 1),
    );
    b!.file = applyChangesToDoc(
      b!.doc,
      b!.file,
      [{ type: 'facts.update', patch: { title: 'New title' } }],
      iso(T0 + 2),
    );
    Y.applyUpdate(a!.doc, encodeState(b!.doc), 'remote');
    absorb(a!);
    expect(a!.file.facts.room).toBe('Room 4');
    expect(a!.file.facts.title).toBe('New title');
  });

  it('builds the same history from the same file on two machines, so their copies merge field by field', () => {
    const base = baseSession();
    const one = docFromSession(base);
    const two = docFromSession(structuredClone(base));
    const statement = base.statements[0]!;
    const { updatedAt: _u, deletedAt: _d, ...draft } = statement;
    const left = applyChangesToDoc(
      one,
      base,
      [{ type: 'statement.put', statement: { ...draft, starred: true } }],
      iso(T0 + 5),
    );
    const right = applyChangesToDoc(
      two,
      base,
      [{ type: 'statement.put', statement: { ...draft, text: 'Edited' } }],
      iso(T0 + 6),
    );
    const merged = mergeCopies(
      { session: left, state: encodeState(one) },
      { session: right, state: encodeState(two) },
    );
    expect(merged.method).toBe('history');
    const s = merged.session.statements.find((x) => x.id === statement.id)!;
    expect(s.starred).toBe(true);
    expect(s.text).toBe('Edited');
    expect(merged.fromA.map((d) => d.fields).flat()).toContain('starred');
    expect(merged.fromB.map((d) => d.fields).flat()).toContain('text');
  });

  it('merges copies from their files alone: JSON newer than its state, a copy with no state at all', () => {
    const base = baseSession();
    const doc = docFromSession(base);
    const state = encodeState(doc);
    // Copy a was edited by a program that knows nothing of the state: its JSON is ahead of it.
    const a = applyChanges(base, [{ type: 'facts.update', patch: { room: 'Hall B' } }], iso(T0 + 10));
    const added = newStatement('From b', iso(T0 + 20));
    const b = applyChanges(base, [{ type: 'statement.put', statement: added }], iso(T0 + 20));
    const merged = mergeCopies({ session: a, state }, { session: b, state: null });
    expect(merged.session.facts.room).toBe('Hall B');
    expect(merged.session.statements.map((s) => s.text)).toContain('From b');
    expect(() =>
      mergeCopies({ session: a, state }, { session: newSession(iso(T0), 'Other'), state: null }),
    ).toThrow(/two different sessions/);
  });

  it('without shared history the newer record wins, and no record of either copy is lost', () => {
    const one = baseSession();
    const two = { ...baseSession(), id: one.id, createdAt: one.createdAt };
    const edited = applyChanges(
      one,
      [{ type: 'statement.put', statement: newStatement('Only in one', iso(T0 + 30)) }],
      iso(T0 + 30),
    );
    const merged = mergeCopies({ session: edited, state: null }, { session: two, state: null });
    expect(merged.method).toBe('newest-record');
    const texts = merged.session.statements.map((s) => s.text);
    expect(texts).toContain('Only in one');
    expect(merged.session.people.length).toBe(6);
  });

  it('folds a file edited elsewhere into the doc, writing only what differs', () => {
    const base = baseSession();
    const doc = docFromSession(base);
    expect(writeSessionToDoc(doc, base)).toBe(0);
    const edited = applyChanges(base, [{ type: 'facts.update', patch: { room: 'Hall C' } }], iso(T0 + 40));
    expect(writeSessionToDoc(doc, edited)).toBeGreaterThan(0);
    expect(sessionFromDoc(doc).facts.room).toBe('Hall C');
  });

  it('leaves a record that does not validate out of the file', () => {
    const base = baseSession();
    const doc = docFromSession(base);
    const file = base;
    const remote = docFromState(encodeState(doc));
    const watch = watchRemote(doc);
    remote.getMap<Y.Map<unknown>>('statements').get(base.statements[0]!.id)!.set('text', 42);
    Y.applyUpdate(doc, encodeState(remote), 'remote');
    expect(mergeChangeFor(doc, file, watch.take())).toBeNull();
  });

  it('reads the sidecar log back, ignores a torn last record and reports damage before the end', () => {
    const doc = docFromSession(baseSession());
    const updates: Uint8Array[] = [encodeState(doc)];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('facts').set('room', 'Annex');
    const log = encodeLog(updates);
    expect(sessionFromDoc(docFromLog(log)).facts.room).toBe('Annex');
    const torn = log.subarray(0, log.length - 3);
    expect(decodeLog(torn).truncated).toBe(true);
    expect(sessionFromDoc(docFromLog(torn)).facts.room).toBeNull();
    const damaged = encodeLog(updates).slice();
    damaged[12] = damaged[12]! ^ 0xff;
    expect(() => decodeLog(damaged)).toThrow(/damaged/);
    expect(
      decodeLog(new Uint8Array([...encodeLog([]), ...encodeLogRecord(updates[1]!)])).updates,
    ).toHaveLength(1);
  });
});
