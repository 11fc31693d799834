import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/model/changes';
import { newPerson, newSession } from '../../shared/model/factory';
import { SessionSchema } from '../../shared/model/session';
import {
  nameFromLabel,
  planTranscriptImport,
  transcriptChanges,
} from '../../shared/capture/transcriptImport';
import { inverseOf } from '../../shared/capture/undo';

const DIR = path.resolve('tests/fixtures/transcripts');
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'EXPECTED.json'), 'utf8')) as {
  transcripts: Array<{ file: string; speakers: string[]; turns: number; unnamedTurns: number }>;
};
const T = '2026-06-23T09:00:00.000Z';

describe('transcript → changes', () => {
  it('names from capitalised labels', () => {
    expect(nameFromLabel('MIRIAM OSEI-TUTU')).toBe('Miriam Osei-Tutu');
    expect(nameFromLabel("SEAN O'NEILL")).toBe("Sean O'Neill");
    expect(nameFromLabel('Ms. Jane Doe')).toBe('Ms. Jane Doe');
  });

  for (const t of EXPECTED.transcripts)
    it(`${t.file}: speakers, turns, one batch that applies and inverts`, () => {
      const text = readFileSync(path.join(DIR, t.file), 'utf8');
      const ines = newPerson('Inês Albuquerque', 0, T, { roles: ['speaker'] });
      const session = { ...newSession(T, 'x'), people: [ines] };
      const plan = planTranscriptImport(text, session.people);
      expect(plan.speakers.map((s) => s.label)).toEqual(t.speakers);
      expect(plan.turns).toHaveLength(t.turns);
      for (const s of plan.speakers)
        expect(s.personId).toBe(s.label === 'CHAIR ALBUQUERQUE' ? ines.id : null);
      const unknown = plan.speakers.filter((s) => !s.personId).map((s) => s.label);
      const r = transcriptChanges(session, plan, { addAsAudience: new Set(unknown), nowMs: Date.parse(T) });
      expect(r.newPeople).toBe(unknown.length);
      expect(r.statements).toBe(t.turns);
      const after = SessionSchema.parse(applyChanges(session, r.changes, T));
      expect(after.people.filter((p) => p.audience)).toHaveLength(unknown.length);
      expect(after.statements.filter((s) => s.speakerId === null)).toHaveLength(t.unnamedTurns);
      expect(after.statements.every((s) => s.questionIds.length === 0 && s.kind === 'statement')).toBe(true);
      // Times rise from the start, in order.
      const times = r.changes.flatMap((c) => (c.type === 'statement.put' ? [c.statement.at] : []));
      expect(times[0]).toBe(T);
      expect([...times].sort()).toEqual(times);
      // The whole import undoes as one step.
      const back = applyChanges(after, inverseOf(session, r.changes)!, T);
      expect(back.statements.filter((s) => s.deletedAt === null)).toHaveLength(0);
      expect(back.people.filter((p) => p.deletedAt === null)).toEqual([{ ...ines, updatedAt: T }]);
    });

  it('unchecked unknown speakers stay in the text; offsets come from the session start', () => {
    const session = newSession(T, 'x');
    session.facts = { ...session.facts, date: '2026-06-23', startTime: '09:00', timeZone: 'UTC' };
    const plan = planTranscriptImport('Header\n>> JANE DOE: Hello all.\n>> Anonymous words here.', []);
    const r = transcriptChanges(session, plan, { addAsAudience: new Set(), nowMs: 0 });
    expect(r.newPeople).toBe(0);
    const st = r.changes.map((c) => (c.type === 'statement.put' ? c.statement : null));
    expect(st[0]).toMatchObject({ text: 'JANE DOE: Hello all.', speakerId: null, offsetSeconds: 0 });
    expect(st[1]).toMatchObject({ text: 'Anonymous words here.', speakerId: null });
    expect(st[1]!.offsetSeconds).toBeGreaterThan(0);
  });
});
