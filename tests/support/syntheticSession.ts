import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stakeholderCode } from '../../shared/model/codes';
import { newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Role, Session } from '../../shared/model/session';

/**
 * Hand-written sessions on other topics than the fixture sessions (tests/fixtures/drafting/synthetic),
 * with the questions each turn addresses ([] = procedural), to check that the drafting generalises.
 */
export interface SyntheticSession {
  session: Session;
  labels: number[][];
}

interface SyntheticFile {
  title: string;
  description: string;
  questions: string[];
  people: { name: string; stakeholder: string; roles: Role[] }[];
  turns: { speaker: string | null; q: number[]; text: string }[];
}

export const SYNTHETIC = ['ai-classrooms', 'flood-warnings'] as const;

export function syntheticSession(name: string): SyntheticSession {
  const file = JSON.parse(
    readFileSync(path.resolve('tests/fixtures/drafting/synthetic', `${name}.json`), 'utf8'),
  ) as SyntheticFile;
  const now = '2026-06-01T09:00:00.000Z';
  const session = newSession(now, file.title);
  session.facts.description = file.description;
  session.people = file.people.map((p, i) =>
    newPerson(p.name, i, now, { stakeholder: stakeholderCode(p.stakeholder), roles: p.roles }),
  );
  session.questions = file.questions.map((text, order) => ({
    id: globalThis.crypto.randomUUID(),
    text,
    order,
    updatedAt: now,
    deletedAt: null,
  }));
  const byName = new Map(session.people.map((p) => [p.name, p.id]));
  session.statements = file.turns.map((t, i) =>
    newStatement(t.text, new Date(Date.parse(now) + i * 60_000).toISOString(), {
      speakerId: t.speaker ? (byName.get(t.speaker) ?? null) : null,
    }),
  );
  return { session, labels: file.turns.map((t) => t.q) };
}

/**
 * How a draft of a synthetic session scores against its labels: the share of substantive turns whose
 * first suggestion is one of their questions, and the F1 of recognising the procedural turns.
 */
export function scoreSynthetic(
  { session, labels }: SyntheticSession,
  draft: {
    statements: ReadonlyArray<{ procedural: boolean; questions: ReadonlyArray<{ questionId: string }> }>;
  },
): { tagTop1: number; procF1: number } {
  const ids = session.questions.map((q) => q.id);
  let substantive = 0;
  let right = 0;
  let tp = 0;
  let flagged = 0;
  let procedural = 0;
  draft.statements.forEach((s, i) => {
    const gold = labels[i]!;
    if (s.procedural) flagged++;
    if (!gold.length) {
      procedural++;
      if (s.procedural) tp++;
      return;
    }
    substantive++;
    if (!s.procedural && gold.includes(ids.indexOf(s.questions[0]?.questionId ?? ''))) right++;
  });
  const p = flagged ? tp / flagged : 0;
  const r = procedural ? tp / procedural : 0;
  return { tagTop1: substantive ? right / substantive : 0, procF1: p && r ? (2 * p * r) / (p + r) : 0 };
}
