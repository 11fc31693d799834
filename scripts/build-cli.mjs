// Bundles the CLI (electron/cli.ts) into out/cli/ for `session-desk` and `npm run desk --`.
// Each command's heavy parts (the DOCX writer, drafting's language model, the transcript parser) are
// split into chunks that load only when that command runs: `export --md` never parses the docx library.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(root, 'out', 'cli');
export const CLI_ENTRY = path.join(CLI_DIR, 'desk.mjs');

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

export async function buildCli({ metafile = false } = {}) {
  return build({
    entryPoints: { desk: path.join(root, 'electron', 'cli.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minifySyntax: true,
    metafile,
    plugins: [englishOnlyZod, modelAsJsonText],
    // Some bundled CommonJS packages call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __deskRequire } from 'node:module'; const require = __deskRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
