/**
 * The heading line pages and transcripts start with: 'IGF 2023 WS #260 Title', 'IGF 2024 Open Forum
 * #168: Title', 'IGF 2023 Main Session: Title', 'IGF 2024- Day 1- Official Opening Session'.
 * Pure TS; bounded regexes only.
 */

export interface Heading {
  year: number;
  /** Type and number as printed ('WS #260'), the type alone for unnumbered ones, null for day headings. */
  code: string | null;
  /** What follows the code; may be empty (the title is then on the next line). */
  title: string;
}

// The session type may be in any script ('WS', 'Atelier', 'Семинар', 'ورشة عمل', '研讨会').
const NUMBERED =
  /^IGF\s*((?:19|20)\d\d)\s*[-–—:]?\s*(\p{L}[\p{L}\p{M}0-9&'./ -]{0,40}?)\s*#\s*(\d{1,6})(?!\d)\s*[-–—:|：]?\s*(.*)$/u;
/** Session types named without a number: 'IGF 2023 Main Session: Title'. */
const UNNUMBERED =
  /^IGF\s*((?:19|20)\d\d)\s*[-–—:]?\s*(Main Session|High-Level Session|Opening Ceremony|Closing Ceremony|Parliamentary Track)\s*[:–—-]\s*(.*)$/i;
/** Transcript headings: 'IGF 2024- Day 1- Official Opening Session', 'IGF 2020 - Day 0 - Title'. */
const DAY = /^IGF\s*((?:19|20)\d\d)\s*[-–—:]?\s*(?:-\s*)?Day\s*(\d{1,2})\s*[-–—:]\s*(.*)$/i;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function readHeading(line: string): Heading | null {
  if (line.length > 2000 || !/^IGF/.test(line)) return null;
  const n = NUMBERED.exec(line);
  if (n) return { year: Number(n[1]), code: `${squash(n[2] ?? '')} #${n[3]}`, title: squash(n[4] ?? '') };
  const u = UNNUMBERED.exec(line);
  if (u) return { year: Number(u[1]), code: squash(u[2] ?? ''), title: squash(u[3] ?? '') };
  const d = DAY.exec(line);
  if (d) {
    // 'Day 1 - IGF 2020 Platform Walkthrough': a repeated 'IGF 2020' before the title is not part of it
    const title = squash((d[3] ?? '').replace(/^IGF\s*(?:19|20)\d\d\s+/, ''));
    return { year: Number(d[1]), code: null, title };
  }
  return null;
}
