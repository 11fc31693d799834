/**
 * Parser for the IGF's "RAW" live-captioning transcripts.
 *
 * Layout those files follow (see tests/fixtures/transcripts/):
 * - a header before the first `>>`: optional site banners ("This is now a legacy site…", "You are here"),
 *   usually a title line ("IGF 2024- Day 1- Official Opening Session"), the captioning disclaimer and
 *   separators (`***`, a line holding only a non-breaking space);
 * - then turns: a line that starts (after optional indentation, possibly U+00A0) with `>>` opens a turn.
 *   `>> FULL NAME:` (or `>>FULL NAME:`) names the speaker, a bare `>> text` is an unnamed turn;
 * - paragraphs without `>>` continue the previous turn;
 * - stage directions on their own line (`(Applause).`) are neither turns nor turn text;
 * - the file is often cut mid-word, sometimes in the middle of the last speaker label.
 *
 * Pure and linear in the input length: every line is looked at once, label checks only ever look at a
 * bounded prefix of a line, and no regular expression here can backtrack more than a bounded amount.
 */

import { readHeading } from './heading';
import { englishRoleWord } from './pageLanguages';

export interface TranscriptTurn {
  /** The label as printed (spacing and look-alike hyphens normalised), or null for an anonymous `>>` turn. */
  speaker: string | null;
  /** The turn's words: paragraphs joined with a blank line, spaces (incl. U+00A0) collapsed, trimmed. */
  text: string;
}

export interface TranscriptParse {
  /** The heading line of the file when it is obvious (a line starting "IGF 20…"), else null. */
  title: string | null;
  /** The session's code in that heading ('WS #260', 'Open Forum #168'), when it names one. */
  code: string | null;
  year: number | null;
  /** The heading without 'IGF YYYY', the code or 'Day N' ('Official Opening Session'). */
  sessionTitle: string | null;
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  turns: TranscriptTurn[];
}

/** A label longer than this before its colon is a sentence, not a name. */
const MAX_LABEL = 80;
const MAX_LABEL_WORDS = 8;
/**
 * Characters a speaker label may hold: letters (any script, with marks), digits, spaces, dots,
 * apostrophes and hyphens, including the Unicode ones captioners type (U+2011 for every hyphen).
 */
const LABEL_CHARS = /^[\p{L}][\p{L}\p{M}\p{N} .'’‐‑‒–—−﹣－-]*$/u;
/** Hyphen look-alikes inside names: U+2010, U+2011, U+2012, U+2212, U+FE63, U+FF0D. */
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g;
/** A label as people write it: look-alike hyphens become '-'. */
const plainLabel = (label: string): string => label.replace(HYPHENS, '-');
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/gu;
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|madam|mme|mlle|hon|rev|amb|ambassador|h\.\s?e)\.?$/i;
/** Lower-case words that may sit inside a mixed-case name ("Ana de Souza", "Ludwig van Dijk"). */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'binti',
  'ibn',
  'y',
  'e',
]);
/** A mixed-case one-word label is only a name label when it is a role. */
const ROLE_WORDS =
  /^(?:chair|co-chair|chairperson|moderator|host|speaker|participant|audience|interpreter|facilitator|rapporteur|panelist|panellist|presenter|narrator|announcer|voice)$/i;

const isUpperLetter = (ch: string): boolean => ch.toUpperCase() === ch && ch.toLowerCase() !== ch;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Does `candidate` (the text between `>>` and a colon, trimmed) look like a speaker label? */
function isNameLabel(candidate: string): boolean {
  if (candidate.length === 0 || candidate.length > MAX_LABEL) return false;
  if (!LABEL_CHARS.test(candidate)) return false;
  const words = candidate.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  if ((candidate.match(LETTER) ?? []).length < 2) return false;
  // Captioners write labels in capitals: "HOST", "MIRIAM OSEI-TUTU", "CHAIR ALBUQUERQUE".
  if (!LOWER.test(candidate)) return true;
  // Mixed case: "Ms. Jane Doe", "Jane Doe", "Moderator"; never a sentence ("So let us begin").
  let rest = words;
  const first = rest[0] ?? '';
  const honorific = HONORIFIC.test(first);
  if (honorific) rest = rest.slice(1);
  if (rest.length === 0) return false;
  if (!honorific && rest.length === 1)
    return ROLE_WORDS.test(rest[0] ?? '') || englishRoleWord(rest[0] ?? '') !== null;
  let capitalised = 0;
  for (const w of rest) {
    const c = w.charAt(0);
    if (isUpperLetter(c)) capitalised++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return capitalised >= 1 && (honorific || capitalised >= 2);
}

/** A line that is only a stage direction: "(Applause).", "(Video plays)", "[inaudible]". */
const STAGE_DIRECTION = /^(?:\([^()]*\)|\[[^[\]]*\])[.!]?$/;
/** A line with no letter or digit ("***", a lone non-breaking space). */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
const TITLE = /^IGF[\s-]*(?:19|20)\d\d\b/i;
const MAX_TITLE = 300;

/** Key under which two printings of the same label count as one speaker. */
const labelKey = (label: string): string =>
  plainLabel(label).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/’/g, "'");

export function parseTranscript(text: string): TranscriptParse {
  const input = typeof text === 'string' ? text : '';
  const lines = input.split(/\r\n|\r|\n|\u2028|\u2029/);
  // Index of the last line holding anything but whitespace: a label cut at end of text must be on it.
  let lastContent = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if ((lines[i] ?? '').trim().length > 0) {
      lastContent = i;
      break;
    }
  }

  let title: string | null = null;
  const speakers: string[] = [];
  const speakerByKey = new Map<string, string>();
  const turns: TranscriptTurn[] = [];

  // The turn being read: finished paragraphs plus the lines of the open one.
  let current: { speaker: string | null; paragraphs: string[]; open: string[] } | null = null;

  const closeParagraph = (): void => {
    if (!current || current.open.length === 0) return;
    const p = collapse(current.open.join(' ').replace(/\u2011/g, '-'));
    if (p.length > 0) current.paragraphs.push(p);
    current.open = [];
  };
  const finishTurn = (): void => {
    if (!current) return;
    closeParagraph();
    turns.push({ speaker: current.speaker, text: current.paragraphs.join('\n\n') });
    current = null;
  };
  const speakerFor = (label: string): string => {
    const key = labelKey(label);
    const known = speakerByKey.get(key);
    if (known !== undefined) return known;
    speakerByKey.set(key, label);
    speakers.push(label);
    return label;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimStart();
    if (line.startsWith('>>')) {
      finishTurn();
      const rest = line.slice(2).trimStart();
      let speaker: string | null = null;
      let body = rest;
      // The full-width colon of Chinese captions ('主持人：') ends a label too.
      const colon = rest.slice(0, MAX_LABEL + 1).search(/[:：]/);
      if (colon > 0) {
        const candidate = collapse(rest.slice(0, colon));
        if (isNameLabel(candidate)) {
          speaker = speakerFor(plainLabel(candidate));
          body = rest.slice(colon + 1);
        }
      } else if (colon < 0 && i === lastContent) {
        // The file was cut inside the last label ("…>> PAVEL DRAGO"): a capitalised name run with
        // nothing after it. It still names someone; prefer a known speaker it is the start of.
        const candidate = collapse(rest);
        if (!LOWER.test(candidate) && !/[.]$/.test(candidate) && isNameLabel(candidate)) {
          const key = labelKey(candidate);
          const known = speakers.find((s) => labelKey(s).startsWith(key));
          speaker = known ?? speakerFor(plainLabel(candidate));
          body = '';
        }
      }
      current = { speaker, paragraphs: [], open: [] };
      if (body.trim().length > 0) current.open.push(body);
      continue;
    }

    const trimmed = line.trim();
    if (!current) {
      // Header: banners, title, disclaimer. Only the title is kept.
      if (title === null && trimmed.length > 0 && trimmed.length <= MAX_TITLE) {
        const t = collapse(trimmed);
        if (TITLE.test(t)) title = t;
      }
      continue;
    }
    if (trimmed.length === 0 || NO_WORDS.test(trimmed)) {
      closeParagraph();
      continue;
    }
    if (trimmed.length <= MAX_LABEL && STAGE_DIRECTION.test(collapse(trimmed))) {
      closeParagraph();
      continue;
    }
    // Continuation: a new paragraph after a blank line, a wrapped line of the open one otherwise.
    (current as { open: string[] }).open.push(trimmed);
  }
  finishTurn();

  const heading = title === null ? null : readHeading(title);
  return {
    title,
    code: heading?.code ?? null,
    year: heading?.year ?? null,
    sessionTitle: heading && heading.title ? heading.title : null,
    speakers,
    turns,
  };
}

export { matchSpeaker } from './personMatch';
