// Converts `npm run desk -- draft <session.json> --json` output to the shape score_draft.py reads:
// statements numbered 1… in session order (the transcript's turn order), questions by 0-based index.
// Usage: node scripts/draft-to-score.mjs draft.json > scored-shape.json
import { readFileSync } from 'node:fs';

const draft = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const index = new Map(draft.questions.map((q, i) => [q.id, i]));
const out = {
  statements: draft.statements.map((s, i) => ({
    n: i + 1,
    suggestedQuestions: s.suggestedQuestionIds.map((id) => index.get(id)).filter((q) => q !== undefined),
    procedural: s.procedural,
  })),
  callToActionCandidates: draft.callToActionCandidates.map((c) => c.text),
  takeawayCandidates: draft.takeawayCandidates.map((c) => c.text),
  summaries: Object.fromEntries(
    draft.summaries
      .map((s) => [String(index.get(s.questionId)), s.markdown])
      .filter(([k]) => k !== 'undefined'),
  ),
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
