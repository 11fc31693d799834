import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractAll, listPackage } from '@electron/asar';
import { build, Platform, type Configuration } from 'electron-builder';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askWorker } from '../support/drafting';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import type { DraftRequest } from '../../electron/drafting';
import { applyDraftPatch, draftSlot, MirrorSender } from '../../shared/drafting/mirror';
import { generateSession } from '../fixtures/generate-session';

/**
 * The drafting worker in the packaged app. electron-builder packs the built app with the project's own
 * electron-builder.yml (only the Electron binary, which these machines cannot download, is a stand-in,
 * and the fuses it would flip in that binary are left out); the test then reads the app.asar it made
 * and starts out/main/draftWorker.js from the packed files, in Node, as the main process would.
 * Electron (17.3 and later) reads a worker's script and its imports from inside app.asar, so the
 * worker needs no unpacking; what this proves is that every file it loads is in the package.
 */
const root = mkdtempSync(path.join(tmpdir(), 'desk-pack-'));
const output = path.join(root, 'dist');
const extracted = path.join(root, 'app');
let asarFile = '';
let packed: string[] = [];

/** The relative and bare specifiers a built ES module imports (statically or with `import()`). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)];
  return [...new Set(found.map((m) => m[1]!))];
}

/** Every built file the worker loads, following its relative imports; and the packages it names. */
function workerClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

beforeAll(async () => {
  if (!existsSync('out/main/draftWorker.js'))
    throw new Error('out/main is missing: run `npm run build` first.');
  // A stand-in for Electron's unpacked distribution: electron-builder copies it and renames the binary.
  const fakeElectron = path.join(root, 'electron-dist');
  mkdirSync(path.join(fakeElectron, 'resources'), { recursive: true });
  writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\nexit 1\n');
  chmodSync(path.join(fakeElectron, 'electron'), 0o755);
  for (const f of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(path.join(fakeElectron, f), '');
  const electronVersion = (
    JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
  ).version;
  writeFileSync(path.join(fakeElectron, 'version'), electronVersion);

  const config = loadYaml(readFileSync('electron-builder.yml', 'utf8')) as Configuration;
  await build({
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      ...config,
      electronDist: fakeElectron,
      electronVersion,
      electronFuses: null,
      npmRebuild: false,
      directories: { ...config.directories, output },
    },
  });
  asarFile = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  packed = listPackage(asarFile, { isPack: false }).map((p) => p.replace(/\\/g, '/'));
  extractAll(asarFile, extracted);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the drafting worker in the packaged app', () => {
  it('packs the worker beside the main process, with every chunk it imports and every package it names', () => {
    // electron/main.ts starts the worker from the folder of the main bundle.
    expect(packed).toContain('/out/main/index.js');
    expect(packed).toContain('/out/main/draftWorker.js');
    const { files, packages } = workerClosure(path.resolve('out/main/draftWorker.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files)
      expect(packed).toContain(`/${path.relative(process.cwd(), file).replace(/\\/g, '/')}`);
    // The model is bundled into a chunk (electron.vite.config.ts), and wink itself is a package.
    expect(packages).toContain('wink-nlp');
    // Only the main thread has Electron's module: a worker that imports it fails in the packaged app.
    expect(packages).not.toContain('electron');
    for (const name of packages) expect(packed).toContain(`/node_modules/${name}/package.json`);
  });

  it('the packed worker starts, loads its model and drafts as this thread does', async () => {
    const worker = new Worker(path.join(extracted, 'out', 'main', 'draftWorker.js'));
    const errors: Error[] = [];
    worker.on('error', (e) => errors.push(e));
    const ask = (request: DraftRequest) => askWorker(worker, request);
    try {
      const session = generateSession(40, 11);
      expect(await ask({ type: 'warm-up', id: 1 })).toEqual({ id: 1, ok: true, draft: null });
      // The session goes whole the first time (no mirror of it there yet), the draft comes back whole.
      const patch = new MirrorSender(() => undefined).patch(session);
      const reply = await ask({
        type: 'draft',
        id: 2,
        slot: draftSlot(session.id, {}),
        session: patch,
        options: {},
      });
      expect(errors).toEqual([]);
      expect(reply.ok).toBe(true);
      const draft = reply.ok && reply.draft ? applyDraftPatch(undefined, reply.draft) : null;
      expect(draft).toEqual(draftSession(session, createAnalyzer()));
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
