import { spawnSync } from 'node:child_process';

/**
 * Runs the CLI from its source as a separate process, the way a user's shell would, and returns its
 * exit code and output. (`npm run desk` runs the same code bundled; tests/unit/cli.test.ts checks that too.)
 */
export function desk(...input: Array<string | NodeJS.ProcessEnv>): {
  code: number | null;
  out: string;
  err: string;
} {
  // A trailing object sets environment variables (the locale); the CLI's own messages follow it.
  const env = typeof input[input.length - 1] === 'object' ? (input.pop() as NodeJS.ProcessEnv) : {};
  const args = input as string[];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
