// Bundles the CLI (electron/cli.ts) into out/cli/ for `session-desk` and `npm run desk --`.
// Each command's heavy parts (the DOCX writer, drafting's language model, the transcript parser) are
// split into chunks that load only when that command runs: `export --md` never parses the docx library.
// The chunks are written as CommonJS so that bin/run-bundle.mjs can compile them through V8's code
// cache (Node 20 has no code cache for ES modules).
import { build, transform } from 'esbuild';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(root, 'out', 'cli');
export const CLI_ENTRY = path.join(CLI_DIR, 'desk.cjs');

/** zod's error messages in 60-odd languages: the CLI speaks English, so only `en` is bundled. */
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: args.path, namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(root, 'node_modules/zod/v4/locales/en.js'))};`,
      resolveDir: root,
    }));
  },
};

/**
 * marked builds its grammar (a few hundred regular expressions) when it is loaded, yet the report's
 * text usually takes parseMarkdown's fast paths (plain text, bullet lists, emphasis) and never
 * reaches the lexer. For the CLI, shared/report/inline.ts gets a `Lexer` that loads marked on its
 * first call: esbuild wraps a module that is `require`d in a function run on the first `require`.
 */
const lazyMarked = {
  name: 'lazy-marked',
  setup(b) {
    const inline = path.join(root, 'shared', 'report', 'inline.ts');
    b.onResolve({ filter: /^marked$/ }, (args) =>
      args.importer === inline ? { path: 'marked', namespace: 'lazy-marked' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-marked' }, () => ({
      contents: `
        let marked;
        const load = () => (marked ??= require('marked'));
        export const Lexer = {
          lex: (...args) => load().Lexer.lex(...args),
          lexInline: (...args) => load().Lexer.lexInline(...args),
        };`,
      resolveDir: root,
    }));
  },
};

/**
 * wink's 3 MB English model as `JSON.parse` of one string rather than a 3 MB object literal: V8 reads
 * JSON text several times faster than it compiles the same data as code.
 */
const modelAsJsonText = {
  name: 'model-as-json-text',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/].*eng-core-web-model\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(await readFile(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

/** esbuild splits only ES modules: each output file is then turned into CommonJS on its own. */
async function asCommonJs(file) {
  const { code } = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    loader: 'js',
    // `import()` of a chunk becomes `require`, so every chunk goes through the code cache.
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  return code;
}

/** Removes files of earlier builds (chunks are named by content, so each build has new names). */
async function removeStale(dir, keep) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await removeStale(full, keep);
    // Another build's temporary files are left to it.
    else if (!keep.has(full) && !entry.name.endsWith('.tmp')) await rm(full, { force: true });
  }
}

export async function buildCli() {
  const result = await build({
    entryPoints: { desk: path.join(root, 'electron', 'cli.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: CLI_DIR,
    outExtension: { '.js': '.cjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minifySyntax: true,
    // Which sources each file holds, for the breakdown `npm run bench` prints.
    metafile: true,
    write: false,
    plugins: [englishOnlyZod, modelAsJsonText, lazyMarked],
    logLevel: 'warning',
  });
  const files = await Promise.all(
    result.outputFiles.map(async (file) => ({ path: file.path, code: await asCommonJs(file) })),
  );
  for (const file of files) {
    await mkdir(path.dirname(file.path), { recursive: true });
    // Through a temporary name, so a CLI starting meanwhile never reads half a chunk.
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.code);
    await rename(temp, file.path);
  }
  const meta = path.join(CLI_DIR, 'meta.json');
  await writeFile(meta, JSON.stringify(result.metafile));
  await removeStale(CLI_DIR, new Set([...files.map((f) => f.path), meta]));
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
