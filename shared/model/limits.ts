import type { Change } from './changes';

/**
 * What one change may carry and how large a session may grow, so that whatever the app accepts it can
 * also open again (the reader refuses files over READ_LIMIT_BYTES unread).
 */
export const MAX_TEXT_CHARS = 200_000;
/** The largest session file the app will write; the reader's guard is above it, with room to spare. */
export const MAX_SESSION_BYTES_WRITTEN = 48 * 1024 * 1024;
/** Larger files are refused before reading, so a stray huge file cannot stall or exhaust the app. */
export const READ_LIMIT_BYTES = 64 * 1024 * 1024;
/** One `changeSession` call carries at most this many changes; bigger imports are sent in parts. */
export const MAX_CHANGES_PER_CALL = 10_000;

const fmt = (n: number): string => n.toLocaleString('en-US');

const TEXT_FIELDS: Record<string, { record: string; fields: readonly string[]; what: string }> = {
  'statement.put': { record: 'statement', fields: ['text'], what: 'statement' },
  'question.put': { record: 'question', fields: ['text'], what: 'policy question' },
  'reportItem.put': { record: 'item', fields: ['markdown'], what: 'report item' },
  'summary.put': { record: 'summary', fields: ['markdown'], what: 'summary' },
  'report.update': { record: 'patch', fields: ['keyIssues', 'wayForward'], what: 'report text' },
};

/** The first change whose text is over the limit, said the way a user can act on it; null when all fit. */
export function textLimitProblem(changes: readonly Change[]): string | null {
  for (const change of changes) {
    const rule = TEXT_FIELDS[change.type];
    if (!rule) continue;
    const record = (change as unknown as Record<string, Record<string, unknown> | undefined>)[rule.record];
    for (const field of rule.fields) {
      const value = record?.[field];
      if (typeof value === 'string' && value.length > MAX_TEXT_CHARS)
        return `This ${rule.what} is ${fmt(value.length)} characters; the limit is ${fmt(MAX_TEXT_CHARS)}. Split it into several, or shorten it.`;
    }
  }
  return null;
}

export function sessionSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_SESSION_BYTES_WRITTEN) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This change would make the session ${mb(bytes)}; the limit is ${mb(MAX_SESSION_BYTES_WRITTEN)}. Start a new session for more material, or remove long texts.`;
}
