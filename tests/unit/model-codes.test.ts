import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/store/workspace';
import { LOCK_NAME } from '../../electron/store/paths';
import { codeLabel } from '../../shared/i18n/codeLabels';
import { regionCode, stakeholderCode } from '../../shared/model/codes';
import { migrate } from '../../shared/model/migrate';
import {
  GENDERS,
  REGIONAL_GROUPS,
  SCHEMA_VERSION,
  SessionSchema,
  STAKEHOLDER_GROUPS,
  STATEMENT_KINDS,
  type Session,
} from '../../shared/model/session';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { sessionFromPage } from '../../shared/model/factory';

const V2 = 'tests/fixtures/sessions/v2-every-value.session.json';
const readV2 = async () => JSON.parse(await readFile(V2, 'utf8')) as Record<string, unknown> & Session;

/** What format 2 allowed, as it was written in format 2's own schema. */
const FORMAT2 = {
  stakeholder: [
    'Government',
    'Civil Society',
    'Private Sector',
    'Technical Community',
    'Intergovernmental Organization',
  ],
  region: [
    'African Group',
    'Asia-Pacific Group',
    'Eastern European Group',
    'Latin American and Caribbean Group (GRULAC)',
    'Western European and Others Group (WEOG)',
    'Intergovernmental Organization',
  ],
  gender: ['woman', 'man', 'non-binary/other', 'prefer not to say'],
  kind: [
    'statement',
    'question',
    'recommendation',
    'commitment',
    'key-takeaway candidate',
    'call-to-action candidate',
    'quote',
    'poll result',
  ],
};

describe('format 2 → 3: codes instead of English labels', () => {
  it('the fixture holds every value format 2 could store', async () => {
    const raw = await readV2();
    expect(raw.schemaVersion).toBe(2);
    const stored = (key: 'stakeholder' | 'region' | 'gender') => new Set(raw.people.map((p) => p[key]));
    for (const value of FORMAT2.stakeholder) expect(stored('stakeholder')).toContain(value);
    for (const value of FORMAT2.region) expect(stored('region')).toContain(value);
    for (const value of FORMAT2.gender) expect(stored('gender')).toContain(value);
    expect(new Set(raw.statements.map((s) => s.kind))).toEqual(new Set(FORMAT2.kind));
  });

  it('maps every value to a code and changes nothing else', async () => {
    const raw = await readV2();
    const session = SessionSchema.parse(migrate(structuredClone(raw), 'v2.session.json'));
    expect(session.schemaVersion).toBe(SCHEMA_VERSION);

    const byName = new Map(session.people.map((p) => [p.name, p]));
    expect(byName.get('Amina Diallo')).toMatchObject({
      stakeholder: 'government',
      region: 'african-group',
      gender: 'woman',
    });
    expect(byName.get('Kenji Watanabe')).toMatchObject({
      stakeholder: 'technical-community',
      region: 'asia-pacific-group',
      gender: 'man',
    });
    expect(byName.get('María González')).toMatchObject({
      stakeholder: 'civil-society',
      region: 'grulac',
      gender: 'non-binary-other',
    });
    expect(byName.get('Olga Petrova')).toMatchObject({
      stakeholder: 'private-sector',
      region: 'eastern-european-group',
      gender: 'prefer-not-to-say',
    });
    expect(byName.get('Heiko Wildner')).toMatchObject({
      stakeholder: 'intergovernmental-organization',
      region: 'weog',
    });
    // Another spelling of a standard group is the same code; other text is kept as the user wrote it.
    expect(byName.get('Li Wei')).toMatchObject({
      stakeholder: 'civil-society',
      region: 'intergovernmental-organization',
    });
    expect(byName.get('Sara Haddad')).toMatchObject({ stakeholder: 'Academia', region: 'Arab States' });
    expect(byName.get('Unknown Person')).toMatchObject({ stakeholder: null, region: null, gender: null });

    const codes = { stakeholder: STAKEHOLDER_GROUPS, region: REGIONAL_GROUPS } as const;
    for (const p of session.people)
      for (const key of ['stakeholder', 'region'] as const) {
        const was = raw.people.find((r) => r.id === p.id)![key];
        if (was !== null && FORMAT2[key].includes(was)) expect(codes[key]).toContain(p[key]);
      }
    expect(session.statements.map((s) => s.kind)).toEqual([...STATEMENT_KINDS]);

    // Every other field is exactly as it was.
    const strip = (s: Record<string, unknown>) => ({
      ...s,
      schemaVersion: 0,
      people: (s.people as Array<Record<string, unknown>>).map(
        ({ stakeholder: _s, region: _r, gender: _g, speakerNumber: _n, ...rest }) => rest,
      ),
      statements: (s.statements as Array<Record<string, unknown>>).map(
        // `noQuestion` came with format 5 and takes its default.
        ({ kind: _k, noQuestion: _q, ...rest }) => rest,
      ),
      // Fields format 3 added take their defaults.
      report: (({ language: _l, ...rest }) => rest)(s.report as Record<string, unknown>),
    });
    expect(strip(session as unknown as Record<string, unknown>)).toEqual(strip(raw));
  });

  it('every format-2 value has a code and every code a label', () => {
    for (const text of FORMAT2.stakeholder) expect(STAKEHOLDER_GROUPS).toContain(stakeholderCode(text));
    for (const text of FORMAT2.region) expect(REGIONAL_GROUPS).toContain(regionCode(text));
    for (const code of STAKEHOLDER_GROUPS) expect(codeLabel('stakeholder', code)).not.toBe(code);
    for (const code of REGIONAL_GROUPS) expect(codeLabel('region', code)).not.toBe(code);
    for (const code of GENDERS) expect(codeLabel('gender', code)).not.toBe(code);
    for (const code of STATEMENT_KINDS) expect(codeLabel('kind', code)).not.toBe(code);
    expect(codeLabel('stakeholder', 'Academia')).toBe('Academia');
  });

  it('refuses a value format 2 could not hold, naming the record', async () => {
    const raw = await readV2();
    raw.people[2]!.gender = 'female' as never;
    expect(() => migrate(raw, 'x.session.json')).toThrow(/x\.session\.json: person 3's gender is "female"/);
    const raw2 = await readV2();
    raw2.statements[1]!.kind = 'remark' as never;
    expect(() => migrate(raw2, 'x.session.json')).toThrow(/statement 2's kind is "remark"/);
  });

  it('a page import stores codes for the groups it recognises', async () => {
    const page = await readFile('tests/fixtures/igf-pages/igf-2023-ws-260.txt', 'utf8');
    const session = sessionFromPage(parseSessionPage(page), '2026-12-02T00:00:00.000Z');
    const groups = session.people.flatMap((p) => (p.stakeholder ? [p.stakeholder] : []));
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => (STAKEHOLDER_GROUPS as readonly string[]).includes(g))).toBe(true);
    const regions = session.people.flatMap((p) => (p.region ? [p.region] : []));
    expect(regions.every((r) => (REGIONAL_GROUPS as readonly string[]).includes(r))).toBe(true);
  });
});

describe('a format-2 file in the workspace', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-codes-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens migrated, keeps the format-2 original as a version', async () => {
    const raw = await readV2();
    const file = path.join(dir, `${raw.id}.session.json`);
    await copyFile(V2, file);
    const ws = new Workspace(dir);
    const session = await ws.get(raw.id);
    expect(session.people.find((p) => p.name === 'María González')?.stakeholder).toBe('civil-society');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.statements.map((s: { kind: string }) => s.kind)).toEqual([...STATEMENT_KINDS]);
    const [version] = await ws.history.list(raw.id);
    expect(version!.reason).toBe('format 2 before migration');
  });

  it('is never rewritten when its migration fails', async () => {
    const raw = await readV2();
    raw.people[0]!.gender = 'female' as never;
    const file = path.join(dir, `${raw.id}.session.json`);
    const text = JSON.stringify(raw, null, 1);
    await writeFile(file, text);
    const before = await stat(file);
    const ws = new Workspace(dir);

    await expect(ws.get(raw.id)).rejects.toMatchObject({
      code: 'damaged-file',
      message: expect.stringMatching(/person 1's gender is "female".*left untouched/),
    });
    const { sessions, damaged } = await ws.list();
    expect(sessions).toEqual([]);
    expect(damaged.map((d) => d.file)).toEqual([`${raw.id}.session.json`]);
    expect(damaged[0]!.message).toMatch(/person 1's gender/);

    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    // Nothing written beside it either: no temporary file, no journal.
    expect((await readdir(dir)).filter((f) => f !== '.history' && f !== LOCK_NAME)).toEqual([
      `${raw.id}.session.json`,
    ]);
    expect(await ws.history.list(raw.id)).toEqual([]);
  });
});
