import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/errors';
import { sidecarOf } from '../../shared/library/conflicts';
import { DifferentSessionsError, encodeLog, mergeCopies, type Difference } from '../../shared/sync';
import { writeFileAtomic } from '../store/atomicJsonFile';
import { readState } from '../store/conflictCopies';
import { loadFile } from '../store/sessionFile';
import { cliMessages } from './language';

/**
 * `merge <a.session.json> <b.session.json> -o <merged.session.json>`: two copies of one session (from a
 * sync tool, an email attachment) merged with the merge engine; each copy's engine state is read from
 * its sidecar (`….yjs` beside it) when there is one, and the merged state is written beside the output.
 * Prints what came from each side; refuses two different sessions.
 */
const describe = (list: Difference[]): string[] =>
  list.map((d) => `  ${d.part}${d.id ? ` ${d.id}` : ''}: ${d.fields.join(', ')}`);

export async function merge(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  const { t } = cliMessages();
  if (positionals.length !== 2 || !values.output)
    throw new DeskError('invalid-request', t('cli.merge.needs'));
  const [a, b] = positionals.map((p) => path.resolve(p)) as [string, string];
  const out = path.resolve(values.output);
  const copies = await Promise.all(
    [a, b].map(async (file) => ({ session: await loadFile(file), state: await readState(sidecarOf(file)) })),
  );
  let result;
  try {
    result = mergeCopies(copies[0]!, copies[1]!);
  } catch (error) {
    if (error instanceof DifferentSessionsError) throw new DeskError('invalid-request', error.message);
    throw error;
  }
  await writeFileAtomic(out, JSON.stringify(result.session, null, 1) + '\n');
  await writeFileAtomic(sidecarOf(out), encodeLog([result.state]));
  const lines = [
    t('cli.merge.done', {
      a: path.basename(a),
      b: path.basename(b),
      out,
      method: t(result.method === 'history' ? 'cli.merge.byHistory' : 'cli.merge.byRecord'),
    }),
    t('cli.merge.from', { file: path.basename(a), count: result.fromA.length }),
    ...describe(result.fromA),
    t('cli.merge.from', { file: path.basename(b), count: result.fromB.length }),
    ...describe(result.fromB),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
