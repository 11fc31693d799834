import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchSpeaker, parseTranscript } from '../../shared/igf/transcript';

const DIR = join(__dirname, '..', 'fixtures', 'transcripts');

interface Expected {
  file: string;
  speakers: string[];
  turns: number;
  unnamedTurns: number;
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'EXPECTED.json'), 'utf8')) as { transcripts: Expected[] };
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');

describe('parseTranscript on the fixtures', () => {
  it('has fixtures to check', () => {
    expect(EXPECTED.transcripts.length).toBeGreaterThanOrEqual(3);
  });

  for (const exp of EXPECTED.transcripts) {
    it(`${exp.file}: speakers, turns and unnamed turns`, () => {
      const text = read(exp.file);
      const parsed = parseTranscript(text);
      expect(parsed.speakers).toEqual(exp.speakers);
      expect(parsed.turns).toHaveLength(exp.turns);
      expect(parsed.turns.filter((t) => t.speaker === null)).toHaveLength(exp.unnamedTurns);
      // The convention: in every fixture the turns equal the raw count of '>>'.
      expect(text.split('>>').length - 1).toBe(exp.turns);
      // Every named turn's speaker is one of the listed speakers; no turn text keeps a U+00A0 or a double space.
      for (const t of parsed.turns) {
        if (t.speaker !== null) expect(parsed.speakers).toContain(t.speaker);
        expect(t.text).not.toMatch(/\u00a0| {2}/);
        expect(t.text).toBe(t.text.trim());
        expect(t.text).not.toContain('>>');
      }
    });
  }

  it('reads the titles and skips banners and disclaimers', () => {
    expect(parseTranscript(read('01-2020-day1-platform-walkthrough.txt')).title).toBe(
      'IGF 2020 - Day 1 - IGF 2020 Platform Walkthrough for First-time Participants',
    );
    expect(parseTranscript(read('03-2021-mag-second-open-consultations-no-space-marker.txt')).title).toBe(
      'IGF 2021 Second Open Consultations & MAG Meeting - Day 2 - Section 1',
    );
    expect(parseTranscript(read('06-2024-day1-official-opening-unnamed-turns.txt')).title).toBe(
      'IGF 2024- Day 1- Official Opening Session',
    );
    const all = parseTranscript(read('01-2020-day1-platform-walkthrough.txt'));
    expect(all.turns.some((t) => /legacy site|You are here|real-time captioning/.test(t.text))).toBe(false);
    expect(all.turns[0]?.text.startsWith('Hello and welcome, everyone. I am your host')).toBe(true);
  });

  it('attaches continuation paragraphs to the previous turn', () => {
    const turns = parseTranscript(read('01-2020-day1-platform-walkthrough.txt')).turns;
    expect(turns[1]).toEqual({
      speaker: 'PAVEL DRAGOMIR',
      text:
        'Thank you, Miriam.\n\nA quick note while people are still arriving. The recording and the slides will be ' +
        'on the session page tonight, so no need for screenshots. We will hold the start for a moment.',
    });
    // Two consecutive PAVEL turns stay separate turns.
    expect(turns[2]).toEqual({ speaker: 'PAVEL DRAGOMIR', text: 'Is the French channel live yet?' });
    expect(turns[3]).toEqual({ speaker: null, text: 'Not yet, one moment.' });
    expect(turns[5]).toEqual({ speaker: null, text: 'French is live now. Go ahead.' });
    const last = turns[turns.length - 1];
    expect(last?.text.split('\n\n')).toHaveLength(4);
    expect(last?.text.endsWith('Let m')).toBe(true);

    const mag = parseTranscript(read('03-2021-mag-second-open-consultations-no-space-marker.txt')).turns;
    expect(mag[0]?.text.split('\n\n')).toHaveLength(2);
    expect(mag[1]?.speaker).toBe('CHAIR ALBUQUERQUE');
    expect(mag[1]?.text.startsWith('Thank you, Pavel. Good afternoon.\n\nFirst, my thanks')).toBe(true);
    expect(mag[1]?.text.split('\n\n')).toHaveLength(9);
  });

  it('does not count stage directions as turns or turn text', () => {
    const parsed = parseTranscript(read('06-2024-day1-official-opening-unnamed-turns.txt'));
    expect(parsed.turns.some((t) => t.text.includes('Applause'))).toBe(false);
    expect(parsed.turns[7]?.text.endsWith('Welcome, friends, to the Internet Governance Forum.')).toBe(true);
    expect(parsed.turns[8]?.speaker).toBe('HOST');
    expect(parsed.turns[1]).toEqual({
      speaker: null,
      text: 'Two. It crosses a desert under a sky full of stars.',
    });
    expect(parsed.turns[9]?.speaker).toBe('ADAEZE NWANKWO-LIND');
    expect(parsed.turns[10]?.text).toContain('I wish I could be in the hall with you, but a broken ankle');
  });
});

describe('parseTranscript rules', () => {
  it('reads >>NAME: without a space, indented markers and U+00A0 indentation', () => {
    const p = parseTranscript(
      'Header\n  >>JANE DOE: Hi.\n\u00a0\u00a0>> JOHN ROE:\u00a0 Hello\u00a0\u00a0 there.\n',
    );
    expect(p.speakers).toEqual(['JANE DOE', 'JOHN ROE']);
    expect(p.turns).toEqual([
      { speaker: 'JANE DOE', text: 'Hi.' },
      { speaker: 'JOHN ROE', text: 'Hello there.' },
    ]);
    expect(p.title).toBeNull();
  });

  it('tells name labels from sentences with a colon', () => {
    const p = parseTranscript(
      [
        '>> Sorry, for whom?',
        '>> So my message is short: keep the queue open.',
        '>> Ms. Jane Doe: Thanks.',
        '>> Moderator: Next.',
        '>> Note this: it matters.',
        '>> Time is 10:30 now.',
        '>> MS. ANA DE SOUZA: Obrigada.',
      ].join('\n\n'),
    );
    expect(p.turns.map((t) => t.speaker)).toEqual([
      null,
      null,
      'Ms. Jane Doe',
      'Moderator',
      null,
      null,
      'MS. ANA DE SOUZA',
    ]);
    expect(p.turns[1]?.text).toBe('So my message is short: keep the queue open.');
  });

  it('counts a last turn cut before its colon as named', () => {
    const known = parseTranscript('>> PAVEL DRAGOMIR: One.\n\n>> MIRIAM: Two.\n\n>> PAVEL DRAG');
    expect(known.turns).toHaveLength(3);
    expect(known.turns[2]).toEqual({ speaker: 'PAVEL DRAGOMIR', text: '' });
    expect(known.speakers).toEqual(['PAVEL DRAGOMIR', 'MIRIAM']);
    const unknown = parseTranscript('>> PAVEL DRAGOMIR: One.\n\n>> HOS');
    expect(unknown.turns[1]?.speaker).toBe('HOS');
    expect(unknown.turns.filter((t) => t.speaker === null)).toHaveLength(0);
    // A short unnamed turn that is a sentence stays unnamed.
    expect(parseTranscript('>> A: b\n\n>> Fine. Checking.').turns[1]?.speaker).toBeNull();
    expect(parseTranscript('>> JANE DOE: b\n\n>> Thank you').turns[1]?.speaker).toBeNull();
  });

  it('merges printings of one label that differ only in case or accents', () => {
    const p = parseTranscript('>> TOMÁS ROE: a\n>> TOMAS ROE: b\n>> Tomás Roe: c');
    expect(p.speakers).toEqual(['TOMÁS ROE']);
    expect(p.turns.every((t) => t.speaker === 'TOMÁS ROE')).toBe(true);
  });

  it('handles empty and header-only input', () => {
    expect(parseTranscript('')).toEqual({
      title: null,
      code: null,
      year: null,
      sessionTitle: null,
      speakers: [],
      turns: [],
    });
    expect(parseTranscript('IGF 2023 - Day 0\n\nThe following are the outputs...')).toMatchObject({
      title: 'IGF 2023 - Day 0',
      speakers: [],
      turns: [],
    });
    expect(parseTranscript('\r\n>> HOST:\r\n\r\nWelcome.\r\n').turns).toEqual([
      { speaker: 'HOST', text: 'Welcome.' },
    ]);
  });

  it('never throws on arbitrary strings', () => {
    const alphabet = fc.constantFrom(
      '>',
      '>',
      ':',
      ' ',
      '\u00a0',
      '\n',
      '\r',
      'A',
      'b',
      'É',
      '(',
      ')',
      '.',
      '-',
      '*',
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: alphabet })),
        (s) => {
          const p = parseTranscript(s);
          expect(Array.isArray(p.turns)).toBe(true);
          for (const t of p.turns) if (t.speaker !== null) expect(p.speakers).toContain(t.speaker);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parses adversarial input to the end', () => {
    const big = ('>> ' + 'A '.repeat(40) + 'x'.repeat(200) + '\n' + '('.repeat(300) + '\n').repeat(2000);
    const noColon = '>> ' + 'AB '.repeat(200_000);
    expect(parseTranscript(big).turns).toHaveLength(2000);
    expect(parseTranscript(noColon).turns).toHaveLength(1);
  });
});

describe('matchSpeaker', () => {
  const people = [
    'Miriam Osei-Tutu',
    'Pavel Dragomir',
    'Inês Albuquerque',
    'Dr. Tomás Ibarra-Klein',
    'Adaeze Nwankwo-Lind',
    'Jane Doe',
    'John Doe',
  ];

  it('ignores case', () => {
    expect(matchSpeaker('PAVEL DRAGOMIR', people)).toBe(1);
    expect(matchSpeaker('pavel dragomir', people)).toBe(1);
  });

  it('ignores accents', () => {
    expect(matchSpeaker('TOMAS IBARRA-KLEIN', people)).toBe(3);
    expect(matchSpeaker('INES ALBUQUERQUE', people)).toBe(2);
    expect(matchSpeaker('Tomás Ibarra-Klein', ['Tomas Ibarra-Klein'])).toBe(0);
  });

  it('ignores honorifics and titles', () => {
    expect(matchSpeaker('MS. ADAEZE NWANKWO-LIND', people)).toBe(4);
    expect(matchSpeaker('Ms. Jane Doe', people)).toBe(5);
    expect(matchSpeaker('H.E. JOHN DOE', people)).toBe(6);
    expect(matchSpeaker('DR. TOMAS IBARRA-KLEIN', people)).toBe(3);
  });

  it('reads initials', () => {
    expect(matchSpeaker('M. Osei-Tutu', people)).toBe(0);
    expect(matchSpeaker('M. OSEI-TUTU', people)).toBe(0);
    expect(matchSpeaker('J. DOE', people)).toBe(-1); // Jane or John
    expect(matchSpeaker('X. OSEI-TUTU', people)).toBe(-1);
  });

  it('reads a role with a surname', () => {
    expect(matchSpeaker('CHAIR ALBUQUERQUE', people)).toBe(2);
    expect(matchSpeaker('MODERATOR DRAGOMIR', people)).toBe(1);
    expect(matchSpeaker('IBARRA', people)).toBe(3);
  });

  it('returns -1 without a match', () => {
    expect(matchSpeaker('IDRIS AL-NOURI', people)).toBe(-1);
    expect(matchSpeaker('HOST', people)).toBe(-1);
    expect(matchSpeaker('PAVEL', people)).toBe(-1); // a first name alone is not enough
    expect(matchSpeaker('', people)).toBe(-1);
    expect(matchSpeaker('JANE DOE', [])).toBe(-1);
  });

  it('returns -1 when a surname is shared by two people', () => {
    expect(matchSpeaker('CHAIR DOE', people)).toBe(-1);
    expect(matchSpeaker('MS. DOE', people)).toBe(-1);
    // …but the full name still decides.
    expect(matchSpeaker('JOHN DOE', people)).toBe(6);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (label, names) => {
        const i = matchSpeaker(label, names);
        expect(i >= -1 && i < names.length).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('labels with Unicode dashes, and the heading', () => {
  it('reads a label whose hyphens are U+2011 (and other look-alikes) as a name, with plain hyphens', () => {
    const r = parseTranscript(
      [
        'IGF 2023 WS #260 Creating digital public infrastructure',
        '',
        '>> MARIE\u2011CLAIRE DUBOIS\u2011LEGRAND: Good morning. We start with a well\u2011known case.',
        '>> JEAN\u2010PAUL N\u2212DIAYE: Thank you.',
        '>> MARIE-CLAIRE DUBOIS-LEGRAND: Next question.',
      ].join('\n'),
    );
    expect(r.speakers).toEqual(['MARIE-CLAIRE DUBOIS-LEGRAND', 'JEAN-PAUL N-DIAYE']);
    expect(r.turns.map((t) => t.speaker)).toEqual([
      'MARIE-CLAIRE DUBOIS-LEGRAND',
      'JEAN-PAUL N-DIAYE',
      'MARIE-CLAIRE DUBOIS-LEGRAND',
    ]);
    expect(r.turns[0]?.text).toBe('Good morning. We start with a well-known case.');
    expect(r).toMatchObject({
      code: 'WS #260',
      year: 2023,
      sessionTitle: 'Creating digital public infrastructure',
    });
  });

  it('gives the session title of a day heading and no code', () => {
    const r = parseTranscript('IGF 2024- Day 1- Official Opening Session\n\n>> HOST: Welcome.');
    expect(r).toMatchObject({ code: null, year: 2024, sessionTitle: 'Official Opening Session' });
  });
});
