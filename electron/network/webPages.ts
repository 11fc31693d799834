import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The only pages the share server gives out, by path; everything else is 404. */
export const WEB_PAGES = { '/stage': 'stage.html', '/online': 'online.html' } as const;

/**
 * The built files those pages load (scripts, their chunks, styles), found by following the references
 * from the two pages, so the server never hands out the app's own pages or anything else on disk.
 * Keys are URL paths (`/assets/x.js`), values paths under the web root.
 */
export async function pageAssets(webRoot: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const queue: string[] = [];
  const add = (relative: string, from: string): void => {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), relative));
    if (file.startsWith('..') || !file.startsWith('assets/') || found.has(`/${file}`)) return;
    found.set(`/${file}`, file);
    if (file.endsWith('.js')) queue.push(file);
  };
  for (const page of Object.values(WEB_PAGES)) {
    const html = await readFile(path.join(webRoot, page), 'utf8').catch(() => '');
    for (const match of html.matchAll(/(?:src|href)="(\.?\/?assets\/[^"]+)"/g))
      add(match[1]!.replace(/^\//, './'), page);
  }
  while (queue.length) {
    const file = queue.shift()!;
    const js = await readFile(path.join(webRoot, file), 'utf8').catch(() => '');
    for (const match of js.matchAll(/(?:from|import)\s*\(?\s*"(\.\.?\/[^"]+\.(?:js|css))"/g))
      add(match[1]!, file);
    for (const match of js.matchAll(/"(assets\/[^"]+\.(?:js|css))"/g)) add(`./${match[1]!}`, 'index.html');
  }
  return found;
}
