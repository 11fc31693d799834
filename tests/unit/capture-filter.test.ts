import { describe, expect, it } from 'vitest';
import { newPerson, newStatement } from '../../shared/model/factory';
import {
  EMPTY_FILTER,
  filterStatements,
  isFiltering,
  NO_SPEAKER,
  questionCounts,
  UNTAGGED,
} from '../../shared/capture/filter';
import { parsePollOptions, pollShares, formatPollOptions } from '../../shared/capture/poll';

const T = '2026-06-23T09:00:00.000Z';
const ines = newPerson('Inês Albuquerque', 0, T);
const tom = newPerson('Tom Okafor', 1, T);
const q1 = { id: 'q1' };
const q2 = { id: 'q2' };
const q3 = { id: 'q3' };
const people = new Map([ines, tom].map((p) => [p.id, p]));
const list = [
  newStatement('Interoperability matters.', T, { speakerId: ines.id, questionIds: ['q1'] }),
  newStatement('Trust is **earned**.', T, { speakerId: tom.id, questionIds: ['q1', 'q2'], starred: true }),
  newStatement('Who pays?', T, { kind: 'question', fora: ['G20'] }),
  newStatement('Results', T, {
    kind: 'poll-result',
    poll: { question: 'Favourite forum', options: [{ label: 'WSIS+20', count: 3 }] },
  }),
];
const texts = (f: Partial<typeof EMPTY_FILTER>) =>
  filterStatements(list, { ...EMPTY_FILTER, ...f }, people).map((s) => s.text);

describe('statement filter', () => {
  it('keeps everything without a filter', () => {
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
    expect(texts({})).toHaveLength(4);
  });
  it('filters by question, untagged, speaker, unattributed, kind, forum and star', () => {
    expect(texts({ question: 'q2' })).toEqual(['Trust is **earned**.']);
    expect(texts({ question: UNTAGGED })).toEqual(['Who pays?', 'Results']);
    expect(texts({ speaker: ines.id })).toEqual(['Interoperability matters.']);
    expect(texts({ speaker: NO_SPEAKER })).toEqual(['Who pays?', 'Results']);
    expect(texts({ kind: 'question' })).toEqual(['Who pays?']);
    expect(texts({ forum: 'G20' })).toEqual(['Who pays?']);
    expect(texts({ starredOnly: true })).toEqual(['Trust is **earned**.']);
    expect(texts({ question: 'q1', starredOnly: true, speaker: ines.id })).toEqual([]);
  });
  it('free text: every word, any case, no accents, in text, speaker name or poll', () => {
    expect(texts({ text: 'TRUST earned' })).toEqual(['Trust is **earned**.']);
    expect(texts({ text: 'ines' })).toEqual(['Interoperability matters.']);
    expect(texts({ text: 'wsis' })).toEqual(['Results']);
    expect(texts({ text: 'trust pays' })).toEqual([]);
  });
  it('counts per question include zeros and the untagged', () => {
    const { byQuestion, untagged } = questionCounts(list, [q1, q2, q3]);
    expect([...byQuestion]).toEqual([
      ['q1', 2],
      ['q2', 1],
      ['q3', 0],
    ]);
    expect(untagged).toBe(2);
    // A tag to a question no longer listed does not count as tagged.
    expect(questionCounts([newStatement('x', T, { questionIds: ['gone'] })], [q1]).untagged).toBe(1);
    // Marked "no question", a statement is settled: neither counted nor shown as untagged.
    const settled = newStatement('Good morning, all.', T, { noQuestion: true });
    expect(questionCounts([...list, settled], [q1, q2, q3]).untagged).toBe(2);
    const shown = filterStatements([...list, settled], { ...EMPTY_FILTER, question: UNTAGGED }, new Map());
    expect(shown).not.toContain(settled);
    expect(shown).toHaveLength(2);
  });
});

describe('poll options', () => {
  it('reads "Label: count" lines and tolerates other separators', () => {
    expect(parsePollOptions('Yes: 12\n\nNo - 3\nMaybe 1,200\nNot sure:\n  Other = 0 ')).toEqual([
      { label: 'Yes', count: 12 },
      { label: 'No', count: 3 },
      { label: 'Maybe', count: 1200 },
      { label: 'Not sure', count: 0 },
      { label: 'Other', count: 0 },
    ]);
    const poll = { question: 'q', options: parsePollOptions('A: 1\nB: 3') };
    expect(pollShares(poll)).toEqual([25, 75]);
    expect(pollShares({ question: 'q', options: [{ label: 'A', count: 0 }] })).toEqual([0]);
    expect(parsePollOptions(formatPollOptions(poll.options))).toEqual(poll.options);
  });
});
