import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBrief } from '../../electron/export/writeReport';
import { SessionSchema, type Session } from '../../shared/model/session';
import { buildBrief } from '../../shared/report/brief';
import { convertDocxToPdf, docxPlainText, pdfText } from '../support/readDocx';
import { item, reportSession, statement } from './report-fixture';
import { desk } from '../support/runCli';

function threeSessions(): Session[] {
  const a = reportSession('Shaping Inclusive AI Governance', 'WS #142');
  const b = reportSession('Data for Development', 'Open Forum #12');
  b.facts.date = '2025-06-25';
  b.reportItems = [item('keyTakeaway', 'BTAKE data commons need stewardship.', 1)];
  b.statements.push(
    statement('BWSIS align with WSIS+20 review.', 30, b.people[0]!.id, [], { fora: ['WSIS+20'] }),
  );
  const c = reportSession('Youth and the Internet', 'WS #3');
  c.facts.date = '2025-06-23';
  c.reportItems = [];
  c.statements = c.statements.filter(
    (s) => !s.fora.length && s.kind !== 'recommendation' && s.kind !== 'commitment',
  );
  return [a, b, c];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-brief-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildBrief', () => {
  it('orders sessions as a programme and groups follow-up by forum, each traced to its session', () => {
    const doc = buildBrief(threeSessions(), { fora: ['G7', 'G20', 'WSIS+20'] });
    expect(doc.kicker).toBe('Organizer’s brief');
    expect(doc.subtitle).toBe('3 sessions · 23 June 2025 – 25 June 2025');
    const sessions = doc.sections[0]!.blocks[0]!;
    expect(sessions.type === 'table' && sessions.rows.map((r) => r[0])).toEqual([
      'WS #3',
      'WS #142',
      'Open Forum #12',
    ]);
    expect(doc.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, 'Sessions in this brief'],
      [1, 'Key takeaways'],
      [2, 'WS #142 · Shaping Inclusive AI Governance'],
      [2, 'Open Forum #12 · Data for Development'],
      [1, 'Calls to action'],
      [2, 'WS #142 · Shaping Inclusive AI Governance'],
      [1, 'Follow-up by forum'],
      [2, 'G7'],
      [2, 'G20'],
      [2, 'WSIS+20'],
    ]);
    expect(doc.sections[1]!.blocks).toEqual([
      { type: 'note', text: 'No key takeaways written yet for: Youth and the Internet (WS #3).' },
    ]);
    const g20 = doc.sections.find((s) => s.heading === 'G20')!.blocks[0]!;
    expect(g20.type === 'list' && g20.items).toEqual([
      'G20REC fund open DPI through the G20 Digital Economy track. — _Amina Diallo (Government) · Shaping Inclusive AI Governance (WS \\#142)_',
      'G7COMMIT we commit to publish our standards openly. — _Kenji Watanabe (Technical Community) · Shaping Inclusive AI Governance (WS \\#142)_',
      'G20REC fund open DPI through the G20 Digital Economy track. — _Amina Diallo (Government) · Data for Development (Open Forum \\#12)_',
      'G7COMMIT we commit to publish our standards openly. — _Kenji Watanabe (Technical Community) · Data for Development (Open Forum \\#12)_',
    ]);
    const wsis = doc.sections.find((s) => s.heading === 'WSIS+20')!.blocks[0]!;
    expect(wsis.type === 'list' && wsis.items).toHaveLength(1);
  });

  it('an empty selection still makes a document', () => {
    const doc = buildBrief([]);
    expect(doc.sections[0]!.blocks).toEqual([{ type: 'note', text: 'No sessions were selected.' }]);
  });

  it('writes a DOCX that reads back with forums in order and each line traced', async () => {
    const file = path.join(dir, 'brief.docx');
    await writeBrief(threeSessions(), { docx: file });
    const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    const text = docxPlainText(file);
    const g7 = text.indexOf('\nG7\n');
    const g20 = text.indexOf('\nG20\n');
    const wsis = text.indexOf('\nWSIS+20\n');
    expect(g7).toBeGreaterThan(text.indexOf('Follow-up by forum'));
    expect(g7).toBeLessThan(g20);
    expect(g20).toBeLessThan(wsis);
    expect(text.slice(g20, wsis)).toContain(
      'G20REC fund open DPI through the G20 Digital Economy track. — Amina Diallo (Government) · Data for Development (Open Forum #12)',
    );
    expect(text.slice(wsis)).toContain(
      'BWSIS align with WSIS+20 review. — Amina Diallo (Government) · Data for Development (Open Forum #12)',
    );
    expect(text).toContain('BTAKE data commons need stewardship.');
    expect(pdfText(convertDocxToPdf(file, dir))).toContain('Key messages and follow-up');
  }, 120_000);
});

describe('CLI brief and export --json', () => {
  it('brief writes one DOCX from a folder, with a progress line per session', async () => {
    const folder = path.join(dir, 'sessions');
    await (await import('node:fs/promises')).mkdir(folder);
    for (const [i, s] of threeSessions().entries())
      await writeFile(path.join(folder, `${i}.session.json`), JSON.stringify(s));
    const out = path.join(dir, 'cli-brief.docx');
    const r = desk('brief', folder, '--docx', out);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n')).toEqual([
      '[1/3] WS #142 Shaping Inclusive AI Governance',
      '[2/3] Open Forum #12 Data for Development',
      '[3/3] WS #3 Youth and the Internet',
    ]);
    expect(r.out).toContain(`Wrote ${out} (3 sessions)`);
    expect(docxPlainText(out)).toContain('Youth and the Internet');
  });

  it('brief skips a damaged file, still writes the brief, and exits 1', async () => {
    const folder = path.join(dir, 'sessions');
    await writeFile(path.join(folder, '9.session.json'), '{"schemaVersion": 2, "id": ');
    const out = path.join(dir, 'cli-brief-2.docx');
    const r = desk('brief', folder, '--docx', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[4\/4\] skipped 9\.session\.json: 9\.session\.json is not valid JSON/);
    expect(r.err).toMatch(/Error: 1 file was skipped: 9\.session\.json\./);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(docxPlainText(out)).toContain('Data for Development');
  });

  it('export --json writes the session file; --docx to an unwritable place gives a clear error', async () => {
    const source = path.join(dir, 'one.session.json');
    const session = threeSessions()[0]!;
    await writeFile(source, JSON.stringify(session));
    const json = path.join(dir, 'copy.json');
    const r = desk('export', source, '--json', json);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(SessionSchema.parse(JSON.parse(await readFile(json, 'utf8')))).toEqual(
      SessionSchema.parse(session),
    );
    const blocked = path.join(source, 'x.docx');
    const bad = desk('export', source, '--docx', blocked);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`Could not write ${blocked}`);
  });

  it('brief without a target is a usage error', () => {
    const r = desk('brief', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/brief needs/);
  });
});
