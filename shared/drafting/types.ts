/** The procedural reason of a statement the rapporteur marked "no question". */
export const MARKED_NO_QUESTION = 'marked no question';

/** What the drafting produces; plain data, safe to send across the contract. */

export interface AnalyzedSentence {
  /** The sentence as spoken (captioning text). */
  raw: string;
  /** The same sentence fit for a report: stage directions, fillers and punctuation faults removed. */
  text: string;
  /** Word tokens only (no punctuation), lower-cased, with their lemma, part of speech and stop-word flag. */
  words: string[];
  lemmas: string[];
  pos: string[];
  stop: boolean[];
}

/** Sentences, tokens, lemmas and parts of speech for a text; wink's model lives behind it. */
export interface Analyzer {
  analyze(text: string): AnalyzedSentence[];
}

export type SuggestionReason =
  | { kind: 'terms'; terms: string[] }
  | { kind: 'segment'; title: string }
  | { kind: 'thread' }
  | { kind: 'transition'; phrase: string }
  | { kind: 'tagged-like'; count: number };

export interface QuestionSuggestion {
  questionId: string;
  /** 0..1: the share of the evidence for this question among all questions. */
  confidence: number;
  reasons: SuggestionReason[];
}

export interface StatementSuggestion {
  statementId: string;
  /** Best first; empty when the statement is procedural. */
  questions: QuestionSuggestion[];
  procedural: boolean;
  /** Why the statement reads as procedure ("greeting", "time check", …), when it does. */
  proceduralReason: string | null;
  /** Confidence of the top suggestion (or of "no question" when procedural). */
  confidence: number;
}

export interface Candidate {
  text: string;
  statementId: string;
  /** Who the recommendation is addressed to, as said ("governments", "donors"), when found. */
  addressee: string | null;
  /** Follow-up fora from the user's list that the sentence names or points to. */
  fora: string[];
  score: number;
  /** What made it a candidate ("must", "imperative", "figure", "lesson", …). */
  cue: string;
}

export interface DraftSentence {
  text: string;
  statementId: string;
  speakerId: string | null;
}

export interface SummaryDraft {
  questionId: string;
  markdown: string;
  sentences: DraftSentence[];
  sourceStatementIds: string[];
  words: number;
}

export interface DraftOptions {
  /** Target length of each question's summary in words. */
  summaryWords?: number;
  /** Instead of a fixed length: this share of the words said on the question (0.05 = 5%). */
  summaryRatio?: number;
  /** Only the tag suggestions (what capture needs after each new statement). */
  suggestionsOnly?: boolean;
  /** Follow-up fora to recognise (the user's list). */
  fora?: readonly string[];
}

export interface SessionDraft {
  statements: StatementSuggestion[];
  takeawayCandidates: Candidate[];
  callToActionCandidates: Candidate[];
  summaries: SummaryDraft[];
  keyIssues: SummaryDraft;
}
