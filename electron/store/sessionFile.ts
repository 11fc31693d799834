import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError, describeZodError, type ErrorParams } from '../../shared/errors';
import { applyChange, ChangeError } from '../../shared/model/changes';
import { READ_LIMIT_BYTES } from '../../shared/model/limits';
import { migrate } from '../../shared/model/migrate';
import { SCHEMA_VERSION, SessionSchema, type Session } from '../../shared/model/session';
import {
  readUtf8,
  writeFileAtomic,
  writeTarget,
  type FileContent,
  type FileIdentity,
} from './atomicJsonFile';
import { readJournal, type JournalEntry } from './journal';

/**
 * One session file on disk: read (size guard, strict UTF-8, BOM), migrate, validate, serialize and
 * write. Nothing here keeps state; the open session (openSession.ts) and the CLI both use it.
 */
export const SESSION_SUFFIX = '.session.json';
/** Larger files are refused before reading, so a stray huge file cannot stall or exhaust the app. */
export const MAX_SESSION_BYTES = READ_LIMIT_BYTES;

/** Where a JSON text fails, without quoting it (the file may not be a session at all). */
function describeJsonError(text: string, error: unknown): string {
  const match = /position (\d+)/.exec((error as Error).message);
  if (!text.trim()) return 'is empty';
  if (!match) return 'is not valid JSON (it may be truncated)';
  const at = Number(match[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `is not valid JSON at line ${line}, column ${column}${at >= text.trimEnd().length - 1 ? ' (it may be truncated)' : ''}`;
}

const COLLECTIONS = [
  ['people', 'person'],
  ['questions', 'policy question'],
  ['agenda', 'agenda segment'],
  ['statements', 'statement'],
  ['turns', 'turn'],
  ['queue', 'queue entry'],
  ['reportItems', 'report item'],
  ['summaries', 'summary'],
] as const;

/** Two records with one id would make a delete leave a live twin: a validation error naming the id. */
export function duplicateIdProblem(session: Session): string | null {
  for (const [key, what] of COLLECTIONS) {
    const seen = new Set<string>();
    for (const [index, record] of (session[key] as Array<{ id: string }>).entries()) {
      if (seen.has(record.id)) return `${key}[${index}]: a second ${what} with id ${record.id}`;
      seen.add(record.id);
    }
  }
  return null;
}

/** Parses, migrates and validates a session's text; messages name the file and the field, never content. */
export function parseSession(text: string, name: string): { session: Session; migratedFrom: number | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DeskError('damaged-file', `${name} ${describeJsonError(text, error)}.`);
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  const parsed = SessionSchema.safeParse(migrate(raw, name));
  if (!parsed.success)
    throw new DeskError('damaged-file', {
      key: 'notSession',
      params: { file: name, problem: describeZodError(parsed.error) },
    });
  const duplicate = duplicateIdProblem(parsed.data);
  if (duplicate)
    throw new DeskError('damaged-file', {
      key: 'notSession',
      params: { file: name, problem: `${duplicate}.` },
    });
  return {
    session: parsed.data,
    migratedFrom: typeof version === 'number' && version < SCHEMA_VERSION ? version : null,
  };
}

/** Reads, migrates and validates the session file itself. */
export async function loadSnapshot(
  file: string,
): Promise<{ session: Session; migratedFrom: number | null; text: string }> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info) throw new DeskError('not-found', { key: 'fileMissing', params: { file: name } });
  let text: string;
  try {
    text = await readUtf8(file, name, MAX_SESSION_BYTES);
  } catch (error) {
    if (error instanceof DeskError) throw error;
    throw new DeskError('damaged-file', {
      key: 'couldNotRead',
      params: { file: name, code: (error as NodeJS.ErrnoException).code ?? 'error' },
    });
  }
  return { ...parseSession(text, name), text };
}

/**
 * Applies journal entries on top of a session. A change that names a record this version lacks is
 * re-created from `fallback` (this app's own copy, when there is one) and retried; what still does not
 * fit is skipped and counted, never fatal: a session must always open.
 */
export function replay(
  base: Session,
  entries: readonly JournalEntry[],
  fallback?: Session,
): { session: Session; skipped: string[] } {
  let session = base;
  const skipped: string[] = [];
  for (const entry of entries)
    for (const change of entry.changes) {
      try {
        session = applyChange(session, change, entry.at);
      } catch (error) {
        if (!(error instanceof ChangeError)) throw error;
        const repaired = fallback ? recreateMissing(session, fallback) : null;
        try {
          if (!repaired) throw error;
          session = applyChange(repaired, change, entry.at);
        } catch (again) {
          skipped.push(`${change.type}: ${(again as Error).message}`);
        }
      }
    }
  return { session, skipped };
}

/** Puts back every record of `fallback` that `session` lacks entirely (not even as a deleted record). */
function recreateMissing(session: Session, fallback: Session): Session {
  const out: Record<string, unknown> = { ...session };
  for (const [key] of COLLECTIONS) {
    const have = new Set((session[key] as Array<{ id: string }>).map((r) => r.id));
    const missing = (fallback[key] as Array<{ id: string }>).filter((r) => !have.has(r.id));
    if (missing.length) out[key] = [...(session[key] as unknown[]), ...missing];
  }
  return out as unknown as Session;
}

/** The session file with whatever its journals hold replayed on top: the last acknowledged state. */
export async function loadWithJournal(
  file: string,
  journals: readonly string[] = [file + '.journal.compacting', file + '.journal'],
  fallback?: Session,
): Promise<{
  session: Session;
  replayed: number;
  skipped: string[];
  migratedFrom: number | null;
  text: string;
}> {
  const { session: base, migratedFrom, text } = await loadSnapshot(file);
  const entries: JournalEntry[] = [];
  for (const journal of journals) entries.push(...(await readJournal(journal)));
  const { session, skipped } = replay(base, entries, fallback);
  return { session, replayed: entries.length, skipped, migratedFrom, text };
}

/** Reads one session as it stands, journal included, with messages that name the file and the field. */
export async function loadFile(file: string): Promise<Session> {
  return (await loadWithJournal(file)).session;
}

/**
 * The file's text in pieces: one line per record, so sync tools see small diffs, and a large session
 * is serialized a slice at a time with the event loop given back between slices. It is never built as
 * one string: joining and encoding a 30 MB text at once would hold up captures for tens of ms.
 */
export async function* sessionChunks(
  session: Session,
  { sliceMs = 4, chunkChars = 256 * 1024 } = {},
): AsyncGenerator<string> {
  let parts: string[] = ['{\n'];
  let size = 0;
  const take = (): string => {
    const out = parts.join('');
    parts = [];
    size = 0;
    return out;
  };
  let sliceStart = performance.now();
  const entries = Object.entries(session);
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      parts.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
      continue;
    }
    parts.push(` ${JSON.stringify(key)}: [\n`);
    for (let i = 0; i < value.length; i++) {
      const line = `  ${JSON.stringify(value[i])}${i < value.length - 1 ? ',' : ''}\n`;
      parts.push(line);
      size += line.length;
      if (size >= chunkChars) {
        yield take();
        sliceStart = performance.now();
      }
      if ((i & 63) === 63 && performance.now() - sliceStart > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    parts.push(` ]${comma}\n`);
  }
  parts.push('}\n');
  yield take();
}

/** The file's text whole (see sessionChunks), for small sessions and callers that need the string. */
export async function serializeSession(session: Session, sliceMs = 4): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of sessionChunks(session, { sliceMs })) parts.push(chunk);
  return parts.join('');
}

/** Writes a session file whole (see writeFileAtomic), refusing when `check` says the file moved on. */
export async function writeSessionFile(
  file: string,
  text: FileContent,
  check?: (landing: FileIdentity) => Promise<void>,
): Promise<FileIdentity> {
  try {
    return await writeFileAtomic(file, text, check);
  } catch (error) {
    throw writeError(file, error);
  }
}

export function writeError(file: string, error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  const reason: ErrorParams[string] =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? { reason: 'ENOSPC' }
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? { reason: 'notWritable' }
        : { reason: 'system', params: { code } };
  return new DeskError('write-failed', {
    key: 'couldNotSave',
    params: { file: path.basename(file), reason },
  });
}

/** The real place a path names (symlinks resolved, also for a file that does not exist yet). */
async function resolvedPath(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const target = await writeTarget(absolute);
  const dir = await realpath(path.dirname(target)).catch(() => path.dirname(target));
  return path.join(dir, path.basename(target));
}

/**
 * An export must never replace what it is made from: refused when its target is the session file
 * (through any link) or one of the workspace's own files (journals, lock, saved versions).
 */
export async function assertExportTarget(
  target: string,
  protect: { sessionFiles: readonly string[]; workspaceDir?: string },
): Promise<void> {
  const real = await resolvedPath(target);
  for (const file of protect.sessionFiles)
    if ((await resolvedPath(file)) === real)
      throw new DeskError('invalid-request', {
        key: 'isSessionFile',
        params: { file: path.basename(target) },
      });
  if (protect.workspaceDir) {
    const ws = await realpath(protect.workspaceDir).catch(() => path.resolve(protect.workspaceDir!));
    const rel = path.relative(ws, real);
    const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
    if (
      inside &&
      (rel.split(path.sep)[0]!.startsWith('.') || rel.endsWith(SESSION_SUFFIX) || /\.journal/.test(rel))
    )
      throw new DeskError('invalid-request', {
        key: 'isWorkspaceFile',
        params: { file: path.basename(target) },
      });
  }
  const info = await lstat(real).catch(() => null);
  if (info?.isDirectory())
    throw new DeskError('invalid-request', { key: 'isFolder', params: { file: target } });
}
