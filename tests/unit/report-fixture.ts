import { newId, newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Person, ReportItem, Role, Session, Statement, Turn } from '../../shared/model/session';

/** A filled-in session for the report tests: people, tagged statements, turns, takeaways, a summary. */
export const NOW = '2025-06-24T09:00:00.000Z';
export const at = (minute: number): string => new Date(Date.parse(NOW) + minute * 60_000).toISOString();

const person = (name: string, roles: Role[], order: number, extra: Partial<Person> = {}): Person =>
  newPerson(name, order, NOW, { roles, ...extra });

export const statement = (
  text: string,
  minute: number,
  speakerId: string | null,
  questionIds: string[],
  extra: Partial<Statement> = {},
): Statement =>
  newStatement(text, at(minute), {
    speakerId,
    questionIds,
    offsetSeconds: minute * 60,
    updatedAt: NOW,
    ...extra,
  });

export const QUESTIONS = [
  'How can AI governance include the Global South?',
  'What role for open standards in digital public infrastructure?',
  'How should platforms address online harms to children?',
];

export function turn(personId: string | null, fromMinute: number, toMinute: number): Turn {
  return {
    id: newId(),
    personId,
    segmentId: null,
    updatedAt: NOW,
    deletedAt: null,
    timer: {
      mode: 'countdown',
      startedAt: at(fromMinute),
      allottedSeconds: 300,
      addedSeconds: 0,
      pauses: [],
      endedAt: at(toMinute),
    },
  };
}

export const item = (
  section: ReportItem['section'],
  markdown: string,
  order: number,
  sourceStatementIds: string[] = [],
): ReportItem => ({
  id: newId(),
  section,
  markdown,
  order,
  sourceStatementIds,
  updatedAt: NOW,
  deletedAt: null,
});

export function reportSession(title = 'Shaping Inclusive AI Governance', code = 'WS #142'): Session {
  const session = newSession(NOW, title);
  session.facts = {
    ...session.facts,
    code,
    date: '2025-06-24',
    startTime: '11:00',
    timeZone: 'Europe/Oslo',
    room: 'Workshop Room 3',
    format: 'Roundtable',
    durationMinutes: 90,
    hybrid: true,
  };
  const amina = person('Amina Diallo', ['speaker'], 2, {
    affiliation: 'Ministry of Digital Economy, Senegal',
    stakeholder: 'government',
    region: 'african-group',
    gender: 'woman',
    presence: 'onsite',
  });
  const ken = person('Kenji Watanabe', ['speaker', 'organizer'], 1, {
    affiliation: 'Open Standards Lab',
    stakeholder: 'technical-community',
    region: 'asia-pacific-group',
    gender: 'man',
    presence: 'online',
  });
  const maria = person('María González', ['onsiteModerator'], 3, {
    stakeholder: 'civil-society',
    region: 'grulac',
    gender: 'woman',
    presence: 'onsite',
  });
  const rapp = person('Rapporteur Rae', ['rapporteur'], 4);
  session.people = [amina, ken, maria, rapp];
  session.questions = QUESTIONS.map((text, order) => ({
    id: newId(),
    text,
    order,
    updatedAt: NOW,
    deletedAt: null,
  }));
  const [q1, q2, q3] = session.questions.map((q) => q.id) as [string, string, string];
  session.statements = [
    statement('Q1ALPHA we need **binding commitments** and _inclusive_ processes.', 5, amina.id, [q1]),
    statement('Q2BRAVO see [the standard](https://example.org/std) for details.', 8, ken.id, [q2], {
      kind: 'key-takeaway-candidate',
    }),
    statement('Q3CHARLIE الأطفال يحتاجون إلى الحماية and children 🧒 need 保护.', 11, maria.id, [q3]),
    statement('G20REC fund open DPI through the G20 Digital Economy track.', 14, amina.id, [q1], {
      kind: 'recommendation',
      fora: ['G20'],
    }),
    statement('G7COMMIT we commit to publish our standards openly.', 16, ken.id, [q2], {
      kind: 'commitment',
      fora: ['G7', 'G20'],
    }),
    statement('CTACANDIDATE governments should co-design rules with civil society.', 18, maria.id, [q1], {
      kind: 'call-to-action-candidate',
      starred: true,
    }),
    statement('OTHERDELTA a remark about logistics.', 25, null, []),
  ];
  session.turns = [turn(amina.id, 2, 10), turn(ken.id, 10, 14), turn(maria.id, 14, 16), turn(null, 16, 17)];
  session.reportItems = [
    item('keyTakeaway', 'TAKEAWAY-ONE AI governance needs **Global South** voices.', 1),
    item('keyTakeaway', 'TAKEAWAY-TWO Open standards make DPI _interoperable_.', 2),
    item('callToAction', 'CTA-ONE Fund community networks.', 1),
  ];
  session.summaries = [
    {
      id: newId(),
      questionId: q1,
      markdown: 'SUMMARYQ1 Speakers agreed on:\n\n- **inclusion**\n- accountability\n\n> a quoted line',
      sourceStatementIds: [session.statements[0]!.id],
      updatedAt: NOW,
      deletedAt: null,
    },
  ];
  session.report = {
    ...session.report,
    keyIssues: 'KEYISSUES Power asymmetries and [funding](https://igf.org) gaps.',
    wayForward: 'WAYFORWARD Continue in the *Policy Network*.',
    participantsOnsite: 80,
    participantsOnline: 45,
    womenPercent: 55,
    genderAddressed: true,
    genderHow: 'GENDERHOW Speakers discussed the gender digital divide.',
    includeAnnex: true,
  };
  return session;
}
