import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../shared/igf/transcript';
import { parseSessionPage } from '../../shared/igf/sessionPage';

/**
 * The labelled session written here (tests/fixtures/drafting/of42) must agree with itself: the gold
 * file's turns are the transcript's turns as the app reads them, and its questions are the page's.
 */
const DIR = 'tests/fixtures/drafting/of42';
const gold = JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')) as {
  questions: string[];
  turns: { n: number; speaker: string | null; questions: number[]; procedural: boolean }[];
  keyPoints: Record<string, { text: string; speaker: string }[]>;
};

describe('the of42 labelled session', () => {
  it('labels every turn of its transcript, in order, with its speaker', () => {
    const parsed = parseTranscript(readFileSync(`${DIR}/transcript.txt`, 'utf8'));
    expect(parsed.turns.length).toBeGreaterThanOrEqual(40);
    expect(parsed.turns.map((t) => t.speaker)).toEqual(gold.turns.map((t) => t.speaker));
    expect(new Set(gold.turns.filter((t) => t.speaker).map((t) => t.speaker)).size).toBeGreaterThanOrEqual(6);
  });
  it('asks the page questions and tags procedure exactly when a turn has no question', () => {
    const page = parseSessionPage(readFileSync(`${DIR}/page.txt`, 'utf8'));
    expect(page.policyQuestions).toEqual(gold.questions);
    for (const t of gold.turns) expect(t.procedural).toBe(t.questions.length === 0);
  });
  it('has key points for each question, each a short claim of a speaker who speaks on that question', () => {
    gold.questions.forEach((_, q) => {
      const points = gold.keyPoints[String(q)]!;
      expect(points.length).toBeGreaterThanOrEqual(8);
      for (const p of points) {
        expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(20);
        expect(gold.turns.some((t) => t.speaker === p.speaker && t.questions.includes(q))).toBe(true);
      }
    });
  });
});
