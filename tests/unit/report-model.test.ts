import { describe, expect, it } from 'vitest';
import { newId, newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Person, Role, Session, Statement } from '../../shared/model/session';
import { parseMarkdown, safeHref } from '../../shared/report/inline';
import { reportToMarkdown } from '../../shared/report/markdown';
import {
  buildReport,
  formatOffset,
  type ReportBlock,
  type ReportDocument,
} from '../../shared/report/reportModel';

const NOW = '2025-06-24T09:00:00.000Z';
const at = (second: number): string => new Date(Date.parse(NOW) + second * 1000).toISOString();

const person = (name: string, roles: Role[], order: number, extra: Partial<Person> = {}): Person =>
  newPerson(name, order, NOW, { roles, ...extra });

const statement = (text: string, second: number, extra: Partial<Statement> = {}): Statement =>
  newStatement(text, at(second), { offsetSeconds: second, updatedAt: NOW, ...extra });

function question(
  text: string,
  order: number,
  deletedAt: string | null = null,
): Session['questions'][number] {
  return { id: newId(), text, order, updatedAt: NOW, deletedAt };
}

const statementsOf = (doc: ReportDocument, id: string): Array<Extract<ReportBlock, { type: 'statement' }>> =>
  (doc.sections.find((s) => s.id === id)?.blocks ?? []).filter(
    (b): b is Extract<ReportBlock, { type: 'statement' }> => b.type === 'statement',
  );

function sampleSession(): Session {
  const session = newSession(NOW, 'Data Governance for Development');
  session.facts = {
    ...session.facts,
    code: 'WS #7',
    date: '2025-06-24',
    startTime: '09:30',
    timeZone: 'UTC+2',
  };
  const speaker = person('Amina Diallo', ['speaker'], 3, {
    stakeholder: 'government',
    region: 'african-group',
  });
  const organizer = person('Olu Ade', ['organizer'], 5, { affiliation: 'Open Data Org' });
  const gone = person('Deleted Person', ['speaker'], 1, { deletedAt: NOW });
  session.people = [speaker, organizer, gone];
  // Stored out of order on purpose: the report follows `order`, not array position.
  const q3 = question('Third question?', 30);
  const q1 = question('First question?', 10);
  const q2 = question('Second question?', 20);
  const qGone = question('Deleted question?', 15, NOW);
  session.questions = [q3, q1, qGone, q2];
  session.statements = [
    statement('later on q1', 300, { questionIds: [q1.id], speakerId: speaker.id }),
    statement('on **q1 and q3**', 125, {
      questionIds: [q1.id, q3.id, q1.id],
      speakerId: speaker.id,
      starred: true,
    }),
    statement('untagged', 200),
    statement('tagged only to a deleted question', 210, { questionIds: [qGone.id] }),
    statement('deleted statement', 220, { questionIds: [q1.id], deletedAt: NOW }),
    statement('by a deleted person', 230, { questionIds: [q2.id], speakerId: gone.id }),
  ];
  session.report = { ...session.report, includeAnnex: true };
  return session;
}

describe('buildReport', () => {
  it('orders sections: facts, people, takeaways, summaries by question order, follow-up, participation, annex', () => {
    const doc = buildReport(sampleSession());
    expect(doc.title).toBe('Data Governance for Development');
    expect(doc.subtitle).toBe('WS #7 · 24 June 2025, 09:30');
    expect(doc.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, 'Session facts'],
      [1, 'People'],
      [1, 'Key takeaways'],
      [1, 'Calls to action'],
      [1, 'Key issues raised'],
      [1, 'Summary of the discussion'],
      [2, 'Policy question 1: First question?'],
      [2, 'Policy question 2: Second question?'],
      [2, 'Policy question 3: Third question?'],
      [1, 'Way forward and follow-up'],
      [1, 'Participation and gender'],
      [2, 'Speaking time'],
      [1, 'Annex: statement log'],
      [2, 'Statements on policy question 1'],
      [2, 'Statements on policy question 2'],
      [2, 'Statements on policy question 3'],
      [2, 'Other statements'],
    ]);
    const facts = doc.sections[0]!.blocks[0];
    expect(facts?.type === 'facts' && facts.rows).toContainEqual(['Time', '09:30 (UTC+2)']);
  });

  it('lists people with the organizer first and the people header', () => {
    const people = buildReport(sampleSession()).sections[1]!.blocks[0];
    expect(people?.type).toBe('table');
    if (people?.type !== 'table') return;
    expect(people.header).toEqual(['Name', 'Role(s)', 'Affiliation', 'Stakeholder group', 'Region']);
    expect(people.rows).toEqual([
      ['Olu Ade', 'Organizer', 'Open Data Org', '', ''],
      ['Amina Diallo', 'Speaker', '', 'Government', 'African Group'],
    ]);
  });

  it('puts a statement tagged to questions 1 and 3 under both, once each, in time order', () => {
    const doc = buildReport(sampleSession());
    const [q1, q2, q3] = doc.sections.filter((s) => s.id.startsWith('annex-question-')).map((s) => s.id) as [
      string,
      string,
      string,
    ];
    expect(statementsOf(doc, q1).map((s) => s.markdown)).toEqual(['on **q1 and q3**', 'later on q1']);
    expect(statementsOf(doc, q3).map((s) => s.markdown)).toEqual(['on **q1 and q3**']);
    const first = statementsOf(doc, q1)[0]!;
    expect(first).toMatchObject({
      speaker: 'Amina Diallo',
      speakerDetail: 'Government, African Group',
      offset: '02:05',
      starred: true,
    });
    expect(statementsOf(doc, q2).map((s) => [s.markdown, s.speaker])).toEqual([
      ['by a deleted person', null],
    ]);
  });

  it('never shows tombstoned people, questions or statements', () => {
    const doc = buildReport(sampleSession());
    const all = JSON.stringify(doc);
    expect(all).not.toContain('Deleted Person');
    expect(all).not.toContain('Deleted question');
    expect(all).not.toContain('deleted statement');
    expect(statementsOf(doc, 'other-statements').map((s) => s.markdown)).toEqual([
      'untagged',
      'tagged only to a deleted question',
    ]);
  });

  it('gives an empty session a valid document with notes instead of empty sections', () => {
    const doc = buildReport(newSession(NOW));
    expect(doc.title).toBe('Untitled session');
    expect(doc.subtitle).toBeNull();
    expect(doc.sections.map((s) => s.id)).toEqual([
      'facts',
      'people',
      'key-takeaways',
      'calls-to-action',
      'key-issues',
      'questions',
      'way-forward',
      'participation',
      'speaking-time',
    ]);
    for (const section of doc.sections) expect(section.blocks.length).toBeGreaterThan(0);
    expect(doc.sections[1]!.blocks[0]).toEqual({ type: 'note', text: 'No people recorded yet.' });
    expect(doc.sections[5]!.blocks[0]).toEqual({ type: 'note', text: 'No policy questions recorded.' });
    expect(reportToMarkdown(doc)).toContain('_No policy questions recorded._');
  });

  it('notes a question without statements', () => {
    const session = newSession(NOW, 'x');
    session.questions = [question('Lonely?', 0)];
    const section = buildReport(session).sections.find((s) => s.id.startsWith('question-'))!;
    expect(section.blocks).toEqual([{ type: 'note', text: 'No statements tagged to this question yet.' }]);
  });

  it('builds 5,000 statements over 10 questions', () => {
    const session = newSession(NOW, 'Big');
    session.report = { ...session.report, includeAnnex: true };
    session.questions = Array.from({ length: 10 }, (_, i) => question(`Q${i}`, i));
    session.people = Array.from({ length: 50 }, (_, i) => person(`P${i}`, ['speaker'], i));
    session.statements = Array.from({ length: 5_000 }, (_, i) =>
      statement(`Statement ${i} with **bold**`, i, {
        speakerId: session.people[i % 50]!.id,
        questionIds: i % 7 === 0 ? [] : [session.questions[i % 10]!.id, session.questions[(i + 3) % 10]!.id],
      }),
    );
    const doc = buildReport(session);
    const count = doc.sections.reduce((n, s) => n + s.blocks.filter((b) => b.type === 'statement').length, 0);
    expect(count).toBe(5_000 + 5_000 - Math.ceil(5_000 / 7)); // tagged ones appear twice
  });
});

describe('Markdown export', () => {
  it('writes headings, escaped pipe tables and speaker lines', () => {
    const session = sampleSession();
    session.people[1]!.affiliation = 'Open | Data';
    const md = reportToMarkdown(buildReport(session));
    expect(md).toContain('# Data Governance for Development\n');
    expect(md).toContain('### Policy question 1: First question?');
    expect(md).toContain('| Olu Ade | Organizer | Open \\| Data |   |   |');
    expect(md).toContain('**Amina Diallo**, Government, African Group (02:05) ★: on **q1 and q3**');
    expect(md).toContain('**Unattributed** (03:20): untagged');
  });
});

describe('inline Markdown', () => {
  it('keeps only http(s) and mailto links', () => {
    expect(safeHref('https://igf.org')).toBe('https://igf.org/');
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      '',
    ])
      expect(safeHref(bad)).toBeNull();
    const [p] = parseMarkdown('[x](javascript:alert(1)) <b>raw</b> **b**');
    expect(p).toEqual({
      type: 'paragraph',
      runs: [{ text: 'x <b>raw</b> ' }, { text: 'b', bold: true }],
    });
  });

  it('parses lists and quotes', () => {
    const blocks = parseMarkdown('1. one\n2. two\n\n> quoted _it_');
    expect(blocks[0]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(blocks[1]).toEqual({
      type: 'quote',
      blocks: [{ type: 'paragraph', runs: [{ text: 'quoted ' }, { text: 'it', italic: true }] }],
    });
  });

  it('formats offsets as mm:ss', () => {
    expect(formatOffset(725)).toBe('12:05');
    expect(formatOffset(5730)).toBe('95:30');
    expect(formatOffset(null)).toBeNull();
    expect(formatOffset(-3)).toBeNull();
  });
});
