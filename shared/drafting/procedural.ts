import type { AnalyzedSentence } from './types';
import { isStageDirection } from './clean';
import { actionCue } from './cues';
import { memoByText } from './memo';

/**
 * Procedural turns: greetings, introductions, giving the floor, time checks, audio and caption
 * trouble, logistics, thanks. Decided per sentence by the cue phrases below, then per turn by how much
 * of its content is left once those sentences are set aside.
 */
const CUES: [reason: string, pattern: RegExp][] = [
  [
    'greeting',
    /\b(?:good (?:morning|afternoon|evening)|welcome (?:to|back|everyone|all)|welcome\b.{0,20}\bsession|hello|hi (?:everyone|all))\b/i,
  ],
  ['thanks', /^(?:(?:and )?thank you|thanks|many thanks|my thanks|thank you all)\b(?:[^.?!]{0,60})[.!]?$/i],
  [
    'floor',
    /\b(?:over to you|the floor is yours|you have the floor|(?:give|hand|pass) (?:you )?the floor|hand (?:it )?over|go ahead|you start|your turn|(?:our|the) (?:first|next|last|final) (?:speaker|word|intervention)|the last word|let me (?:introduce|bring in)|(?:i'?ll|i will|let me) (?:come|turn|go) (?:back )?to you|would you (?:like to )?(?:take|respond|come in)|may i (?:respond|add|come in|say something|react)|can i (?:respond|add|come in|react)|who (?:wants|would like) to (?:start|go first|respond)|(?:a|one) (?:last|more|final) question|(?:two|three|a few) more questions|take (?:two|three|a few|one|some) (?:more )?questions|questions? from the (?:room|floor)|a hand up|hands? (?:up|raised)|i see a hand|you start|please,? go on)\b/i,
  ],
  [
    'time',
    /\b(?:(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|a few|a couple of)[- ](?:more )?(?:minutes?|seconds?)(?: (?:left|to go|remaining|each|over|for (?:this|the|each|you))| of the (?:time|session))|time check|(?:out of|running out of|short of|over) time|(?:keep|be) (?:it |them )?(?:short|brief)|has to be short|strict (?:with|about) time|the timer|(?:holding|hold) up my phone|one-minute recommendations?|lightning round)\b/i,
  ],
  [
    'audio or video',
    /\b(?:can you (?:hear|see) (?:me|us)|(?:hear|see) (?:me|us) (?:now|well|ok)|on mute|(?:are|you'?re|is) (?:still )?muted|unmut\w*|microphones?|\bmic\b|the audio|audio (?:is|was|problem)|sound (?:is|check)|captions?|captioning|the (?:big )?screen|slides?|(?:play|show) (?:the|a|her|his|my|ratna's|\w+'s) video|video (?:is|plays)|connection (?:dropped|is back|is bad|was lost)|dial(?:l)?ing (?:back )?in|reconnecting|lost (?:you|him|her|the connection)|breaking up|frozen|(?:the|a) stream|recording|(?:the )?technicians?,? (?:please|can you|could you)|can the technicians|testing,? testing|i (?:can )?hear you|could you repeat|can you repeat|say that again)\b/i,
  ],
  [
    'logistics',
    /\b(?:break-?outs?|coffee|lunch break|round tables?|to your tables?|table rapporteurs?|report(?:s|ing)? back|raise (?:your|a) hand|in the chat|the q&a|session page|table notes|\bbe (?:shared|posted|circulated)|rapporteur|moderating|moderator|our speakers|(?:the|this) format|run of show|agenda|housekeeping|take a seat|free chairs|(?:the|this) room(?:$|[.,])|online room|join (?:us|the table))\b/i,
  ],
  [
    'introduction',
    /\b(?:my name is|i am joined by|joining us (?:online|from|today)|next to me is|let me introduce)\b/i,
  ],
  // A speaker from the floor giving name and job before the question: "Matthias Kruger, I work for …".
  [
    'introduction',
    /^(?:(?:Thank you|Thanks|Hello|Hi)[.,!]?\s*)?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}, (?:I['’]?m|I am|I work|I lead|I run|I teach|I chair|I coordinate)\b/u,
  ],
  [
    'closing',
    /\b(?:(?:let me|i will|i'?ll) (?:try to )?(?:summari[sz]e|wrap up|pull (?:this|it) together)|before (?:we close|i try)|i'?ll stop there|that'?s all (?:from me|for now)|we (?:have to|must|need to) (?:close|stop|end)|(?:session|meeting) is (?:closed|adjourned))\b/i,
  ],
];

/** The procedural reason a sentence carries, or null when it reads as content. */
export const proceduralCue = memoByText((sentence: string): string | null => {
  if (isStageDirection(sentence)) return 'stage direction';
  for (const [reason, pattern] of CUES) if (pattern.test(sentence)) return reason;
  return null;
});

export interface TurnContext {
  /** Lower-cased first and last names of the session's people: an address by name is not content. */
  names: ReadonlySet<string>;
  /** Lower-cased full names, for introductions ("Next to me is Yared Mulugeta, Director of …"). */
  fullNames: readonly string[];
  /** Content lemmas of each policy question: a sentence that reads a question out is run of show. */
  questionTerms: readonly ReadonlySet<string>[];
  /** The speaker runs the session (moderator, organizer, online moderator). */
  chairs: boolean;
}

const MIN_CONTENT = 2;

/** Lemmas that carry meaning: not stop words, not names, not numbers or one-letter tokens. */
export function contentLemmas(sentence: AnalyzedSentence, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentence.lemmas.length; i++) {
    const lemma = sentence.lemmas[i]!;
    if (sentence.stop[i] || lemma.length <= MIN_CONTENT || !/\p{L}/u.test(lemma)) continue;
    if (names.has(sentence.words[i]!) || FILLER.has(lemma)) continue;
    out.push(lemma);
  }
  return out;
}

/** Conversation words that say nothing about a topic. */
const FILLER = new Set(
  'thank thanks please yes okay ok good great wonderful morning afternoon evening everyone everybody hello welcome sorry lot bit kind sort really very just also well right sure think say said tell know mean want like let go get come look thing something anything everything somebody someone today question questions point answer minute minutes second seconds word words much many first last next one two three'.split(
    ' ',
  ),
);

const WEAK_CUES = new Set(['logistics', 'audio or video', 'time', 'floor', 'thanks']);

export interface SentenceRole {
  cue: string | null;
  content: string[];
}

export function sentenceRoles(sentences: readonly AnalyzedSentence[], ctx: TurnContext): SentenceRole[] {
  return sentences.map((sentence) => {
    const content = contentLemmas(sentence, ctx.names);
    let cue = proceduralCue(sentence.raw);
    // A sentence full of content that merely mentions the chat, a table or a minute is still content.
    if (cue && WEAK_CUES.has(cue) && content.length >= 10) cue = null;
    if (!cue && content.length === 0) cue = 'no content';
    if (!cue && readsOutQuestion(content, ctx.questionTerms)) cue = 'run of show';
    if (!cue && introduces(sentence.raw, ctx.fullNames)) cue = 'introduction';
    return { cue, content };
  });
}

function readsOutQuestion(content: readonly string[], questions: readonly ReadonlySet<string>[]): boolean {
  const set = new Set(content);
  return questions.some((terms) => {
    if (terms.size < 4) return false;
    let shared = 0;
    for (const t of terms) if (set.has(t)) shared++;
    return shared / terms.size >= 0.5;
  });
}

const INTRO_VERB =
  /\b(?:is|leads|runs|coordinates|chairs|directs|heads|works|teaches|joins|represents|founded|manages|is a|who)\b/i;

function introduces(raw: string, fullNames: readonly string[]): boolean {
  const lower = raw.toLowerCase();
  return fullNames.some((name) => name.includes(' ') && lower.includes(name)) && INTRO_VERB.test(raw);
}

export interface TurnVerdict {
  procedural: boolean;
  reason: string | null;
  /** Content words outside procedural sentences. */
  contentWords: number;
  /** Share of the turn's content words that sit in procedural sentences. */
  proceduralShare: number;
}

export function classifyTurn(
  roles: readonly SentenceRole[],
  ctx: TurnContext,
  raw: readonly string[] = [],
): TurnVerdict {
  let proc = 0;
  let total = 0;
  // A topical question ("And if head office still says no?") is content however short it is.
  // So is a recommendation ("Fund the radio before the storm.").
  const asks = roles.some(
    (role, i) =>
      !role.cue &&
      role.content.length >= 2 &&
      (/\?["”’]?\s*$/.test(raw[i] ?? '') || actionCue(raw[i] ?? '') !== null),
  );
  const reasons = new Map<string, number>();
  for (const role of roles) {
    total += role.content.length;
    if (role.cue) {
      proc += role.content.length;
      reasons.set(role.cue, (reasons.get(role.cue) ?? 0) + role.content.length + 1);
    }
  }
  const contentWords = total - proc;
  const share = total ? proc / total : 1;
  const reason = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'no content';
  const procedural =
    (contentWords < 4 && !asks) ||
    share >= (ctx.chairs ? 0.5 : 0.7) ||
    (ctx.chairs && contentWords < 6 && share >= 0.3);
  return { procedural, reason: procedural ? reason : null, contentWords, proceduralShare: share };
}
