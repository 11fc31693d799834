import { cosine, type Vec } from './vectors';
import { countWords } from './clean';
import type { AnalyzedSentence } from './types';

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
  /**
   * False for a sentence that cannot be read out of its turn (a question, "That is a real risk."): it
   * still counts toward what the others are central to, but is never taken itself.
   */
  standsAlone?: boolean;
}

export interface MmrOptions {
  words: number;
  /** Trade-off between relevance (1) and novelty (0). */
  lambda?: number;
  speakerCost?: number;
  groupCost?: number;
  /** Words the summary adds for naming a speaker ("— Name, Stakeholder group"), counted in its length. */
  attributionWords?: (speaker: string | null) => number;
  /** Sentences the document already carries elsewhere: neither they nor a near-repeat are taken again. */
  taken?: readonly SummarySentence[];
  /**
   * How far past the budget the last sentence may run (0.15 = 15%). A length the rapporteur set as a
   * share of what was said is a ceiling (0): the figure the report is held to is that share.
   */
  overshoot?: number;
}

/** Cosine above which two sentences say the same thing. */
const NEAR_REPEAT = 0.55;

export function mmrSelect(pool: readonly SummarySentence[], options: MmrOptions): SummarySentence[] {
  const lambda = options.lambda ?? 0.7;
  const speakerCost = options.speakerCost ?? 0.06;
  const groupCost = options.groupCost ?? 0.03;
  const attribution = options.attributionWords ?? (() => 0);
  if (!pool.length) return [];
  const central = lexRank(pool);
  const top = Math.max(...central) || 1;
  const relevance = pool.map((s, i) => (central[i]! / top + s.specificity) * s.weight);
  const ceiling = options.words * (1 + (options.overshoot ?? 0.15));
  const chosen: number[] = [];
  const bySpeaker = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let words = 0;
  const taken = options.taken ?? [];
  const left = new Set(
    pool
      .map((_, i) => i)
      .filter((i) => {
        const s = pool[i]!;
        if (s.standsAlone === false) return false;
        return !taken.some(
          (t) =>
            (t.statementIndex === s.statementIndex && t.sentenceIndex === s.sentenceIndex) ||
            cosine(t.vec, s.vec) >= NEAR_REPEAT,
        );
      }),
  );
  while (left.size && words < options.words) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of left) {
      const s = pool[i]!;
      const w = countWords(s.text) + (bySpeaker.has(s.speaker ?? '') ? 0 : attribution(s.speaker));
      if (words + w > ceiling && chosen.length) continue;
      const redundancy = chosen.reduce((m, j) => Math.max(m, cosine(s.vec, pool[j]!.vec)), 0);
      // A near-repeat (a point the moderator sums up, an echo) never earns a second place.
      if (redundancy >= NEAR_REPEAT) continue;
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

/** Below this many words a sentence leaning on what came before reads as a fragment on its own. */
const SHORT_SENTENCE = 8;
const BE = new Set(['is', 'are', 'was', 'were']);
const SUBJECT = new Set(['i', 'you', 'we', 'they', 'he', 'she']);
const WH = new Set(['how', 'what', 'why', 'which', 'who', 'whom', 'whose', 'where', 'when']);
/** Words that stand for something said before: the sentence means nothing without its neighbours. */
const POINTING_BACK = new Set(['it', 'they', 'them', 'this', 'that', 'these', 'those', 'such']);
/** "The second is manuals.": an ordinal or "other" with no noun of its own names an earlier list. */
const ORDINAL_HEAD = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'last',
  'latter',
  'former',
  'other',
  'same',
  'next',
  'rest',
]);
const isVerb = (pos: string | undefined): boolean => pos === 'AUX' || pos === 'VERB';
/** "That our team was there within an hour.": "that" opening a clause with no main clause after it. */
const CLAUSE_SUBJECT = new Set([
  'our',
  'their',
  'his',
  'her',
  'my',
  'your',
  'its',
  'the',
  'a',
  'an',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
]);
/** "Because nobody pays them.", "Which is why…": a subordinate clause standing as an answer. */
const SUBORDINATE_OPENING = new Set(['because', 'which', 'whereas', 'unless']);
/** "She asks how…", "He wanted to know whether…": a question reported by the online moderator or a relay. */
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered']);
const ASKED_ABOUT = new Set([...WH, 'whether', 'if']);
const isNominal = (pos: string | undefined): boolean =>
  pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM';

/** Where the cleaned sentence starts among the analysed words (spoken lead-ins are cut from the text). */
function opening(sentence: AnalyzedSentence): number {
  const first = /[\p{L}\p{N}]+/u.exec(sentence.text.toLowerCase())?.[0];
  const at = first ? sentence.words.findIndex((w) => w.toLowerCase() === first) : -1;
  return Math.max(0, at);
}

/**
 * A question, asked or reported: ends in "?", or reads as one where captioning dropped the mark
 * ("How many of the people you trained are still working…", "Do you publish the fees").
 * "What works better is…" opens with a wh-word but states, and stays.
 */
export function isQuestion(sentence: AnalyzedSentence): boolean {
  if (/\?["”’)]?$/.test(sentence.text.trim())) return true;
  const i = opening(sentence);
  const w = sentence.words.map((x) => x.toLowerCase());
  const { pos } = sentence;
  if (w.some((x, k) => ASKING.has(x) && ASKED_ABOUT.has(w[k + 1]!))) return true;
  if (w.some((x, k) => x === 'know' && w[k - 1] === 'to' && ASKED_ABOUT.has(w[k + 1]!))) return true;
  const first = w[i];
  if (first && WH.has(first)) {
    if (first === 'how' && (pos[i + 1] === 'ADJ' || pos[i + 1] === 'ADV')) return true;
    // "What has worked for us is to…": a second verb "to be" makes the wh-clause a subject, not a question.
    const cleft = pos.some((p, k) => k > i + 1 && p === 'AUX' && BE.has(w[k]!));
    return pos[i + 1] === 'AUX' && !cleft;
  }
  // "Do you publish…", "Can we…"; not "Do it in that order" (an instruction).
  return pos[i] === 'AUX' && SUBJECT.has(w[i + 1]!) && w[i + 2] !== 'please';
}

/**
 * A reply that only reads after its question: a subordinate clause on its own ("That our national team
 * was in the building within an hour.", "Because nobody pays them.") or a short answer with no verb
 * ("For the big operators, yes.").
 */
export function isFragment(sentence: AnalyzedSentence): boolean {
  const w = sentence.words.map((x) => x.toLowerCase());
  const { pos } = sentence;
  const i = opening(sentence);
  if (w[i] === 'that' && CLAUSE_SUBJECT.has(w[i + 1]!)) return true;
  // "Because the fee was too high, nobody applied." has its main clause after the comma.
  if (SUBORDINATE_OPENING.has(w[i]!) && !sentence.text.includes(',')) return true;
  // The tagger reads English: a sentence in another script has no verbs it can see.
  if (!LATIN_ONLY.test(sentence.text)) return false;
  return countWords(sentence.text) < SHORT_SENTENCE && !pos.slice(i).some(isVerb);
}
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]*$/u;

/** The sentence leans on an earlier one: opens with "That is…", "The second is…", or ends "…bring it". */
function pointsBack(sentence: AnalyzedSentence): boolean {
  const w = sentence.words.map((x) => x.toLowerCase());
  const { pos } = sentence;
  const i = opening(sentence);
  if (POINTING_BACK.has(w[i]!) && (isVerb(pos[i + 1]) || w[i + 1] === 's')) return true;
  if (w[i] === 'the' && ORDINAL_HEAD.has(w[i + 1]!) && isVerb(pos[i + 2])) return true;
  // An object pronoun after a verb or preposition, with no noun of its own: "bring it", "with that".
  for (let k = i + 1; k < w.length; k++) {
    if (!POINTING_BACK.has(w[k]!) || !(isVerb(pos[k - 1]) || pos[k - 1] === 'ADP')) continue;
    // "…said that the fee…" is a conjunction; "…agree with that." is a pronoun.
    const last = k === w.length - 1;
    if (w[k] === 'that' ? last : last || !isNominal(pos[k + 1])) return true;
  }
  return false;
}

/**
 * Whether a sentence may stand in a summary on its own. A question is not a finding; a short
 * sentence that points back to its neighbours ("That is a real risk.", "I will bring it to the
 * board.") or says nothing beyond function words reads as a fragment once taken out of its turn.
 * Longer sentences carry enough of their own to be read, whatever pronoun they open with.
 */
export function standsAlone(sentence: AnalyzedSentence, contentWords: number): boolean {
  if (isQuestion(sentence) || isFragment(sentence)) return false;
  if (countWords(sentence.text) >= SHORT_SENTENCE) return true;
  return contentWords > 0 && !pointsBack(sentence);
}

/** Below this many words a turn makes one point; longer turns often speak to more than one question. */
const MULTI_POINT_TURN = 40;
/** The least likeness to a question's profile for a sentence to count as speaking to it. */
const OWN_QUESTION = 0.05;

/**
 * Whether a sentence of a turn not tagged to question q still belongs to q's summary: a long turn
 * (an opening statement, a table report, the closing round) often makes a point on a second or
 * third question in a sentence or two, and the tags name only the turn's main question. The
 * sentence must resemble q's profile more than any other question's, and resemble it at all.
 */
export function speaksTo(sims: readonly number[], q: number, turnWords: number): boolean {
  if (turnWords < MULTI_POINT_TURN) return false;
  const own = sims[q] ?? 0;
  return own >= OWN_QUESTION && sims.every((x, i) => i === q || x < own);
}

/**
 * The words said on a question, for a summary whose length is a share of them: the turns tagged to
 * the question in full, and of the other turns only the sentences that speak to it.
 */
export function wordsSaidOn(
  taggedTurnWords: readonly number[],
  borrowedSentenceWords: readonly number[],
): number {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return sum(taggedTurnWords) + sum(borrowedSentenceWords);
}
