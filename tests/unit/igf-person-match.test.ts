import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isGenericLabel,
  nameSimilarity,
  rankPeople,
  selfNamed,
  sureMatch,
} from '../../shared/igf/personMatch';
import { planTranscriptImport, transcriptChanges } from '../../shared/capture/transcriptImport';
import { applyChanges } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import { SessionSchema } from '../../shared/model/session';

const T = '2026-06-23T09:00:00.000Z';

describe('one person printed two ways', () => {
  it('scores the ways pages and transcripts differ, with a reason', () => {
    expect(nameSimilarity('Saba Tiku', 'Saba Tiku Beyene')).toEqual({
      confidence: 0.9,
      reason: 'shorter form of the name',
    });
    expect(nameSimilarity('SHIMELESS LEMMA', 'Shimeles Lemma')).toEqual({
      confidence: 0.8,
      reason: 'spelled differently',
    });
    expect(nameSimilarity('TOMÁS IBARRA-KLEIN', 'Tomas Ibarra-Klein')?.confidence).toBe(1);
    expect(nameSimilarity('M. OSEI-TUTU', 'Miriam Osei-Tutu')?.reason).toBe('same surname and initials');
    expect(nameSimilarity('CHAIR ALBUQUERQUE', 'Inês Albuquerque')?.confidence).toBe(0.85);
    expect(nameSimilarity('Ana Lee', 'Ana Smith')).toBeNull();
    expect(nameSimilarity('MODERATOR', 'Ana Lee')).toBeNull();
  });

  it('takes a match without asking only when it is sure and unique', () => {
    const names = ['Saba Tiku Beyene', 'Shimeles Lemma', 'Ana Lee', 'Ana Leigh'];
    expect(sureMatch(rankPeople('SABA TIKU', names))?.index).toBe(0);
    expect(sureMatch(rankPeople('SHIMELESS LEMMA', names))).toBeNull();
    expect(rankPeople('SHIMELESS LEMMA', names)[0]?.index).toBe(1);
    expect(sureMatch(rankPeople('LEE', ['Ana Lee', 'Bo Lee']))).toBeNull();
  });

  it('knows role labels and the names speakers give themselves', () => {
    for (const l of ['MODERATOR', 'CHAIRMAN', 'HOST', 'Co‑Chair', 'The Chair'])
      expect(isGenericLabel(l), l).toBe(true);
    expect(isGenericLabel('ANA LEE')).toBe(false);
    expect(selfNamed('Good morning. My name is Saba Tiku and I work for the ministry.')).toBe('Saba Tiku');
    expect(selfNamed("Thank you. I'm Dr. Ana Lee from Open Lab.")).toBe('Dr. Ana Lee');
    expect(selfNamed('this is a test')).toBeNull();
  });

  it('never throws and stays within 0–1 on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const m = nameSimilarity(a, b);
        if (m) expect(m.confidence).toBeGreaterThan(0);
        if (m) expect(m.confidence).toBeLessThanOrEqual(1);
        rankPeople(a, [b, a]);
        selfNamed(a + ' my name is ' + b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('transcript labels mapped to people', () => {
  const moderator = newPerson('Saba Tiku Beyene', 0, T, { roles: ['onsiteModerator'] });
  const speaker = newPerson('Shimeles Lemma', 1, T, { roles: ['speaker'] });
  const session = { ...newSession(T, 'x'), people: [moderator, speaker] };
  const text = [
    'IGF 2023 Open Forum #12 Data for development',
    '',
    '>> MODERATOR: Good morning. My name is Saba Tiku and I will moderate this session.',
    '>> SHIMELESS LEMMA: Thank you, Saba.',
    '>> SABA TIKU: Next, the floor.',
  ].join('\n');

  it('proposes, with confidence, and matches only the sure one', () => {
    const plan = planTranscriptImport(text, session.people);
    expect(plan).toMatchObject({ code: 'Open Forum #12', sessionTitle: 'Data for development' });
    const [mod, shim, saba] = plan.speakers;
    expect(mod).toMatchObject({ label: 'MODERATOR', generic: true, personId: null });
    expect(mod?.candidates[0]).toMatchObject({
      personId: moderator.id,
      reason: expect.stringMatching(/names themselves/),
    });
    expect(shim).toMatchObject({
      personId: null,
      candidates: [expect.objectContaining({ personId: speaker.id, confidence: 0.8 })],
    });
    expect(saba).toMatchObject({ personId: moderator.id, confidence: 0.9 });
  });

  it('applies the labels the user mapped; an unknown id is ignored', () => {
    const plan = planTranscriptImport(text, session.people);
    const assign = new Map([
      ['MODERATOR', moderator.id],
      ['SHIMELESS LEMMA', speaker.id],
      ['SABA TIKU', 'not-a-person'],
    ]);
    const r = transcriptChanges(session, plan, { addAsAudience: new Set(), assign, nowMs: Date.parse(T) });
    const after = SessionSchema.parse(applyChanges(session, r.changes, T));
    expect(r.newPeople).toBe(0);
    expect(after.statements.map((s) => s.speakerId)).toEqual([moderator.id, speaker.id, moderator.id]);
  });
});
