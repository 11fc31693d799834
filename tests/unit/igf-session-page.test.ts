import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { PAGE_FIELDS, PageParseSchema } from '../../shared/igf/pageParse';
import { sessionFromPage } from '../../shared/model/factory';
import { loadCorpus } from '../support/igfCorpus';
import { ianaZone } from '../../shared/igf/pageFacts';
import { REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../shared/model/session';

const DIR = new URL('../fixtures/igf-pages/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');

interface ExpectedPage {
  file: string;
  title?: string | null;
  code?: string | null;
  year?: number | null;
  themes?: string[];
  organizers?: { name: string | null; affiliation: string | null }[];
  speakers?: {
    name: string;
    stakeholder: string | null;
    region: string | null;
    affiliation: string | null;
  }[];
  onsiteModerator?: string | null;
  onlineModerator?: string | null;
  rapporteur?: string | null;
  format?: string | null;
  durationMinutes?: number | null;
  policyQuestions?: string[] | null;
}
const EXPECTED = JSON.parse(read('EXPECTED.json')) as { pages: ExpectedPage[] };
const FIXTURES = EXPECTED.pages.map((p) => read(p.file));

const SCALARS = [
  'title',
  'code',
  'year',
  'onsiteModerator',
  'onlineModerator',
  'rapporteur',
  'format',
  'durationMinutes',
] as const;

const ALL_MISSING = [...PAGE_FIELDS];

function expectEmpty(text: string): void {
  const r = parseSessionPage(text);
  expect(r.title).toBeNull();
  expect(r.code).toBeNull();
  expect(r.year).toBeNull();
  expect(r.themes).toEqual([]);
  expect(r.organizers).toEqual([]);
  expect(r.speakers).toEqual([]);
  expect(r.onsiteModerator).toBeNull();
  expect(r.onlineModerator).toBeNull();
  expect(r.rapporteur).toBeNull();
  expect(r.format).toBeNull();
  expect(r.durationMinutes).toBeNull();
  expect(r.policyQuestions).toEqual([]);
  expect(r.description).toBeNull();
  expect(r.expectedOutcomes).toBeNull();
  expect(r.notFound).toEqual(ALL_MISSING);
}

describe('parseSessionPage on the fixtures', () => {
  it('has fixtures to check', () => {
    expect(EXPECTED.pages.length).toBeGreaterThanOrEqual(9);
  });

  for (const exp of EXPECTED.pages) {
    it(`${exp.file}: every field EXPECTED gives`, () => {
      const r = parseSessionPage(read(exp.file));
      let checked = 0;
      for (const f of SCALARS) {
        if (!(f in exp)) continue;
        expect(r[f], f).toEqual(exp[f]);
        checked++;
      }
      if (exp.themes !== undefined) {
        expect(r.themes).toEqual(exp.themes);
        checked++;
      }
      if (exp.organizers !== undefined) {
        // EXPECTED may add stakeholder/region for anonymised organizers; PageParse keeps name + affiliation
        expect(r.organizers.map((o) => ({ name: o.name, affiliation: o.affiliation }))).toEqual(
          exp.organizers.map((o) => ({ name: o.name, affiliation: o.affiliation })),
        );
        checked++;
      }
      if (exp.speakers !== undefined) {
        expect(
          r.speakers.map((sp) => ({
            name: sp.name,
            stakeholder: sp.stakeholder,
            region: sp.region,
            affiliation: sp.affiliation,
          })),
        ).toEqual(exp.speakers);
        checked++;
      }
      if (exp.policyQuestions !== undefined) {
        // null in EXPECTED = the page gives no questions = an empty list here
        expect(r.policyQuestions).toEqual(exp.policyQuestions ?? []);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(10);
      expect(PageParseSchema.safeParse(r).success).toBe(true);
    });
  }
});

describe('notFound', () => {
  it('the seed page (igf-2023-ws-260) misses none of the fields', () => {
    const r = parseSessionPage(read('igf-2023-ws-260.txt'));
    expect(r.notFound).toEqual([]);
    expect(r.description).toMatch(/^Countries around the world have made investments/);
    expect(r.expectedOutcomes).toMatch(/^Shared lessons can be used by participants/);
  });

  it('lists the fields a page without heading, format or questions leaves out, in PAGE_FIELDS order', () => {
    const r = parseSessionPage(read('18-2023-day0-event41-trusted-data-flows-session-start.txt'));
    expect(r.notFound).toEqual([
      'title',
      'code',
      'year',
      'themes',
      'format',
      'durationMinutes',
      'policyQuestions',
    ]);
  });

  it('lists the missing roles, format and duration of a cut 2019 page', () => {
    const r = parseSessionPage(read('03-2019-ws64-community-networks-spectrum-multilingual.txt'));
    expect(r.notFound).toEqual([
      'themes',
      'onsiteModerator',
      'onlineModerator',
      'rapporteur',
      'format',
      'durationMinutes',
    ]);
  });

  it('is consistent with the values on every fixture', () => {
    for (const text of FIXTURES) {
      const r = parseSessionPage(text);
      const missing = PAGE_FIELDS.filter((f) => {
        const v = r[f];
        return v === null || (Array.isArray(v) && v.length === 0);
      });
      expect(r.notFound).toEqual(missing);
    }
  });

  it('empty text gives an empty result with every field in notFound', () => {
    expectEmpty('');
    expectEmpty('   \n\u00A0\n\t\n');
  });

  it('a text that is not an IGF session page gives nothing', () => {
    expectEmpty(
      [
        "Grandma's Apple Pie",
        '',
        'Ingredients:',
        '- 2 cups flour, sifted',
        '- 1 cup sugar, white',
        '- Butter, cold, cubed',
        '',
        'Preheat the oven to 180C. Bake for about 45 minutes, until the crust is golden and the apples are soft.',
        '',
        '1. Mix the flour and the sugar.',
        '2. Rub in the butter.',
        'Bake - 45 Min',
      ].join('\n'),
    );
  });
});

describe('layout rules beyond the fixtures', () => {
  it('reads lettered questions, a Town Hall code and honorifics in labelled roles', () => {
    const r = parseSessionPage(
      [
        'IGF 2024 Town Hall #74 Keeping the Internet open',
        '',
        'Moderator: Dr. Ana Lee, Civil Society, African Group',
        'Online Moderator: Prof Bob Ray',
        'Rapporteur: Ambassador Cy Zed',
        '',
        'Format: Birds of a Feather - Auditorium - 60 Min',
        '',
        'Policy Questions',
        'A. What is open?',
        'B. Who keeps it open?',
        '',
        'Expected Outcomes',
        'A short report.',
      ].join('\n'),
    );
    expect(r.code).toBe('Town Hall #74');
    expect(r.year).toBe(2024);
    expect(r.title).toBe('Keeping the Internet open');
    expect([r.onsiteModerator, r.onlineModerator, r.rapporteur]).toEqual(['Ana Lee', 'Bob Ray', 'Cy Zed']);
    expect(r.format).toBe('Birds of a Feather - Auditorium');
    expect(r.durationMinutes).toBe(60);
    expect(r.policyQuestions).toEqual(['What is open?', 'Who keeps it open?']);
    expect(r.expectedOutcomes).toBe('A short report.');
  });

  it("splits inline '(1) … (2) …' questions and ignores time slots for the duration", () => {
    const r = parseSessionPage(
      [
        'IGF 2024 Day 0 Event #94 Data flows',
        'Tuesday, 17th December, 2024 (09:00 UTC) - Tuesday, 17th December, 2024 (10:30 UTC)',
        '',
        'Policy Question(s): (1) How should data move? (2) Who decides? (3) Who pays?',
      ].join('\n'),
    );
    expect(r.code).toBe('Day 0 Event #94');
    expect(r.durationMinutes).toBeNull();
    expect(r.policyQuestions).toEqual(['How should data move?', 'Who decides?', 'Who pays?']);
  });

  it('treats U+00A0, CRLF, banners and duplicated lines as noise', () => {
    const seed = read('igf-2023-ws-260.txt');
    const noisy =
      'Skip to main content\r\nCheck-in and access this session from the IGF Schedule.\r\n\r\n' +
      seed
        .split('\n')
        .flatMap((l) => (/^(IGF 2023|Organizer 2|Speaker 3|Policy Question)/.test(l) ? [l, l] : [l]))
        .join('\r\n')
        .replace(/Speaker 1: Pramod Varma,/, 'Speaker 1:\u00A0Pramod\u00A0Varma,\u00A0');
    const a = parseSessionPage(seed);
    const b = parseSessionPage(noisy);
    expect(b).toEqual(a);
  });

  it('keeps what a cut page gives and drops the unfinished field', () => {
    const seed = read('igf-2023-ws-260.txt');
    const cut = seed.slice(0, seed.indexOf('Speaker 3: Michael O. Odhiambo, Government, Afr') + 47);
    const r = parseSessionPage(cut);
    expect(r.speakers.map((s) => s.name)).toEqual(['Pramod Varma', 'Maksym Shkilov', 'Michael O. Odhiambo']);
    expect(r.speakers[2]).toMatchObject({
      name: 'Michael O. Odhiambo',
      stakeholder: 'Government',
      region: null,
      affiliation: null,
    });
    expect(r.notFound).toContain('policyQuestions');
  });

  it('parses a 1 MB page and adversarial megabyte inputs to the end (speed is in npm run bench)', () => {
    const seed = read('igf-2023-ws-260.txt');
    let big = '';
    while (big.length < 1_000_000) big += seed;
    const r = parseSessionPage(big);
    expect(r.code).toBe('WS #260');
    const line = 'Speaker 1: ' + 'Jane Doe, Civil Society, African Group '.repeat(26_000);
    expect(parseSessionPage(line).speakers.length).toBeGreaterThan(0);
    expect(parseSessionPage(' ,'.repeat(500_000)).title).toBeNull();
    expect(parseSessionPage('x\n\n'.repeat(300_000)).code).toBeNull();
    expect(parseSessionPage('Policy Question(s)\n' + '- a '.repeat(250_000)).notFound).toContain('title');
  });
});

describe('parseSessionPage never throws and always fits the schema', () => {
  const check = (text: string): void => {
    const r = parseSessionPage(text);
    expect(PageParseSchema.safeParse(r).success).toBe(true);
    expect(r.description === null || typeof r.description === 'string').toBe(true);
    expect(r.expectedOutcomes === null || typeof r.expectedOutcomes === 'string').toBe(true);
  };

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => check(s)),
      { numRuns: 300 },
    );
  });

  it('on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => check(s)),
      { numRuns: 300 },
    );
  });

  it('on strings made of IGF words and separators', () => {
    const piece = fc.constantFrom(
      'IGF 2023 WS #',
      'Organizer 1: ',
      'Speaker 2: ',
      'Online Moderator',
      'Moderator',
      'Rapporteur',
      'Policy Question(s)',
      'Format',
      ' - 90 Min',
      'Duration (minutes): ',
      'Civil Society',
      'African Group',
      'Name: ',
      ' | ',
      ', ',
      '\n',
      '\n\n\n',
      '1. ',
      '(1) ',
      '- ',
      'Mr ',
      '\u00A0',
      '🔒',
      ':',
      '?',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 80 }), (parts) =>
        check(parts.join('')),
      ),
      { numRuns: 400 },
    );
  });

  it('on fixture lines mixed at random', () => {
    const corpus = loadCorpus();
    const pool = [...FIXTURES, ...corpus.pages.map(corpus.text)].flatMap((t) => t.split('\n'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), (lines) => check(lines.join('\n'))),
      { numRuns: 300 },
    );
  });

  it('on fixtures cut at random points', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: FIXTURES.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (k, at) => {
          const text = FIXTURES[k] as string;
          check(text.slice(0, Math.floor(text.length * at)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never invents a title, code or year on a fixture cut before its heading ends', () => {
    const text = read('17-2023-networking112-youth-mapping-networks.txt');
    const r = parseSessionPage(text.slice(0, 'IGF 2023 Netw'.length));
    expect(r.code).toBeNull();
    expect(r.title).toBeNull();
  });
});

describe('what the page gives beside the programme', () => {
  const page = [
    'IGF 2022 WS #317 Digital ID Exclusion',
    '',
    'Full Title: Digital ID Exclusion: hidden costs, remedies and rights',
    '',
    'Wednesday, 30th November, 2022 (13:15 UTC) - Wednesday, 30th November, 2022 (14:45 UTC)',
    'Caucus Room 9',
    '',
    'Organizer 1: Ana Lee, Access Ledger, civil society, Africa',
    'Speaker 1: Bo Ray, Government, Kenya [onsite]',
    'Speaker 2: Cy Zed, Business, APAC [online, moderator]',
    '',
    'Additional Speakers',
    'Di Vo, Open Lab (online)',
    '',
    'Hybrid Format: the chat is read out in every round.',
  ].join('\n');

  it('reads date, time zone, room, full title, presence, groups, additional speakers and hybrid', () => {
    const r = parseSessionPage(page);
    expect(r).toMatchObject({
      fullTitle: 'Digital ID Exclusion: hidden costs, remedies and rights',
      date: '2022-11-30',
      startTime: '13:15',
      endTime: '14:45',
      timeZone: 'UTC',
      room: 'Caucus Room 9',
      hybrid: true,
      onsiteModerator: 'Cy Zed',
    });
    expect(r.organizers[0]).toMatchObject({
      stakeholder: 'civil society',
      region: 'Africa',
      stakeholderGroup: STAKEHOLDER_GROUPS[1],
      regionalGroup: REGIONAL_GROUPS[0],
    });
    expect(r.speakers.map((s) => [s.presence, s.regionalGroup, s.stakeholderGroup])).toEqual([
      ['onsite', REGIONAL_GROUPS[0], STAKEHOLDER_GROUPS[0]],
      ['online', REGIONAL_GROUPS[1], STAKEHOLDER_GROUPS[2]],
    ]);
    expect(r.additionalSpeakers).toEqual([
      expect.objectContaining({ name: 'Di Vo', affiliation: 'Open Lab', presence: 'online' }),
    ]);
    expect(r.confidence.onsiteModerator).toBeLessThan(1);
    expect(r.confidence.date).toBe(1);
  });

  it('a session made from it keeps the facts, codes and presence', () => {
    const s = sessionFromPage(parseSessionPage(page), '2026-01-01T00:00:00.000Z');
    expect(s.facts).toMatchObject({
      fullTitle: 'Digital ID Exclusion: hidden costs, remedies and rights',
      date: '2022-11-30',
      startTime: '13:15',
      timeZone: 'UTC',
      room: 'Caucus Room 9',
      hybrid: true,
    });
    const byName = new Map(s.people.map((p) => [p.name, p]));
    expect(byName.get('Ana Lee')).toMatchObject({
      stakeholder: STAKEHOLDER_GROUPS[1],
      region: REGIONAL_GROUPS[0],
    });
    expect(byName.get('Cy Zed')).toMatchObject({ presence: 'online', roles: ['speaker', 'onsiteModerator'] });
    expect(byName.get('Di Vo')).toMatchObject({ presence: 'online', roles: ['speaker'] });
  });
});

describe('time zones printed on pages', () => {
  it('become zone names the app can compute with', () => {
    expect(ianaZone('UTC')).toBe('UTC');
    expect(ianaZone('CET')).toBe('CET');
    expect(ianaZone('EAT')).toBe('Africa/Nairobi');
    expect(ianaZone('UTC+3')).toBe('Etc/GMT-3');
    expect(ianaZone('XYZ')).toBeNull();
  });
});

describe('groups on the unlabelled 2023 role lines', () => {
  it('are kept for the moderators and the rapporteur, and reach the session', () => {
    const r = parseSessionPage(read('igf-2023-ws-260.txt'));
    expect(r.roleDetails.map((d) => [d.name, d.stakeholderGroup, d.regionalGroup])).toEqual([
      ['Aishwarya Salvi', STAKEHOLDER_GROUPS[4], REGIONAL_GROUPS[5]],
      ['Luiza Ferreira', STAKEHOLDER_GROUPS[0], REGIONAL_GROUPS[3]],
      ['Torge Wolters', STAKEHOLDER_GROUPS[0], REGIONAL_GROUPS[4]],
    ]);
    const s = sessionFromPage(r, '2026-01-01T00:00:00.000Z');
    expect(s.people.find((p) => p.name === 'Torge Wolters')).toMatchObject({
      stakeholder: STAKEHOLDER_GROUPS[0],
      region: REGIONAL_GROUPS[4],
      roles: ['organizer', 'rapporteur'],
    });
  });
});
