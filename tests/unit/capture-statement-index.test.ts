import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newId, newSession, newStatement } from '../../shared/model/factory';
import { draftOf } from '../../shared/model/records';
import {
  liveStatements,
  ordered,
  type PolicyQuestion,
  type Session,
  type Statement,
} from '../../shared/model/session';
import { questionCounts } from '../../shared/capture/filter';
import {
  buildStatementIndex,
  changedRecords,
  updateStatementIndex,
  type StatementIndex,
} from '../../shared/capture/statementIndex';
import { emptyUndo, record, undo, type UndoStack } from '../../shared/capture/undo';
import { sharedPrefix } from '../../shared/capture/prefix';
import type { StatementSuggestion } from '../../shared/drafting/types';
import { suggestionCounts, type SuggestionCounts } from '../../renderer/src/features/capture/suggestions';

const T0 = '2026-06-23T09:00:00.000Z';
const newQuestion = (text: string, order: number, now: string): PolicyQuestion => ({
  id: newId(),
  text,
  order,
  updatedAt: now,
  deletedAt: null,
});
/** Few distinct times, so equal times (file order decides) come up often. */
const at = (minute: number) => new Date(Date.parse(T0) + minute * 60_000).toISOString();

function start(): Session {
  const s = newSession(T0, 'Index');
  const questions = [newQuestion('Q one', 0, T0), newQuestion('Q two', 1, T0), newQuestion('Q three', 2, T0)];
  const statements = [
    newStatement('a', at(2), { questionIds: [questions[0]!.id] }),
    newStatement('b', at(1)),
    newStatement('c', at(2), { noQuestion: true }),
  ];
  return { ...s, questions, statements };
}

/** What the full recomputation gives: the reference the index must always equal. */
function full(session: Session) {
  const sorted = liveStatements(session);
  const counts = questionCounts(sorted, ordered(session.questions));
  return { sorted: sorted.map((s) => s.id), byQuestion: [...counts.byQuestion], untagged: counts.untagged };
}
const shown = (index: StatementIndex) => ({
  sorted: index.sorted.map((s) => s.id),
  byQuestion: [...index.byQuestion],
  untagged: index.untagged,
});

/** One random edit of the kinds the capture screen and a merge from another device make. */
type Op =
  | { op: 'add'; minute: number; tags: number[]; noQuestion: boolean }
  | { op: 'edit'; pick: number; minute: number | null; tags: number[] | null; noQuestion: boolean }
  | { op: 'delete'; pick: number }
  | { op: 'revive'; pick: number }
  | { op: 'merge'; picks: number[]; minute: number; reorder: number | null }
  | { op: 'question'; pick: number; remove: boolean }
  | { op: 'import'; count: number; minute: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    minute: fc.integer({ min: 0, max: 6 }),
    tags: fc.array(fc.nat(4), { maxLength: 2 }),
    noQuestion: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    minute: fc.option(fc.integer({ min: 0, max: 6 })),
    tags: fc.option(fc.array(fc.nat(4), { maxLength: 2 })),
    noQuestion: fc.boolean(),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('revive' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('merge' as const),
    picks: fc.array(fc.nat(), { maxLength: 3 }),
    minute: fc.integer({ min: 0, max: 6 }),
    reorder: fc.option(fc.nat()),
  }),
  fc.record({ op: fc.constant('question' as const), pick: fc.nat(), remove: fc.boolean() }),
  fc.record({
    op: fc.constant('import' as const),
    count: fc.integer({ min: 1, max: 300 }),
    minute: fc.integer({ min: 0, max: 6 }),
  }),
);

let clock = 0;
const now = () => new Date(Date.parse(T0) + 3_600_000 + clock++ * 1000).toISOString();

function changesFor(session: Session, o: Op): Change[] {
  const liveQuestions = ordered(session.questions);
  const tagIds = (tags: number[]) => [
    ...new Set(tags.filter((n) => n < liveQuestions.length).map((n) => liveQuestions[n]!.id)),
  ];
  const all = session.statements;
  const pickOf = (n: number) => all[n % all.length];
  switch (o.op) {
    case 'add':
      return [
        {
          type: 'statement.put',
          statement: draftOf(
            newStatement('new', at(o.minute), { questionIds: tagIds(o.tags), noQuestion: o.noQuestion }),
          ),
        },
      ];
    case 'edit': {
      const s = pickOf(o.pick);
      if (!s || s.deletedAt) return [];
      return [
        {
          type: 'statement.put',
          statement: {
            ...draftOf(s),
            text: `${s.text}!`,
            at: o.minute === null ? s.at : at(o.minute),
            questionIds:
              o.tags === null
                ? s.questionIds.filter((id) => tagIds([0, 1, 2, 3]).includes(id))
                : tagIds(o.tags),
            noQuestion: o.noQuestion,
          },
        },
      ];
    }
    case 'delete': {
      const s = pickOf(o.pick);
      return s && !s.deletedAt ? [{ type: 'statement.delete', id: s.id }] : [];
    }
    case 'revive': {
      const s = pickOf(o.pick);
      return s?.deletedAt ? [{ type: 'statement.put', statement: draftOf(s) }] : [];
    }
    case 'merge': {
      // Another device's records as they stand there, and sometimes its order of them.
      const stamp = now();
      const records: Statement[] = o.picks
        .map((n) => pickOf(n))
        .filter((s): s is Statement => !!s)
        .map((s) => ({ ...s, text: `${s.text} (there)`, at: at(o.minute), updatedAt: stamp }));
      records.push({ ...newStatement('from the other device', at(o.minute)), updatedAt: stamp });
      const ids = [...all.map((s) => s.id), records[records.length - 1]!.id];
      const order =
        o.reorder === null
          ? undefined
          : [...ids.slice(o.reorder % ids.length), ...ids.slice(0, o.reorder % ids.length)];
      return [
        {
          type: 'sync.merge',
          updatedAt: stamp,
          records: { statements: records },
          order: order && { statements: order },
        },
      ];
    }
    case 'question': {
      if (o.remove) {
        const q = liveQuestions[o.pick % Math.max(1, liveQuestions.length)];
        return q ? [{ type: 'question.delete', id: q.id }] : [];
      }
      return [{ type: 'question.put', question: draftOf(newQuestion('Another', liveQuestions.length, T0)) }];
    }
    case 'import':
      // A transcript: many statements in one step (past the point where a fresh sort is cheaper).
      return Array.from({ length: o.count }, (_, i) => ({
        type: 'statement.put' as const,
        statement: draftOf(newStatement(`turn ${i}`, at(o.minute + (i % 3)))),
      }));
  }
}

describe('statement index', () => {
  it('starts as the full recomputation: by time, equal times in file order, counts per question', () => {
    const session = start();
    const index = buildStatementIndex(session.statements, ordered(session.questions));
    expect(index.sorted.map((s) => s.text)).toEqual(['b', 'a', 'c']);
    expect(shown(index)).toEqual(full(session));
    expect(index.untagged).toBe(1);
  });

  it('an add at the latest time goes at the end, and an unchanged list gives back the same index', () => {
    let session = start();
    const first = buildStatementIndex(session.statements, ordered(session.questions));
    session = applyChanges(
      session,
      [{ type: 'statement.put', statement: draftOf(newStatement('d', at(9))) }],
      now(),
    );
    const next = updateStatementIndex(first, session.statements, ordered(session.questions));
    expect(next.sorted.map((s) => s.text)).toEqual(['b', 'a', 'c', 'd']);
    expect(next.untagged).toBe(2);
    expect(first.sorted).toHaveLength(3);
    expect(updateStatementIndex(next, session.statements, ordered(session.questions))).toBe(next);
  });

  it('equals the full recomputation after any run of adds, edits, deletes, revivals, merges and imports', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        let session = start();
        let index = buildStatementIndex(session.statements, ordered(session.questions));
        for (const o of ops) {
          const changes = changesFor(session, o);
          if (!changes.length) continue;
          session = applyChanges(session, changes, now());
          index = updateStatementIndex(index, session.statements, ordered(session.questions));
          expect(shown(index)).toEqual(full(session));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the changed records from what applyChanges wrote exactly as by comparing every record', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), (ops) => {
        let session = start();
        let index = buildStatementIndex(session.statements, ordered(session.questions));
        for (const o of ops) {
          const changes = changesFor(session, o);
          if (!changes.length) continue;
          const before = session.statements;
          session = applyChanges(session, changes, now());
          // A plain copy carries no note of what was written: it is compared record by record.
          expect(changedRecords(before, session.statements)).toEqual(
            changedRecords(before, [...session.statements]),
          );
          const previous = index.sorted;
          index = updateStatementIndex(index, session.statements, ordered(session.questions));
          const same = sharedPrefix(index.sorted, previous);
          for (let i = 0; i < same; i++) expect(index.sorted[i]).toBe(previous[i]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an add at the end shares every earlier row with the list before it', () => {
    let session = start();
    const first = buildStatementIndex(session.statements, ordered(session.questions));
    session = applyChanges(
      session,
      [{ type: 'statement.put', statement: draftOf(newStatement('d', at(9))) }],
      now(),
    );
    const next = updateStatementIndex(first, session.statements, ordered(session.questions));
    expect(sharedPrefix(next.sorted, first.sorted)).toBe(3);
    expect(changedRecords(first.source, session.statements)).toEqual([[undefined, session.statements[3], 3]]);
  });

  it('undoing every step of such a run, newest first, gives back the session it started from', () => {
    const view = (s: Session) => liveStatements(s).map(({ updatedAt: _u, ...rest }) => rest);
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        let session = start();
        const initial = view(session);
        let stack: UndoStack = emptyUndo();
        for (const o of ops) {
          if (o.op === 'merge' || o.op === 'question') continue;
          const changes = changesFor(session, o);
          if (!changes.length) continue;
          stack = record(stack, session, 'step', changes);
          session = applyChanges(session, changes, now());
        }
        for (let u = undo(stack); u; u = undo(stack)) {
          session = applyChanges(session, u.changes, now());
          stack = u.stack;
        }
        expect(view(session)).toEqual(initial);
      }),
      { numRuns: 200 },
    );
  });
});

describe('suggestion counts', () => {
  const suggest = (s: Statement, confidence: number, procedural = false): StatementSuggestion => ({
    statementId: s.id,
    questions: procedural ? [] : [{ questionId: 'q', confidence, reasons: [] }],
    procedural,
    proceduralReason: null,
    confidence,
  });
  /** Counted from scratch: the reference. */
  const fresh = (session: Session, suggestions: Map<string, StatementSuggestion>, threshold: number) => {
    const r = suggestionCounts(null, session.statements, suggestions, threshold);
    return { open: r.open, ready: r.ready };
  };

  it('kept change by change, equals a fresh count after adds, edits, deletes, merges and a new draft', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(opArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 30,
        }),
        (steps) => {
          let session = start();
          let suggestions = new Map(session.statements.map((s) => [s.id, suggest(s, 0.9)]));
          let counts: SuggestionCounts | null = null;
          for (const [o, confidence, redraft] of steps) {
            const changes = changesFor(session, o);
            if (changes.length) session = applyChanges(session, changes, now());
            // The drafting answers now and then, with suggestions for the newest statements.
            if (redraft) {
              suggestions = new Map(suggestions);
              for (const s of session.statements.slice(-3))
                suggestions.set(s.id, suggest(s, confidence, confidence < 0.2));
            }
            counts = suggestionCounts(counts, session.statements, suggestions, 0.5);
            expect({ open: counts.open, ready: counts.ready }).toEqual(fresh(session, suggestions, 0.5));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
