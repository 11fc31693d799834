// `npm run desk -- <command>`: runs the CLI from a bundle, rebuilt only when a source file is newer.
// Starting Node on one bundled file takes a fraction of the time a TypeScript loader needs.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle } from '../bin/run-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'desk.cjs');
// `session-desk` (bin/session-desk.mjs) runs the same bundle without this check, as installed.

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const builtAt = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
})();
const sourcesAt = Math.max(
  newestSource(path.join(root, 'electron')),
  newestSource(path.join(root, 'shared')),
);
if (builtAt < sourcesAt) await (await import('./build-cli.mjs')).buildCli();
runBundle(bundle);
