import { describe, expect, it } from 'vitest';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { newSession, newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';

/** A regional IGF notes statements in Arabic, Chinese or Russian beside English ones: none is dropped. */
const NOW = '2026-06-01T10:00:00.000Z';
const analyzer = createAnalyzer();

function sessionWith(texts: string[]): Session {
  const session = newSession(NOW, 'Scripts');
  const question = {
    id: 'q1',
    text: 'How should governments invest in digital public infrastructure?',
    order: 0,
    updatedAt: NOW,
    deletedAt: null,
  };
  const statements = texts.map((text, i) => ({
    ...newStatement(text, new Date(Date.parse(NOW) + i * 1000).toISOString()),
    questionIds: ['q1'],
    updatedAt: NOW,
    deletedAt: null,
  }));
  return { ...session, questions: [question], statements } as Session;
}

describe('statements in other scripts', () => {
  const cases: Array<[string, string]> = [
    ['Arabic', 'يجب على الحكومات أن تستثمر في البنية التحتية الرقمية العامة وأن تشرك المجتمع المدني.'],
    ['Chinese', '各国政府应当投资数字公共基础设施 并让民间社会参与 规划 和 监督 整个 过程。'],
    [
      'Russian',
      'Правительства должны инвестировать в цифровую общественную инфраструктуру и привлекать гражданское общество.',
    ],
  ];
  for (const [script, text] of cases)
    it(`${script}: the words are read, and the statement reaches its question's summary`, () => {
      expect(analyzer.analyze(text).flatMap((s) => s.words).length).toBeGreaterThan(3);
      const draft = draftSession(
        sessionWith([text, 'Pramod agrees and adds a point about open standards for governments.']),
        analyzer,
      );
      const summary = draft.summaries.find((s) => s.questionId === 'q1')!;
      expect(summary.markdown).toContain(text.slice(0, 20));
      expect(summary.markdown).toContain('open standards');
    });
});
