import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeCacheRoot } from '../../bin/run-bundle.mjs';

/**
 * The installed command runs the bundle through V8's code cache (bin/run-bundle.mjs). A cache that is
 * missing, damaged, left from another build or unwritable must never change what the command does:
 * the same files, no message, exit code 0. Each test runs its own copy of the bundle.
 */
const FIXTURE = path.resolve('tests/fixtures/sessions/v4-statements.session.json');
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-code-cache-'));
  // Brings out/cli up to date, as `npm run desk` does, then works on a copy of it.
  const built = spawnSync(process.execPath, ['scripts/desk.mjs', '--help'], { encoding: 'utf8' });
  expect(built.status).toBe(0);
  bundle = path.join(dir, 'cli');
  await cp('out/cli', bundle, { recursive: true });
  await writeFile(
    path.join(dir, 'session-desk.mjs'),
    `import { runBundle } from ${JSON.stringify(path.resolve('bin/run-bundle.mjs'))};\n` +
      `runBundle(${JSON.stringify(path.join(bundle, 'desk.cjs'))});\n`,
  );
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(cache: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(dir, 'session-desk.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SESSION_DESK_CODE_CACHE: cache, LANG: 'C.UTF-8', LC_ALL: '', LANGUAGE: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The report as written: the DOCX's body and the Markdown. */
async function exportReport(cache: string, name: string): Promise<{ body: string; md: string }> {
  const docx = path.join(dir, `${name}.docx`);
  const md = path.join(dir, `${name}.md`);
  const r = run(cache, 'export', FIXTURE, '--docx', docx, '--md', md);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const body = new TextDecoder().decode(unzipSync(await readFile(docx))['word/document.xml']);
  return { body, md: await readFile(md, 'utf8') };
}

/** Every cache file, with the time it was last written. */
async function cacheFiles(cache: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else files.set(full, (await stat(full)).mtimeMs);
    }
  };
  await walk(cache);
  return files;
}

describe('the CLI code cache', () => {
  it('is written on the first run, used as is on the next, and changes nothing in the report', async () => {
    const cache = path.join(dir, 'cache-first');
    const first = await exportReport(cache, 'first');
    const written = await cacheFiles(cache);
    const names = [...written.keys()].map((f) => path.basename(f));
    expect(names).toContainEqual(expect.stringMatching(/^desk\.cjs-[0-9a-f]{20}\.export\.bin$/));
    // The DOCX writer's chunk was loaded by the export, so it has a cache of its own.
    expect(names.filter((n) => n.endsWith('.export.bin')).length).toBeGreaterThan(3);

    const second = await exportReport(cache, 'second');
    expect(second).toEqual(first);
    // V8 accepted every file: none was written again.
    expect(await cacheFiles(cache)).toEqual(written);
  });

  it('recovers from damaged cache files without a word to the user', async () => {
    const cache = path.join(dir, 'cache-damaged');
    const reference = await exportReport(cache, 'reference');
    const files = [...(await cacheFiles(cache)).keys()];
    for (const [i, file] of files.entries()) {
      const bytes = await readFile(file);
      if (i % 3 === 0)
        await writeFile(file, bytes.subarray(0, bytes.length >> 1)); // cut short
      else if (i % 3 === 1) await writeFile(file, Buffer.from('not a code cache'));
      else {
        // One byte of V8's data flipped: the length and V8's own header still look right.
        bytes[bytes.length - 9]! ^= 0xff;
        await writeFile(file, bytes);
      }
    }
    const before = await cacheFiles(cache);
    expect(await exportReport(cache, 'damaged')).toEqual(reference);
    // Every damaged file was replaced by a good one, which the next run uses as is.
    const after = await cacheFiles(cache);
    for (const file of files) expect(after.get(file)).not.toBe(before.get(file));
    expect(await exportReport(cache, 'repaired')).toEqual(reference);
    expect(await cacheFiles(cache)).toEqual(after);
  });

  it('runs the bundle as it is now when a file changed since the cache was made', async () => {
    const cache = path.join(dir, 'cache-stale');
    const fixture = path.resolve('tests/fixtures/sessions/v1-ws260.session.json');
    expect(run(cache, 'validate', fixture).out).toContain(': valid session "');
    // The same length, so V8's own check (which compares lengths) would take the old code.
    const chunks = path.join(bundle, 'chunks');
    let edited = 0;
    for (const name of await readdir(chunks)) {
      const file = path.join(chunks, name);
      const text = await readFile(file, 'utf8');
      if (!text.includes('valid session')) continue;
      await writeFile(file, text.replaceAll('valid session', 'VALID SESSION'));
      edited++;
    }
    expect(edited).toBeGreaterThan(0);
    const r = run(cache, 'validate', fixture);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(': VALID SESSION "');
  });

  it('runs without a cache when its folder cannot be made', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'in the way');
    const reference = await exportReport(path.join(dir, 'cache-reference'), 'plain');
    expect(await exportReport(path.join(blocker, 'cache'), 'blocked')).toEqual(reference);
    expect(await exportReport('off', 'off')).toEqual(reference);
  });

  it('lives in the platform’s cache folder unless SESSION_DESK_CODE_CACHE says otherwise', () => {
    const home = '/home/ana';
    expect(codeCacheRoot({}, 'linux', home)).toBe('/home/ana/.cache/Session Desk/cli-code');
    expect(codeCacheRoot({ XDG_CACHE_HOME: '/c' }, 'linux', home)).toBe('/c/Session Desk/cli-code');
    expect(codeCacheRoot({}, 'darwin', home)).toBe('/home/ana/Library/Caches/Session Desk/cli-code');
    expect(codeCacheRoot({ LOCALAPPDATA: 'C:\\L' }, 'win32', home)).toBe(
      path.join('C:\\L', 'Session Desk', 'Cache', 'cli-code'),
    );
    expect(codeCacheRoot({ SESSION_DESK_CODE_CACHE: 'off' }, 'linux', home)).toBeNull();
    expect(codeCacheRoot({ SESSION_DESK_CODE_CACHE: '/x/y' }, 'linux', home)).toBe('/x/y');
  });
});
