import { cosine, type Vec } from './vectors';
import { countWords } from './clean';

/**
 * Extractive summaries by maximal marginal relevance: take the sentence that best represents the
 * question's discussion and is least like what is already taken, with a cost for giving one speaker
 * or one stakeholder group the floor again, until the word budget is spent. A turn may give several
 * sentences: a speaker's opening statement often carries several distinct points. The budget counts
 * the words a reader reads, the attribution after a new speaker's sentences included.
 */
export interface SummarySentence {
  text: string;
  vec: Vec;
  statementIndex: number;
  sentenceIndex: number;
  speaker: string | null;
  group: string | null;
  /** How strongly the sentence belongs to this question rather than to the others (−1..1). */
  specificity: number;
  /** A finding (figure, lesson, commitment) or a recommendation: what a summary should carry. */
  weight: number;
}

export interface MmrOptions {
  words: number;
  /** Trade-off between relevance (1) and novelty (0). */
  lambda?: number;
  speakerCost?: number;
  groupCost?: number;
  /** Words the summary adds for naming a speaker ("— Name, Stakeholder group"), counted in its length. */
  attributionWords?: (speaker: string | null) => number;
}

export function mmrSelect(pool: readonly SummarySentence[], options: MmrOptions): SummarySentence[] {
  const lambda = options.lambda ?? 0.7;
  const speakerCost = options.speakerCost ?? 0.06;
  const groupCost = options.groupCost ?? 0.03;
  const attribution = options.attributionWords ?? (() => 0);
  if (!pool.length) return [];
  const central = lexRank(pool);
  const top = Math.max(...central) || 1;
  const relevance = pool.map((s, i) => (central[i]! / top + s.specificity) * s.weight);
  const chosen: number[] = [];
  const bySpeaker = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let words = 0;
  const left = new Set(pool.map((_, i) => i));
  while (left.size && words < options.words) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of left) {
      const s = pool[i]!;
      const w = countWords(s.text) + (bySpeaker.has(s.speaker ?? '') ? 0 : attribution(s.speaker));
      if (words + w > options.words * 1.15 && chosen.length) continue;
      const redundancy = chosen.reduce((m, j) => Math.max(m, cosine(s.vec, pool[j]!.vec)), 0);
      // A near-repeat (a point the moderator sums up, an echo) never earns a second place.
      if (redundancy >= 0.55) continue;
      const score =
        lambda * relevance[i]! -
        (1 - lambda) * redundancy -
        speakerCost * (bySpeaker.get(s.speaker ?? '') ?? 0) -
        groupCost * (byGroup.get(s.group ?? '') ?? 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    left.delete(best);
    const s = pool[best]!;
    chosen.push(best);
    words += countWords(s.text) + (bySpeaker.has(s.speaker ?? '') ? 0 : attribution(s.speaker));
    bySpeaker.set(s.speaker ?? '', (bySpeaker.get(s.speaker ?? '') ?? 0) + 1);
    byGroup.set(s.group ?? '', (byGroup.get(s.group ?? '') ?? 0) + 1);
  }
  return chosen
    .map((i) => pool[i]!)
    .sort((a, b) => a.statementIndex - b.statementIndex || a.sentenceIndex - b.sentenceIndex);
}

/**
 * LexRank: a sentence is central when many sentences resemble it (a point others take up, answer or
 * sum up); PageRank over the similarity graph, tilted toward findings and recommendations.
 */
export function lexRank(pool: readonly SummarySentence[], threshold = 0.1, damping = 0.85): number[] {
  const n = pool.length;
  const edges: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (pool[i]!.statementIndex === pool[j]!.statementIndex) continue;
      const sim = cosine(pool[i]!.vec, pool[j]!.vec);
      if (sim < threshold) continue;
      edges[i]!.push(j);
      weights[i]!.push(sim);
      edges[j]!.push(i);
      weights[j]!.push(sim);
    }
  const out = weights.map((w) => w.reduce((a, b) => a + b, 0));
  const prior = pool.map((s) => s.weight);
  const priorSum = prior.reduce((a, b) => a + b, 0) || 1;
  let rank = prior.map((p) => p / priorSum);
  for (let iter = 0; iter < 30; iter++) {
    const next = prior.map((p) => ((1 - damping) * p) / priorSum);
    for (let i = 0; i < n; i++) {
      if (!out[i]) continue;
      const share = (damping * rank[i]!) / out[i]!;
      edges[i]!.forEach((j, e) => (next[j]! += share * weights[i]![e]!));
    }
    rank = next;
  }
  return rank;
}
