import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../shared/report/inline';
import { generateSession } from '../fixtures/generate-session';

/**
 * parseMarkdown skips the block lexer for one line of words (with or without emphasis marks), and for
 * a bullet list of such lines. The
 * oracle is the full lexer: the same text after a first paragraph ("x", a blank line) always takes it.
 */
const fully = (markdown: string) => parseMarkdown(`x\n\n${markdown}`).slice(1);

describe('Markdown of one line', () => {
  it('parses as the full Markdown lexer does, for words with bold, italic and punctuation', () => {
    const piece = fc.constantFrom(
      'word',
      'trust',
      'Ünïcode',
      'بيانات',
      '**',
      '*',
      '_',
      '__',
      ' ',
      '.',
      ',',
      '?',
      "'",
      '"',
      '-',
      '(',
      ')',
      '3',
      '1.',
      '%',
      '/',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(parseMarkdown(text)).toEqual(fully(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses words with **bold** and _italic_ spans as the full lexer does, wherever the marks fall', () => {
    const word = fc.constantFrom(
      'trust',
      'Ünïcode',
      'بيانات',
      '2025',
      'a',
      'is?',
      'end.',
      "it's",
      '(x)',
      '-',
    );
    const gap = fc.constantFrom(
      ' ',
      '',
      '**',
      ' **',
      '** ',
      ' ** ',
      '**.',
      '**,',
      '**?',
      '.** ',
      '?**',
      '***',
      '_',
      ' _',
      '_ ',
      '_.',
      ' — _',
      ')_',
      '__',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('', '**', '_'),
        (pairs, lead) => {
          const text = lead + pairs.map(([w, g]) => w + g).join('');
          expect(parseMarkdown(text)).toEqual(fully(text));
          expect(parseMarkdown(`- ${text}`)).toEqual(fully(`- ${text}`));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('leaves marks inside a word or beside a space as the full lexer does', () => {
    for (const text of [
      'trust_a_ end',
      'a_b_',
      '_a_b',
      'x**y**z',
      '**a**b',
      '(x)_y_',
      '_a _',
      '** a**',
      'a **b **c',
      '_a_. _b_',
      'said **no**, _then_ **yes?**',
      '— _Ana Lima (Government)_',
    ])
      expect(parseMarkdown(text), text).toEqual(fully(text));
  });

  it('parses a bullet list of such lines as the full lexer does', () => {
    const piece = fc.constantFrom(
      'word',
      'Ünïcode',
      'بيانات',
      '**',
      '*',
      '_',
      ' ',
      '  ',
      '.',
      '?',
      '-',
      '3',
      '1.',
      ':',
    );
    const line = fc.tuple(
      fc.constantFrom('- ', '* ', '+ ', '-', '-  ', ' - ', '1. ', '> ', ''),
      fc.array(piece, { maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n'), (lines, end) => {
        const text = lines.map(([bullet, pieces]) => bullet + pieces.join('')).join('\n') + end;
        expect(parseMarkdown(text)).toEqual(fully(text));
      }),
      { numRuns: 4000 },
    );
    expect(parseMarkdown('- Trust and **inclusion**\n- Open standards')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ type: 'paragraph', runs: [{ text: 'Trust and ' }, { text: 'inclusion', bold: true }] }],
          [{ type: 'paragraph', runs: [{ text: 'Open standards' }] }],
        ],
      },
    ]);
  });

  it('parses every generated benchmark statement as the full lexer does', () => {
    const texts = generateSession(300).statements.map((s) => s.text);
    expect(texts.some((t) => t.includes('**'))).toBe(true);
    for (const text of texts) expect(parseMarkdown(text)).toEqual(fully(text));
  });

  it('still finds lists, headings and lines that only look like words', () => {
    expect(parseMarkdown('* item')[0]?.type).toBe('list');
    expect(parseMarkdown('_ item')).toEqual(fully('_ item'));
    expect(parseMarkdown('1) first')[0]?.type).toBe('list');
    expect(parseMarkdown('***')).toEqual([]);
  });
});
