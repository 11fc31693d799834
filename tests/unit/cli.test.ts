import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageParseSchema } from '../../shared/igf/pageParse';
import { SessionSchema } from '../../shared/model/session';
import { docxPlainText } from '../support/readDocx';
import { desk } from '../support/runCli';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CLI', () => {
  it('import-igf writes a session file and prints a summary', async () => {
    const out = path.join(dir, 'ws260.session.json');
    const r = desk('import-igf', SEED, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Creating digital public infrastructure that empowers people');
    expect(r.out).toContain('WS #260');
    const session = SessionSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(session.questions).toHaveLength(3);
    // Running it again must not overwrite the file.
    const again = desk('import-igf', SEED, '-o', out);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it('import-igf --json prints only the parse', () => {
    const r = desk('import-igf', SEED, '--json');
    expect(r.code).toBe(0);
    const parse = PageParseSchema.strict().parse(JSON.parse(r.out));
    expect(parse).toMatchObject({ code: 'WS #260', year: 2023, format: 'Panel', durationMinutes: 90 });
  });

  it('validate accepts a good file and names the file and field of a bad one', async () => {
    const good = path.join(dir, 'ws260.session.json');
    expect(desk('validate', good).code).toBe(0);
    const bad = path.join(dir, 'bad.session.json');
    const data = JSON.parse(await readFile(good, 'utf8'));
    data.statements = [{ id: 'x' }];
    await writeFile(bad, JSON.stringify(data));
    const r = desk('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.session\.json is not a valid session: statements\[0\]\.id/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('export writes a DOCX and Markdown; an unwritable target gives a clear error', async () => {
    const file = path.join(dir, 'ws260.session.json');
    const docx = path.join(dir, 'report.docx');
    const md = path.join(dir, 'report.md');
    const r = desk('export', file, '--docx', docx, '--md', md);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(docxPlainText(docx)).toContain('Creating digital public infrastructure');
    expect(await readFile(md, 'utf8')).toContain('Creating digital public infrastructure');

    const blocked = path.join(file, 'report.docx');
    const bad = desk('export', file, '--docx', blocked);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`Could not write ${blocked}`);
  });

  it('runs the same way through `npm run desk` (the bundled CLI)', () => {
    const r = spawnSync(process.execPath, ['scripts/desk.mjs', 'import-igf', SEED, '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(PageParseSchema.strict().parse(JSON.parse(r.stdout))).toMatchObject({ code: 'WS #260' });
  });

  it('reports a missing file and an unknown command without a stack trace', () => {
    const missing = desk('validate', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.json does not exist/);
    const unknown = desk('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command/);
  });
});
