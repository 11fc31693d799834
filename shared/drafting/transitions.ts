import { memoByText } from './memo';

/**
 * The moderator's transitions: "let's move to our second question", "question three is about…",
 * "now to the third round". Ordinals name a question by position; "the next question" counts on from
 * the last one announced.
 */
const ORDINALS: Record<string, number> = {
  first: 0,
  one: 0,
  '1': 0,
  second: 1,
  two: 1,
  '2': 1,
  third: 2,
  three: 2,
  '3': 2,
  fourth: 3,
  four: 3,
  '4': 3,
  fifth: 4,
  five: 4,
  '5': 4,
};

const ORDINAL_QUESTION =
  /\b(?:(first|second|third|fourth|fifth|next|last|final) (?:policy )?(?:question|round|block|topic|theme)|(?:policy )?question (one|two|three|four|five|[1-5])\b|(?:round|block) (one|two|three|four|five|[1-5])\b)/i;
const MOVING =
  /\b(?:move (?:on )?to|turn to|go to|come to|brings? us to|now (?:to|for|on)|on to|onto|let'?s (?:start|begin|open|take)|start(?:ing)? with|is about|looks at|opens|begin with|over to)\b/i;
const ABOUT = /\b(?:(?:is|it's|it is) (?:about|on|for)|brings? us (?:\w+ )?to|on (?:to )?(?:the|our))\b/i;

export function findTransition(
  text: string,
  questionCount: number,
  current: number,
  chairs = true,
): { question: number; phrase: string } | null {
  for (const { word, phrase } of (chairs ? announcedByChair : announcedByOthers)(text)) {
    const question =
      word === 'next'
        ? current + 1
        : word === 'last' || word === 'final'
          ? questionCount - 1
          : ORDINALS[word];
    if (question === undefined || question < 0 || question >= questionCount) continue;
    return { question, phrase };
  }
  return null;
}

/**
 * The ordinals a turn's opening sentences announce, in order; what they point to depends on the
 * session, so only the reading of the text is remembered (suggestions read every turn again after each
 * statement).
 */
function announced(text: string, chairs: boolean): { word: string; phrase: string }[] {
  // Only the start of a turn announces; a closing summary that walks through "the first question,
  // … the second …" is content, not a transition.
  const head = text.split(/(?<=[.!?])\s+/).slice(0, 3);
  const global = new RegExp(ORDINAL_QUESTION.source, 'gi');
  if ((head.join(' ').match(global) ?? []).length > 1) return [];
  const found: { word: string; phrase: string }[] = [];
  for (const sentence of head) {
    const m = ORDINAL_QUESTION.exec(sentence);
    if (!m || !(ABOUT.test(sentence) || (chairs && MOVING.test(sentence)))) continue;
    found.push({ word: (m[1] ?? m[2] ?? m[3])!.toLowerCase(), phrase: m[0] });
  }
  return found;
}
const announcedByChair = memoByText((text: string) => announced(text, true));
const announcedByOthers = memoByText((text: string) => announced(text, false));
