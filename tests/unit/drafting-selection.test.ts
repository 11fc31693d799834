import { describe, expect, it } from 'vitest';
import { summarySentence } from '../support/drafting';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { isQuestion, mmrSelect, standsAlone } from '../../shared/drafting/summary';

const analyzer = createAnalyzer();
const one = (text: string) => analyzer.analyze(text)[0]!;
const content = (text: string) => {
  const s = one(text);
  return s.lemmas.filter((l, i) => !s.stop[i] && l.length > 2).length;
};
const alone = (text: string) => standsAlone(one(text), content(text));
const s = summarySentence;

describe('which sentences may stand in a summary on their own', () => {
  it('leaves out questions, asked or with the mark lost in captioning', () => {
    expect(isQuestion(one('Do you publish the fees every year?'))).toBe(true);
    expect(
      isQuestion(one('How many of the nurses you hired are still in the district two years later.')),
    ).toBe(true);
    expect(isQuestion(one('What works better is to write the obligations into the licence.'))).toBe(false);
    expect(isQuestion(one('Do it in that order, and the budget follows.'))).toBe(false);
    expect(alone('Can we count the clinics that stayed open.')).toBe(false);
  });
  it('leaves out short sentences that point back or carry no content word', () => {
    expect(alone('That is a real danger.')).toBe(false);
    expect(alone('The third is pensions.')).toBe(false);
    expect(alone('I will take it to the council.')).toBe(false);
    expect(alone('It was not easy.')).toBe(false);
    expect(alone('Farmers pay twice for water.')).toBe(true);
    // A longer sentence carries enough of its own, whatever it opens with.
    expect(alone('That fee is the reason most village networks in the north never got a licence.')).toBe(
      true,
    );
  });
  it('leaves out replies that only read after their question, and questions reported by a relay', () => {
    expect(alone('That our national team, four people, were in our building within an hour.')).toBe(false);
    expect(alone('Because nobody pays them.')).toBe(false);
    expect(alone('Which is why the hub trains its own analysts every spring.')).toBe(false);
    expect(alone('For the big operators, yes.')).toBe(false);
    expect(
      alone('She says most guides are in English, and asks how French-speaking small states are to keep up.'),
    ).toBe(false);
    expect(alone('He wanted to know whether the fund pays salaries.')).toBe(false);
    // Full sentences with the same openings stay.
    expect(alone('Because the fee was too high, no village network applied for a licence.')).toBe(true);
    expect(alone('That approach cut the cost of a licence by half in three years.')).toBe(true);
    expect(alone('Farmers pay twice.')).toBe(true);
    // The tagger reads English; a short sentence in another script is not taken for a verbless reply.
    expect(alone('各国政府应当投资数字公共基础设施。')).toBe(true);
    expect(alone('Правительства должны инвестировать.')).toBe(true);
    expect(alone('We asked the regulator for a community licence in 2019.')).toBe(true);
  });
  it('keeps a fragment in the ranking but never takes it', () => {
    const pool = [
      { ...s('That is a real danger.', ['danger', 'fee'], 'a', 0), standsAlone: false },
      s('The licence fee is a month of income.', ['fee', 'licence'], 'b', 1),
    ];
    expect(mmrSelect(pool, { words: 100 }).map((p) => p.text)).toEqual([pool[1]!.text]);
  });
  it('does not take again a sentence the document already carries', () => {
    const pool = [
      s('Donors should fund the national plan.', ['donor', 'plan'], 'a', 0),
      s('Pay technicians from the network income.', ['technician', 'income'], 'b', 1),
    ];
    const taken = [pool[0]!];
    expect(mmrSelect(pool, { words: 100, taken }).map((p) => p.text)).toEqual([pool[1]!.text]);
  });
});
