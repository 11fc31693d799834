import { z } from 'zod';

/** The draft as it crosses the contract (shared/drafting/types.ts is the same shape in TypeScript). */
const Reason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('terms'), terms: z.array(z.string()) }),
  z.object({ kind: z.literal('segment'), title: z.string() }),
  z.object({ kind: z.literal('thread') }),
  z.object({ kind: z.literal('transition'), phrase: z.string() }),
  z.object({ kind: z.literal('tagged-like'), count: z.number() }),
]);

const Candidate = z.object({
  text: z.string(),
  statementId: z.string(),
  addressee: z.string().nullable(),
  fora: z.array(z.string()),
  score: z.number(),
  cue: z.string(),
});

const Summary = z.object({
  questionId: z.string(),
  markdown: z.string(),
  sentences: z.array(
    z.object({ text: z.string(), statementId: z.string(), speakerId: z.string().nullable() }),
  ),
  sourceStatementIds: z.array(z.string()),
  words: z.number(),
});

export const SessionDraftSchema = z.object({
  statements: z.array(
    z.object({
      statementId: z.string(),
      questions: z.array(
        z.object({ questionId: z.string(), confidence: z.number(), reasons: z.array(Reason) }),
      ),
      procedural: z.boolean(),
      proceduralReason: z.string().nullable(),
      confidence: z.number(),
    }),
  ),
  takeawayCandidates: z.array(Candidate),
  callToActionCandidates: z.array(Candidate),
  summaries: z.array(Summary),
  keyIssues: Summary,
});
