#!/usr/bin/env node
// The `session-desk` command (package.json "bin"): runs the bundled CLI directly, without npm's start-up.
// `npm run build` (or `npm run desk`) makes the bundle; the first run builds it if it is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'desk.cjs');
if (!existsSync(bundle)) await (await import('../scripts/build-cli.mjs')).buildCli();
runBundle(bundle);
