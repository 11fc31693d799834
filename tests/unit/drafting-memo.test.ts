import { describe, expect, it } from 'vitest';
import { actionCue } from '../../shared/drafting/cues';
import { memoByText } from '../../shared/drafting/memo';

describe('text memo', () => {
  it('answers a text seen before without asking again, and starts again past its limit', () => {
    const asked: string[] = [];
    const length = memoByText((t: string) => (asked.push(t), t.length), 2);
    expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
    expect(asked).toEqual(['ab', 'abc']);
    length('abcd'); // the third text: the memory starts again
    length('ab');
    expect(asked).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it("a remembered call to action still takes the turn's addressee, and a change to one answer is not the next", () => {
    const text = 'Publish the fees every year.';
    const first = actionCue(text, { addressee: 'regulators' });
    expect(first).toMatchObject({ cue: 'imperative', addressee: 'regulators' });
    first!.addressee = 'changed';
    expect(actionCue(text)).toMatchObject({ cue: 'imperative', addressee: null });
    expect(actionCue(text, { addressee: 'donors' })).toMatchObject({ addressee: 'donors' });
    expect(actionCue('Governments must publish the fees.', { addressee: 'donors' })?.addressee).not.toBe(
      'donors',
    );
  });
});
