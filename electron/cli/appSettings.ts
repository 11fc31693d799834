import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from '../../shared/model/preferences';

/**
 * Where the desktop app keeps its settings (electron-store's `settings.json` in Electron's userData
 * folder, which is named after the product), so the CLI writes the same report the app would.
 */
export function appSettingsFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const product = 'Session Desk';
  if (platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', product, 'settings.json');
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), product, 'settings.json');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), product, 'settings.json');
}

/**
 * The user's preferences as the app has them, read-only; defaults when the app never ran here or the
 * file is unreadable (a damaged field falls back on its own, as in the app).
 */
export function readAppPreferences(file: string = process.env.SESSION_DESK_SETTINGS ?? appSettingsFile()): {
  preferences: Preferences;
  from: string | null;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { preferences: DEFAULT_PREFERENCES, from: null };
  }
  const saved = (raw as { preferences?: Record<string, unknown> } | null)?.preferences ?? {};
  const preferences: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  for (const key of Object.keys(PreferencesSchema.shape) as Array<keyof Preferences>) {
    const field = PreferencesSchema.shape[key].safeParse(saved[key]);
    if (field.success && saved[key] !== undefined) preferences[key] = field.data;
  }
  return { preferences: preferences as Preferences, from: file };
}
