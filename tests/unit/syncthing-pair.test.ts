import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

/**
 * A real Syncthing (Debian's package; .ci/run installs it) on loopback: two instances, each with its
 * own config folder, carry one workspace between two folders while two app processes edit the same
 * session, one in each. The session list then merges the conflict copy Syncthing made; afterwards both
 * folders hold the same single session file with every statement either process acknowledged.
 * The scenario is scripts/syncthing-pair.ts (also runnable alone); every wait there is bounded and
 * both instances are killed at the end.
 */
it('two folders kept in sync by Syncthing while both are edited end identical and complete', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/syncthing-pair.ts'], {
    encoding: 'utf8',
    timeout: 150_000,
  });
  const out = `${run.stdout}\n${run.stderr}`;
  expect(out).toMatch(/merged \{"merged":\[\{[^\]]*"tool":"Syncthing"/);
  expect(out).toMatch(/identical: true; \d+ statements; \d+ acknowledged edits, lost 0;/);
  expect(run.status, out).toBe(0);
}, 180_000);
