import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inverseOf } from '../../shared/capture/undo';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { draftSession, MARKED_NO_QUESTION } from '../../shared/drafting/draft';
import { applyChanges, type Change } from '../../shared/model/changes';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import { migrate } from '../../shared/model/migrate';
import { draftOf } from '../../shared/model/records';
import {
  markedNoQuestion,
  SCHEMA_VERSION,
  SessionSchema,
  type Session,
  type Statement,
} from '../../shared/model/session';
import { applyChangesToDoc, docFromSession, encodeState, mergeCopies } from '../../shared/sync';
import { mergeNewestRecords } from '../../shared/sync/merge';
import { acceptAllChanges } from '../../renderer/src/features/capture/suggestions';

/** The rapporteur's "no question" verdict on a statement: stored, undone, merged, and read by the drafting. */

const V4 = 'tests/fixtures/sessions/v4-statements.session.json';
const T0 = Date.parse('2026-12-02T09:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

function session(): Session {
  const s = newSession(iso(T0), 'Water utilities');
  const people = [newPerson('Chair', 0, iso(T0)), newPerson('Engineer', 1, iso(T0))];
  const q = { id: '00000000-0000-4000-8000-000000000501', text: 'How do utilities fund leak repairs?' };
  return SessionSchema.parse({
    ...s,
    people,
    questions: [{ ...q, order: 0, updatedAt: iso(T0) }],
    statements: [
      newStatement('Good afternoon, everyone. Can you hear me at the back of the room?', iso(T0), {
        speakerId: people[0]!.id,
      }),
      newStatement(
        'Our city pays for repairs with a surcharge on water bills; since 2021 it has replaced four hundred kilometres of old pipes and losses fell by a third.',
        iso(T0 + 60_000),
        { speakerId: people[1]!.id },
      ),
    ],
  });
}

const mark = (s: Statement, noQuestion = true): Change => ({
  type: 'statement.put',
  statement: { ...draftOf(s), noQuestion },
});

describe('a statement’s "no question" verdict', () => {
  it('is false in a new statement and stored when marked; undo takes it back', () => {
    const base = session();
    const greeting = base.statements[0]!;
    expect(greeting.noQuestion).toBe(false);
    const marked = applyChanges(base, [mark(greeting)], iso(T0 + 1000));
    const stored = marked.statements.find((s) => s.id === greeting.id)!;
    expect(stored.noQuestion).toBe(true);
    expect(markedNoQuestion(stored)).toBe(true);
    expect(SessionSchema.parse(JSON.parse(JSON.stringify(marked))).statements[0]!.noQuestion).toBe(true);
    const undo = inverseOf(base, [mark(greeting)])!;
    const undone = applyChanges(marked, undo, iso(T0 + 2000));
    expect(undone.statements.find((s) => s.id === greeting.id)!.noQuestion).toBe(false);
  });

  it('is taken back when the statement is tagged to a question: one statement is never both', () => {
    const base = session();
    const greeting = base.statements[0]!;
    const marked = applyChanges(base, [mark(greeting)], iso(T0 + 1000));
    const s = marked.statements[0]!;
    const tagged = applyChanges(
      marked,
      [{ type: 'statement.put', statement: { ...draftOf(s), questionIds: [base.questions[0]!.id] } }],
      iso(T0 + 2000),
    );
    expect(tagged.statements[0]!.noQuestion).toBe(false);
    expect(tagged.statements[0]!.questionIds).toEqual([base.questions[0]!.id]);
  });

  it('a file of format 4 opens with every statement unsettled and nothing else changed', async () => {
    const raw = JSON.parse(await readFile(V4, 'utf8')) as Record<string, unknown>;
    expect(raw.schemaVersion).toBe(4);
    const migrated = SessionSchema.parse(migrate(structuredClone(raw), 'v4.session.json'));
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.statements.map((s) => s.noQuestion)).toEqual([false, false, false, false]);
    const { statements, schemaVersion: _v, ...rest } = migrated;
    const { statements: rawStatements, schemaVersion: _w, ...rawRest } = raw as typeof migrated;
    expect(rest).toEqual(rawRest);
    expect(statements.map(({ noQuestion: _n, ...s }) => s)).toEqual(rawStatements);
  });

  it('merges field by field: one device’s verdict and another’s edit of the text both survive', () => {
    const base = session();
    const greeting = base.statements[0]!;
    const one = docFromSession(base);
    const two = docFromSession(structuredClone(base));
    const left = applyChangesToDoc(one, base, [mark(greeting)], iso(T0 + 5000));
    const right = applyChangesToDoc(
      two,
      base,
      [{ type: 'statement.put', statement: { ...draftOf(greeting), text: 'Good afternoon, all.' } }],
      iso(T0 + 6000),
    );
    const merged = mergeCopies(
      { session: left, state: encodeState(one) },
      { session: right, state: encodeState(two) },
    );
    expect(merged.method).toBe('history');
    const s = merged.session.statements.find((x) => x.id === greeting.id)!;
    expect(s.noQuestion).toBe(true);
    expect(s.text).toBe('Good afternoon, all.');
    expect(merged.fromA.flatMap((d) => d.fields)).toContain('noQuestion');
  });

  it('a verdict on one device and a tag on another merge to the tag', () => {
    const base = session();
    const greeting = base.statements[0]!;
    const q = base.questions[0]!.id;
    const one = docFromSession(base);
    const two = docFromSession(structuredClone(base));
    const left = applyChangesToDoc(one, base, [mark(greeting)], iso(T0 + 5000));
    const right = applyChangesToDoc(
      two,
      base,
      [{ type: 'statement.put', statement: { ...draftOf(greeting), questionIds: [q] } }],
      iso(T0 + 6000),
    );
    const merged = mergeCopies(
      { session: left, state: encodeState(one) },
      { session: right, state: encodeState(two) },
    ).session.statements.find((x) => x.id === greeting.id)!;
    expect(merged.questionIds).toEqual([q]);
    expect(markedNoQuestion(merged)).toBe(false);
  });

  it('copies without merge history: the later record’s verdict wins, as every other field', () => {
    const base = session();
    const greeting = base.statements[0]!;
    const marked = applyChanges(base, [mark(greeting)], iso(T0 + 5000));
    expect(mergeNewestRecords(base, marked).session.statements[0]!.noQuestion).toBe(true);
    expect(mergeNewestRecords(marked, base).session.statements[0]!.noQuestion).toBe(true);
    const unmarked = applyChanges(marked, [mark(marked.statements[0]!, false)], iso(T0 + 9000));
    expect(mergeNewestRecords(marked, unmarked).session.statements[0]!.noQuestion).toBe(false);
  });
});

describe('the drafting and a "no question" verdict', () => {
  const analyzer = createAnalyzer();

  it('suggests "no question" for a greeting, and "accept all" stores the verdict', () => {
    const base = session();
    const draft = draftSession(base, analyzer, { suggestionsOnly: true });
    const greeting = draft.statements.find((s) => s.statementId === base.statements[0]!.id)!;
    expect(greeting.procedural).toBe(true);
    const changes = acceptAllChanges(
      base.statements,
      new Map(draft.statements.map((s) => [s.statementId, s])),
      0.5,
    );
    const after = applyChanges(base, changes, iso(T0 + 1000));
    expect(after.statements[0]!.noQuestion).toBe(true);
    expect(after.statements[0]!.questionIds).toEqual([]);
    expect(after.statements[1]).toMatchObject({ noQuestion: false, questionIds: [base.questions[0]!.id] });
    // Settled statements are not offered again: nothing is left to accept, even at 0%.
    const again = draftSession(after, analyzer, { suggestionsOnly: true });
    expect(again.statements[0]).toMatchObject({ procedural: true, proceduralReason: MARKED_NO_QUESTION });
    expect(
      acceptAllChanges(after.statements, new Map(again.statements.map((s) => [s.statementId, s])), 0),
    ).toEqual([]);
  });

  it('a statement marked "no question" gets no suggestion and feeds no summary, whatever its words', () => {
    const base = session();
    const content = base.statements[1]!;
    const before = draftSession(base, analyzer);
    expect(before.statements[1]!.questions.length).toBeGreaterThan(0);
    expect(before.summaries[0]!.sourceStatementIds).toContain(content.id);
    const marked = applyChanges(base, [mark(content)], iso(T0 + 1000));
    const after = draftSession(marked, analyzer);
    expect(after.statements[1]).toMatchObject({
      procedural: true,
      proceduralReason: MARKED_NO_QUESTION,
      questions: [],
    });
    expect(after.summaries[0]!.sourceStatementIds).not.toContain(content.id);
  });
});
