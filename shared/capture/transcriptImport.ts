import type { Change } from '../model/changes';
import { newId } from '../model/factory';
import { ordered, type Person, type Session } from '../model/session';
import { offsetSecondsFrom, sessionStartMs } from '../model/time';
import { parseTranscript, type TranscriptParse } from '../igf/transcript';
import { isGenericLabel, rankPeople, selfNamed, sureMatch } from '../igf/personMatch';
import { englishRoleWord } from '../igf/pageLanguages';

/** Someone in the session a label may be, with how sure and why. */
export interface SpeakerCandidate {
  personId: string;
  name: string;
  confidence: number;
  reason: string;
}

/** One distinct label of the transcript and who it is in the session, if anyone. */
export interface TranscriptSpeaker {
  label: string;
  turns: number;
  /** The session person matched without asking (a clear, unique match), or null. */
  personId: string | null;
  personName: string | null;
  /** How sure that match is (0 when there is none). */
  confidence: number;
  /** People the label may be, best first (the match, if any, is the first): for the user to confirm. */
  candidates: SpeakerCandidate[];
  /** A role ('MODERATOR', 'HOST', 'CHAIRMAN'), not a name: never matched without asking. */
  generic: boolean;
  /** The name an audience member made from this label would get ("MIRIAM OSEI-TUTU" → "Miriam Osei-Tutu"). */
  suggestedName: string;
}

export interface TranscriptPlan {
  title: string | null;
  /** The session code and title the transcript's heading gives ('WS #260'), when it gives them. */
  code: string | null;
  sessionTitle: string | null;
  speakers: TranscriptSpeaker[];
  turns: TranscriptParse['turns'];
}

/** Roles a generic label most likely stands for, in order. */
const ROLE_OF_LABEL: Array<[RegExp, Person['roles'][number]]> = [
  [/^(?:the )?(?:co-?)?(?:moderator|chair(?:man|woman|person)?|host|facilitator)/i, 'onsiteModerator'],
  [/^(?:the )?(?:co-?)?(?:moderator|chair(?:man|woman|person)?|host|facilitator)/i, 'onlineModerator'],
  [/^(?:the )?rapporteur/i, 'rapporteur'],
];

/** Who a generic label may be: a person the speaker names themselves as, then the role's holders. */
function genericCandidates(
  label: string,
  texts: readonly string[],
  live: readonly Person[],
): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  const names = live.map((p) => p.name);
  for (const text of texts.slice(0, 20)) {
    const said = selfNamed(text);
    if (!said) continue;
    for (const c of rankPeople(said, names).slice(0, 2)) {
      const p = live[c.index] as Person;
      if (!out.some((o) => o.personId === p.id))
        out.push({
          personId: p.id,
          name: p.name,
          confidence: Math.round(c.confidence * 75) / 100,
          reason: `names themselves in the turn (“${said}”)`,
        });
    }
  }
  // A label in another language ('MODÉRATRICE', 'المقرر', '主持人') names the same roles.
  const asked = englishRoleWord(label) ?? label;
  for (const [re, role] of ROLE_OF_LABEL) {
    if (!re.test(asked)) continue;
    for (const p of live)
      if (p.roles.includes(role) && !out.some((o) => o.personId === p.id))
        out.push({
          personId: p.id,
          name: p.name,
          confidence: role === 'onsiteModerator' || role === 'rapporteur' ? 0.5 : 0.35,
          reason: `the session's ${role === 'onsiteModerator' ? 'onsite moderator' : role === 'onlineModerator' ? 'online moderator' : 'rapporteur'}`,
        });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
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
    const generic = isGenericLabel(label);
    let candidates: SpeakerCandidate[];
    let sure: SpeakerCandidate | null = null;
    if (generic) {
      const texts = parse.turns.filter((t) => t.speaker === label).map((t) => t.text);
      candidates = genericCandidates(label, texts, live);
    } else {
      const ranked = rankPeople(label, names);
      candidates = ranked.slice(0, 4).map((c) => {
        const p = live[c.index] as Person;
        return { personId: p.id, name: p.name, confidence: c.confidence, reason: c.reason };
      });
      const m = sureMatch(ranked);
      sure = m ? (candidates[0] ?? null) : null;
    }
    return {
      label,
      turns: counts.get(label) ?? 0,
      personId: sure?.personId ?? null,
      personName: sure?.name ?? null,
      confidence: sure?.confidence ?? 0,
      candidates,
      generic,
      suggestedName: nameFromLabel(label),
    };
  });
  return {
    title: parse.title,
    code: parse.code,
    sessionTitle: parse.sessionTitle,
    speakers,
    turns: parse.turns,
  };
}

export interface TranscriptImportOptions {
  /** Labels of unmatched speakers to add as audience members; the others' turns stay unattributed. */
  addAsAudience: ReadonlySet<string>;
  /**
   * Labels the user mapped to an existing person (a confirmed proposal, 'MODERATOR' → the moderator);
   * they win over the plan's own match. An id that is not a live person of the session is ignored.
   */
  assign?: ReadonlyMap<string, string>;
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
  const liveIds = new Set(session.people.filter((p) => p.deletedAt === null).map((p) => p.id));
  for (const s of plan.speakers) {
    const chosen = options.assign?.get(s.label);
    if (chosen !== undefined && liveIds.has(chosen)) personFor.set(s.label, chosen);
    else if (s.personId) personFor.set(s.label, s.personId);
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
