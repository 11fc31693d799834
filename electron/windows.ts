import type { WebContents } from 'electron';
import { isAppUrl } from './security';

/**
 * Every web contents (windows, and anything a page might try to make) may show only the app's own
 * pages: navigation and redirects elsewhere are refused, webviews never attach, no new windows open
 * (links go through window.desk.openExternal, which checks them).
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Is a saved window rectangle still at least partly on one of the connected displays? */
export function isOnSomeDisplay(
  saved: { x: number; y: number; width: number; height: number },
  workAreas: ReadonlyArray<{ x: number; y: number; width: number; height: number }>,
): boolean {
  return workAreas.some(
    (a) =>
      saved.x < a.x + a.width &&
      saved.y < a.y + a.height &&
      saved.x + saved.width > a.x &&
      saved.y + saved.height > a.y,
  );
}

/** The session files a launch was given (`session-desk file.session.json`, a double-click). */
export function sessionFilesIn(argv: readonly string[]): string[] {
  // Electron's own argv starts with the executable (and, unpackaged, the app folder); flags start with '-'.
  return argv.filter((arg) => !arg.startsWith('-') && /\.json$/i.test(arg));
}
