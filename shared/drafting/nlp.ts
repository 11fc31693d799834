import winkNLP, { type ItemSentence } from 'wink-nlp';
import { englishModel } from './winkModel';
import type { Analyzer, AnalyzedSentence } from './types';
import { cleanSentence } from './clean';

/**
 * The one place that loads wink's English model. Only the main process, its worker and the CLI
 * import this file; the renderer gets drafts through the contract and never carries the model.
 */
const LETTERS = /\p{L}/u;

export function createAnalyzer(): Analyzer {
  // Negation, entities and sentiment are never read: sentences, lemmas (which need parts of speech).
  const nlp = winkNLP(englishModel, ['sbd', 'pos']);
  const its = nlp.its;
  // wink's typings declare lemma as an addon function that `out` does not accept; it works at run time.
  const lemma = its.lemma as unknown as typeof its.normal;
  const analyze = (text: string): AnalyzedSentence[] => {
    const out: AnalyzedSentence[] = [];
    nlp
      .readDoc(text)
      .sentences()
      .each((sentence: ItemSentence) => {
        const raw = sentence.out();
        // One pass per property over the sentence's tokens, not five calls per token.
        const tokens = sentence.tokens();
        const types = tokens.out(its.type);
        const normals = tokens.out(its.normal);
        const lemmaList = tokens.out(lemma);
        const posList = tokens.out(its.pos);
        const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
        const words: string[] = [];
        const lemmas: string[] = [];
        const pos: string[] = [];
        const stop: boolean[] = [];
        for (let i = 0; i < types.length; i++) {
          const normal = normals[i]!;
          if (types[i] !== 'word') {
            // The English model does not know Arabic, Chinese or Cyrillic letters as words; they are
            // still words, so a statement in another script is summarised and ranked like any other.
            if (!LETTERS.test(normal)) continue;
            words.push(normal);
            lemmas.push(normal.toLowerCase());
            pos.push('X');
            stop.push(false);
            continue;
          }
          words.push(normal);
          lemmas.push(String(lemmaList[i]).toLowerCase());
          pos.push(posList[i]!);
          stop.push(stops[i] === true);
        }
        out.push({ raw, text: cleanSentence(raw), words, lemmas, pos, stop });
      });
    return out;
  };
  // Drafting runs again after every edit; each statement's text is analysed once.
  const cache = new Map<string, AnalyzedSentence[]>();
  const cached = (text: string): AnalyzedSentence[] => {
    let hit = cache.get(text);
    if (!hit) {
      hit = analyze(text);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, hit);
    }
    return hit;
  };
  return { analyze: cached };
}
