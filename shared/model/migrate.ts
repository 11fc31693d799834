import { DeskError } from '../errors';
import { FORMAT2_GENDERS, FORMAT2_KINDS, regionCode, stakeholderCode } from './codes';
import { numberPeople } from './people';
import { SCHEMA_VERSION } from './session';

type Migration = (raw: Record<string, unknown>, where: string) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n file into version n+1. A file of every earlier version must keep
 * opening, so a schema change adds an entry here and a fixture of the old version to the tests.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // 2 added turns, the speaking queue, poll results and the report's own fields; all have defaults.
  1: (raw) => raw,
  // 3 stores codes instead of English labels: groups, regions, genders and statement kinds.
  2: (raw, where) => toCodes(raw, where),
  // 4 gives every person a stable speaker number, in the order the numbered strip showed them.
  3: (raw) => withSpeakerNumbers(raw),
  // 5 adds a statement's "no question" verdict (`noQuestion`, false by default); nothing to convert.
  4: (raw) => raw,
};

/** Brings a parsed file up to the current version; refuses files made by a newer app. */
export function migrate(raw: unknown, where: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DeskError('damaged-file', { key: 'notSessionObject', params: { file: where } });
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new DeskError('damaged-file', { key: 'noSchemaVersion', params: { file: where } });
  if (version > SCHEMA_VERSION)
    throw new DeskError('newer-version', {
      key: 'newerVersion',
      params: { file: where, version, supported: SCHEMA_VERSION },
    });
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      throw new DeskError('damaged-file', { key: 'noMigration', params: { file: where, version: v } });
    data = { ...step(data, where), schemaVersion: v + 1 };
  }
  return data;
}

const records = (raw: Record<string, unknown>, key: string): Array<Record<string, unknown>> | null => {
  const list = raw[key];
  return Array.isArray(list) ? (list as Array<Record<string, unknown>>) : null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Format 2 → 3. Groups and regions written out become codes where they are one of the IGF's, and any
 * other text stays as it was; a gender or a kind that format 2 could not hold means the file is not
 * what it claims, so the migration refuses it (naming the record) rather than guess. Works on a copy:
 * the caller's object, and so the file, stay as they were when it throws.
 */
function toCodes(raw: Record<string, unknown>, where: string): Record<string, unknown> {
  const fail = (what: string): never => {
    throw new DeskError('damaged-file', `${where}: ${what}; the file was left untouched.`);
  };
  const mapped = <T>(table: Readonly<Record<string, T>>, value: unknown, what: () => string): T | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' && Object.hasOwn(table, value)) return table[value] as T;
    return fail(`${what()} is ${JSON.stringify(value)}, which format 2 does not allow`);
  };
  const text = (value: unknown, map: (text: string) => string): unknown =>
    typeof value === 'string' && value.trim() ? map(value) : value;

  const people = records(raw, 'people')?.map((person, i) => {
    if (!isRecord(person)) return person;
    return {
      ...person,
      stakeholder: text(person.stakeholder, stakeholderCode),
      region: text(person.region, regionCode),
      gender: mapped(FORMAT2_GENDERS, person.gender, () => `person ${i + 1}'s gender`),
    };
  });
  const statements = records(raw, 'statements')?.map((statement, i) => {
    if (!isRecord(statement) || statement.kind === undefined) return statement;
    return { ...statement, kind: mapped(FORMAT2_KINDS, statement.kind, () => `statement ${i + 1}'s kind`) };
  });
  return {
    ...raw,
    ...(people ? { people } : {}),
    ...(statements ? { statements } : {}),
  };
}

/**
 * Format 3 → 4: people get `speakerNumber`, numbered as Ctrl+1… chose them before (speakers, then
 * moderators, audience, the rest; removed people after everyone present). Fields the number rule
 * reads are given their format defaults first; anything else is left for the schema to judge.
 */
function withSpeakerNumbers(raw: Record<string, unknown>): Record<string, unknown> {
  const people = records(raw, 'people');
  if (!people || !people.every(isRecord)) return raw;
  const numbered = numberPeople(
    people.map((p) => ({
      ...p,
      speakerNumber: typeof p.speakerNumber === 'number' ? p.speakerNumber : null,
      roles: Array.isArray(p.roles) ? (p.roles as string[]) : [],
      audience: p.audience === true,
      order: typeof p.order === 'number' ? p.order : 0,
      deletedAt: typeof p.deletedAt === 'string' ? p.deletedAt : null,
    })) as unknown as Array<Parameters<typeof numberPeople>[0][number] & Record<string, unknown>>,
  );
  return { ...raw, people: numbered.map((p, i) => ({ ...people[i], speakerNumber: p.speakerNumber })) };
}
