import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { pageDiff, reimportChanges } from '../../shared/igf/reimport';
import { sessionFromPage } from '../../shared/model/factory';
import { applyChanges } from '../../shared/model/changes';
import { live, SessionSchema } from '../../shared/model/session';
import { inverseOf } from '../../shared/capture/undo';

const T = '2026-06-23T09:00:00.000Z';
const SEED = readFileSync(new URL('../fixtures/igf-pages/igf-2023-ws-260.txt', import.meta.url), 'utf8');
const NEWER = SEED.replace(
  'Speaker 3: Michael O. Odhiambo, Government, African Group',
  'Speaker 3: Wanjiru Kamau, Civil Society, African Group',
)
  .replace(
    'Speaker 4: Heiko Wildner, Government, Western European and Others Group (WEOG)',
    'Speaker 4: Heiko Wildner, Government, Western European and Others Group (WEOG) [online]\nSpeaker 5: Lin Mei, Technical Community, Asia-Pacific Group',
  )
  .replace(
    '3. What is the role of international cooperation',
    '3. What is the role of regional and international cooperation',
  )
  .replace(
    /^(IGF 2023 WS #260 .*)$/m,
    '$1\n\nWednesday, 11th October, 2023 (06:30 UTC) - Wednesday, 11th October, 2023 (08:00 UTC)\nWS 4 – Room B-1',
  );

describe('re-importing a newer page', () => {
  const session = sessionFromPage(parseSessionPage(SEED), T);

  it('lists the differences field by field and nothing that did not change', () => {
    const diffs = pageDiff(session, parseSessionPage(NEWER), T);
    const byField = new Map(diffs.map((d) => [d.field, d]));
    expect(byField.get('Room')).toMatchObject({ before: '—', after: 'WS 4 – Room B-1' });
    expect(byField.get('Date')?.after).toBe('2023-10-11');
    expect(byField.get('New: Wanjiru Kamau')?.kind).toBe('person-added');
    expect(byField.get('New: Lin Mei')?.kind).toBe('person-added');
    expect(byField.get('No longer on the page: Michael O. Odhiambo')?.kind).toBe('person-left');
    expect(byField.get('Heiko Wildner')).toMatchObject({
      kind: 'person-changed',
      after: expect.stringMatching(/Online/),
    });
    expect(byField.get('Policy question 3')?.after).toMatch(/regional and international/);
    expect(byField.has('Title')).toBe(false);
    expect(diffs.filter((d) => d.kind === 'person-changed')).toHaveLength(1);
    expect(pageDiff(session, parseSessionPage(SEED), T)).toEqual([]);
  });

  it('applies the chosen ones as one batch that one undo takes back', () => {
    const diffs = pageDiff(session, parseSessionPage(NEWER), T);
    const chosen = new Set(diffs.filter((d) => d.field !== 'Room').map((d) => d.key));
    const changes = reimportChanges(diffs, chosen);
    const after = SessionSchema.parse(applyChanges(session, changes, T));
    expect(after.facts.room).toBeNull();
    expect(after.facts.date).toBe('2023-10-11');
    const names = live(after.people).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Wanjiru Kamau', 'Lin Mei', 'Michael O. Odhiambo']));
    expect(after.people.find((p) => p.name === 'Michael O. Odhiambo')?.roles).toEqual([]);
    const numbers = live(after.people).map((p) => p.speakerNumber);
    expect(numbers.every((n) => n !== null)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    const q3 = session.questions[2]!;
    expect(after.questions.find((q) => q.id === q3.id)?.text).toMatch(/regional and international/);
    const back = applyChanges(after, inverseOf(session, changes)!, T);
    expect(live(back.people).map((p) => [p.name, p.roles])).toEqual(
      live(session.people).map((p) => [p.name, p.roles]),
    );
    expect(back.facts.date).toBeNull();
  });
});
