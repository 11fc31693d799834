import { ianaZone } from '../igf/pageFacts';
import type { PageImport } from '../igf/pageParse';
import { regionCode, stakeholderCode } from './codes';
import { numberPeople } from './people';
import {
  ReportFieldsSchema,
  SCHEMA_VERSION,
  type Person,
  type Role,
  type Session,
  type Statement,
} from './session';

export const newId = (): string => globalThis.crypto.randomUUID();

export function newSession(now: string, title = ''): Session {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    facts: {
      title,
      code: null,
      fullTitle: null,
      year: null,
      themes: [],
      format: null,
      durationMinutes: null,
      date: null,
      startTime: null,
      timeZone: null,
      room: null,
      hybrid: null,
      description: '',
      expectedOutcomes: '',
      updatedAt: now,
    },
    people: [],
    questions: [],
    agenda: [],
    statements: [],
    turns: [],
    queue: [],
    reportItems: [],
    summaries: [],
    report: ReportFieldsSchema.parse({}),
    importNotFound: [],
  };
}

/** A person with every optional detail unset; `extra` fills in what is known. */
export function newPerson(name: string, order: number, now: string, extra: Partial<Person> = {}): Person {
  return {
    id: newId(),
    name,
    affiliation: null,
    stakeholder: null,
    region: null,
    gender: null,
    presence: null,
    roles: [],
    audience: false,
    order,
    speakerNumber: null,
    updatedAt: now,
    deletedAt: null,
    ...extra,
  };
}

/** A plain untagged statement captured at `at`; `extra` sets speaker, tags, kind and the rest. */
export function newStatement(text: string, at: string, extra: Partial<Statement> = {}): Statement {
  return {
    id: newId(),
    speakerId: null,
    text,
    questionIds: [],
    kind: 'statement',
    fora: [],
    starred: false,
    at,
    offsetSeconds: null,
    poll: null,
    noQuestion: false,
    updatedAt: at,
    deletedAt: null,
    ...extra,
  };
}

const nameKey = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The printed group itself when the page's value maps to no code (kept, never dropped). */
const groupOr = (code: string | null, printed: string | null): string | null =>
  code ?? (printed && printed.trim() ? printed.trim() : null);

/**
 * The people a page names, one person per name whatever roles they hold: organizers, speakers,
 * additional speakers and the roles, with groups as codes (or the printed text when it maps to none).
 */
export function peopleFromPage(page: PageImport, now: string): Person[] {
  const people = new Map<string, Person>();
  const addRole = (name: string | null, role: Role, details: Partial<Person> = {}): void => {
    if (!name || !name.trim()) return;
    const key = nameKey(name);
    const existing = people.get(key);
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role);
      for (const [field, value] of Object.entries(details) as Array<[keyof Person, unknown]>) {
        if (value !== null && value !== undefined && (existing[field] === null || existing[field] === ''))
          (existing as Record<string, unknown>)[field] = value;
      }
      return;
    }
    people.set(key, newPerson(name.trim(), people.size, now, { ...details, roles: [role] }));
  };
  const details = (
    e: PageImport['speakers'][number] | PageImport['organizers'][number],
  ): Partial<Person> => ({
    affiliation: e.affiliation,
    stakeholder: groupOr(e.stakeholderGroup, e.stakeholder && stakeholderCode(e.stakeholder)),
    region: groupOr(e.regionalGroup, e.region && regionCode(e.region)),
    presence: e.presence,
  });
  for (const organizer of page.organizers) addRole(organizer.name, 'organizer', details(organizer));
  for (const speaker of [...page.speakers, ...page.additionalSpeakers])
    addRole(speaker.name, 'speaker', details(speaker));
  const roleLine = (name: string | null): Partial<Person> => {
    const e = page.roleDetails.find((d) => d.name === name);
    return e ? details(e) : {};
  };
  addRole(page.onsiteModerator, 'onsiteModerator', roleLine(page.onsiteModerator));
  addRole(page.onlineModerator, 'onlineModerator', roleLine(page.onlineModerator));
  addRole(page.rapporteur, 'rapporteur', roleLine(page.rapporteur));
  return numberPeople([...people.values()]);
}

/** The session facts a page gives (everything else keeps its default). */
export function factsFromPage(page: PageImport): Partial<Session['facts']> {
  return {
    title: page.title ?? '',
    fullTitle: page.fullTitle,
    code: page.code,
    year: page.year,
    themes: page.themes,
    format: page.format,
    durationMinutes: page.durationMinutes,
    date: page.date,
    startTime: page.startTime,
    timeZone: ianaZone(page.timeZone),
    room: page.room,
    hybrid: page.hybrid,
    description: page.description ?? '',
    expectedOutcomes: page.expectedOutcomes ?? '',
  };
}

/** Builds a session from an imported page; a person named in several roles becomes one person. */
export function sessionFromPage(page: PageImport, now: string): Session {
  const session = newSession(now, page.title ?? '');
  return {
    ...session,
    facts: { ...session.facts, ...factsFromPage(page) },
    people: peopleFromPage(page, now),
    questions: page.policyQuestions.map((text, order) => ({
      id: newId(),
      text,
      order,
      updatedAt: now,
      deletedAt: null,
    })),
    importNotFound: page.notFound,
    importConfidence: page.confidence,
  };
}

/** A copy to prepare the next session from: same people, questions and agenda, no statements. */
export function duplicateSession(source: Session, now: string): Session {
  const fresh = newSession(now, `${source.facts.title} (copy)`.trim());
  const questionIds = new Map(source.questions.map((q) => [q.id, newId()]));
  return {
    ...fresh,
    facts: { ...source.facts, title: fresh.facts.title, updatedAt: now },
    people: source.people
      .filter((p) => !p.deletedAt && !p.audience)
      .map((p) => ({ ...p, id: newId(), updatedAt: now })),
    questions: source.questions
      .filter((q) => !q.deletedAt)
      .map((q) => ({ ...q, id: questionIds.get(q.id)!, updatedAt: now })),
    agenda: source.agenda
      .filter((s) => !s.deletedAt)
      .map((s) => ({
        ...s,
        id: newId(),
        updatedAt: now,
        questionIds: s.questionIds.flatMap((id) => questionIds.get(id) ?? []),
      })),
  };
}
