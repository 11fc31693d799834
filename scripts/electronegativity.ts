/**
 * Runs Electronegativity (Doyensec's Electron security linter) over the main-process and renderer
 * sources and exits 1 on any finding above INFORMATIONAL that is not a justified exception in
 * `security/electronegativity-exceptions.json`. Exceptions must name the check, the file and the
 * reason; one that no longer matches a finding is reported too, so the list cannot go stale.
 *
 * Offline on purpose: Electronegativity fetches translations and the Electron release list over the
 * network at run time (best effort). Both go through the `got` package, which is replaced here by a
 * stub that fails at once, so the scan is the same with or without a network and never calls out.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../electron/security';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { value: number; name: string };
  confidence: { name: string };
  manualReview: boolean;
  description: string;
}
interface Exception {
  check: string;
  file: string;
  why: string;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TARGETS = ['electron', 'renderer'];
/** Needs the network (it downloads the list of Electron releases); `npm outdated` covers the same. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const INFORMATIONAL = 0;

const require = createRequire(import.meta.url);
const gotPath = require.resolve('got', {
  paths: [path.dirname(require.resolve('@doyensec/electronegativity/package.json'))],
});
const offline = () => Promise.reject(new Error('offline: Session Desk scans without the network'));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline }),
} as unknown as NodeJS.Module;
const run = require('@doyensec/electronegativity') as (options: object) => Promise<{
  issues: Issue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  globalChecks: number;
  atomicChecks: number;
}>;

const exceptions = (
  JSON.parse(readFileSync(path.join(ROOT, 'security/electronegativity-exceptions.json'), 'utf8')) as {
    exceptions: Exception[];
  }
).exceptions;
const electronVersion = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

// One scan over a copy of both folders, so the global checks (CSP, navigation limits, permission
// handler) see the main process and the page together, as they are in the app.
const scanRoot = mkdtempSync(path.join(tmpdir(), 'desk-electronegativity-'));
for (const target of TARGETS)
  cpSync(path.join(ROOT, target), path.join(scanRoot, target), { recursive: true });
// The pages as built: electron.vite.config.ts adds the CSP meta tag to every page at build time (the
// main process also sends it as a header, which Electronegativity cannot see through protocol.handle).
for (const page of readdirSync(path.join(scanRoot, 'renderer')).filter((f) => f.endsWith('.html'))) {
  const file = path.join(scanRoot, 'renderer', page);
  const html = readFileSync(file, 'utf8');
  const meta = `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  writeFileSync(file, html.replace('<head>', meta));
}

let failed = false;
const used = new Set<Exception>();
const log = console.log;
console.log = () => undefined; // its translation loader prints when the (stubbed) download fails
let result: Awaited<ReturnType<typeof run>>;
try {
  result = await run({
    input: scanRoot,
    output: null,
    isSarif: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: true,
    electronVersionOverride: electronVersion,
  });
} finally {
  console.log = log;
  rmSync(scanRoot, { recursive: true, force: true });
}
console.log(
  `electronegativity ${TARGETS.join('/ + ')}/ (Electron ${electronVersion}, ${result.atomicChecks} atomic + ${result.globalChecks} global checks): ${result.issues.length} findings`,
);
for (const error of result.errors) {
  console.log(`  could not parse ${error.file}: ${error.message}`);
  if (!error.tolerable) failed = true;
}
for (const issue of result.issues) {
  const file = issue.file.split(path.sep).join('/');
  const exception = exceptions.find((e) => e.check === issue.id && e.file === file);
  const above = issue.severity.value > INFORMATIONAL;
  const verdict = exception ? 'excepted' : above ? 'FAIL' : 'info';
  if (exception) used.add(exception);
  if (above && !exception) failed = true;
  console.log(
    `  ${verdict.padEnd(8)} ${issue.id} ${issue.severity.name}/${issue.confidence.name}${issue.manualReview ? ' (review)' : ''} ${file}:${issue.location.line}:${issue.location.column}`,
  );
  if (exception) console.log(`           because: ${exception.why}`);
}
for (const exception of exceptions)
  if (!used.has(exception)) {
    console.log(`  stale exception: ${exception.check} in ${exception.file} no longer matches a finding`);
    failed = true;
  }
process.exit(failed ? 1 : 0);
