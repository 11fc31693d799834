import { describe, expect, it } from 'vitest';
import { summarySentence } from '../support/drafting';
import { countWords } from '../../shared/drafting/clean';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { mmrSelect, speaksTo, wordsSaidOn } from '../../shared/drafting/summary';
import type { SessionDraft } from '../../shared/drafting/types';
import { fixtureSession } from '../bench/drafting';
import { syntheticSession } from '../support/syntheticSession';

const s = summarySentence;

describe('which sentences of a turn tagged elsewhere speak to a question', () => {
  it('takes a sentence of a long turn that is closest to the question', () => {
    expect(speaksTo([0.05, 0.3, 0.1], 1, 120)).toBe(true);
  });
  it('leaves a sentence that is closer to another question, or to none', () => {
    expect(speaksTo([0.4, 0.3, 0.1], 1, 120)).toBe(false);
    expect(speaksTo([0.3, 0.3, 0.1], 1, 120)).toBe(false);
    expect(speaksTo([0.01, 0.02, 0], 1, 120)).toBe(false);
  });
  it('leaves the sentences of a short turn, which makes one point', () => {
    expect(speaksTo([0.05, 0.3, 0.1], 1, 25)).toBe(false);
  });
});

describe('the length of a summary set as a share of what was said', () => {
  it('counts tagged turns in full and borrowed sentences for their own words', () => {
    expect(wordsSaidOn([300, 200], [25, 15])).toBe(540);
    expect(wordsSaidOn([], [])).toBe(0);
  });
  it('is a ceiling when no overshoot is allowed, and may run over by the default 15% otherwise', () => {
    const pool = [
      s('Backhaul is half of the monthly bill of a village network.', ['backhaul', 'bill'], 'a', 0),
      s('Solar panels cut the electricity cost by a third.', ['solar', 'electricity'], 'b', 1),
    ];
    // 11 + 9 = 20 words against a budget of 18: 11% over.
    expect(mmrSelect(pool, { words: 18 }).length).toBe(2);
    const strict = mmrSelect(pool, { words: 18, overshoot: 0 });
    expect(strict.length).toBe(1);
    expect(strict.reduce((n, p) => n + countWords(p.text), 0)).toBeLessThanOrEqual(18);
  });
});

describe('a drafted summary', () => {
  const analyzer = createAnalyzer();
  const { session } = syntheticSession('flood-warnings');
  const draft = draftSession(session, analyzer, { summaryRatio: 0.2 });
  const names = new Map(session.people.map((p) => [p.id, p.name.trim()]));

  it('names each speaker once, after all of their sentences', () => {
    for (const summary of draft.summaries) {
      const speakers = summary.sentences.map((x) => x.speakerId).filter((x): x is string => !!x);
      for (const id of new Set(speakers)) {
        const name = names.get(id)!;
        expect(summary.markdown.split(`— ${name}`).length - 1).toBe(1);
      }
      // The sentences are listed in the order the markdown reads them: one speaker's run, then the next.
      const runs = speakers.filter((id, i) => i === 0 || speakers[i - 1] !== id);
      expect(new Set(runs).size).toBe(runs.length);
    }
  });
  it('reads in the order the markdown shows its sentences', () => {
    for (const summary of draft.summaries) {
      let at = -1;
      for (const sentence of summary.sentences) {
        const next = summary.markdown.indexOf(sentence.text.slice(0, 20), at + 1);
        expect(next).toBeGreaterThan(at);
        at = next;
      }
    }
  });
});

describe('the sentences a summary may draw on', () => {
  const analyzer = createAnalyzer();
  const borrowed = (draft: SessionDraft, tagsOf: (statementId: string) => string[]): number =>
    draft.summaries.reduce(
      (n, summary) =>
        n + summary.sentences.filter((x) => !tagsOf(x.statementId).includes(summary.questionId)).length,
      0,
    );
  it('borrows from a turn suggested for another question, never from one the rapporteur tagged', async () => {
    const session = await fixtureSession('ws77');
    const suggested = draftSession(session, analyzer, { summaryRatio: 0.08 });
    const suggestions = new Map(
      suggested.statements.map((st) => [st.statementId, st.questions.map((q) => q.questionId)]),
    );
    // Long turns (opening statements, table reports) speak to more than the question suggested first.
    expect(borrowed(suggested, (id) => suggestions.get(id)!)).toBeGreaterThan(0);
    // The rapporteur accepts every suggestion: each turn now says itself which question it is on.
    const tagged = structuredClone(session);
    for (const st of tagged.statements) st.questionIds = suggestions.get(st.id) ?? [];
    const byId = new Map(tagged.statements.map((st) => [st.id, st.questionIds]));
    expect(borrowed(draftSession(tagged, analyzer, { summaryRatio: 0.08 }), (id) => byId.get(id)!)).toBe(0);
  });
});
