import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../shared/model/session';
import { desk } from '../support/runCli';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
const DIR = path.resolve('tests/fixtures/transcripts');
const EXPECTED = JSON.parse(await readFile(path.join(DIR, 'EXPECTED.json'), 'utf8')) as {
  transcripts: Array<{ file: string; speakers: string[]; turns: number; unnamedTurns: number }>;
};
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-cli-transcript-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CLI import-transcript', () => {
  it('--json prints the heading (title, code, year, session title), speakers and turns', () => {
    for (const t of EXPECTED.transcripts) {
      const r = desk('import-transcript', '--json', path.join(DIR, t.file));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const parsed = JSON.parse(r.out) as { speakers: string[]; turns: Array<Record<string, unknown>> };
      expect(Object.keys(parsed)).toEqual(['title', 'code', 'year', 'sessionTitle', 'speakers', 'turns']);
      expect(parsed.speakers).toEqual(t.speakers);
      expect(parsed.turns).toHaveLength(t.turns);
      for (const turn of parsed.turns) {
        expect(Object.keys(turn)).toEqual(['speaker', 'text']);
        expect(turn.speaker === null || typeof turn.speaker === 'string').toBe(true);
        expect(typeof turn.text).toBe('string');
      }
      expect(parsed.turns.filter((x) => x.speaker === null)).toHaveLength(t.unnamedTurns);
    }
  });

  it('adds the turns to a session file, unknown speakers as audience, and prints a summary', async () => {
    const file = path.join(dir, 'ws260.session.json');
    expect(desk('import-igf', SEED, '-o', file).code).toBe(0);
    const before = SessionSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    const t = EXPECTED.transcripts[0]!;
    const r = desk('import-transcript', file, path.join(DIR, t.file));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${t.turns} added`);
    expect(r.out).toContain('new audience member "Miriam Osei-Tutu"');
    const after = SessionSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(after.statements).toHaveLength(before.statements.length + t.turns);
    const audience = after.people.filter((p) => p.audience).map((p) => p.name);
    expect(audience).toEqual(['Miriam Osei-Tutu', 'Pavel Dragomir']);
    expect(after.statements.filter((s) => s.speakerId === null)).toHaveLength(t.unnamedTurns);
    expect(desk('validate', file).code).toBe(0);

    // A second transcript reuses the audience person made by the first.
    const t2 = EXPECTED.transcripts[1]!;
    const r2 = desk('import-transcript', file, path.join(DIR, t2.file));
    expect(r2.code).toBe(0);
    expect(r2.out).toContain('matched to Pavel Dragomir');
    const again = SessionSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(again.people.filter((p) => p.audience).map((p) => p.name)).toEqual([
      'Miriam Osei-Tutu',
      'Pavel Dragomir',
      'Chair Albuquerque',
    ]);
  });

  it('refuses a damaged session file and leaves it untouched; needs its arguments', async () => {
    const bad = path.join(dir, 'bad.session.json');
    await copyFile(path.join(DIR, EXPECTED.transcripts[0]!.file), bad);
    const before = await readFile(bad, 'utf8');
    const r = desk('import-transcript', bad, path.join(DIR, EXPECTED.transcripts[0]!.file));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.session\.json/);
    expect(await readFile(bad, 'utf8')).toBe(before);
    expect(desk('import-transcript', bad).code).toBe(1);
    expect(desk('import-transcript', '--json', path.join(dir, 'missing.txt')).err).toMatch(/no such file/);
  });
});
