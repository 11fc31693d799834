import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Analyzer, AnalyzedSentence } from './types';
import { cleanSentence } from './clean';

/**
 * The one place that loads wink's English model. Only the main process, its worker and the CLI
 * import this file; the renderer gets drafts through the contract and never carries the model.
 */
const LETTERS = /\p{L}/u;

export function createAnalyzer(): Analyzer {
  const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
  const its = nlp.its;
  const analyze = (text: string): AnalyzedSentence[] => {
    const out: AnalyzedSentence[] = [];
    nlp
      .readDoc(text)
      .sentences()
      .each((sentence: ItemSentence) => {
        const raw = sentence.out();
        const words: string[] = [];
        const lemmas: string[] = [];
        const pos: string[] = [];
        const stop: boolean[] = [];
        sentence.tokens().each((token: ItemToken) => {
          if (token.out(its.type) !== 'word') {
            // The English model does not know Arabic, Chinese or Cyrillic letters as words; they are
            // still words, so a statement in another script is summarised and ranked like any other.
            const other = token.out(its.normal);
            if (!LETTERS.test(other)) return;
            words.push(other);
            lemmas.push(other.toLowerCase());
            pos.push('X');
            stop.push(false);
            return;
          }
          words.push(token.out(its.normal));
          // wink's typings declare lemma as an addon function that `out` does not accept; it works at run time.
          lemmas.push(String(token.out(its.lemma as unknown as typeof its.normal)).toLowerCase());
          pos.push(token.out(its.pos));
          stop.push(token.out(its.stopWordFlag) === true);
        });
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
