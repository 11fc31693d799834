import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { emptyUndo, inverseOf, record, redo, undo, type UndoStack } from '../../shared/capture/undo';

const T0 = '2026-06-23T09:00:00.000Z';
const T1 = '2026-06-23T09:01:00.000Z';

/** Only what a user can see: live records without their stamps. */
const view = (s: Session) => ({
  statements: s.statements
    .filter((x) => x.deletedAt === null)
    .map(({ updatedAt: _u, ...rest }) => rest)
    .sort((a, b) => a.id.localeCompare(b.id)),
  people: s.people
    .filter((x) => x.deletedAt === null)
    .map(({ updatedAt: _u, ...rest }) => rest)
    .sort((a, b) => a.id.localeCompare(b.id)),
});

function base(): Session {
  const s = newSession(T0, 'Undo');
  const p = newPerson('Ana', 0, T0);
  return { ...s, people: [p], statements: [newStatement('first', T0, { speakerId: p.id })] };
}

/** Applies a step through the stack as the capture screen does. */
function step(state: { session: Session; stack: UndoStack }, changes: Change[]) {
  return {
    stack: record(state.stack, state.session, 'x', changes),
    session: applyChanges(state.session, changes, T1),
  };
}

describe('undo stack', () => {
  it('an add is undone by a delete and redone by the same put', () => {
    let state = { session: base(), stack: emptyUndo() };
    const before = view(state.session);
    const added = newStatement('second', T1);
    state = step(state, [{ type: 'statement.put', statement: added }]);
    expect(state.stack.past[0]!.inverse).toEqual([{ type: 'statement.delete', id: added.id }]);
    const u = undo(state.stack)!;
    const undone = applyChanges(state.session, u.changes, T1);
    expect(view(undone)).toEqual(before);
    const r = redo(u.stack)!;
    const redone = applyChanges(undone, r.changes, T1);
    expect(view(redone)).toEqual(view(state.session));
    expect(r.stack.past).toHaveLength(1);
    expect(r.stack.future).toHaveLength(0);
  });

  it('an edit and a delete are undone by a put of the previous record', () => {
    let state = { session: base(), stack: emptyUndo() };
    const start = state.session;
    const original = state.session.statements[0]!;
    const { updatedAt: _u, deletedAt: _d, ...rec } = original;
    state = step(state, [{ type: 'statement.put', statement: { ...rec, text: 'edited', starred: true } }]);
    state = step(state, [{ type: 'statement.delete', id: original.id }]);
    expect(view(state.session).statements).toHaveLength(0);
    let stack = state.stack;
    let session = state.session;
    for (let i = 0; i < 2; i++) {
      const u = undo(stack)!;
      session = applyChanges(session, u.changes, T1);
      stack = u.stack;
    }
    expect(view(session)).toEqual(view(start));
    expect(undo(stack)).toBeNull();
  });

  it('undoing the revival of a deleted record deletes it again', () => {
    const s = base();
    const gone = applyChanges(s, [{ type: 'statement.delete', id: s.statements[0]!.id }], T0);
    const { updatedAt: _u, deletedAt: _d, ...rec } = gone.statements[0]!;
    const inv = inverseOf(gone, [{ type: 'statement.put', statement: rec }])!;
    expect(inv.map((c) => c.type)).toEqual(['statement.put', 'statement.delete']);
    const back = applyChanges(applyChanges(gone, [{ type: 'statement.put', statement: rec }], T1), inv, T1);
    expect(view(back)).toEqual(view(gone));
  });

  it('a batch (new people and statements) is one step, undone in reverse order', () => {
    let state = { session: base(), stack: emptyUndo() };
    const before = view(state.session);
    const person = newPerson('Audience member', 1, T1, { audience: true });
    const { updatedAt: _u, deletedAt: _d, ...p } = person;
    const a = newStatement('a', T1, { speakerId: person.id });
    const b = newStatement('b', T1);
    state = step(state, [
      { type: 'person.put', person: p },
      { type: 'statement.put', statement: a },
      { type: 'statement.put', statement: b },
    ]);
    expect(state.stack.past).toHaveLength(1);
    expect(state.stack.past[0]!.inverse.map((c) => c.type)).toEqual([
      'statement.delete',
      'statement.delete',
      'person.delete',
    ]);
    const u = undo(state.stack)!;
    expect(view(applyChanges(state.session, u.changes, T1))).toEqual(before);
  });

  it('a new step clears redo; changes it cannot invert are not recorded', () => {
    let state = { session: base(), stack: emptyUndo() };
    state = step(state, [{ type: 'statement.put', statement: newStatement('x', T1) }]);
    const u = undo(state.stack)!;
    expect(u.stack.future).toHaveLength(1);
    const next = record(u.stack, state.session, 'y', [
      { type: 'statement.put', statement: newStatement('y', T1) },
    ]);
    expect(next.future).toHaveLength(0);
    expect(inverseOf(state.session, [{ type: 'report.update', patch: { keyIssues: 'x' } }])).toBeNull();
    expect(record(next, state.session, 'z', [{ type: 'report.update', patch: { keyIssues: 'x' } }])).toBe(
      next,
    );
    // facts are restored to what they were (a re-imported page sets several)
    expect(
      inverseOf(state.session, [
        { type: 'facts.update', patch: { title: 'x', room: 'A' } },
        { type: 'facts.update', patch: { title: 'y' } },
      ]),
    ).toEqual([{ type: 'facts.update', patch: { title: state.session.facts.title, room: null } }]);
    expect(redo(emptyUndo())).toBeNull();
  });
});
