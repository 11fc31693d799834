// Runs the CLI bundle (CommonJS files from scripts/build-cli.mjs) with V8's code cache: the second run
// of a command skips parsing and compiling the bundle's code, which is most of the time Node takes to
// load a megabyte of JavaScript. The cache lives in the user's cache folder, one file per bundle file
// and command, named by a checksum and the length of the file's text, so a rebuilt or edited bundle
// never runs stale code; a cache that is missing, damaged or refused by V8 (another Node version) is
// rebuilt quietly.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** Builds of the bundle whose caches are kept (two checkouts, or an upgrade and a rollback). */
const KEPT_BUILDS = 3;

/** Where the cache goes: `SESSION_DESK_CODE_CACHE` (a folder, or `off`), else the platform's cache folder. */
export function codeCacheRoot(env = process.env, platform = process.platform, home = os.homedir()) {
  if (env.SESSION_DESK_CODE_CACHE === 'off') return null;
  if (env.SESSION_DESK_CODE_CACHE) return path.resolve(env.SESSION_DESK_CODE_CACHE);
  const product = 'Session Desk';
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', product, 'cli-code');
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), product, 'Cache', 'cli-code');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), product, 'cli-code');
}

/**
 * zlib's CRC-32 and the length: a checksum, not a cryptographic hash (nothing here is a secret or
 * an attacker's) that costs less than SHA-1 did over the bundle and its caches, which are 10 MB once
 * drafting's language model is loaded.
 */
function checksum(data) {
  const sum = Buffer.alloc(8);
  sum.writeUInt32BE(crc32(data), 0);
  sum.writeUInt32BE(data.length >>> 0, 4);
  return sum;
}

/** A cache file is the checksum of V8's data, then the data: a damaged file is never handed to V8. */
function readCache(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(8);
  return bytes.length > 8 && checksum(data).equals(bytes.subarray(0, 8)) ? data : undefined;
}

function writeCache(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat([checksum(data), data]));
  renameSync(temp, file);
}

/** Keeps the newest builds' folders; a new build's folder is created on its first run. */
function buildFolder(root, build) {
  const dir = path.join(root, `${process.version}-${process.arch}`, build);
  try {
    statSync(dir);
    return dir;
  } catch {
    mkdirSync(dir, { recursive: true });
  }
  const builds = path.dirname(dir);
  const others = readdirSync(builds)
    .filter((name) => name !== build)
    .map((name) => ({ name, at: statSync(path.join(builds, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of others.slice(KEPT_BUILDS - 1))
    rmSync(path.join(builds, name), { recursive: true, force: true });
  return dir;
}

/**
 * Loads `entry` (an absolute path) and the files it requires by relative path, as CommonJS modules
 * compiled through the code cache; anything else (`node:` modules) comes from Node's own `require`.
 */
export function runBundle(entry, { cacheRoot = codeCacheRoot(), command = process.argv[2] } = {}) {
  const nodeRequire = createRequire(entry);
  const modules = new Map();
  const toCache = [];
  // One cache per command: each command runs, and so compiles, different parts of the bundle.
  const tag = /^[a-z][a-z-]{0,30}$/.test(command ?? '') ? command : 'other';
  let folder = null;

  function load(file) {
    const known = modules.get(file);
    if (known) return known.exports;
    const bytes = readFileSync(file);
    // 20 hex digits: the text's CRC-32 and its length (an edit of the same length changes the CRC).
    const key = `${crc32(bytes).toString(16).padStart(8, '0')}${bytes.length.toString(16).padStart(12, '0')}`;
    const source = bytes.toString('utf8');
    const module = { exports: {}, filename: file, id: file, loaded: false };
    modules.set(file, module);
    if (cacheRoot && folder === null) {
      try {
        // The entry's hash names the build: it names every chunk, and the chunks are named by content.
        folder = buildFolder(cacheRoot, key);
      } catch {
        cacheRoot = null;
      }
    }
    const cacheFile = folder && path.join(folder, `${path.basename(file)}-${key}.${tag}.bin`);
    const cachedData = cacheFile ? readCache(cacheFile) : undefined;
    const script = new Script(Module.wrap(source), { filename: file, cachedData });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) toCache.push({ script, cacheFile });
    const dir = path.dirname(file);
    const require = (id) => (id.startsWith('.') ? load(path.resolve(dir, id)) : nodeRequire(id));
    require.resolve = (id) => (id.startsWith('.') ? path.resolve(dir, id) : nodeRequire.resolve(id));
    script.runInThisContext().call(module.exports, module.exports, require, module, file, dir);
    module.loaded = true;
    return module.exports;
  }

  // At exit, so the cache holds the functions this command ran, not only the files' top level.
  process.once('exit', () => {
    for (const { script, cacheFile } of toCache) {
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // A read-only or full disk costs the next run its speed, nothing else.
      }
    }
    if (folder && toCache.length) {
      try {
        const now = new Date();
        utimesSync(folder, now, now);
      } catch {
        // Only the order in which old builds are cleared.
      }
    }
  });

  return load(entry);
}
