import { blend, centroid, cosine, norm, sharedTerms, type Vec } from './vectors';
import type { QuestionSuggestion, SuggestionReason } from './types';

/**
 * Policy-question suggestions for every statement. Three signals, in this order of trust:
 * 1. what the rapporteur already tagged (clamped, and folded into each question's profile: relevance feedback);
 * 2. the words of the statement against each question's profile (question text, session description,
 *    tagged statements, then the statements this method is most sure of: Rocchio pseudo-feedback);
 * 3. the order of the session: speakers stay on a question for several turns and moderators announce
 *    the next one, so the turns form a hidden-Markov chain whose posteriors (forward-backward) decide.
 */
export interface TagInput {
  vectors: readonly Vec[];
  /** Procedural statements carry no evidence and get the thread's question as a fallback. */
  procedural: readonly boolean[];
  questions: readonly Vec[];
  /** Extra text known to be about each question (description sentences, segment titles). */
  context: readonly Vec[];
  /** Question indices the rapporteur accepted for a statement, or null when untagged. */
  tagged: readonly (readonly number[] | null)[];
  /** Questions linked to the agenda segment running when the statement was captured. */
  segment: readonly ({ questions: readonly number[]; title: string } | null)[];
  /** A question the statement announces ("let's move to our second question"). */
  transition: readonly ({ question: number; phrase: string } | null)[];
}

export interface TagOutput {
  posterior: number[][];
  suggestions: QuestionSuggestion[][];
}

const STAY = 0.8;
const SHARPNESS = 5;
const PSEUDO_ROUNDS = 2;

export function suggestTags(input: TagInput): TagOutput {
  const k = input.questions.length;
  if (!k) return { posterior: input.vectors.map(() => []), suggestions: input.vectors.map(() => []) };
  const taggedBy = Array.from({ length: k }, (_, q) =>
    input.vectors.filter((_, i) => input.tagged[i]?.includes(q)),
  );
  const base = (q: number): [Vec, number][] => {
    const parts: [Vec, number][] = [
      [input.questions[q]!, 1],
      [input.context[q]!, 0.5],
    ];
    const tagged = taggedBy[q]!;
    if (tagged.length) parts.push([centroid(tagged), Math.min(2, 0.5 + tagged.length / 4)]);
    return parts;
  };
  let profiles = Array.from({ length: k }, (_, q) => blend(base(q)));
  let sims = similarities(input.vectors, profiles);
  let posterior = chain(input, sims);
  for (let round = 0; round < PSEUDO_ROUNDS; round++) {
    profiles = Array.from({ length: k }, (_, q) => {
      const sure = confident(input, posterior, sims, q);
      return blend(sure.length ? [...base(q), [centroid(sure), 0.8]] : base(q));
    });
    sims = similarities(input.vectors, profiles);
    posterior = chain(input, sims);
  }
  const suggestions = posterior.map((p, i) =>
    rank(input, i, p, sims[i]!, profiles, taggedBy, posterior[i - 1]),
  );
  return { posterior, suggestions };
}

/**
 * Similarity of every statement to every profile, made comparable across questions: a profile's terms
 * shared by all questions (the session's own subject: "community networks", "small states") say nothing
 * about which question a statement answers, so each profile keeps what sets it apart, and each
 * question's scores are standardised over the session so that a question with a long text does not
 * win every tie.
 */
function similarities(vectors: readonly Vec[], profiles: readonly Vec[]): number[][] {
  const profileNorms = profiles.map((p) => norm(p) || 1);
  const distinct = profiles.map((p, q) => {
    const others = profiles.flatMap((o, i) => (i === q ? [] : [[o, profileNorms[i]!] as const]));
    const out: Vec = new Map();
    const n = profileNorms[q]!;
    for (const [t, w] of p) {
      let sum = 0;
      for (const [o, on] of others) sum = sum + (o.get(t) ?? 0) / on;
      const v = w / n - sum / (others.length || 1);
      if (v > 0) out.set(t, v);
    }
    return out;
  });
  const raw = vectors.map((v) => distinct.map((p) => cosine(v, p)));
  const k = profiles.length;
  const rows = raw.filter((r, i) => vectors[i]!.size > 0);
  const stats = Array.from({ length: k }, (_, q) => {
    const xs = rows.map((r) => r[q]!);
    const mean = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length || 1)) || 1;
    return { mean, sd };
  });
  return raw.map((r) => r.map((x, q) => (x - stats[q]!.mean) / stats[q]!.sd));
}

/** The untagged, substantive statements this method is surest of for question q (its pseudo-feedback). */
function confident(input: TagInput, posterior: number[][], sims: number[][], q: number): Vec[] {
  const picks: [number, number][] = [];
  posterior.forEach((p, i) => {
    if (input.procedural[i] || input.tagged[i] || !input.vectors[i]!.size) return;
    if (argmax(p) === q && p[q]! >= 0.6) picks.push([i, sims[i]![q]!]);
  });
  const limit = Math.max(3, Math.round(picks.length * 0.6));
  return picks
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([i]) => input.vectors[i]!);
}

function emission(input: TagInput, i: number, sims: readonly number[]): number[] {
  const k = sims.length;
  const tagged = input.tagged[i];
  if (tagged && tagged.length) return sims.map((_, q) => (tagged.includes(q) ? 1 : 0.01));
  // Long turns speak for themselves; a short follow-up leans on the thread it sits in.
  const weight = SHARPNESS * Math.min(1, Math.sqrt(input.vectors[i]!.size / 25));
  let e =
    input.procedural[i] || !input.vectors[i]!.size
      ? sims.map(() => 1)
      : sims.map((s) => Math.exp(weight * s));
  const seg = input.segment[i];
  if (seg && seg.questions.length) e = e.map((v, q) => (seg.questions.includes(q) ? v * 2.5 : v));
  const tr = input.transition[i];
  if (tr && tr.question < k) e = e.map((v, q) => (q === tr.question ? v * 500 : v));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Forward-backward over the statements in session order. */
function chain(input: TagInput, sims: number[][]): number[][] {
  const n = sims.length;
  const k = input.questions.length;
  const switchP = (1 - STAY) / Math.max(1, k - 1);
  const em = sims.map((s, i) => emission(input, i, s));
  const fwd: number[][] = [];
  let prev = Array<number>(k).fill(1 / k);
  for (let i = 0; i < n; i++) {
    const row = Array<number>(k);
    // A statement that is procedure does not carry the thread further: the chain passes through unchanged.
    const stay = passes(input, i) ? 1 : STAY;
    const sw = passes(input, i) ? 0 : switchP;
    const total = prev.reduce((a, b) => a + b, 0);
    for (let q = 0; q < k; q++) row[q] = (prev[q]! * stay + (total - prev[q]!) * sw) * em[i]![q]!;
    prev = normalise(row);
    fwd.push(prev);
  }
  const out: number[][] = Array.from({ length: n });
  let next = Array<number>(k).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = normalise(fwd[i]!.map((f, q) => f * next[q]!));
    const stay = passes(input, i) ? 1 : STAY;
    const sw = passes(input, i) ? 0 : switchP;
    const b = em[i]!.map((e, q) => e * next[q]!);
    const total = b.reduce((a, c) => a + c, 0);
    next = normalise(b.map((v) => v * stay + (total - v) * sw));
  }
  return out;
}

/** Procedure does not move the thread on, unless it announces the next question. */
const passes = (input: TagInput, i: number): boolean => input.procedural[i]! && !input.transition[i];

function rank(
  input: TagInput,
  i: number,
  p: readonly number[],
  sims: readonly number[],
  profiles: readonly Vec[],
  taggedBy: readonly Vec[][],
  before: readonly number[] | undefined,
): QuestionSuggestion[] {
  const order = p.map((_, q) => q).sort((a, b) => p[b]! - p[a]!);
  const top = order[0]!;
  const ownTop = Math.max(...sims);
  const keep = order.filter(
    (q) => q === top || (p[q]! >= 0.15 && sims[q]! >= ownTop - 0.5 && sims[q]! > 0.5 && !input.procedural[i]),
  );
  return keep.map((q) => {
    const reasons: SuggestionReason[] = [];
    const terms = sharedTerms(input.vectors[i]!, profiles[q]!);
    if (terms.length) reasons.push({ kind: 'terms', terms });
    const tr = input.transition[i];
    if (tr && tr.question === q) reasons.push({ kind: 'transition', phrase: tr.phrase });
    const seg = input.segment[i];
    if (seg && seg.questions.includes(q)) reasons.push({ kind: 'segment', title: seg.title });
    if (before && argmax(before) === q && argmax(sims as number[]) !== q) reasons.push({ kind: 'thread' });
    if (taggedBy[q]!.length) reasons.push({ kind: 'tagged-like', count: taggedBy[q]!.length });
    return { questionId: String(q), confidence: round2(p[q]!), reasons };
  });
}

export const argmax = (xs: readonly number[]): number =>
  xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
const normalise = (xs: number[]): number[] => {
  const s = xs.reduce((a, b) => a + b, 0) || 1;
  return xs.map((x) => x / s);
};
const round2 = (x: number): number => Math.round(x * 100) / 100;
