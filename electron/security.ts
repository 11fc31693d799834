import path from 'node:path';

/**
 * Pure checks behind the window's security rules, kept free of Electron so they are unit-tested.
 * The renderer is untrusted: it is served from one origin and may talk to nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Is this URL one of the app's own pages (packaged origin, or the dev server while developing)? */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Permissions a page may have: only clipboard writing, and only for the app's own pages. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string,
  devServerUrl?: string,
): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, devServerUrl);
}

/**
 * Maps an `app://desk/<path>` request to a file inside `root`, or null when the path would leave it
 * (`..`, encoded separators, absolute paths).
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const file = path.resolve(root, '.' + path.posix.normalize(relative));
  const base = path.resolve(root);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}
