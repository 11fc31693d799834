import {
  DEFAULT_FORA,
  liveStatements,
  markedNoQuestion,
  ordered,
  type Person,
  type Session,
  type Statement,
} from '../model/session';
import { escapeMarkdownText } from '../report/text';
import { markdownToPlainText } from '../report/plainText';
import { labelOrEmpty } from '../i18n/codeLabels';
import { countWords, dropVocative } from './clean';
import { actionCue, actionSpan, addresseeDeclared, foraNamed, splitClauses, takeawayCue } from './cues';
import {
  classifyTurn,
  contentLemmas,
  sentenceRoles,
  type SentenceRole,
  type TurnContext,
  type TurnVerdict,
} from './procedural';
import { mmrSelect, speaksTo, standsAlone, wordsSaidOn, type SummarySentence } from './summary';
import { argmax, suggestTags } from './tagging';
import {
  MARKED_NO_QUESTION,
  type AnalyzedSentence,
  type Analyzer,
  type Candidate,
  type DraftOptions,
  type SessionDraft,
  type StatementSuggestion,
  type SummaryDraft,
} from './types';
import { bm25Vectors, blend, cosine, type Vec } from './vectors';
import { findTransition } from './transitions';

export const DEFAULT_SUMMARY_WORDS = 180;
export { MARKED_NO_QUESTION };
const CHAIR_ROLES = new Set(['onsiteModerator', 'onlineModerator']);

interface Turn {
  statement: Statement;
  person: Person | undefined;
  sentences: AnalyzedSentence[];
  roles: SentenceRole[];
  /** Content lemmas of the sentences that are not procedure: the turn's BM25 document. */
  content: string[];
  procedural: boolean;
  proceduralReason: string | null;
  chairs: boolean;
}

/** Everything the drafting knows about a session, computed once and shared by every part of the draft. */
export function draftSession(session: Session, analyzer: Analyzer, options: DraftOptions = {}): SessionDraft {
  const fora = options.fora ?? DEFAULT_FORA;
  const people = new Map(session.people.map((p) => [p.id, p]));
  const questions = ordered(session.questions);
  const qIndex = new Map(questions.map((q, i) => [q.id, i]));
  const names = new Set<string>();
  const fullNames: string[] = [];
  for (const p of session.people) {
    const full = p.name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (full) fullNames.push(full);
    for (const part of full.split(/[\s-]+/)) if (part.length > 2) names.add(part);
  }
  const qSentences = questions.map((q) => analyzer.analyze(q.text));
  const questionTerms = qSentences.map((ss) => new Set(ss.flatMap((s) => contentLemmas(s, names))));

  const read = turnReader(analyzer, names, fullNames, questionTerms);
  const turns: Turn[] = liveStatements(session).map((statement) => {
    const person = statement.speakerId ? people.get(statement.speakerId) : undefined;
    const chairs = !!person?.roles.some((r) => CHAIR_ROLES.has(r));
    const reading = read(statement.text, chairs);
    // What the rapporteur tagged to a question is content, whatever its words look like; what they
    // settled as "no question" is procedure, and is neither suggested nor summarised again.
    const verdict = statement.questionIds.length
      ? { procedural: false, reason: null }
      : markedNoQuestion(statement)
        ? { procedural: true, reason: MARKED_NO_QUESTION }
        : reading.verdict();
    return {
      statement,
      person,
      sentences: reading.sentences,
      roles: reading.roles,
      content: reading.content,
      procedural: verdict.procedural,
      proceduralReason: verdict.reason,
      chairs,
    };
  });

  // One BM25 space for statements, questions and the session's own description.
  const contextSentences = [
    ...analyzer.analyze(session.facts.description),
    ...analyzer.analyze(session.facts.expectedOutcomes),
  ];
  const docs = [
    ...turns.map((t) => t.content),
    ...qSentences.map((ss) => ss.flatMap((s) => contentLemmas(s, names))),
    ...contextSentences.map((s) => contentLemmas(s, names)),
  ];
  const vecs = bm25Vectors(docs);
  const turnVecs = vecs.slice(0, turns.length);
  const questionVecs = vecs.slice(turns.length, turns.length + questions.length);
  const contextVecs = vecs.slice(turns.length + questions.length);
  const context = questions.map(() => [] as Vec[]);
  for (const v of contextVecs) {
    const sims = questionVecs.map((q) => cosine(v, q));
    const best = argmax(sims);
    const second = Math.max(...sims.filter((_, i) => i !== best), 0);
    if (sims[best]! > 0.12 && sims[best]! > 1.5 * second) context[best]!.push(v);
  }

  const segmentOf = segmentFinder(session, qIndex);
  let current = -1;
  const transitions = turns.map((t) => {
    const found = findTransition(t.statement.text, questions.length, current, t.chairs);
    if (found) current = found.question;
    return found;
  });
  // A short turn that announces the next question poses it: content, not procedure.
  turns.forEach((t, i) => {
    if (
      t.procedural &&
      transitions[i] &&
      countWords(t.statement.text) < 60 &&
      !markedNoQuestion(t.statement)
    ) {
      t.procedural = false;
      t.proceduralReason = null;
    }
  });
  const tags = suggestTags({
    vectors: turnVecs,
    procedural: turns.map((t) => t.procedural),
    questions: questionVecs,
    context: context.map((vs) => blend(vs.map((v) => [v, 1] as const))),
    tagged: turns.map((t) => {
      const ids = t.statement.questionIds
        .map((id) => qIndex.get(id))
        .filter((i): i is number => i !== undefined);
      return ids.length ? ids : null;
    }),
    segment: turns.map((t) => segmentOf(t.statement)),
    transition: transitions,
  });

  const statements: StatementSuggestion[] = turns.map((t, i) => {
    const suggestions = tags.suggestions[i]!.map((s) => ({
      ...s,
      questionId: questions[Number(s.questionId)]!.id,
    }));
    return {
      statementId: t.statement.id,
      questions: t.procedural ? [] : suggestions,
      procedural: t.procedural,
      proceduralReason: t.proceduralReason,
      confidence: t.procedural ? 0.8 : (suggestions[0]?.confidence ?? 0),
    };
  });

  const empty = (questionId: string): SummaryDraft => ({
    questionId,
    markdown: '',
    sentences: [],
    sourceStatementIds: [],
    words: 0,
  });
  if (options.suggestionsOnly)
    return {
      statements,
      callToActionCandidates: [],
      takeawayCandidates: [],
      summaries: questions.map((q) => empty(q.id)),
      keyIssues: empty(''),
    };

  // Sentence vectors for summaries and candidates, in the same kind of space.
  const flat: { turn: number; sentence: number; text: string }[] = [];
  turns.forEach((t, ti) =>
    t.sentences.forEach((s, si) => {
      if (!t.procedural && !t.roles[si]!.cue)
        flat.push({ turn: ti, sentence: si, text: dropVocative(s.text, names) });
    }),
  );
  const sentenceVecs = bm25Vectors(flat.map((f) => turns[f.turn]!.roles[f.sentence]!.content));
  const profiles = questionVecs.map((q, qi) => {
    const members = turnVecs.filter((_, i) => statements[i]!.questions[0]?.questionId === questions[qi]!.id);
    return blend([[q, 1], ...members.map((v) => [v, 1 / members.length] as const)]);
  });
  // Each sentence's likeness to each question, once: candidates and every question's pool read it.
  const sentenceSims = sentenceVecs.map((v) => profiles.map((p) => cosine(v, p)));
  const topicOf = (ti: number): string[] => {
    const accepted = turns[ti]!.statement.questionIds.filter((id) => qIndex.has(id));
    return accepted.length ? accepted : statements[ti]!.questions.map((q) => q.questionId);
  };

  const callToActionCandidates: Candidate[] = [];
  const takeawayCandidates: Candidate[] = [];
  const prescribing = new Set<string>();
  let lastTurn = -1;
  let declared: string | null = null;
  flat.forEach((f, fi) => {
    if (f.turn !== lastTurn) {
      declared = null;
      lastTurn = f.turn;
    }
    const id = turns[f.turn]!.statement.id;
    const relevance = Math.max(0, ...sentenceSims[fi]!);
    for (const clause of splitClauses(f.text)) {
      const cue = actionCue(clause, { addressee: declared });
      const span = cue ? actionSpan(clause) : '';
      if (cue && countWords(span) >= 4) {
        prescribing.add(clause);
        callToActionCandidates.push({
          text: span,
          statementId: id,
          addressee: cue.addressee,
          fora: foraNamed(f.text, fora),
          score: round2(cue.strength * (0.5 + relevance)),
          cue: cue.cue,
        });
      }
    }
    const said = addresseeDeclared(f.text);
    if (said) declared = said;
    const tk = takeawayCue(f.text);
    if (tk && countWords(f.text) >= 6) {
      takeawayCandidates.push({
        text: f.text,
        statementId: id,
        addressee: null,
        fora: foraNamed(f.text, fora),
        score: round2(tk.strength * (0.5 + relevance)),
        cue: tk.cue,
      });
    }
  });

  const taggedTo = (ti: number, qi: number): boolean => topicOf(ti).includes(questions[qi]!.id);
  const wordsFor = (pool: readonly SummarySentence[], qi: number | null): number => {
    if (options.summaryRatio === undefined) return options.summaryWords ?? DEFAULT_SUMMARY_WORDS;
    const source = new Set(pool.map((p) => p.statementIndex));
    const tagged = [...source].filter((ti) => qi === null || taggedTo(ti, qi));
    // Sentences borrowed from turns tagged elsewhere count for what they are, not for their whole turn.
    const borrowed = qi === null ? [] : pool.filter((p) => !taggedTo(p.statementIndex, qi));
    const total = wordsSaidOn(
      tagged.map((ti) => countWords(turns[ti]!.statement.text)),
      borrowed.map((p) => countWords(p.text)),
    );
    return Math.max(60, Math.round(total * options.summaryRatio));
  };
  const takeawayTexts = new Set(takeawayCandidates.map((c) => c.text));
  const ctaTexts = prescribing;
  const poolFor = (qi: number | null): SummarySentence[] =>
    flat.flatMap((f, fi) => {
      const turn = turns[f.turn]!;
      const sims = sentenceSims[fi]!;
      // A sentence of a turn suggested for another question may still speak to this one; a turn the
      // rapporteur tagged says itself what it is about.
      if (
        qi !== null &&
        !taggedTo(f.turn, qi) &&
        (turn.statement.questionIds.some((id) => qIndex.has(id)) ||
          !speaksTo(sims, qi, countWords(turn.statement.text)))
      )
        return [];
      const words = countWords(f.text);
      if (words < 4 || words > 60) return [];
      // "My recommendation is for regulators." announces a point; the point itself is what a summary needs.
      if (addresseeDeclared(f.text) && !actionCue(f.text)) return [];
      const own = qi === null ? Math.max(...sims, 0) : sims[qi]!;
      const other = qi === null ? 0 : Math.max(0, ...sims.filter((_, i) => i !== qi));
      return [
        {
          text: f.text,
          vec: sentenceVecs[fi]!,
          statementIndex: f.turn,
          sentenceIndex: f.sentence,
          speaker: turn.statement.speakerId,
          group: turn.person?.stakeholder ?? null,
          specificity: 3 * (own - 0.7 * other),
          // The chair mostly restates and routes; what the chair adds of their own still counts, at half.
          standsAlone: standsAlone(turn.sentences[f.sentence]!, turn.roles[f.sentence]!.content.length),
          weight: (takeawayTexts.has(f.text) || ctaTexts.has(f.text) ? 2 : 1) * (turn.chairs ? 0.5 : 1),
        },
      ];
    });
  const attributions = new Map<string | null, number>();
  const attributionWords = (speaker: string | null): number => {
    let n = attributions.get(speaker);
    if (n === undefined) {
      n = countWords(attributionOf(speaker ? people.get(speaker) : undefined));
      attributions.set(speaker, n);
    }
    return n;
  };
  const picks = questions.map((_, qi) => {
    const pool = poolFor(qi);
    return mmrSelect(pool, {
      words: wordsFor(pool, qi),
      attributionWords,
      overshoot: options.summaryRatio === undefined ? undefined : 0,
    });
  });
  const summaries: SummaryDraft[] = questions.map((q, qi) => toSummary(q.id, picks[qi]!, turns, people));
  // The summaries are each question's attributed account; the key issues, read first, point to themes
  // and would only repeat what a summary below already says, so they take what the summaries left.
  const inSummaries = picks.flat();
  const keyIssues = toSummary(
    '',
    mmrSelect(poolFor(null), { words: 90, lambda: 0.6, taken: inSummaries }),
    turns,
    people,
    true,
  );

  const rankCandidates = (list: Candidate[]): Candidate[] => dedupe(list.sort((a, b) => b.score - a.score));
  return {
    statements,
    callToActionCandidates: rankCandidates(callToActionCandidates),
    takeawayCandidates: rankCandidates(takeawayCandidates),
    summaries,
    keyIssues,
  };
}

/** What a statement's text says, read once: its sentences, their roles and its verdict as a turn. */
interface TurnReading {
  sentences: AnalyzedSentence[];
  roles: SentenceRole[];
  content: string[];
  verdict(): TurnVerdict;
}

/**
 * Suggestions are drafted again after every statement, over every statement: a statement's reading
 * depends only on its text, whether its speaker chairs and the session's names and questions, so it is
 * remembered per analyzer (whose sentences it holds) and per set of names and questions, and a new
 * statement costs its own reading. A few sets are kept, for a worker that drafts several sessions.
 */
// By chairing, then by text: the statement's own string is the key, and it hashes once, not per draft.
type Readings = [chairs: Map<string, TurnReading>, others: Map<string, TurnReading>];
const readings = new WeakMap<Analyzer, Map<string, Readings>>();
const READING_CONTEXTS = 4;
const READING_LIMIT = 20_000;

function turnReader(
  analyzer: Analyzer,
  names: ReadonlySet<string>,
  fullNames: readonly string[],
  questionTerms: readonly ReadonlySet<string>[],
): (text: string, chairs: boolean) => TurnReading {
  let contexts = readings.get(analyzer);
  if (!contexts) readings.set(analyzer, (contexts = new Map()));
  const key = JSON.stringify([[...names], fullNames, questionTerms.map((t) => [...t])]);
  let memory = contexts.get(key);
  if (!memory) {
    if (contexts.size >= READING_CONTEXTS) contexts.delete(contexts.keys().next().value!);
    memory = [new Map(), new Map()];
    contexts.set(key, memory);
  }
  const both = memory;
  return (text, chairs) => {
    const known = both[chairs ? 0 : 1];
    let reading = known.get(text);
    if (!reading) {
      const ctx: TurnContext = { names, fullNames, questionTerms, chairs };
      // Statements are Markdown: draft from what a reader sees, never from link targets or markup.
      const sentences = analyzer.analyze(markdownToPlainText(text));
      const roles = sentenceRoles(sentences, ctx);
      let verdict: TurnVerdict | undefined;
      reading = {
        sentences,
        roles,
        content: roles.filter((r) => !r.cue).flatMap((r) => r.content),
        verdict: () =>
          (verdict ??= classifyTurn(
            roles,
            ctx,
            sentences.map((x) => x.raw),
          )),
      };
      if (known.size >= READING_LIMIT) known.clear();
      known.set(text, reading);
    }
    return reading;
  };
}

/** "— Name, Stakeholder group" as toSummary writes it. */
function attributionOf(person: Person | undefined): string {
  return person
    ? [person.name.trim(), labelOrEmpty('stakeholder', person.stakeholder)].filter(Boolean).join(', ')
    : '';
}

/**
 * "Sentence. Sentence. — Name, Stakeholder group": one paragraph per speaker, in the order the
 * speakers first made a point, each speaker's sentences in the order said. The budget counts one
 * attribution per speaker, so the summary is as long as it was planned to be.
 */
function toSummary(
  questionId: string,
  picked: SummarySentence[],
  turns: readonly Turn[],
  people: ReadonlyMap<string, Person>,
  bullets = false,
): SummaryDraft {
  const paragraphs: { speaker: string | null; said: SummarySentence[] }[] = [];
  for (const s of picked) {
    const same = bullets ? undefined : paragraphs.find((p) => p.speaker === s.speaker);
    if (same) same.said.push(s);
    else paragraphs.push({ speaker: s.speaker, said: [s] });
  }
  const markdown = paragraphs
    .map(({ speaker, said }) => {
      const who = attributionOf(speaker ? people.get(speaker) : undefined);
      const body = escapeMarkdownText(said.map((s) => s.text).join(' '));
      const line = who ? `${body} — ${escapeMarkdownText(who)}` : body;
      return bullets ? `- ${line}` : line;
    })
    .join(bullets ? '\n' : '\n\n');
  const inOrder = paragraphs.flatMap((p) => p.said);
  const ids = [...new Set(inOrder.map((s) => turns[s.statementIndex]!.statement.id))];
  return {
    questionId,
    markdown,
    sentences: inOrder.map((s) => ({
      text: s.text,
      statementId: turns[s.statementIndex]!.statement.id,
      speakerId: s.speaker,
    })),
    sourceStatementIds: ids,
    words: picked.reduce((n, s) => n + countWords(s.text), 0),
  };
}

/** The same recommendation said twice (a speaker, then the moderator's closing list) is offered once. */
function dedupe(list: Candidate[]): Candidate[] {
  const kept: { c: Candidate; words: Set<string> }[] = [];
  for (const c of list) {
    const words = new Set(c.text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const dup = kept.some((k) => {
      let shared = 0;
      for (const w of words) if (k.words.has(w)) shared++;
      return shared / Math.max(1, Math.min(words.size, k.words.size)) >= 0.85;
    });
    if (!dup) kept.push({ c, words });
  }
  return kept.map((k) => k.c);
}

/** The agenda segment running when a statement was captured (from the timer's turns), with its questions. */
function segmentFinder(session: Session, qIndex: ReadonlyMap<string, number>) {
  const segments = new Map(session.agenda.filter((a) => !a.deletedAt).map((a) => [a.id, a]));
  const timed = session.turns
    .filter((t) => !t.deletedAt && t.segmentId && t.timer.startedAt)
    .map((t) => ({
      from: Date.parse(t.timer.startedAt!),
      to: t.timer.endedAt ? Date.parse(t.timer.endedAt) : Infinity,
      segment: segments.get(t.segmentId!),
    }))
    .filter((t) => t.segment)
    .sort((a, b) => a.from - b.from);
  return (statement: Statement) => {
    if (!timed.length) return null;
    const at = Date.parse(statement.at);
    let hit: (typeof timed)[number] | undefined;
    for (const t of timed) if (t.from <= at && at <= t.to + 60_000) hit = t;
    if (!hit) return null;
    const questions = hit
      .segment!.questionIds.map((id) => qIndex.get(id))
      .filter((i): i is number => i !== undefined);
    return questions.length ? { questions, title: hit.segment!.title } : null;
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
