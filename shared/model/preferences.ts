import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';
import { DEFAULT_FORA } from './session';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a7f37');

/** What a user can set once for every session: lists, timer thresholds and colours, report limits. */
export const PreferencesSchema = z.object({
  /** Follow-up fora a statement can be addressed to. */
  fora: z
    .array(z.string().min(1).max(200))
    .max(50)
    .default([...DEFAULT_FORA]),
  timerWarningSeconds: z.number().int().min(0).max(3600).default(60),
  timerDangerSeconds: z.number().int().min(0).max(3600).default(15),
  timerColours: z
    .object({ running: colour, warning: colour, danger: colour, overtime: colour })
    .default({ running: '#1a7f37', warning: '#b7791f', danger: '#c2410c', overtime: '#b3261e' }),
  /** Limits the IGF has asked for; exceeding them warns, never blocks. */
  keyTakeawayLimit: z.number().int().min(1).max(50).default(3),
  callToActionLimit: z.number().int().min(1).max(50).default(3),
  /** The language of the screens; null follows the system's (the report has its own, per session). */
  language: z.enum(UI_LANGUAGES).nullable().default(null),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

/** A change to some preferences; absent keys stay as they are. */
export const PreferencesPatchSchema = z.strictObject({
  fora: PreferencesSchema.shape.fora.unwrap().optional(),
  timerWarningSeconds: PreferencesSchema.shape.timerWarningSeconds.unwrap().optional(),
  timerDangerSeconds: PreferencesSchema.shape.timerDangerSeconds.unwrap().optional(),
  timerColours: PreferencesSchema.shape.timerColours.unwrap().optional(),
  keyTakeawayLimit: PreferencesSchema.shape.keyTakeawayLimit.unwrap().optional(),
  callToActionLimit: PreferencesSchema.shape.callToActionLimit.unwrap().optional(),
  language: PreferencesSchema.shape.language.unwrap().optional(),
});
