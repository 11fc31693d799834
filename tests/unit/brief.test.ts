import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBrief } from '../../electron/export/writeReport';
import { SessionSchema, type Session } from '../../shared/model/session';
import { buildBrief, buildBriefCsv } from '../../shared/report/brief';
import { reportToMarkdown } from '../../shared/report/markdown';
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
      [1, 'At a glance'],
      [2, 'Themes'],
      [2, 'Stakeholder groups'],
      [2, 'Regions'],
      [1, 'Participation and gender'],
      [1, 'Key takeaways'],
      [2, 'WS #142 · Shaping Inclusive AI Governance'],
      [2, 'Open Forum #12 · Data for Development'],
      [1, 'Calls to action'],
      [2, 'WS #142 · Shaping Inclusive AI Governance'],
      [1, 'Follow-up by forum'],
      [2, 'G7'],
      [2, 'G20'],
      [2, 'WSIS+20'],
      [2, 'Without a named forum'],
    ]);
    expect(doc.sections.find((s) => s.id === 'key-takeaways')!.blocks).toEqual([
      { type: 'note', text: 'No key takeaways written yet for: Youth and the Internet (WS #3).' },
    ]);
    const g20 = doc.sections.find((s) => s.heading === 'G20')!.blocks[0]!;
    expect(g20.type === 'list' && g20.items).toEqual([
      'G20REC fund open DPI through the G20 Digital Economy track.',
      'G7COMMIT we commit to publish our standards openly.',
      'G20REC fund open DPI through the G20 Digital Economy track.',
      'G7COMMIT we commit to publish our standards openly.',
    ]);
    expect(g20.type === 'list' && g20.by).toEqual([
      'Amina Diallo (Government) · Shaping Inclusive AI Governance (WS #142)',
      'Kenji Watanabe (Technical Community) · Shaping Inclusive AI Governance (WS #142)',
      'Amina Diallo (Government) · Data for Development (Open Forum #12)',
      'Kenji Watanabe (Technical Community) · Data for Development (Open Forum #12)',
    ]);
    const wsis = doc.sections.find((s) => s.heading === 'WSIS+20')!.blocks[0]!;
    expect(wsis.type === 'list' && wsis.items).toHaveLength(1);
    // A call to action whose sources name no forum is listed, with its session, under none.
    const none = doc.sections.find((s) => s.heading === 'Without a named forum')!.blocks[0]!;
    expect(none.type === 'list' && [none.items, none.by]).toEqual([
      ['**Call to action:** CTA-ONE Fund community networks.'],
      ['Unattributed · Shaping Inclusive AI Governance (WS #142)'],
    ]);
    expect(reportToMarkdown(doc)).toContain(
      '- **Call to action:** CTA-ONE Fund community networks. — _Unattributed · Shaping Inclusive AI Governance (WS \\#142)_\n',
    );
  });

  it('an empty selection still makes a document', () => {
    const doc = buildBrief([]);
    expect(doc.sections[0]!.blocks).toEqual([{ type: 'note', text: 'No sessions were selected.' }]);
  });

  it('counts speakers and follow-ups per group and sums participation, each session once', () => {
    const [a, b, c] = threeSessions();
    a!.facts.themes = ['AI Governance', 'Data Governance'];
    b!.facts.themes = ['Data Governance'];
    const none = { participantsOnsite: null, participantsOnline: null, womenPercent: null };
    a!.report = { ...a!.report, participantsOnsite: 40, participantsOnline: 60, womenPercent: 50 };
    a!.report.genderAddressed = null;
    b!.report = { ...b!.report, ...none, participantsOnsite: 10, genderAddressed: true };
    c!.report = { ...c!.report, ...none, genderAddressed: null };
    const doc = buildBrief([a!, b!, c!, a!]);
    const rows = (heading: string) => {
      const block = doc.sections.find((s) => s.heading === heading)!.blocks[0]!;
      return block.type === 'table' ? block.rows : [];
    };
    expect(rows('Themes')).toEqual([
      ['Data Governance', '2'],
      ['AI Governance', '1'],
    ]);
    // Amina and Kenji speak in all three; follow-ups: a and b have G20REC and G7COMMIT, b also BWSIS.
    expect(rows('Stakeholder groups')).toEqual([
      ['Government', '3', '3'],
      ['Technical Community', '3', '2'],
      ['Not recorded', '0', '1'],
    ]);
    expect(rows('Participation and gender')).toEqual([
      ['Sessions reporting participants', '2 of 3'],
      ['Participants onsite', '50'],
      ['Participants online', '60'],
      ['Participants in all', '110'],
      [
        'Women and gender-diverse participants (estimated)',
        '50 of 100 (50%), from the 1 session that estimated a share',
      ],
      ['Sessions that addressed gender in the discussion', '1'],
      ['Sessions that did not', '0'],
      ['Sessions that did not say', '2'],
      ['Speakers: women', '3'],
      ['Speakers: men', '3'],
    ]);
  });

  it('the calls-to-action spreadsheet has one row per item, in programme order, safe for spreadsheets', () => {
    const [a, b] = threeSessions();
    a!.reportItems.push(item('callToAction', '=HYPERLINK("x") "quoted", with comma', 2));
    const lines = buildBriefCsv([b!, a!]).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFType,Fora,Text,Speaker,Stakeholder group,Region,Session code,Session title,Date,Session id',
    );
    expect(lines.slice(1, 5).map((l) => l.split(',')[0])).toEqual([
      'Call to action',
      'Call to action',
      'Recommendation',
      'Commitment',
    ]);
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"") ""quoted"", with comma",,,,WS #142,`);
    expect(lines[3]).toMatch(
      /^Recommendation,G20,G20REC fund open DPI .*,Amina Diallo,Government,African Group,WS #142,/,
    );
    expect(lines[4]).toMatch(/^Commitment,G7; G20,G7COMMIT/);
    expect(lines.at(-1)).toBe('');
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

describe('a long forum in parts, for streamed writers', () => {
  it('yields the same items in order, the later parts without a heading', async () => {
    const { BriefTotals, briefSections, contributionOf } = await import('../../shared/report/brief');
    const { generateLibrary } = await import('../fixtures/generate-library');
    const totals = new BriefTotals();
    const parts = new Map<string, Map<string, string[]>>();
    for (const s of generateLibrary(40, 20, 2)) {
      const c = contributionOf(s);
      totals.add(c);
      parts.set(c.entry.id, c.parts);
    }
    const read = (e: { id: string }, key: string) => parts.get(e.id)?.get(key);
    const items = (sections: ReturnType<typeof buildBrief>['sections'], forum: string) =>
      sections
        .filter((s) => s.id === `forum-${forum}`)
        .flatMap((s) => (s.blocks[0]?.type === 'list' ? s.blocks[0].items : []));
    const whole = [...briefSections(totals, read)];
    const split = [...briefSections(totals, read, { partItems: 7 })];
    const g20 = split.filter((s) => s.id === 'forum-G20');
    expect(g20.length).toBeGreaterThan(2);
    expect(g20.map((s) => Boolean(s.continued))).toEqual([false, ...g20.slice(1).map(() => true)]);
    expect(items(split, 'G20')).toEqual(items(whole, 'G20'));
    expect(reportToMarkdown({ ...buildBrief([]), sections: split }).match(/^### G20$/gm)).toHaveLength(1);
  });
});
