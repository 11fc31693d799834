import {
  DEFAULT_FORA,
  liveStatements,
  ordered,
  type Person,
  type ReportItem,
  type Session,
  type Statement,
} from '../model/session';
import { labelOrEmpty } from '../i18n/codeLabels';
import { translator, type Translator } from '../i18n/index';
import { clean, escapeMarkdownText } from './text';

/**
 * What the report editor pre-drafts from the captured statements: candidates for key takeaways and
 * calls to action, a summary per policy question, and the recommendations grouped by follow-up forum.
 * Pure, so the editor, the document and the organizer's brief all draft the same way.
 */
export type ItemSection = ReportItem['section'];

export const SECTION_KIND: Record<ItemSection, Statement['kind']> = {
  keyTakeaway: 'key-takeaway-candidate',
  callToAction: 'call-to-action-candidate',
};

export const liveItems = (session: Session, section: ItemSection): ReportItem[] =>
  ordered(session.reportItems).filter((item) => item.section === section && item.markdown.trim() !== '');

/** Statements marked as candidates for the section, then the other starred ones; those already used last out. */
export function candidatesFor(session: Session, section: ItemSection): Statement[] {
  const used = new Set(
    ordered(session.reportItems)
      .filter((item) => item.section === section)
      .flatMap((item) => item.sourceStatementIds),
  );
  const statements = liveStatements(session).filter((s) => !used.has(s.id) && s.text.trim() !== '');
  const marked = statements.filter((s) => s.kind === SECTION_KIND[section]);
  const starred = statements.filter((s) => s.starred && s.kind !== SECTION_KIND[section]);
  return [...marked, ...starred];
}

/** "Amina Diallo (Government)", or "Unattributed". */
export function speakerLabel(person: Person | undefined, tr: Translator = translator('en')): string {
  if (!person) return tr.t('common.unattributed');
  const name = clean(person.name) ?? tr.t('common.noName');
  const group = labelOrEmpty('stakeholder', person.stakeholder, tr);
  return group ? `${name} (${group})` : name;
}

/** A statement's Markdown flattened to one line, without a trailing full stop, for "point; point." lists. */
const asPoint = (text: string): string =>
  text
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/, '')
    .trim()
    .replace(/[.;,\s]+$/u, '');

export interface SummaryDraft {
  markdown: string;
  sourceStatementIds: string[];
}

/**
 * The statements tagged to a question, grouped by speaker in the order each speaker first spoke:
 * "**Name** (Stakeholder): point; point." — one paragraph per speaker, for the rapporteur to rewrite.
 */
export function draftSummary(
  session: Session,
  questionId: string,
  tr: Translator = translator('en'),
): SummaryDraft {
  const people = new Map(ordered(session.people).map((p) => [p.id, p]));
  const groups = new Map<string, { person: Person | undefined; points: string[] }>();
  const ids: string[] = [];
  for (const s of liveStatements(session)) {
    if (!s.questionIds.includes(questionId)) continue;
    const point = asPoint(s.text);
    if (!point) continue;
    ids.push(s.id);
    const person = s.speakerId ? people.get(s.speakerId) : undefined;
    const key = person?.id ?? '';
    const group = groups.get(key) ?? { person, points: [] };
    group.points.push(point);
    groups.set(key, group);
  }
  const paragraphs = [...groups.values()].map(({ person, points }) => {
    const name = person ? (clean(person.name) ?? tr.t('common.noName')) : tr.t('common.unattributed');
    const group = labelOrEmpty('stakeholder', person?.stakeholder, tr);
    const head = `**${escapeMarkdownText(name)}**${group ? ` (${escapeMarkdownText(group)})` : ''}`;
    return `${head}: ${points.join('; ')}.`;
  });
  return { markdown: paragraphs.join('\n\n'), sourceStatementIds: ids };
}

export const isRecommendation = (s: Statement): boolean =>
  s.kind === 'recommendation' || s.kind === 'commitment' || s.fora.some((f) => f.trim() !== '');

export const NO_FORUM = 'No forum named';

export interface ForumGroup {
  forum: string;
  statements: Statement[];
}

/**
 * Recommendations and commitments (and any statement addressed to a forum) grouped by forum, in the
 * order of the user's list of fora, then other fora alphabetically, then those without a forum. A
 * statement addressed to two fora is listed under both.
 */
export function followUpsByForum(session: Session, fora: readonly string[] = DEFAULT_FORA): ForumGroup[] {
  const groups = new Map<string, Statement[]>();
  for (const s of liveStatements(session)) {
    if (!isRecommendation(s) || !s.text.trim()) continue;
    const named = [...new Set(s.fora.map((f) => f.trim()).filter(Boolean))];
    for (const forum of named.length ? named : [NO_FORUM]) {
      const list = groups.get(forum) ?? [];
      list.push(s);
      groups.set(forum, list);
    }
  }
  return sortForums([...groups.keys()], fora).map((forum) => ({ forum, statements: groups.get(forum)! }));
}

export function sortForums(names: readonly string[], fora: readonly string[]): string[] {
  const rank = (name: string): number => {
    if (name === NO_FORUM) return Number.MAX_SAFE_INTEGER;
    const at = fora.indexOf(name);
    return at === -1 ? fora.length : at;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A statement as a list item: its text, then who said it in italics. */
export function attributed(text: string, who: string): string {
  const body = text.trim();
  const by = `_${escapeMarkdownText(who)}_`;
  return body.includes('\n') ? `${body}\n\n— ${by}` : `${body} — ${by}`;
}
