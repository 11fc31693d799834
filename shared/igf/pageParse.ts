import { z } from 'zod';

/**
 * What the session-page import returns. The shape is a stable contract for other tools
 * (`npm run desk -- import-igf page.txt --json` prints exactly this), so change it only additively.
 */
export const PageParseSchema = z.object({
  title: z.string().nullable(),
  code: z.string().nullable(),
  year: z.number().nullable(),
  themes: z.array(z.string()),
  organizers: z.array(z.object({ name: z.string().nullable(), affiliation: z.string().nullable() })),
  speakers: z.array(
    z.object({
      name: z.string(),
      stakeholder: z.string().nullable(),
      region: z.string().nullable(),
      affiliation: z.string().nullable(),
    }),
  ),
  onsiteModerator: z.string().nullable(),
  onlineModerator: z.string().nullable(),
  rapporteur: z.string().nullable(),
  format: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  policyQuestions: z.array(z.string()),
  notFound: z.array(z.string()),
});
export type PageParse = z.infer<typeof PageParseSchema>;

/** The names used in `notFound`, in the order a user reads a session page. */
export const PAGE_FIELDS = [
  'title',
  'code',
  'year',
  'themes',
  'organizers',
  'speakers',
  'onsiteModerator',
  'onlineModerator',
  'rapporteur',
  'format',
  'durationMinutes',
  'policyQuestions',
] as const;

/** The parse plus the long-text fields the session editor also fills in. */
export type PageImport = PageParse & { description: string | null; expectedOutcomes: string | null };
