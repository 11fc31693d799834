import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/model/changes';
import { newSession } from '../../shared/model/factory';
import { buildReport } from '../../shared/report/reportModel';
import { candidatesFor, draftSummary, followUpsByForum, NO_FORUM } from '../../shared/report/drafting';
import { markdownToPlainText, sectionToPlainText } from '../../shared/report/plainText';
import { speakingTime } from '../../shared/report/speakingTime';
import { item, NOW, reportSession, statement, turn } from './report-fixture';

describe('drafting from the statements', () => {
  it('drafts a summary grouped by speaker, in order, keeping its sources', () => {
    const session = reportSession();
    const [amina, , maria] = session.people;
    const q1 = session.questions[0]!.id;
    session.statements.push(
      statement('a second point by Amina.\n\nOver two lines', 30, amina!.id, [q1]),
      statement('   ', 31, amina!.id, [q1]),
    );
    const draft = draftSummary(session, q1);
    expect(draft.markdown).toBe(
      [
        '**Amina Diallo** (Government): Q1ALPHA we need **binding commitments** and _inclusive_ processes; G20REC fund open DPI through the G20 Digital Economy track; a second point by Amina. Over two lines.',
        '**María González** (Civil Society): CTACANDIDATE governments should co-design rules with civil society.',
      ].join('\n\n'),
    );
    const q1Statements = session.statements.filter((s) => s.questionIds.includes(q1) && s.text.trim());
    expect(new Set(draft.sourceStatementIds)).toEqual(new Set(q1Statements.map((s) => s.id)));
    expect(maria).toBeDefined();
    // The sources are valid for a summary.put.
    const next = applyChanges(
      session,
      [{ type: 'summary.put', summary: { id: session.summaries[0]!.id, questionId: q1, ...draft } }],
      NOW,
    );
    expect(next.summaries[0]!.markdown).toBe(draft.markdown);
  });

  it('offers candidates of the section and starred statements, not those already used', () => {
    const session = reportSession();
    expect(candidatesFor(session, 'keyTakeaway').map((s) => s.text.slice(0, 7))).toEqual([
      'Q2BRAVO',
      'CTACAND',
    ]);
    expect(candidatesFor(session, 'callToAction').map((s) => s.text.slice(0, 7))).toEqual(['CTACAND']);
    const cta = session.statements.find((s) => s.text.startsWith('CTACANDIDATE'))!;
    session.reportItems.push(item('callToAction', cta.text, 2, [cta.id]));
    expect(candidatesFor(session, 'callToAction')).toEqual([]);
  });

  it('groups recommendations by forum in the order of the preferences, unnamed last', () => {
    const session = reportSession();
    session.statements.push(
      statement('NOFORUM a recommendation', 40, null, [], { kind: 'recommendation' }),
      statement('WSIS a point for WSIS', 41, null, [], { fora: ['WSIS+20'] }),
      statement('CUSTOM a point for a custom forum', 42, null, [], { fora: ['Aardvark Forum'] }),
    );
    const groups = followUpsByForum(session, ['WSIS+20', 'G20', 'G7']);
    expect(groups.map((g) => g.forum)).toEqual(['WSIS+20', 'G20', 'G7', 'Aardvark Forum', NO_FORUM]);
    expect(groups[1]!.statements.map((s) => s.text.slice(0, 7))).toEqual(['G20REC ', 'G7COMMI']);
  });
});

describe('speaking time', () => {
  it('totals timed turns per stakeholder group, region, presence and gender', () => {
    const time = speakingTime(reportSession(), Date.parse(NOW));
    expect(time.totalSeconds).toBe(15 * 60);
    expect(time.turns).toBe(4);
    const stakeholder = time.dimensions.find((d) => d.id === 'stakeholder')!;
    expect(stakeholder.rows.map((r) => [r.label, r.seconds])).toEqual([
      ['Government', 480],
      ['Civil Society', 120],
      ['Technical Community', 240],
      ['Not recorded', 60],
    ]);
    const gender = time.dimensions.find((d) => d.id === 'gender')!;
    expect(gender.rows.find((r) => r.label === 'Women')!.share).toBeCloseTo(10 / 15);
    expect(time.firstStart).toBe('2025-06-24T09:02:00.000Z');
    expect(time.lastEnd).toBe('2025-06-24T09:17:00.000Z');
  });

  it('puts the actual duration into the facts, and a note when nothing was timed', () => {
    const facts = buildReport(reportSession()).sections[0]!.blocks[0]!;
    expect(facts.type === 'facts' && facts.rows).toContainEqual([
      'Actual duration',
      '15 minutes, first to last timed turn',
    ]);
    const session = reportSession();
    session.turns = [];
    const doc = buildReport(session);
    expect(doc.sections.find((s) => s.id === 'speaking-time')!.blocks).toEqual([
      { type: 'note', text: 'No speaking turns were timed.' },
    ]);
  });

  it('counts a running turn up to the clock it is given', () => {
    const session = newSession(NOW, 'x');
    const running = turn(null, 0, 0);
    running.timer.endedAt = null;
    session.turns = [running];
    expect(speakingTime(session, Date.parse(NOW) + 90_000).totalSeconds).toBe(90);
  });
});

describe('the report model for the editor', () => {
  it('uses written items in order, shows drafts where no summary is written, hides the annex by default', () => {
    const session = reportSession();
    session.report.includeAnnex = false;
    session.reportItems.push(item('keyTakeaway', '   ', 0));
    const drafts = {
      summaries: Object.fromEntries(
        session.questions.map((q) => [q.id, { markdown: `Drafted ${q.id}.`, sourceStatementIds: [] }]),
      ),
      keyIssues: '',
    };
    const doc = buildReport(session, { drafts });
    const takeaways = doc.sections.find((s) => s.id === 'key-takeaways')!;
    expect(takeaways.blocks).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          'TAKEAWAY-ONE AI governance needs **Global South** voices.',
          'TAKEAWAY-TWO Open standards make DPI _interoperable_.',
        ],
      },
    ]);
    const questions = doc.sections.filter((s) => s.id.startsWith('question-'));
    expect(questions.map((q) => q.drafted)).toEqual([false, true, true]);
    expect(doc.sections.some((s) => s.id.startsWith('annex'))).toBe(false);
    // Without drafts (the renderer before the main process answered) nothing is invented.
    const plain = buildReport(session).sections.filter((s) => s.id.startsWith('question-'));
    expect(plain.map((q) => q.drafted)).toEqual([false, false, false]);
  });

  it('keeps going past the IGF limits (the editor warns, the report never drops items)', () => {
    const session = reportSession();
    session.reportItems = [1, 2, 3, 4].map((n) => item('keyTakeaway', `Takeaway ${n}`, n));
    const list = buildReport(session).sections.find((s) => s.id === 'key-takeaways')!.blocks[0]!;
    expect(list.type === 'list' && list.items).toHaveLength(4);
  });
});

describe('sectionToPlainText', () => {
  const doc = buildReport(reportSession());

  it('gives a list section as numbered plain lines without Markdown', () => {
    expect(sectionToPlainText(doc, 'key-takeaways')).toBe(
      '1. TAKEAWAY-ONE AI governance needs Global South voices.\n2. TAKEAWAY-TWO Open standards make DPI interoperable.\n',
    );
  });

  it('includes subsections with their headings, links with their address', () => {
    const text = sectionToPlainText(doc, 'way-forward');
    expect(text).toContain('WAYFORWARD Continue in the Policy Network.');
    expect(text).toContain(
      'Follow-up: G7\n\n- G7COMMIT we commit to publish our standards openly. — Kenji Watanabe (Technical Community)',
    );
    expect(text.indexOf('Follow-up: G7')).toBeLessThan(text.indexOf('Follow-up: G20'));
    expect(sectionToPlainText(doc, 'key-issues')).toBe(
      'KEYISSUES Power asymmetries and funding (https://igf.org/) gaps.\n',
    );
    const summary = sectionToPlainText(doc, 'questions');
    expect(summary).toContain('Policy question 1: How can AI governance include the Global South?');
    expect(summary).toContain(
      'SUMMARYQ1 Speakers agreed on:\n\n- inclusion\n- accountability\n\n> a quoted line',
    );
    expect(summary).not.toContain('**');
  });

  it('writes tables as label: value lines and speaking time as tab-separated rows', () => {
    expect(sectionToPlainText(doc, 'facts')).toContain('Session code: WS #142\n');
    const participation = sectionToPlainText(doc, 'participation');
    expect(participation).toContain('Participants onsite (estimated): 80');
    expect(participation).toContain('Government\t8 min\t53%');
  });

  it('is empty for an unknown section and keeps raw HTML as text', () => {
    expect(sectionToPlainText(doc, 'nope')).toBe('');
    expect(markdownToPlainText('<b>x</b> [a](javascript:alert(1))')).toBe('<b>x</b> a');
  });
});
