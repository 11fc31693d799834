import { z } from 'zod';
import { IdSchema, IsoTimeSchema, StatementKindSchema } from './session';

/** What is in the capture box but not yet added: kept apart from the session so a crash cannot lose it. */
export const CaptureDraftSchema = z.object({
  text: z.string().max(2_000_000),
  speakerId: IdSchema.nullable().default(null),
  questionIds: z.array(IdSchema).max(1_000).default([]),
  kind: StatementKindSchema.default('statement'),
  fora: z.array(z.string().max(2_000)).max(100).default([]),
  starred: z.boolean().default(false),
  updatedAt: IsoTimeSchema,
});
export type CaptureDraft = z.infer<typeof CaptureDraftSchema>;
