import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/errors';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import { draftJson, draftMarkdown } from '../../shared/drafting/output';
import { loadFile } from '../store/workspace';

/**
 * `draft <session.json> --json | --md [--words N | --ratio R]`: the report's draft as the app makes it: tag
 * suggestions, procedural turns, candidates and summaries (JSON), or the drafted sections (Markdown).
 */
export async function draft(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      md: { type: 'boolean' },
      words: { type: 'string' },
      ratio: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length !== 1 || values.json === values.md)
    throw new DeskError('invalid-request', 'draft needs one <session.json> and either --json or --md.');
  const words = values.words === undefined ? undefined : Number(values.words);
  if (words !== undefined && !(Number.isInteger(words) && words >= 20 && words <= 2000))
    throw new DeskError(
      'invalid-request',
      `--words must be a whole number from 20 to 2000, not "${values.words}".`,
    );
  const ratio = values.ratio === undefined ? undefined : Number(values.ratio);
  if (ratio !== undefined && !(ratio > 0 && ratio <= 0.5))
    throw new DeskError(
      'invalid-request',
      `--ratio must be a share above 0 and at most 0.5, not "${values.ratio}".`,
    );
  const session = await loadFile(path.resolve(file));
  const result = draftSession(session, createAnalyzer(), { summaryWords: words, summaryRatio: ratio });
  process.stdout.write(
    values.json ? JSON.stringify(draftJson(session, result), null, 2) + '\n' : draftMarkdown(session, result),
  );
}
