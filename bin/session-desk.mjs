#!/usr/bin/env node
// The `session-desk` command (package.json "bin"): runs the bundled CLI directly, without npm's start-up.
// `npm run build` (or `npm run desk`) makes the bundle; the first run builds it if it is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'desk.mjs');
if (!existsSync(bundle)) await (await import('../scripts/build-cli.mjs')).buildCli();
await import(pathToFileURL(bundle).href);
