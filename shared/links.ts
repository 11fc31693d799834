/** Only these open, and only in the system browser or mail client: never inside the app. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return false;
  return !parsed.username && !parsed.password;
}
