import bm25 from 'wink-nlp/utilities/bm25-vectorizer.js';
import type { Bow } from 'wink-nlp';

/** Sparse term vectors (BM25-weighted by wink's vectorizer) and the few operations ranking needs. */
export type Vec = Map<string, number>;

export function bm25Vectors(docs: readonly string[][]): Vec[] {
  const vectorizer = bm25({ k: 1, k1: 1.2, b: 0.75, norm: 'l2' });
  // wink refuses an empty document; an empty one simply gets an empty vector.
  const nonEmpty = docs.map((d) => (d.length ? d : ['\u0000']));
  for (const d of nonEmpty) vectorizer.learn(d);
  return nonEmpty.map((d, i) => (docs[i]!.length ? toVec(vectorizer.bowOf(d)) : new Map()));
}

const toVec = (bow: Bow): Vec => new Map(Object.entries(bow).filter(([t]) => t !== '\u0000'));

export function cosine(a: Vec, b: Vec): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v) dot += w * v;
  }
  return dot / (norm(a) * norm(b) || 1);
}

// Vectors are never changed once built, so each norm is computed once.
const norms = new WeakMap<Vec, number>();
export function norm(a: Vec): number {
  let n = norms.get(a);
  if (n === undefined) {
    let s = 0;
    for (const w of a.values()) s += w * w;
    n = Math.sqrt(s);
    norms.set(a, n);
  }
  return n;
}

/** Σ weight·vector/‖vector‖: Rocchio's profile of a question from its text and its statements. */
export function blend(parts: readonly (readonly [Vec, number])[]): Vec {
  const out: Vec = new Map();
  for (const [v, weight] of parts) {
    const n = norm(v);
    if (!n || !weight) continue;
    for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + (weight * w) / n);
  }
  return out;
}

export function centroid(vectors: readonly Vec[]): Vec {
  return blend(vectors.map((v) => [v, 1 / (vectors.length || 1)] as const));
}

/** Terms two vectors share, heaviest first: the "matched terms" shown as a suggestion's reason. */
export function sharedTerms(a: Vec, b: Vec, limit = 4): string[] {
  const shared: [string, number][] = [];
  for (const [t, w] of a) {
    const v = b.get(t);
    if (v) shared.push([t, w * v]);
  }
  return shared
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([t]) => t);
}
