/**
 * Sentence cleaning: captioning text made fit for a report. Pure string work, no model, so the
 * renderer and the report writers may use it too.
 */

/** "(Laughter)." "(Applause)" "(inaudible)" "(Audio breaking up)." and similar stage directions. */
const STAGE_DIRECTION = /\s*\((?:[A-Za-z][A-Za-z' -]{0,40})\)\s*\.?/g;
const LEADING_FILLER =
  /^(?:(?:so|and|but|well|now|okay|ok|yes|yeah|right|look|actually|basically|first|second|third|finally|also|again)\s*[,:]?\s+)+/i;

/** Lead-ins of speech that carry no content: "I think that", "as I said,", "honestly,", "you know,". */
const SPOKEN_LEAD_IN =
  /^(?:(?:(?:and|but|so) )?(?:i (?:really |honestly )?(?:think|believe|would say|feel) that\s+|(?:i (?:really )?(?:think|believe)|(?:as|like) i (?:said|mentioned)(?: before| earlier)?|to be honest|honestly|frankly|in my view|in my opinion|you know|i mean|let me be honest)\s*[,:]\s*))+/i;
/**
 * Frames that announce the point and carry none of it: "What we found is that…", "I want to stress
 * that…", "My point is:", "The main lesson is that…". Only before a clause of four words or more, so
 * "What we found is worrying." and "I want to train them." stay whole. Every word cut is one more
 * for the summary's budget.
 */
const ANNOUNCING_FRAME =
  /^(?:what (?:we|i) (?:found|learned|learnt|saw|see|heard) (?:is|was)|i (?:want|would like) to (?:say|stress|add|underline|emphasi[sz]e|repeat)|(?:my|our|the) (?:main |key |first |last )?(?:point|message|lesson) (?:here )?is)(?: that)?\s*[:,]?\s+(?=(?:[\p{L}\p{N}'’-]+[\s,;:]+){3}[\p{L}\p{N}])/iu;
/** The same asides inside a sentence, between commas: "…, you know, …", "…, I think, …". */
const SPOKEN_ASIDE = /,\s*(?:you know|i think|i mean|as i said|honestly|to be honest)\s*,/gi;

export const isStageDirection = (sentence: string): boolean => /^\s*\([^)]{1,60}\)\s*\.?\s*$/.test(sentence);

/** Removes stage directions and doubled punctuation, fixes spacing and capitalisation. */
export function cleanSentence(raw: string): string {
  let s = raw.replace(STAGE_DIRECTION, ' ');
  s = s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([?!])\s*\.+/g, '$1')
    .replace(/\.{2,}(?!\.)/g, '.')
    .replace(/,\s*([.?!])/g, '$1')
    .replace(/([,;:])\1+/g, '$1')
    .replace(/([,;:])(?=\p{L})/gu, '$1 ')
    .trim();
  s = s.replace(LEADING_FILLER, '');
  s = s.replace(SPOKEN_LEAD_IN, '').replace(SPOKEN_ASIDE, '').replace(ANNOUNCING_FRAME, '');
  s = s.replace(LEADING_FILLER, '');
  s = s.replace(/^[,;:\s-]+/, '');
  if (!s) return '';
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?]["”’)]?$/.test(s)) s += '.';
  return s;
}

/** Removes a vocative at the start ("Henrik, photograph the technician." → "Photograph the technician."). */
export function dropVocative(sentence: string, names: ReadonlySet<string>): string {
  const m = /^([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?),\s+(.+)$/u.exec(sentence);
  if (!m || !names.has(m[1]!.toLowerCase())) return sentence;
  const rest = m[2]!;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Word count as a reader counts: runs of letters or digits, apostrophes kept inside words. */
export const countWords = (text: string): number =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
