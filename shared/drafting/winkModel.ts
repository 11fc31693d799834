import type { Model } from 'wink-nlp';
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/**
 * wink's English model, assembled from its parts so that loading it costs what drafting needs.
 * The package's own entry decodes its 1.9 MB lexicon a character at a time after a deep copy of the
 * whole JSON, and loads the entity and sentiment machines that drafting never runs. Here the lexicon
 * is decoded with a table, each analyzer gets its own copies of what wink mutates, and the two unused
 * machines are empty (wink still asks for them; they run only when the pipe names them).
 */
interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] } & Record<string, unknown>;
  features: Record<string, { list: unknown[] }>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
  [key: string]: unknown;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTETS = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (as wink writes it) to bytes; no Node `Buffer`, so the renderer could run it too. */
export function base64Bytes(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array((end * 3) >> 2);
  const at = (i: number) => SEXTETS[text.charCodeAt(i) & 127]!;
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const v = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = end - i;
  if (rest >= 2) {
    const v = (at(i) << 18) | (at(i + 1) << 12) | (rest > 2 ? at(i + 2) << 6 : 0);
    out[o++] = v >> 16;
    if (rest > 2) out[o++] = (v >> 8) & 255;
  }
  return out;
}

const words32 = (text: string) => new Uint32Array(base64Bytes(text).buffer);

function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/** What wink's `load-core-model` returns, built without touching the imported JSON. */
function loadCore(): unknown {
  const source = coreJson as unknown as CoreJson;
  const layout = source.packing.layout;
  // wink appends the words it meets to these lists: each analyzer has its own.
  const features: Record<string, Record<string, unknown>> = {};
  for (const [name, feature] of Object.entries(source.features))
    features[name] = { list: feature.list.slice() };
  const efList: string[] = [];
  for (const [name, spec] of Object.entries(layout)) {
    if (spec[3] === 0) {
      const entry = features[name]!;
      const list = entry.list as unknown[];
      entry.hash = indexOf(list);
      entry.intrinsicSize = list.length;
      entry.index = list.length;
      entry.maxIndex = spec[1]! >>> spec[2]!;
    }
    if (spec[4] === 1) efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = indexOf(lexeme.list as unknown[]);
  lexeme.intrinsicSize = (lexeme.list as unknown[]).length;
  lexeme.index = lexeme.intrinsicSize;
  features.posClusters!.list = (source.features.posClusters!.list as string[]).map(
    (cluster) => new Set(cluster.split('_').map((tag) => source.pos.hash[tag] || 0)),
  );
  return {
    ...source,
    packing: { ...source.packing, efList },
    features,
    lexicon: words32(source.lexicon),
    xpansions: words32(source.xpansions),
  };
}

const NO_MACHINE = JSON.stringify([100, 0, {}, {}, {}, {}]);

export const englishModel: Model = {
  core: loadCore,
  sbd: loadSbd,
  pos: loadPos,
  negation: loadNegation,
  metaCER: loadCerMeta,
  // Entities and sentiment: never in drafting's pipe.
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
};
