import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desk } from '../support/runCli';

/** The CLI prints the draft in exactly the published shape, and the converter feeds the scorer. */
describe('desk draft', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-draft-'));
    file = path.join(dir, 'of19.session.json');
    expect(desk('import-igf', 'tests/fixtures/drafting/of19/page.txt', '-o', file).code).toBe(0);
    expect(desk('import-transcript', file, 'tests/fixtures/drafting/of19/transcript.txt').code).toBe(0);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints questions, every statement, candidates and summaries with exactly the published keys', () => {
    const r = desk('draft', file, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual([
      'questions',
      'statements',
      'takeawayCandidates',
      'callToActionCandidates',
      'summaries',
    ]);
    expect(out.questions).toHaveLength(3);
    expect(Object.keys(out.questions[0])).toEqual(['id', 'text']);
    expect(out.statements).toHaveLength(106);
    expect(Object.keys(out.statements[0])).toEqual([
      'id',
      'suggestedQuestionIds',
      'procedural',
      'confidence',
    ]);
    expect(Object.keys(out.callToActionCandidates[0])).toEqual(['text', 'statementId']);
    expect(Object.keys(out.summaries[0])).toEqual(['questionId', 'markdown', 'sourceStatementIds']);
    const ids = new Set(out.statements.map((s: { id: string }) => s.id));
    for (const c of out.callToActionCandidates) expect(ids.has(c.statementId)).toBe(true);
    for (const s of out.summaries) for (const id of s.sourceStatementIds) expect(ids.has(id)).toBe(true);

    // The converter and the fixtures' scorer accept it.
    const draftFile = path.join(dir, 'draft.json');
    execFileSync('sh', ['-c', `cat > "${draftFile}"`], { input: r.out });
    const shaped = execFileSync(process.execPath, ['scripts/draft-to-score.mjs', draftFile], {
      encoding: 'utf8',
    });
    const shapedFile = path.join(dir, 'shaped.json');
    execFileSync('sh', ['-c', `cat > "${shapedFile}"`], { input: shaped });
    const scored = execFileSync(
      'python3',
      ['tests/fixtures/drafting/score_draft.py', 'tests/fixtures/drafting/of19/gold.json', shapedFile],
      { encoding: 'utf8' },
    );
    const top1 = Number(/top1=([\d.]+)%/.exec(scored)![1]);
    expect(top1).toBeGreaterThan(61.2); // the scorer's lexical baseline on this session
  }, 120_000);

  it('prints the drafted sections as Markdown, marked as a draft', () => {
    const r = desk('draft', file, '--md');
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Summary of the discussion (draft)');
    expect(r.out).toMatch(/— [A-Z][\w-]+/);
  }, 60_000);

  it('refuses a bad length with a message saying what is wrong', () => {
    const r = desk('draft', file, '--json', '--words', 'lots');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--words must be a whole number');
  }, 60_000);
});
