import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security';

/** The built page carries the CSP in a meta tag too, so it holds however the page is served. */
const cspMeta = (): Plugin => ({
  name: 'session-desk-csp',
  apply: 'build',
  transformIndexHtml: (html: string) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The drafting's worker thread (electron/drafting.ts starts it) is an entry of its own: draftWorker.js.
      rollupOptions: {
        input: { index: resolve('electron/main.ts'), draftWorker: resolve('electron/draftWorker.ts') },
      },
      // Drafting loads wink's model part by part (shared/drafting/winkModel.ts), its 3 MB JSON among
      // them: bundled, it is read as JSON text; left outside, Node's module loader would refuse it.
      externalizeDeps: { exclude: ['wink-eng-lite-web-model'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: {
          index: resolve('renderer/index.html'),
          presenter: resolve('renderer/presenter.html'),
          guide: resolve('renderer/guide.html'),
          // Served to other devices by the share server (electron/network), never loaded in the app.
          stage: resolve('renderer/stage.html'),
          online: resolve('renderer/online.html'),
        },
      },
    },
  },
});
