import { describe, expect, it } from 'vitest';
import bm25 from 'wink-nlp/utilities/bm25-vectorizer.js';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { findTransition } from '../../shared/drafting/transitions';
import type { Analyzer } from '../../shared/drafting/types';
import { bm25Vectors, fixed6 } from '../../shared/drafting/vectors';
import type { Session } from '../../shared/model/session';
import { syntheticSession } from '../support/syntheticSession';

/** wink's own vectorizer, learned afresh: what bm25Vectors must give to the bit, in the same order. */
function winkVectors(docs: string[][]): [string, number][][] {
  const vectorizer = bm25({ k: 1, k1: 1.2, b: 0.75, norm: 'l2' });
  const nonEmpty = docs.map((d) => (d.length ? d : ['\u0000']));
  for (const d of nonEmpty) vectorizer.learn(d);
  return nonEmpty.map((d, i) => (docs[i]!.length ? Object.entries(vectorizer.bowOf(d)) : []));
}
const entries = (docs: string[][]) => bm25Vectors(docs).map((v) => [...v]);

describe('BM25 vectors kept between drafts', () => {
  const docs = [
    ['spectrum', 'licence', 'village', 'spectrum', 'fee'],
    [],
    ['2026', 'fee', 'village', '7', 'tower', 'constructor', '__proto__'],
    ['tower', 'tower', 'tower', 'power'],
    ['licence'],
  ];

  it("gives wink's vectorizer's weights exactly, terms in its order, with empty documents counted", () => {
    expect(entries(docs)).toEqual(winkVectors(docs));
  });

  it('gives the same vectors for documents seen before as for fresh copies, whatever is added', () => {
    const first = bm25Vectors(docs);
    const more = [...docs, ['village', 'goat', 'spectrum']];
    expect(bm25Vectors(more).map((v) => [...v])).toEqual(winkVectors(more.map((d) => [...d])));
    expect(bm25Vectors(docs)).toEqual(first);
    expect(bm25Vectors([])).toEqual([]);
  });

  it('rounds as toFixed(6) does, halves included', () => {
    const xs = [0, 1, 0.1234565, 0.0000005, 2.5e-7, 0.9999995, 1.0000005, 3.1415926535, 1e-12, 7e9];
    for (let i = 0; i < 100_000; i++) xs.push(Math.random() * 2, Math.round(Math.random() * 2e6) / 2e6);
    expect(xs.filter((x) => fixed6(x) !== +x.toFixed(6))).toEqual([]);
  });
});

describe('statement readings kept between drafts', () => {
  // Readings are kept per analyzer: another object around the same model starts with none (wink's
  // model package cannot be loaded many times in one process).
  const model = createAnalyzer();
  const anew = (): Analyzer => ({ analyze: (text) => model.analyze(text) });
  const fresh = (session: Session) => draftSession(session, anew());
  const withText = (session: Session, i: number, text: string): Session => ({
    ...session,
    statements: session.statements.map((s, j) => (j === i ? { ...s, text } : s)),
  });

  it('drafts the same from memory as afresh, after a statement is added, edited or its speaker changes', () => {
    const { session } = syntheticSession('flood-warnings');
    const analyzer = anew();
    const first = draftSession(session, analyzer);
    expect(draftSession(session, analyzer)).toEqual(first);

    const last = session.statements[session.statements.length - 1]!;
    const added: Session = {
      ...session,
      statements: [
        ...session.statements,
        { ...last, id: globalThis.crypto.randomUUID(), text: 'Let us move to the second question.' },
      ],
    };
    expect(draftSession(added, analyzer, { suggestionsOnly: true })).toEqual(
      draftSession(added, anew(), { suggestionsOnly: true }),
    );

    // A statement's new text is read anew: the same draft as a fresh analyzer's.
    const edited = withText(session, 3, 'Good morning everyone, welcome to the session.');
    const editedDraft = draftSession(edited, analyzer);
    expect(editedDraft).toEqual(fresh(edited));
    expect(editedDraft.statements[3]).not.toEqual(first.statements[3]);

    // Who chairs changes how a turn reads: half procedure is procedure from the chair.
    const halfProcedure = withText(
      session,
      3,
      'The timer shows two minutes left for the panel. Sirens fail villages during floods.',
    );
    const speaker = session.statements[3]!.speakerId;
    const chairing: Session = {
      ...halfProcedure,
      people: session.people.map((p) => (p.id === speaker ? { ...p, roles: ['onsiteModerator'] } : p)),
    };
    expect(draftSession(halfProcedure, analyzer).statements[3]!.procedural).toBe(false);
    const chaired = draftSession(chairing, analyzer);
    expect(chaired.statements[3]!.procedural).toBe(true);
    expect(chaired).toEqual(fresh(chairing));
  });

  it("reads again when the session's questions or names change", () => {
    const { session } = syntheticSession('ai-classrooms');
    const analyzer = anew();
    draftSession(session, analyzer);
    const question = session.questions[0]!;
    const asked: Session = {
      ...session,
      questions: session.questions.map((q) =>
        q.id === question.id ? { ...q, text: session.statements[5]!.text } : q,
      ),
    };
    expect(draftSession(asked, analyzer)).toEqual(fresh(asked));
    const renamed: Session = {
      ...session,
      people: session.people.map((p, i) => (i === 0 ? { ...p, name: 'Teacher Classroom' } : p)),
    };
    expect(draftSession(renamed, analyzer)).toEqual(fresh(renamed));
    // And the first session again, after the others: its own reading still holds.
    expect(draftSession(session, analyzer)).toEqual(fresh(session));
  });

  it('finds a transition from memory as it does the first time, for a chair and for others', () => {
    const text = "Thank you. Let's move to our second question. It is about funding.";
    expect(findTransition(text, 3, 0, true)).toEqual({ question: 1, phrase: 'second question' });
    expect(findTransition(text, 3, 0, false)).toEqual(null);
    expect(findTransition(text, 3, 0, true)).toEqual({ question: 1, phrase: 'second question' });
    expect(findTransition('We now come to the next question.', 3, 2, true)).toBeNull();
    expect(findTransition('We now come to the next question.', 3, 1, true)?.question).toBe(2);
  });
});
