import { spawnSync } from 'node:child_process';

/**
 * Runs the CLI from its source as a separate process, the way a user's shell would, and returns its
 * exit code and output. (`npm run desk` runs the same code bundled; tests/unit/cli.test.ts checks that too.)
 */
export function desk(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
