/** Only these open, and only in the system browser or mail client: never inside the app. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** A mail link may fill in a subject and a body, nothing else (no attachments, no extra recipients). */
const MAILTO_PARAMS = new Set(['subject', 'body']);

/**
 * The one link rule, for the screen, the DOCX and what is handed to the operating system: the URL
 * parsed and normalised (what is opened is this string, never the raw text), or null when it is not
 * an http(s) link to a host or a mailto link with at most a subject and a body.
 */
export function externalUrl(url: string | null | undefined): string | null {
  const raw = (url ?? '').trim();
  if (!raw || /[\s\u0000-\u001f\u007f]/.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === 'mailto:') {
    if (!/^[^@\s/?#]+@[^@\s/?#]+$/.test(decodeURIComponent(parsed.pathname))) return null;
    for (const key of parsed.searchParams.keys()) if (!MAILTO_PARAMS.has(key.toLowerCase())) return null;
  } else if (!parsed.hostname) return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: string): boolean {
  return externalUrl(url) !== null;
}
