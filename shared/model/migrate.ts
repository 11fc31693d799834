import { DeskError } from '../errors';
import { SCHEMA_VERSION } from './session';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n file into version n+1. A file of every earlier version must keep
 * opening, so a schema change adds an entry here and a fixture of the old version to the tests.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // 2 added turns, the speaking queue, poll results and the report's own fields; all have defaults.
  1: (raw) => raw,
};

/** Brings a parsed file up to the current version; refuses files made by a newer app. */
export function migrate(raw: unknown, where: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DeskError('damaged-file', `${where}: the file is not a session (expected a JSON object).`);
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new DeskError('damaged-file', `${where}: schemaVersion is missing or not a whole number.`);
  if (version > SCHEMA_VERSION)
    throw new DeskError(
      'newer-version',
      `${where} was written by a newer version of Session Desk (format ${version}; this app reads up to ${SCHEMA_VERSION}). Update the app to open it; the file was left untouched.`,
    );
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new DeskError('damaged-file', `${where}: no migration from format ${v}.`);
    data = { ...step(data), schemaVersion: v + 1 };
  }
  return data;
}
