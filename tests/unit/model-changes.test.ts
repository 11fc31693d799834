import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges, ChangeSchema } from '../../shared/model/changes';
import { duplicateSession, newId, newSession } from '../../shared/model/factory';
import { migrate } from '../../shared/model/migrate';
import { liveStatements, ordered, SCHEMA_VERSION, SessionSchema } from '../../shared/model/session';
import { formatOffset, offsetSecondsFrom, sessionStartMs } from '../../shared/model/time';

const T0 = '2026-11-27T10:00:00.000Z';
const T1 = '2026-11-27T10:05:00.000Z';

function withQuestions() {
  const q1 = newId();
  const q2 = newId();
  const s = applyChanges(
    newSession(T0, 'Test'),
    [
      { type: 'question.put', question: { id: q1, text: 'First?', order: 1 } },
      { type: 'question.put', question: { id: q2, text: 'Second?', order: 0 } },
    ],
    T0,
  );
  return { s, q1, q2 };
}

describe('session model', () => {
  it('a new session validates against the schema', () => {
    expect(SessionSchema.parse(newSession(T0))).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it('orders records by their order key, not their position', () => {
    const { s, q2 } = withQuestions();
    expect(ordered(s.questions)[0]!.id).toBe(q2);
  });

  it('put creates then replaces a record and stamps updatedAt', () => {
    const { s, q1 } = withQuestions();
    const id = newId();
    const added = applyChange(
      s,
      { type: 'statement.put', statement: { id, text: 'Hello', questionIds: [q1], at: T0 } },
      T0,
    );
    const edited = applyChange(
      added,
      { type: 'statement.put', statement: { ...added.statements[0]!, text: 'Hello again' } },
      T1,
    );
    expect(edited.statements).toHaveLength(1);
    expect(edited.statements[0]).toMatchObject({ text: 'Hello again', updatedAt: T1, kind: 'statement' });
    expect(edited.updatedAt).toBe(T1);
  });

  it('delete leaves a tombstone and hides the record from live views', () => {
    const { s } = withQuestions();
    const id = newId();
    const added = applyChange(s, { type: 'statement.put', statement: { id, text: 'x', at: T0 } }, T0);
    const deleted = applyChange(added, { type: 'statement.delete', id }, T1);
    expect(deleted.statements[0]!.deletedAt).toBe(T1);
    expect(liveStatements(deleted)).toEqual([]);
  });

  it('rejects tags and speakers that do not exist', () => {
    const { s } = withQuestions();
    expect(() =>
      applyChange(
        s,
        { type: 'statement.put', statement: { id: newId(), text: 'x', at: T0, questionIds: [newId()] } },
        T0,
      ),
    ).toThrow(/policy question .* does not exist/);
    expect(() =>
      applyChange(
        s,
        { type: 'statement.put', statement: { id: newId(), text: 'x', at: T0, speakerId: newId() } },
        T0,
      ),
    ).toThrow(/speaker .* does not exist/);
    expect(() => applyChange(s, { type: 'statement.delete', id: newId() }, T0)).toThrow(/No record/);
  });

  it('a facts patch changes only the facts it names', () => {
    const s = applyChange(
      newSession(T0, 'Kept title'),
      { type: 'facts.update', patch: { themes: ['AI'] } },
      T0,
    );
    const patched = applyChange(s, { type: 'facts.update', patch: { durationMinutes: 60 } }, T1);
    expect(patched.facts).toMatchObject({
      title: 'Kept title',
      themes: ['AI'],
      durationMinutes: 60,
      updatedAt: T1,
    });
    expect(ChangeSchema.safeParse({ type: 'facts.update', patch: { colour: 'red' } }).success).toBe(false);
  });

  it('the change schema refuses wrong shapes', () => {
    expect(ChangeSchema.safeParse({ type: 'statement.put', statement: { id: 'x' } }).success).toBe(false);
    expect(ChangeSchema.safeParse({ type: 'drop.table' }).success).toBe(false);
    expect(ChangeSchema.safeParse({ type: 'facts.update', patch: { durationMinutes: -5 } }).success).toBe(
      false,
    );
  });

  it('duplicating keeps people, questions and agenda with new ids, and drops statements', () => {
    const { s, q1 } = withQuestions();
    const person = newId();
    const full = applyChanges(
      s,
      [
        { type: 'person.put', person: { id: person, name: 'Ana', roles: ['speaker'], order: 0 } },
        {
          type: 'segment.put',
          segment: { id: newId(), title: 'Round 1', plannedMinutes: 20, questionIds: [q1], order: 0 },
        },
        { type: 'statement.put', statement: { id: newId(), text: 'x', at: T0, speakerId: person } },
      ],
      T0,
    );
    const copy = duplicateSession(full, T1);
    expect(copy.id).not.toBe(full.id);
    expect(copy.statements).toEqual([]);
    expect(copy.people.map((p) => p.name)).toEqual(['Ana']);
    expect(copy.people[0]!.id).not.toBe(person);
    const newQ1 = copy.questions.find((q) => q.text === 'First?')!.id;
    expect(copy.agenda[0]!.questionIds).toEqual([newQ1]);
    expect(SessionSchema.safeParse(copy).success).toBe(true);
  });
});

describe('migrations', () => {
  it('refuses a newer format with a message that says so', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 }, 'x.session.json')).toThrow(/newer version/);
  });
  it('refuses something that is not a session', () => {
    expect(() => migrate([1, 2], 'x.session.json')).toThrow(/not a session/);
    expect(() => migrate({}, 'x.session.json')).toThrow(/schemaVersion/);
  });
});

describe('session time', () => {
  it('converts the local start in the session time zone to UTC (Kyoto, UTC+9)', () => {
    const start = sessionStartMs({ date: '2023-10-10', startTime: '10:30', timeZone: 'Asia/Tokyo' });
    expect(new Date(start!).toISOString()).toBe('2023-10-10T01:30:00.000Z');
  });
  it('handles a zone with daylight saving (Berlin in summer, UTC+2)', () => {
    const start = sessionStartMs({ date: '2024-06-20', startTime: '09:00', timeZone: 'Europe/Berlin' });
    expect(new Date(start!).toISOString()).toBe('2024-06-20T07:00:00.000Z');
  });
  it('gives offsets from the start and formats them as mm:ss', () => {
    const facts = { date: '2023-10-10', startTime: '10:30', timeZone: 'Asia/Tokyo' };
    expect(offsetSecondsFrom(facts, '2023-10-10T01:42:05.000Z')).toBe(725);
    expect(formatOffset(725, '')).toBe('12:05');
    expect(formatOffset(3725, '')).toBe('1:02:05');
    expect(offsetSecondsFrom({ date: null, startTime: null, timeZone: null }, T0)).toBeNull();
  });
});

describe('copies of one session', () => {
  it("one batch applied twice to the same base (the screen and its undo copy) gives equal sessions, and a copy never sees a sibling copy's records", () => {
    const base = newSession(T0, 'Base');
    const batch = Array.from({ length: 3_000 }, (_, i) => ({
      type: 'statement.put' as const,
      statement: { id: newId(), text: `Turn ${i}`, at: T0 },
    }));
    const first = applyChanges(base, batch, T1);
    const second = applyChanges(base, batch, T1);
    expect(second).toEqual(first);
    expect(second.statements.map((s) => s.text)).toEqual(batch.map((c) => c.statement.text));
    // Each later lookup on either copy finds its own records where they are.
    const edited = applyChange(second, { type: 'statement.delete', id: batch[2_999]!.statement.id }, T1);
    expect(edited.statements[2_999]!.deletedAt).toBe(T1);
    expect(first.statements[2_999]!.deletedAt).toBeNull();
    // Two siblings that each append a different record: neither finds the other's.
    const onlyA = applyChanges(base, [batch[0]!], T1);
    const onlyB = applyChanges(base, [batch[1]!], T1);
    expect(() => applyChange(onlyA, { type: 'statement.delete', id: batch[1]!.statement.id }, T1)).toThrow(
      /No record/,
    );
    expect(
      applyChange(onlyB, { type: 'statement.delete', id: batch[1]!.statement.id }, T1).statements[0]!
        .deletedAt,
    ).toBe(T1);
  });
});

describe('files of every earlier format open', () => {
  it('format 1 (a WS #260 import) migrates to the current format with nothing lost', async () => {
    const { readFileSync } = await import('node:fs');
    const raw = JSON.parse(readFileSync('tests/fixtures/sessions/v1-ws260.session.json', 'utf8'));
    expect(raw.schemaVersion).toBe(1);
    const session = SessionSchema.parse(migrate(raw, 'v1-ws260.session.json'));
    expect(session.schemaVersion).toBe(SCHEMA_VERSION);
    expect(session.facts.title).toBe(raw.facts.title);
    expect(session.people.map((p) => p.name)).toEqual(raw.people.map((p: { name: string }) => p.name));
    expect(session.questions).toHaveLength(3);
    expect(session.turns).toEqual([]);
    expect(session.report.includeAnnex).toBe(false);
  });
});
