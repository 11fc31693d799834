import { z } from 'zod';
import { THEMES } from '../../shared/menuCommands';
import { PreferencesSchema, type Preferences } from '../../shared/model/preferences';

/** Settings persist through electron-store in the app and through `conf` (its base) elsewhere. */
export const SettingsSchema = z.object({
  workspaceDir: z.string().nullable().default(null),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .nullable()
    .default(null),
  recentSessionIds: z.array(z.string()).default([]),
  /** View › Appearance. */
  theme: z.enum(THEMES).default('system'),
  /** Window › Display for the stage (null: the app picks), and Keep the stage on top. */
  stage: z
    .object({ displayId: z.number().int().nullable(), onTop: z.boolean() })
    .default({ displayId: null, onTop: false }),
  /** Sessions this person moved to the archive: hidden from their list, still in the workspace. */
  archivedSessionIds: z.array(z.string()).default([]),
  preferences: PreferencesSchema.default(() => PreferencesSchema.parse({})),
  /** Session files opened where they are, outside the workspace: listed with its sessions. */
  outsideSessions: z.array(z.object({ id: z.string(), file: z.string() })).default([]),
});
export type SettingsData = z.infer<typeof SettingsSchema>;
export const SETTINGS_DEFAULTS: SettingsData = SettingsSchema.parse({});

/** The part of electron-store / conf this app uses; both implement it. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

const MAX_RECENT = 10;

export class Settings {
  constructor(
    private readonly backing: KeyValueStore,
    private readonly defaultWorkspace: string,
  ) {}

  /** A hand-edited or damaged settings file falls back to defaults field by field instead of failing. */
  read(): SettingsData {
    const raw = this.backing.store;
    const out = { ...SETTINGS_DEFAULTS };
    for (const key of Object.keys(SettingsSchema.shape) as Array<keyof SettingsData>) {
      const field = SettingsSchema.shape[key].safeParse(raw[key]);
      if (field.success) (out as Record<string, unknown>)[key] = field.data;
    }
    return out;
  }

  workspaceDir(): string {
    return this.read().workspaceDir ?? this.defaultWorkspace;
  }

  update(patch: Partial<SettingsData>): void {
    for (const [key, value] of Object.entries(patch)) this.backing.set(key, value);
  }

  /** Merges a validated patch into the preferences and returns the result. */
  updatePreferences(patch: Partial<Preferences>): Preferences {
    const preferences = PreferencesSchema.parse({ ...this.read().preferences, ...patch });
    this.update({ preferences });
    return preferences;
  }

  /** Archives or restores sessions; returns how many are archived now. */
  setArchived(ids: readonly string[], archived: boolean): number {
    const current = new Set(this.read().archivedSessionIds);
    for (const id of ids) {
      if (archived) current.add(id);
      else current.delete(id);
    }
    this.update({ archivedSessionIds: [...current] });
    return current.size;
  }

  noteRecent(sessionId: string): void {
    const recent = this.read().recentSessionIds.filter((id) => id !== sessionId);
    this.update({ recentSessionIds: [sessionId, ...recent].slice(0, MAX_RECENT) });
  }
}
