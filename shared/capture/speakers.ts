import { ordered, type Person, type Session, type Statement } from '../model/session';
import { speakerRank } from '../model/people';
import { fold } from './filter';

/**
 * The order speakers are offered in: listed speakers first, then moderators, then audience members,
 * then everyone else (organizers, the rapporteur). Their numbers are their own (`speakerNumber`).
 */
export function speakerList(people: readonly Person[]): Person[] {
  return ordered(people)
    .map((p, i) => ({ p, i, r: speakerRank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ p }) => p);
}

/** The number each present person answers to on Ctrl+1 … Ctrl+9 (and beside their name). */
export function speakerNumbers(people: readonly Person[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of people)
    if (p.deletedAt === null && p.speakerNumber !== null) numbers.set(p.id, p.speakerNumber);
  return numbers;
}

/**
 * People whose name fits what was typed: the whole name starting with it first, then a word of the
 * name starting with it, then any part; case and accents ignored. An empty query keeps everyone.
 */
export function matchPeople(people: readonly Person[], query: string): Person[] {
  const q = fold(query).trim();
  if (!q) return people.slice();
  // "12" finds speaker number 12, for people past the ninth.
  if (/^\d+$/.test(q)) {
    const byNumber = people.filter((p) => p.speakerNumber === Number(q));
    if (byNumber.length) return byNumber;
  }
  const scored: Array<{ p: Person; score: number; i: number }> = [];
  people.forEach((p, i) => {
    const name = fold(p.name);
    const words = name.split(/[\s\-.]+/);
    const initials = words.map((w) => w.charAt(0)).join('');
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (words.some((w) => w.startsWith(q))) score = 1;
    else if (q.split(' ').every((part) => words.some((w) => w.startsWith(part)))) score = 2;
    else if (q.length >= 2 && initials.startsWith(q.replace(/\s/g, ''))) score = 3;
    else if (name.includes(q)) score = 4;
    if (score >= 0) scored.push({ p, score, i });
  });
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map(({ p }) => p);
}

/**
 * Who the moderator's timer says holds the floor: the live turn whose timer has started and not
 * ended (the latest started, should there be several); null when no turn runs.
 */
export function floorPersonId(session: Pick<Session, 'turns'>): string | null {
  let best: { personId: string; startedAt: string } | null = null;
  for (const turn of session.turns) {
    if (turn.deletedAt !== null || !turn.personId) continue;
    const { startedAt, endedAt } = turn.timer;
    if (!startedAt || endedAt !== null) continue;
    if (!best || startedAt > best.startedAt) best = { personId: turn.personId, startedAt };
  }
  return best?.personId ?? null;
}

/** The speaker a new statement gets by default: whoever holds the floor, else the last speaker. */
export function defaultSpeakerId(
  session: Pick<Session, 'turns'>,
  statements: readonly Statement[],
): string | null {
  const floor = floorPersonId(session);
  if (floor) return floor;
  for (let i = statements.length - 1; i >= 0; i--) {
    const id = statements[i]?.speakerId;
    if (id) return id;
  }
  return null;
}
