/** Sparse term vectors (BM25-weighted, as wink's vectorizer weighs them) and the few operations ranking needs. */
export type Vec = Map<string, number>;

// wink's BM25 settings: k (added inside the IDF logarithm), k1, b, L2 norm, six decimals.
const K = 1;
const K1 = 1.2;
const B = 0.75;

/** A document's distinct terms, in the order wink's bag of words lists them, and how often each occurs. */
interface Bag {
  terms: string[];
  counts: number[];
}

// Documents are never changed once given (like vectors), so each is counted once: suggestions are
// drafted again after every statement, and only the new statement's words need counting.
const bags = new WeakMap<readonly string[], Bag>();
function bagOf(doc: readonly string[]): Bag {
  let bag = bags.get(doc);
  if (!bag) {
    // A prototype-free object, as wink's: its keys come in the same order (integer-like first).
    const bow = Object.create(null) as Record<string, number>;
    for (const t of doc) bow[t] = (bow[t] ?? 0) + 1;
    const terms = Object.keys(bow);
    bag = { terms, counts: terms.map((t) => bow[t]!) };
    bags.set(doc, bag);
  }
  return bag;
}

/**
 * The vectors wink's BM25 vectorizer gives after learning every document, then reading each back with
 * bowOf: the same numbers, to the last bit. wink's vectorizer had to learn every document again for
 * each draft and weighted every document twice (once on learning, unread); here each document's bag is
 * remembered and only the document frequencies, which a new statement changes for every term, and the
 * weights are computed again.
 */
export function bm25Vectors(docs: readonly (readonly string[])[]): Vec[] {
  if (!docs.length) return [];
  const df = new Map<string, number>();
  let total = 0;
  for (const d of docs) {
    // wink refuses an empty document; it is learned as one placeholder term and gets an empty vector.
    if (!d.length) {
      total += 1;
      continue;
    }
    total += d.length;
    for (const t of bagOf(d).terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = docs.length;
  const avgDL = total / n;
  // The IDF depends on a term's document frequency alone: one logarithm per distinct frequency.
  const idfByDf = new Map<number, number>();
  const idfOf = (f: number): number => {
    let idf = idfByDf.get(f);
    if (idf === undefined) {
      idf = fixed6(Math.log((n - f + 0.5) / (f + 0.5) + K));
      idfByDf.set(f, idf);
    }
    return idf;
  };
  return docs.map((d) => {
    const out: Vec = new Map();
    if (!d.length) return out;
    const { terms, counts } = bagOf(d);
    const lengthNorm = K1 * (1 - B + B * (d.length / avgDL));
    const weights: number[] = [];
    const kept: string[] = [];
    let sum = 0;
    for (let i = 0; i < terms.length; i++) {
      const idf = idfOf(df.get(terms[i]!)!);
      // wink's bowOf skips a term whose IDF rounds to nothing.
      if (!idf) continue;
      const c = counts[i]!;
      const w = (idf * ((K1 + 1) * c)) / (lengthNorm + c);
      weights.push(w);
      kept.push(terms[i]!);
      sum += w * w;
    }
    const l2 = Math.sqrt(sum);
    for (let i = 0; i < kept.length; i++) out.set(kept[i]!, fixed6(weights[i]! / l2));
    return out;
  });
}

/**
 * +x.toFixed(6), which wink rounds every weight with, without building a string: the integer nearest
 * x·10⁶ divided by 10⁶ is the same double, except where x·10⁶ lies so near a half that rounding the
 * product could have moved it across; there toFixed itself decides.
 */
export function fixed6(x: number): number {
  const y = x * 1e6;
  if (!(Math.abs(y) < 2 ** 31)) return +x.toFixed(6);
  const fraction = y - Math.floor(y);
  if (Math.abs(fraction - 0.5) < 1e-6) return +x.toFixed(6);
  return Math.round(y) / 1e6;
}

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
  // The heaviest few, kept in order as they come (a stable sort's order for equal weights): every
  // suggestion of every statement asks, and a sort of all shared terms was most of the ranking.
  const top: [string, number][] = [];
  for (const [t, w] of a) {
    const v = b.get(t);
    if (!v) continue;
    const x = w * v;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < x) at--;
    if (at >= limit) continue;
    top.splice(at, 0, [t, x]);
    if (top.length > limit) top.pop();
  }
  return top.map(([t]) => t);
}
