import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelOrEmpty } from '../../shared/i18n/codeLabels';
import type { Session } from '../../shared/model/session';
import { generateLibrary } from '../fixtures/generate-library';
import { desk } from '../support/runCli';

/**
 * The brief across 300 generated sessions, made by the CLI as a user runs it, read back by LibreOffice
 * (its text export lists each table cell on its own line), with every count checked against a
 * computation written here from the raw session data, independently of the brief's own code.
 */
let dir: string;
let library: Session[];
let text: string[];
let csv: string;
let md: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-brief-library-'));
  const folder = path.join(dir, 'workspace');
  mkdirSync(folder);
  library = generateLibrary(300, 12, 11);
  for (const s of library) writeFileSync(path.join(folder, `${s.id}.session.json`), JSON.stringify(s));
  const docx = path.join(dir, 'brief.docx');
  const r = desk(
    'brief',
    folder,
    '--docx',
    docx,
    '--md',
    path.join(dir, 'brief.md'),
    '--csv',
    path.join(dir, 'calls.csv'),
  );
  expect(r.code, r.err).toBe(0);
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  const lo = spawnSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      dir,
      docx,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  expect(lo.status, lo.stderr).toBe(0);
  text = readFileSync(path.join(dir, 'brief.txt'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  csv = readFileSync(path.join(dir, 'calls.csv'), 'utf8');
  md = readFileSync(path.join(dir, 'brief.md'), 'utf8');
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---- The independent computation, from the raw data ----
const liveOf = <T extends { deletedAt: string | null }>(list: T[]): T[] => list.filter((x) => !x.deletedAt);
const isFollowUp = (st: Session['statements'][number]) =>
  st.text.trim() !== '' &&
  (st.kind === 'recommendation' || st.kind === 'commitment' || st.fora.some((f) => f.trim()));

function expected(s: Session) {
  const statements = new Map(liveOf(s.statements).map((st) => [st.id, st]));
  const people = new Map(liveOf(s.people).map((p) => [p.id, p]));
  const items = (section: string) =>
    liveOf(s.reportItems).filter((i) => i.section === section && i.markdown.trim());
  const calls = items('callToAction');
  const used = new Set(calls.flatMap((c) => c.sourceStatementIds.filter((id) => statements.has(id))));
  const followUps = [...statements.values()].filter((st) => isFollowUp(st) && !used.has(st.id));
  // Credit for each call to action goes to the speakers of its sources ("" when unknown).
  const credits: string[][] = [];
  for (const c of calls) {
    const speakers = [
      ...new Set(
        c.sourceStatementIds.filter((id) => statements.has(id)).map((id) => statements.get(id)!.speakerId),
      ),
    ];
    credits.push(speakers.length ? speakers.map((id) => id ?? '') : ['']);
  }
  for (const st of followUps) credits.push([st.speakerId ?? '']);
  const forumLines = new Map<string, number>();
  const addLine = (forum: string) => forumLines.set(forum, (forumLines.get(forum) ?? 0) + 1);
  for (const c of calls) {
    const fora = new Set(
      c.sourceStatementIds
        .flatMap((id) => statements.get(id)?.fora.map((f) => f.trim()) ?? [])
        .filter(Boolean),
    );
    if (fora.size) fora.forEach(addLine);
    else addLine('Without a named forum');
  }
  for (const st of followUps) {
    const fora = new Set(st.fora.map((f) => f.trim()).filter(Boolean));
    if (fora.size) fora.forEach(addLine);
    else addLine('Without a named forum');
  }
  return {
    takeaways: items('keyTakeaway').length,
    calls: calls.length,
    followUps: followUps.length + calls.length,
    speakers: [...people.values()].filter((p) => p.roles.includes('speaker')),
    credits: credits.map((ids) => ids.map((id) => (id ? people.get(id) : undefined))),
    forumLines,
  };
}

/** Reads the table that follows a heading: the header's cells, then rows of the same width. */
function tableAfter(heading: string, columns: number, from = 0): string[][] {
  const at = text.indexOf(heading, from);
  expect(at, `heading ${heading}`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  let i = at + 1 + columns;
  while (i + columns <= text.length && text[i]!.trim() !== '') {
    rows.push(text.slice(i, i + columns));
    i += columns;
  }
  return rows;
}

describe('the brief across 300 sessions, read back by LibreOffice', () => {
  it('lists every session with its takeaways, calls to action and follow-ups', () => {
    expect(text[2]).toMatch(/^300 sessions · /);
    const rows = tableAfter('Sessions in this brief', 6);
    expect(rows).toHaveLength(300);
    const byCode = new Map(rows.map((r) => [r[0]!, r]));
    for (const s of library) {
      const e = expected(s);
      expect(byCode.get(s.facts.code!)?.slice(3), s.facts.code!).toEqual([
        String(e.takeaways),
        String(e.calls),
        String(e.followUps),
      ]);
    }
  });

  it('counts sessions per theme, and speakers and follow-ups per stakeholder group and region', () => {
    const themes = new Map<string, number>();
    for (const s of library) for (const t of new Set(s.facts.themes)) themes.set(t, (themes.get(t) ?? 0) + 1);
    const themeRows = tableAfter('Themes', 2);
    expect(new Map(themeRows.map(([t, n]) => [t!, Number(n)]))).toEqual(themes);

    for (const [heading, field] of [
      ['Stakeholder groups', 'stakeholder'],
      ['Regions', 'region'],
    ] as const) {
      const want = new Map<string, [number, number]>();
      const cell = (key: string | null | undefined) => {
        // The brief shows each code by its English label.
        const k = labelOrEmpty(field, key) || 'Not recorded';
        if (!want.has(k)) want.set(k, [0, 0]);
        return want.get(k)!;
      };
      for (const s of library) {
        const e = expected(s);
        for (const p of e.speakers) cell(p[field])[0]++;
        for (const credit of e.credits) for (const p of credit) cell(p?.[field])[1]++;
      }
      const got = tableAfter(heading, 3, text.indexOf('At a glance'));
      expect(new Map(got.map(([k, a, b]) => [k!, [Number(a), Number(b)]])), heading).toEqual(want);
    }
  });

  it('sums participation and gender over the sessions', () => {
    let reporting = 0;
    let onsite = 0;
    let online = 0;
    let sharedTotal = 0;
    let women = 0;
    let sharing = 0;
    let addressed = 0;
    for (const s of library) {
      const r = s.report;
      if (r.participantsOnsite !== null || r.participantsOnline !== null) {
        reporting++;
        onsite += r.participantsOnsite ?? 0;
        online += r.participantsOnline ?? 0;
        if (r.womenPercent !== null) {
          sharing++;
          const total = (r.participantsOnsite ?? 0) + (r.participantsOnline ?? 0);
          sharedTotal += total;
          women += (total * r.womenPercent) / 100;
        }
      }
      if (r.genderAddressed === true) addressed++;
    }
    const rows = new Map(tableAfter('Participation and gender', 2).map(([k, v]) => [k!, v!]));
    expect(rows.get('Sessions reporting participants')).toBe(`${reporting} of 300`);
    // Counts are written as English writes them: 22,357.
    const n = (value: number) => value.toLocaleString('en-GB');
    expect(rows.get('Participants onsite')).toBe(n(onsite));
    expect(rows.get('Participants online')).toBe(n(online));
    expect(rows.get('Participants in all')).toBe(n(onsite + online));
    expect(rows.get('Women and gender-diverse participants (estimated)')).toBe(
      `${n(Math.round(women))} of ${n(sharedTotal)} (${Math.round((women / sharedTotal) * 100)}%), from the ${sharing} sessions that estimated a share`,
    );
    expect(rows.get('Sessions that addressed gender in the discussion')).toBe(String(addressed));
    const women_ = library.flatMap((s) => expected(s).speakers).filter((p) => p.gender === 'woman').length;
    expect(rows.get('Speakers: women')).toBe(String(women_));
  });

  it('lists each recommendation and call to action under its forum, traced to its session', () => {
    const want = new Map<string, number>();
    for (const s of library)
      for (const [forum, n] of expected(s).forumLines) want.set(forum, (want.get(forum) ?? 0) + n);
    const start = text.indexOf('Follow-up by forum');
    const headings = [...want.keys()]
      .map((f) => [f, text.indexOf(f, start)] as const)
      .sort((a, b) => a[1] - b[1]);
    expect(headings.every(([, at]) => at > start)).toBe(true);
    for (const [i, [forum, at]] of headings.entries()) {
      const end = headings[i + 1]?.[1] ?? text.length;
      const lines = text.slice(at + 1, end).filter((l) => l.includes(' — '));
      expect(lines.length, forum).toBe(want.get(forum));
      expect(
        lines.every((l) => / · .+ \((WS|Open Forum|Town Hall|Lightning Talk|Day 0 Event) #\d+\)$/.test(l)),
      ).toBe(true);
    }
    // The Markdown holds the same lines.
    expect(md.split('\n').filter((l) => l.startsWith('- ') && l.includes(' — ')).length).toBe(
      [...want.values()].reduce((a, b) => a + b, 0),
    );
  });

  it('the CSV has a row per call to action, recommendation and commitment', () => {
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const total = library.reduce((n, s) => n + expected(s).followUps, 0);
    expect(lines.length - 1).toBe(total);
    const calls = library.reduce((n, s) => n + expected(s).calls, 0);
    expect(lines.filter((l) => l.startsWith('Call to action,')).length).toBe(calls);
  });
});
