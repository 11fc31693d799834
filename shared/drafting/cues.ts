/**
 * Cue phrases for calls to action and takeaways, and who a recommendation is addressed to.
 * Recommendations come in many forms ("governments must", "my ask to donors is", "I would urge",
 * bare imperatives, conditions set for others); "should" alone is neither needed nor enough.
 */
import { memoByText } from './memo';

export interface ActionCue {
  cue: string;
  addressee: string | null;
  strength: number;
}

const ADDRESSEE_HEAD =
  /^(?:to|for) (?!(?:add|be|sum|summarise|summarize|conclude|start|finish|close|begin|answer|respond|say|clarify|give|put|go|come|make|recap|wrap)\b)((?:my |our |the |all |every |each )?(?:fellow )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,6}?(?:,? and (?:the |to )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,2})?)\s*:\s*/i;
const FIRST_PERSON_SUBJECT = /^(?:i|we|i'm|we're|i've|we've|my|our)\b/i;
const MODAL = /\b(must|should|need to|needs to|have to|has to|ought to|shall)\b/i;
const RECOMMEND =
  /\b(?:i|we)(?: would| 'd|'d)?(?: also| strongly| therefore| really)? (?:urge|ask|recommend|suggest|propose|call on|call upon|invite|encourage|appeal to|support|favour|favor|insist on|push for|argue for|advocate)\b|\bmy (?:(?:first|second|third|last|final|main|one|only) )?(?:ask|request|recommendation|proposal|advice|message|plea|appeal|call|suggestion)\b|\bour (?:(?:first|second|third|last|final|main|one|only) )?(?:ask|recommendation|proposal|call|message)\b|\bwhat i'?d like (?:\w+ )?to take home\b|\bthe lesson for\b/i;
const LET_IMPERATIVE = /^let (?!me\b|us\b|'s\b|’s\b)/i;
const NOT_ACTION =
  /\b(?:i'?m not saying|not saying|i don'?t (?:think|say)|nobody|no one|if (?:you|we|they) (?:should|must))\b|^(?:whether|although|because|how|who|why|which)\b|^what (?:i|we|you) (?:want|would like|wanted) to ask\b/i;
/** A conditional or temporal lead ("If the public paid for it, …"): the prescription is in the main clause after it. */
const CONDITION_LEAD = /^(?:if|when|unless|once|until)\b[^,]{3,}?,\s+/i;
/** A modal inside a reason, purpose or relative clause does not make the sentence a prescription. */
const SUBORDINATE = /\b(?:because|since|so that|which|who|whom|that i think|even when|while)\b/i;
/** Descriptions of what is already done ("Since last year, every provider must …", "In our case, …"). */
const DESCRIPTION_LEAD =
  /^(?:since|in our case|in my country|last year|every (?:day|week|month|quarter|year),? we)\b/i;
/** A sentence that only announces the point that follows ("my advice is.", "the first question is always."). */
const LEAD_IN_END = /\b(?:is|are|was|always|this|following)[.:]?$/i;

const COORDINATION = /,\s+(?:and|so|but)\s+(?:then\s+)?/i;

/** Verbs that open imperatives in recommendations; a sentence opening with one of these is an instruction. */
const IMPERATIVE_VERBS = new Set(
  "accept adopt agree align allow apply ask assign avoid budget build bundle cap change charge check connect consult consider coordinate count create cut design define demand do don't drop end enforce ensure establish expand extend fund get give guarantee harmonise harmonize help hire include invest involve join keep lend let lift limit look make map measure monitor move name negotiate notify offer open pair pay photograph plan pool price prioritise prioritize protect provide publish punish put read recognise recognize recruit reduce register remove report require reserve review reward separate set share simplify spend standardise start stop strengthen support take teach tell test train translate treat use waive write".split(
    ' ',
  ),
);

const BENEFIT =
  /^(?:a|an|one|two|three|four|five|(?:two|three|four) or (?:three|four|five)) (?!of (?:us|them)\b)[^,.]*?(?:,[^,.]*,)?[^,.]*? would (?:cost|change|save|cut|solve|do) (?:more|less|each|every|very|far|half|the|a)\b/i;

/** "Third, on electricity, put …": a topic phrase before an instruction. */
const TOPIC_LEAD =
  /^(?:(?:first|second|third|fourth|finally|lastly|and|so)[,]?\s+)?(?:on|for|about|as for|regarding|with) [^,]{1,60},\s+(?:like [^,]{1,80},\s+)?/i;
/** "Banks and donors: stop waiting …": a short noun phrase naming who the instruction is for. */
const BARE_ADDRESSEE = /^((?:the )?[a-z][\w'-]*(?: (?:and )?[a-z][\w'-]*){0,3}):\s+/i;
const COMMA_ADDRESSEE =
  /^(?:and )?(?:to|for) ((?:the |all |our |my )?[a-z][\w'-]*(?: (?:and )?[a-z][\w'-]*){0,3}),\s+/i;
const STRIP_LEAD = /^(?:so|and|but|first|second|third|finally|then|also|please|now|instead)[,:]?\s+/i;

/** Who a sentence addresses and how it prescribes, or null when it does not prescribe. */
export function actionCue(
  sentence: string,
  context: { addressee: string | null } = { addressee: null },
): ActionCue | null {
  // The addressee from context only fills a gap in the answer, so the text alone is remembered.
  const cue = actionCueOf(sentence);
  return cue && { ...cue, addressee: cue.addressee ?? context.addressee };
}

const actionCueOf = memoByText((sentence: string) => findActionCue(sentence));

function findActionCue(sentence: string): ActionCue | null {
  const context = { addressee: null };
  let s = sentence.trim();
  if (!s || s.endsWith('?')) return null;
  let addressee: string | null = null;
  const head = ADDRESSEE_HEAD.exec(s);
  if (head) {
    addressee = head[1]!.trim();
    s = s.slice(head[0].length);
  }
  // "To donors, fund national plans": who the instruction is for, set off by a comma.
  const named = head ? null : COMMA_ADDRESSEE.exec(s);
  if (named && startsImperative(s.slice(named[0].length))) {
    addressee = named[1]!.trim();
    s = s.slice(named[0].length);
  }
  const bare = head || named ? null : BARE_ADDRESSEE.exec(s);
  if (bare && startsImperative(s.slice(bare[0].length))) {
    addressee = bare[1]!.trim();
    s = s.slice(bare[0].length);
  }
  for (let i = 0; i < 3; i++) s = s.replace(STRIP_LEAD, '');
  const topic = TOPIC_LEAD.exec(s);
  if (topic && startsImperative(s.slice(topic[0].length))) s = s.slice(topic[0].length);
  // "Small grants are welcome, but please look at the reporting": the instruction in a later clause.
  const later = s
    .split(COORDINATION)
    .slice(1)
    .find((p) => startsImperative(p.replace(/^please,?\s+/i, '')));
  if (later && !startsImperative(s) && !s.trim().endsWith('?'))
    return { cue: 'imperative', addressee: addressee ?? context.addressee, strength: 0.8 };
  // Only a short sentence can be a mere announcement; "…, because that's what it is." ends on "is" too.
  const lastClause = s
    .replace(/[.\s]+$/, '')
    .split(/,\s+/)
    .pop()!
    .trim();
  const announcing = lastClause.split(/\s+/).length <= 4 && LEAD_IN_END.test(lastClause);
  if (announcing || DESCRIPTION_LEAD.test(s)) return null;
  const condition = CONDITION_LEAD.exec(s);
  if (condition && !/^(?:if|when) (?:you|we|they) (?:should|must)\b/i.test(s))
    s = s.slice(condition[0].length);
  else if (/^(?:if|when|unless)\b/i.test(s)) return null;
  if (NOT_ACTION.test(s) && !RECOMMEND.test(s)) return null;
  if (announcesOnly(s)) return null;
  const lower = s.toLowerCase();
  // "Open-source tools …" and "Look, …" open with a verb's spelling but are not instructions.
  const first = /^[a-z']+[-,]/.test(lower) ? '' : (lower.match(/^[a-z']+/)?.[0] ?? '');
  if (RECOMMEND.test(lower)) {
    return {
      cue: 'recommendation',
      addressee: addressee ?? recommendedTo(lower) ?? context.addressee,
      strength: 1,
    };
  }
  if (first === 'do' && /^do not\b/.test(lower))
    return { cue: 'imperative', addressee: addressee ?? context.addressee, strength: 0.9 };
  if (first === "don't" || first === 'never' || IMPERATIVE_VERBS.has(first)) {
    if (first === 'let' && !LET_IMPERATIVE.test(s)) return null;
    return { cue: 'imperative', addressee: addressee ?? context.addressee, strength: 0.9 };
  }
  // "A small fund for exam vouchers would change more than another conference": a proposal put as its benefit.
  if (BENEFIT.test(lower))
    return { cue: 'benefit', addressee: addressee ?? context.addressee, strength: 0.7 };
  const modal = MODAL.exec(lower);
  if (modal) {
    const subject = lower.slice(0, modal.index).trim();
    if (SUBORDINATE.test(subject)) return null;
    // "I should say", "we must remember": the speaker about herself, not a prescription for someone else.
    if (/^(?:i|i think i)$/.test(subject)) return null;
    if (/\b(?:said|says|say|told|asked|wonder|whether)\b/.test(subject)) return null;
    if (
      /^(?:they|it|that|this|there)$/.test(subject) &&
      /\b(?:should|must) (?:have|be) (?:them|it)\b|\bshould\.$/.test(lower)
    )
      return null;
    if (
      lower
        .slice(modal.index + modal[0].length)
        .trim()
        .split(/\s+/).length < 3
    )
      return null;
    const who = FIRST_PERSON_SUBJECT.test(subject) ? 'we' : subject.split(/\s+/).slice(-4).join(' ');
    return {
      cue: modal[1]!.toLowerCase(),
      addressee: addressee ?? (who && who !== 'it' && who !== 'there' ? who : context.addressee),
      strength: who === 'we' ? 0.7 : 0.85,
    };
  }
  if (head) return { cue: 'addressed', addressee, strength: 0.8 };
  return null;
}

function startsImperative(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (/^[a-z']+[-,]/.test(lower)) return false;
  const first = lower.match(/^[a-z']+/)?.[0] ?? '';
  return first === "don't" || (IMPERATIVE_VERBS.has(first) && first !== 'let');
}

/** "My recommendation is for regulators." names who the point is for; the point itself comes next. */
function announcesOnly(s: string): boolean {
  if (s.includes(':')) return false;
  const m =
    /\b(?:my|our) (?:ask|request|recommendation|proposal|advice|message|plea|appeal|call|suggestion)s? is (?:addressed |directed )?(?:for|to) (?:the |all |my |our )?([a-z][\w'-]*)/i.exec(
      s,
    );
  if (!m || IMPERATIVE_VERBS.has(m[1]!.toLowerCase())) return false;
  return !/\b(?:must|should|need to|to [a-z]+ (?:the|a|an|their|its|every))\b/i.test(
    s.slice(m.index + m[0].length),
  );
}

function recommendedTo(lower: string): string | null {
  // "I would ask for a level playing field": what is asked for, not whom.
  if (/\b(?:i|we)(?: would|'d)?(?: also)? ask for\b/.test(lower)) return null;
  const m =
    /\b(?:urge|ask|call on|call upon|invite|encourage|appeal to) (?:the |all |our )?([a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?) to\b/.exec(
      lower,
    ) ??
    /\b(?:ask|recommendation|proposal|message|request|call|advice|lesson) (?:to|for) (?:the |all |our |my )?([a-z][\w'-]*(?: (?:and )?[a-z][\w'-]*){0,3}?)(?: is\b|:|,|\.|$)/.exec(
      lower,
    );
  return m ? m[1]!.trim() : null;
}

/** "To governments:" / "My recommendation is for regulators": who the following imperatives address. */
export function addresseeDeclared(sentence: string): string | null {
  const lower = sentence.toLowerCase();
  const head = ADDRESSEE_HEAD.exec(sentence.trim());
  if (head) return head[1]!.trim();
  const m =
    /\b(?:recommendation|ask|message|proposal|mine) is (?:for|to) (?:the |all |my |our )?([a-z][\w'-]*(?: (?:and |for )?[a-z][\w'-]*){0,5}?)(?:[,.:]|$)/.exec(
      lower,
    );
  return m ? m[1]!.trim() : null;
}

/** A clause after a colon that prescribes: "If I had to put it in one line: don't sell …". */
export function splitClauses(sentence: string): string[] {
  const parts = sentence.split(/(?<=[:;])\s+/).filter((p) => p.trim());
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!.trim();
    // A short lead-in before a colon ("My ask to donors:", "To governments:") stays with what it introduces.
    while (part.endsWith(':') && part.split(/\s+/).length <= 10 && i + 1 < parts.length)
      part += ' ' + parts[++i]!.trim();
    // "I would support one obligation: a tested backup plan, reported every year": what follows the colon
    // spells out the prescription before it, so the two stay one candidate.
    while (
      part.endsWith(':') &&
      i + 1 < parts.length &&
      actionCue(part.replace(/:$/, '.')) &&
      !actionCue(parts[i + 1]!.replace(/[;:]$/, '.'))
    )
      part += ' ' + parts[++i]!.trim();
    const t = part.replace(/[;:]$/, '.');
    out.push(t.charAt(0).toUpperCase() + t.slice(1));
  }
  return out;
}

const REPORTED_LEAD = /^(?:[^,:;]*?\b(?:agreed|was|is|say|says|said|think|believe|found|concluded)) that\s+/i;

/**
 * The part of a prescribing clause that carries the prescription: a rapporteur files "fund the people",
 * not "Our recommendation is to donors and networks: fund the people"; "indigenous communities must be
 * consulted", not the table's disagreement before it. Who it is for stays in the candidate's addressee.
 */
export function actionSpan(clause: string): string {
  let s = clause.trim();
  const colon = s.indexOf(': ');
  if (colon > 0) {
    const lead = s.slice(0, colon + 1);
    const rest = s.slice(colon + 2);
    if (
      lead.split(/\s+/).length <= 10 &&
      (ADDRESSEE_HEAD.test(lead + ' ') || RECOMMEND.test(lead) || addresseeDeclared(lead)) &&
      rest.split(/\s+/).length >= 4 &&
      actionCue(rest)
    )
      s = rest;
  }
  const named = COMMA_ADDRESSEE.exec(s);
  if (named && startsImperative(s.slice(named[0].length))) s = s.slice(named[0].length);
  const reported = REPORTED_LEAD.exec(s);
  if (reported && reported[0].split(/\s+/).length <= 14) {
    const rest = s.slice(reported[0].length);
    if (rest.split(/\s+/).length >= 4 && actionCue(rest)) s = rest;
  }
  // "Young people need seats, and indigenous communities must be consulted …": a describing clause of its
  // own before the prescribing one is left out; what follows the prescription (its list, its reason) stays.
  const parts = s.split(COORDINATION);
  if (parts.length > 1) {
    const words = (p: string) => p.split(/\s+/).length;
    const firstCued = parts.findIndex(
      (p) => (words(p) >= 5 && actionCue(p) !== null) || startsImperative(p.replace(/^please,?\s+/i, '')),
    );
    if (firstCued > 0 && parts.slice(0, firstCued).every((p) => words(p) >= 3 && !actionCue(p)))
      s = s.slice(s.indexOf(parts[firstCued]!));
  }
  s = s.trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface TakeawayCue {
  cue: string;
  strength: number;
}

const FIGURE =
  /\b(?:\d[\d,.]*\s*(?:%|percent|per cent)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a third|a quarter|a fifth)[- ](?:percent|per cent|of (?:every|the|our|all)|times|in (?:five|ten|three|four)|hundred|thousand|million|years?|months?|weeks?|days?))\b/i;
const LESSON =
  /\b(?:the lesson|we learn(?:ed|t)|what we (?:found|learn(?:ed|t)|saw)|we found|the answer was|it turned out|the result (?:is|was)|experience shows|the evidence|in practice|the (?:real|main|biggest) (?:problem|cost|barrier|lesson|risk)|is not the same as|not \w+ but|the key is|what works)\b/i;
const COMMITMENT =
  /\b(?:we will|i will|we'll|i'll|we are (?:now )?preparing|we have (?:agreed|decided)|next year we|we commit|my commitment)\b/i;

export function takeawayCue(sentence: string): TakeawayCue | null {
  if (sentence.trim().endsWith('?')) return null;
  if (COMMITMENT.test(sentence) && !/\bi'?ll (?:stop|start|take|try|be|say|come)\b/i.test(sentence))
    return { cue: 'commitment', strength: 0.9 };
  if (LESSON.test(sentence)) return { cue: 'lesson', strength: 0.85 };
  if (FIGURE.test(sentence)) return { cue: 'figure', strength: 0.8 };
  return null;
}

/** Common ways the default fora are named in speech. */
const FORUM_ALIASES: Record<string, RegExp> = {
  G7: /\bG-?7\b|\bgroup of seven\b/i,
  G20: /\bG-?20\b|\bgroup of twenty\b/i,
  'Global Digital Compact': /\bglobal digital compact\b|\bGDC\b/i,
  'WSIS+20': /\bWSIS\b/i,
  'IGF Messages': /\bIGF messages\b|\bmessages? (?:of|from) the IGF\b|\bthe (?:IGF )?secretariat\b/i,
  'Bilateral Digital Dialogues': /\b(?:bilateral|digital) dialogues?\b/i,
};

/** The fora of the user's list that a sentence names (by name, or by a common alias for the defaults). */
export function foraNamed(text: string, fora: readonly string[]): string[] {
  return fora.filter((forum) => {
    const alias = FORUM_ALIASES[forum];
    if (alias?.test(text)) return true;
    const escaped = forum.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return escaped !== '' && new RegExp(`(?:^|\\W)${escaped}(?:$|\\W)`, 'i').test(text);
  });
}
