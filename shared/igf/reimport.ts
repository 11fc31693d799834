/**
 * Re-import: a newer version of the session page, compared field by field with the session as it now
 * stands. Each difference carries the changes that apply it, so the user picks which ones to take and
 * they go in as one batch (one undo step). People are matched by name (with the same confidence rules
 * as transcripts), never by position; nobody is deleted: a person the newer page no longer lists only
 * loses the roles the page gave. Pure TS: no Node or DOM.
 */
import type { Change } from '../model/changes';
import { draftOf } from '../model/records';
import { codeLabel, labelOrEmpty } from '../i18n/codeLabels';
import { translator, type Translator } from '../i18n';
import { factsFromPage, newId, peopleFromPage } from '../model/factory';
import { ordered, type Facts, type Person, type Role, type Session } from '../model/session';
import type { PageImport } from './pageParse';
import { nameSimilarity, SURE } from './personMatch';

export type DiffKind = 'fact' | 'person-added' | 'person-changed' | 'person-left' | 'question';

export interface FieldDiff {
  /** Stable within one comparison: 'facts.room', 'person:<id>', 'question:2'. */
  key: string;
  kind: DiffKind;
  /** What the field is, in words ('Room', 'Speaker Ana Lee', 'Policy question 2'). */
  field: string;
  before: string;
  after: string;
  changes: Change[];
}

const FACT_FIELDS: Array<[keyof Facts, string]> = [
  ['title', 'Title'],
  ['fullTitle', 'Full title'],
  ['code', 'Session code'],
  ['year', 'Year'],
  ['date', 'Date'],
  ['startTime', 'Start time'],
  ['timeZone', 'Time zone'],
  ['room', 'Room'],
  ['themes', 'Themes'],
  ['format', 'Format'],
  ['durationMinutes', 'Duration (minutes)'],
  ['hybrid', 'Hybrid'],
  ['description', 'Description'],
  ['expectedOutcomes', 'Expected outcomes'],
];

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join('; ') : String(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const PAGE_ROLES: Role[] = ['organizer', 'speaker', 'onsiteModerator', 'onlineModerator', 'rapporteur'];
const DETAILS = ['affiliation', 'stakeholder', 'region', 'presence'] as const;

/** A person in words: name, affiliation, groups, presence and roles (labels in `tr`'s language, not codes). */
function describe(
  p: Pick<Person, 'name' | 'affiliation' | 'stakeholder' | 'region' | 'presence' | 'roles'>,
  tr: Pick<Translator, 't'>,
): string {
  return [
    p.name,
    p.affiliation,
    labelOrEmpty('stakeholder', p.stakeholder, tr),
    labelOrEmpty('region', p.region, tr),
    labelOrEmpty('presence', p.presence, tr),
    p.roles.map((r) => codeLabel('role', r, tr)).join(' + '),
  ]
    .filter(Boolean)
    .join(tr.t('common.listSeparator'));
}

/** The differences between the session and a newer parse of its page, in reading order. */
export function pageDiff(
  session: Session,
  page: PageImport,
  now: string,
  makeId: () => string = newId,
  /** The language people's groups and roles are described in. */
  tr: Pick<Translator, 't'> = translator('en'),
): FieldDiff[] {
  const out: FieldDiff[] = [];
  // facts: only what the newer page gives; a field it leaves out is not a change
  const facts = factsFromPage(page);
  for (const [key, field] of FACT_FIELDS) {
    const next = facts[key];
    const empty =
      next === null || next === undefined || next === '' || (Array.isArray(next) && next.length === 0);
    if (empty || same(next, session.facts[key])) continue;
    out.push({
      key: `facts.${key}`,
      kind: 'fact',
      field,
      before: show(session.facts[key]),
      after: show(next),
      changes: [{ type: 'facts.update', patch: { [key]: next } }],
    });
  }

  // people, matched by name
  const current = ordered(session.people).filter((p) => !p.audience);
  const taken = new Set<string>();
  let order = session.people.reduce((max, p) => Math.max(max, p.order), -1) + 1;
  for (const incoming of peopleFromPage(page, now)) {
    let best: Person | null = null;
    let bestScore = 0;
    for (const p of current) {
      if (taken.has(p.id)) continue;
      const m = nameSimilarity(incoming.name, p.name);
      if (m && m.confidence >= SURE && m.confidence > bestScore) {
        best = p;
        bestScore = m.confidence;
      }
    }
    if (!best) {
      out.push({
        key: `person:new:${incoming.name}`,
        kind: 'person-added',
        field: `New: ${incoming.name}`,
        before: '—',
        after: describe(incoming, tr),
        changes: [
          {
            type: 'person.put',
            person: { ...draftOf(incoming), id: makeId(), order: order++, speakerNumber: null },
          },
        ],
      });
      continue;
    }
    taken.add(best.id);
    const merged: Person = { ...best, roles: [...best.roles] };
    for (const k of DETAILS)
      if (incoming[k] !== null && incoming[k] !== best[k])
        (merged as Record<string, unknown>)[k] = incoming[k];
    // the page says which page roles they hold now; roles the page never gives (none today) stay
    merged.roles = [
      ...best.roles.filter((r) => !PAGE_ROLES.includes(r)),
      ...PAGE_ROLES.filter((r) => incoming.roles.includes(r)),
    ];
    if (same(draftOf(merged), draftOf(best))) continue;
    out.push({
      key: `person:${best.id}`,
      kind: 'person-changed',
      field: best.name,
      before: describe(best, tr),
      after: describe(merged, tr),
      changes: [{ type: 'person.put', person: draftOf(merged) }],
    });
  }
  for (const p of current) {
    if (taken.has(p.id) || !p.roles.some((r) => PAGE_ROLES.includes(r))) continue;
    const kept = { ...p, roles: p.roles.filter((r) => !PAGE_ROLES.includes(r)) };
    out.push({
      key: `person:left:${p.id}`,
      kind: 'person-left',
      field: `No longer on the page: ${p.name}`,
      before: describe(p, tr),
      after: `${p.name} (kept, without the page's roles)`,
      changes: [{ type: 'person.put', person: draftOf(kept) }],
    });
  }

  // policy questions, by position (a reworded question keeps its id, so statements keep their tags)
  const questions = ordered(session.questions);
  const n = Math.max(questions.length, page.policyQuestions.length);
  for (let i = 0; i < n && page.policyQuestions.length > 0; i++) {
    const q = questions[i];
    const text = page.policyQuestions[i];
    if (q && text !== undefined && q.text === text) continue;
    const field = `Policy question ${i + 1}`;
    if (q && text !== undefined)
      out.push({
        key: `question:${i}`,
        kind: 'question',
        field,
        before: q.text,
        after: text,
        changes: [{ type: 'question.put', question: { id: q.id, text, order: q.order } }],
      });
    else if (text !== undefined)
      out.push({
        key: `question:${i}`,
        kind: 'question',
        field,
        before: '—',
        after: text,
        changes: [
          {
            type: 'question.put',
            question: { id: makeId(), text, order: (questions.at(-1)?.order ?? -1) + 1 + i },
          },
        ],
      });
    else if (q)
      out.push({
        key: `question:${i}`,
        kind: 'question',
        field,
        before: q.text,
        after: '— (removed; statements tagged with it keep their text)',
        changes: [{ type: 'question.delete', id: q.id }],
      });
  }
  return out;
}

/** The one batch that applies the chosen differences. */
export const reimportChanges = (diffs: readonly FieldDiff[], chosen: ReadonlySet<string>): Change[] =>
  diffs.filter((d) => chosen.has(d.key)).flatMap((d) => d.changes);
