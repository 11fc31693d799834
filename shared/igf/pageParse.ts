import { z } from 'zod';

/** How a person is printed, with the pick-list values read from it (null where the page is not clear). */
const entryFields = {
  affiliation: z.string().nullable(),
  /** The stakeholder group and region as printed. */
  stakeholder: z.string().nullable(),
  region: z.string().nullable(),
  /** The same mapped to the app's pick lists; null when the printed value does not say. */
  stakeholderGroup: z.string().nullable(),
  regionalGroup: z.string().nullable(),
  /** From an `[onsite]` / `[online]` tag or `(online)` after the entry. */
  presence: z.enum(['onsite', 'online']).nullable(),
};
export const PageSpeakerSchema = z.object({ name: z.string(), ...entryFields });
export const PageOrganizerSchema = z.object({ name: z.string().nullable(), ...entryFields });
export type PageSpeaker = z.infer<typeof PageSpeakerSchema>;
export type PageOrganizer = z.infer<typeof PageOrganizerSchema>;

/**
 * What the session-page import returns. The shape is a stable contract for other tools
 * (`npm run desk -- import-igf page.txt --json` prints exactly this), so change it only additively.
 */
export const PageParseSchema = z.object({
  title: z.string().nullable(),
  code: z.string().nullable(),
  year: z.number().nullable(),
  /** The `Full Title:` line, when the heading shortens it. */
  fullTitle: z.string().nullable(),
  /** Start date (YYYY-MM-DD), start and end time (HH:MM) and the time zone printed beside them. */
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  room: z.string().nullable(),
  themes: z.array(z.string()),
  organizers: z.array(PageOrganizerSchema),
  speakers: z.array(PageSpeakerSchema),
  additionalSpeakers: z.array(PageSpeakerSchema),
  /** What the moderator and rapporteur lines say beside the names (affiliation, groups), one per person. */
  roleDetails: z.array(PageSpeakerSchema),
  onsiteModerator: z.string().nullable(),
  onlineModerator: z.string().nullable(),
  rapporteur: z.string().nullable(),
  format: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  policyQuestions: z.array(z.string()),
  /** True when the page has a hybrid-format section. */
  hybrid: z.boolean().nullable(),
  notFound: z.array(z.string()),
  /**
   * How sure the reading of each found field is, 0–1: 1 for a labelled field, lower where the layout
   * was inferred (unlabelled lines, roles by position, prose).
   */
  confidence: z.record(z.string(), z.number()),
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

/** Fields a page gives only sometimes: never listed in `notFound`, shown as "not on the page" when absent. */
export const PAGE_EXTRA_FIELDS = ['fullTitle', 'date', 'startTime', 'timeZone', 'room', 'hybrid'] as const;

/** The parse plus the long-text fields the session editor also fills in. */
export type PageImport = PageParse & { description: string | null; expectedOutcomes: string | null };
