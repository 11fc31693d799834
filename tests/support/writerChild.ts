import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the statement-writing child (tests/support/append-statements.ts) into `dir`, once per test
 * file, so that each of the many processes a test starts begins in a fraction of tsx's start-up time.
 * The child is the same TypeScript that `node --import tsx tests/support/append-statements.ts` runs.
 */
export async function bundleWriterChild(dir: string): Promise<string> {
  const outfile = path.join(dir, 'append-statements.mjs');
  await build({
    entryPoints: [path.resolve('tests/support/append-statements.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
