import type { Change } from '../model/changes';
import { newId } from '../model/factory';
import { ordered, type Person, type Session } from '../model/session';
import { offsetSecondsFrom, sessionStartMs } from '../model/time';
import { matchSpeaker, parseTranscript, type TranscriptParse } from '../igf/transcript';

/** One distinct label of the transcript and who it is in the session, if anyone. */
export interface TranscriptSpeaker {
  label: string;
  turns: number;
  /** The session person `matchSpeaker` found, or null. */
  personId: string | null;
  personName: string | null;
  /** The name an audience member made from this label would get ("MIRIAM OSEI-TUTU" → "Miriam Osei-Tutu"). */
  suggestedName: string;
}

export interface TranscriptPlan {
  title: string | null;
  speakers: TranscriptSpeaker[];
  turns: TranscriptParse['turns'];
}

/** Speaking pace used to space imported turns in time when nothing better is known. */
const WORDS_PER_SECOND = 2.5;

/** "MIRIAM OSEI-TUTU" → "Miriam Osei-Tutu"; labels already in mixed case stay as printed. */
export function nameFromLabel(label: string): string {
  if (/\p{Ll}/u.test(label)) return label;
  return label
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Parses a transcript and matches its speaker labels to the session's live people. */
export function planTranscriptImport(text: string, people: readonly Person[]): TranscriptPlan {
  const parse = parseTranscript(text);
  const live = ordered(people);
  const names = live.map((p) => p.name);
  const counts = new Map<string, number>();
  for (const t of parse.turns)
    if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  const speakers = parse.speakers.map((label): TranscriptSpeaker => {
    const at = matchSpeaker(label, names);
    const person = at >= 0 ? live[at] : undefined;
    return {
      label,
      turns: counts.get(label) ?? 0,
      personId: person?.id ?? null,
      personName: person?.name ?? null,
      suggestedName: nameFromLabel(label),
    };
  });
  return { title: parse.title, speakers, turns: parse.turns };
}

export interface TranscriptImportOptions {
  /** Labels of unmatched speakers to add as audience members; the others' turns stay unattributed. */
  addAsAudience: ReadonlySet<string>;
  /** When the session start is unknown, turns are placed from this instant (ms since the epoch). */
  nowMs: number;
  makeId?: () => string;
}

/**
 * The one batch of changes that adds the transcript: new audience people first, then one untagged
 * statement per turn. Times start at the session start (or now) and advance by each turn's length at
 * a speaking pace, so the turns keep their order and roughly their place in the session.
 */
export function transcriptChanges(
  session: Pick<Session, 'people' | 'facts'>,
  plan: TranscriptPlan,
  options: TranscriptImportOptions,
): { changes: Change[]; newPeople: number; statements: number } {
  const makeId = options.makeId ?? newId;
  const changes: Change[] = [];
  const personFor = new Map<string, string | null>();
  let order = session.people.reduce((max, p) => Math.max(max, p.order), -1) + 1;
  let newPeople = 0;
  for (const s of plan.speakers) {
    if (s.personId) personFor.set(s.label, s.personId);
    else if (options.addAsAudience.has(s.label)) {
      const id = makeId();
      changes.push({
        type: 'person.put',
        person: { id, name: s.suggestedName, audience: true, order: order++ },
      });
      personFor.set(s.label, id);
      newPeople++;
    } else personFor.set(s.label, null);
  }
  const start = sessionStartMs(session.facts) ?? options.nowMs;
  let seconds = 0;
  let statements = 0;
  for (const turn of plan.turns) {
    const speakerId = turn.speaker === null ? null : (personFor.get(turn.speaker) ?? null);
    // A label nobody was made for stays visible in the text, so no name is lost.
    const body = turn.text.trim() || '(no words captured)';
    const text = turn.speaker !== null && speakerId === null ? `${turn.speaker}: ${body}` : body;
    const at = new Date(start + Math.round(seconds * 1000)).toISOString();
    changes.push({
      type: 'statement.put',
      statement: {
        id: makeId(),
        speakerId,
        text,
        questionIds: [],
        kind: 'statement',
        fora: [],
        starred: false,
        at,
        offsetSeconds: offsetSecondsFrom(session.facts, at),
        poll: null,
      },
    });
    statements++;
    seconds += Math.max(1, body.split(/\s+/).length / WORDS_PER_SECOND);
  }
  return { changes, newPeople, statements };
}
