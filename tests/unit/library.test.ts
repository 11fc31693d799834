import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeLabel, sessionTypeCode, sessionTypeLabel } from '../../shared/i18n/codeLabels';
import { translator } from '../../shared/i18n/index';
import { LANGUAGES } from '../../shared/i18n/languages';
import { filterSessions, libraryFacets, sessionType, summarizeSession } from '../../shared/library/summary';
import { Workspace } from '../../electron/store/workspace';
import { generateLibrary } from '../fixtures/generate-library';
import { SESSION_TYPES } from '../../shared/model/session';

describe('the library: session types, search and filters', () => {
  it('reads the session type from the code as IGF pages write it', () => {
    expect(
      [
        'WS #260',
        'IGF 2023 WS #260',
        'Open Forum #168',
        'Town Hall #74',
        'Lightning Talk #38',
        'Day 0 Event #94',
      ].map(sessionType),
    ).toEqual(['workshop', 'workshop', 'open-forum', 'town-hall', 'lightning-talk', 'day-0']);
    expect(sessionType('Networking Session #12')).toBe('networking-session');
    // A type the IGF does not name is kept in the code's own words, and shown as written.
    expect(sessionType('Side Event #3')).toBe('Side Event');
    expect(codeLabel('sessionType', 'Side Event', translator('fr'))).toBe('Side Event');
    expect(sessionType(null)).toBe(null);
    expect(sessionType('2024')).toBe(null);
  });

  it('shows the IGF’s session types and formats in each language, and knows their names in all six', () => {
    const labels = LANGUAGES.map((l) => codeLabel('sessionType', 'workshop', translator(l)));
    expect(labels).toEqual(['ورشة عمل', '研讨会', 'Workshop', 'Atelier', 'Семинар', 'Taller']);
    // A format as a page writes it, in any language or spelling, is shown in the reader's.
    for (const written of ['Roundtable', 'Round Table', 'round-table', 'Table ronde', 'Mesa redonda', '圆桌'])
      expect([written, sessionTypeLabel(written, translator('ru'))]).toEqual([written, 'Круглый стол']);
    expect(sessionTypeCode('حلقة نقاش')).toBe('panel');
    // A format line that says more, or a name the IGF does not use, stays as written.
    expect(sessionTypeLabel('Panel - 90 Min', translator('ar'))).toBe('Panel - 90 Min');
    expect(sessionTypeLabel('Fishbowl', translator('zh'))).toBe('Fishbowl');
    expect(sessionTypeCode(null)).toBe(null);
  });

  const library = generateLibrary(60, 3, 3);
  library[5]!.facts.title = 'Gouvernance numérique en Afrique';
  const summaries = library.map((s, i) => summarizeSession(s, `${s.id}.session.json`, i % 10 === 0));

  it('filters by year, type, theme, forum and organizer, and keeps the archive apart', () => {
    const active = summaries.filter((s) => !s.archived);
    expect(filterSessions(summaries, {})).toEqual(active);
    expect(filterSessions(summaries, { archive: 'archived' })).toHaveLength(6);
    expect(filterSessions(summaries, { archive: 'all' })).toHaveLength(60);
    const y = filterSessions(summaries, { year: 2022 });
    expect(y.length).toBeGreaterThan(0);
    expect(y.every((s) => s.year === 2022 && !s.archived)).toBe(true);
    const t = filterSessions(summaries, { archive: 'all', type: 'open-forum', theme: 'AI Governance' });
    expect(t.map((s) => s.id)).toEqual(
      library
        .filter((s) => s.facts.code!.startsWith('Open Forum') && s.facts.themes.includes('AI Governance'))
        .map((s) => s.id),
    );
    const g7 = filterSessions(summaries, { archive: 'all', forum: 'G7' });
    expect(g7.map((s) => s.id)).toEqual(
      library
        .filter((s) => s.statements.some((st) => !st.deletedAt && st.fora.includes('G7')))
        .map((s) => s.id),
    );
    const org = library[7]!.people.find((p) => p.roles.includes('organizer'))!.affiliation!;
    expect(filterSessions(summaries, { archive: 'all', organizer: org }).length).toBe(
      library.filter((s) => s.people.some((p) => p.roles.includes('organizer') && p.affiliation === org))
        .length,
    );
  });

  it('search matches every word, in any case and without accents, across title, code and themes', () => {
    expect(
      filterSessions(summaries, { archive: 'all', query: 'gouvernance NUMERIQUE' }).map((s) => s.id),
    ).toEqual([library[5]!.id]);
    expect(filterSessions(summaries, { archive: 'all', query: 'town hall #4' }).map((s) => s.code)).toEqual([
      'Town Hall #43',
      'Town Hall #48',
    ]);
    expect(filterSessions(summaries, { archive: 'all', query: 'nothing-like-this' })).toEqual([]);
  });

  it('facets count each value once per session, most used first', () => {
    const f = libraryFacets(summaries);
    expect(f.archived).toBe(6);
    expect(f.years.map((y) => y.value)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(f.types.reduce((n, t) => n + t.count, 0)).toBe(60);
    const counts = f.themes.map((t) => t.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});

describe('the summary index on disk', () => {
  let root: string;
  let dir: string;
  let stateDir: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'desk-index-'));
    dir = path.join(root, 'workspace');
    stateDir = path.join(root, 'state');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function seed(n: number) {
    const writer = new Workspace(dir, undefined, { stateDir });
    for (const s of generateLibrary(n, 3, 9)) await writer.create(s);
    await writer.flush();
    // Sessions this process has open are listed from memory; a fresh one reads (and indexes) the files.
    return new Workspace(dir, undefined, { stateDir });
  }

  it('a new process lists from the index: a file whose stamp is unchanged is not read again', async () => {
    const first = await seed(5);
    // Whole-second times, so that the test can put them back exactly after changing the bytes.
    const when = new Date('2026-11-30T10:00:00Z');
    const names = (await readdir(dir)).filter((f) => f.endsWith('.session.json'));
    for (const name of names) await utimes(path.join(dir, name), when, when);
    const before = await first.list();
    expect(before.sessions).toHaveLength(5);
    // The index is kept outside the workspace folder.
    expect((await readdir(dir)).filter((f) => /summar|index/i.test(f))).toEqual([]);
    expect(JSON.parse(await readFile(path.join(stateDir, 'summaries.json'), 'utf8')).version).toBe(2);

    // Same size and times, different bytes: only a read would notice, and the index is trusted.
    const victim = path.join(dir, before.sessions[2]!.file);
    const info = await stat(victim);
    await writeFile(victim, 'x'.repeat(info.size));
    await utimes(victim, when, when);
    const again = await new Workspace(dir, undefined, { stateDir }).list();
    expect(again.sessions).toEqual(before.sessions);
    expect(again.damaged).toEqual([]);

    // A new mtime: the file is read again, found damaged, and the rest stay listed.
    await utimes(victim, when, new Date(when.getTime() + 5_000));
    const changed = await new Workspace(dir, undefined, { stateDir }).list();
    expect(changed.sessions).toHaveLength(4);
    expect(changed.damaged.map((d) => d.file)).toEqual([before.sessions[2]!.file]);
  });

  it('an index from before session types were codes is not trusted: its English names are read again', async () => {
    const ws = await seed(2);
    const listed = await ws.list();
    const file = path.join(stateDir, 'summaries.json');
    const index = JSON.parse(await readFile(file, 'utf8'));
    for (const entry of Object.values(index.entries) as Array<{ summary: { type: string } }>)
      entry.summary.type = 'Workshop';
    await writeFile(file, JSON.stringify({ ...index, version: 1 }));
    const again = await new Workspace(dir, undefined, { stateDir }).list();
    expect(again.sessions.map((s) => s.type)).toEqual(listed.sessions.map((s) => s.type));
    expect(again.sessions.map((s) => s.type)).not.toContain('Workshop');
    expect(again.sessions.every((s) => (SESSION_TYPES as readonly unknown[]).includes(s.type))).toBe(true);
  });

  it('a damaged index is rebuilt from the files; removed files leave the index', async () => {
    const ws = await seed(3);
    const listed = await ws.list();
    await writeFile(path.join(stateDir, 'summaries.json'), '{"version": 1, "entries": ');
    const rebuilt = await new Workspace(dir, undefined, { stateDir }).list();
    expect(rebuilt.sessions).toEqual(listed.sessions);
    await rm(path.join(dir, listed.sessions[0]!.file));
    await new Workspace(dir, undefined, { stateDir }).list();
    const index = JSON.parse(await readFile(path.join(stateDir, 'summaries.json'), 'utf8'));
    expect(Object.keys(index.entries).sort()).toEqual(
      listed.sessions
        .slice(1)
        .map((s) => s.file)
        .sort(),
    );
  });

  it('summaries carry what the filters need', async () => {
    const ws = await seed(1);
    const [s] = (await ws.list()).sessions;
    expect(s).toMatchObject({ type: 'workshop', year: 2019, archived: false });
    expect(s!.themes.length).toBeGreaterThan(0);
    expect(s!.organizers.length).toBeGreaterThan(0);
  });
});
