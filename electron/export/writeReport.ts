import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError, reasonOf, type ErrorParams } from '../../shared/errors';
import type { Session } from '../../shared/model/session';
import { reportToMarkdown } from '../../shared/report/markdown';
import type { BriefOptions } from '../../shared/report/brief';
import { buildReport, type ReportOptions } from '../../shared/report/reportModel';
import { writeFileAtomic } from '../store/atomicJsonFile';
import type { ExportFormat } from '../../shared/report/formats';
import type { Preferences } from '../../shared/model/preferences';
import type { BriefTargets } from './briefStream';

/** Where to write each format (`json` is the session itself, as the file the app keeps). */
export type ReportTargets = Partial<Record<ExportFormat, string>>;

/** Why a write failed: the catalog's words for a known system code, else what the error said. */
function reason(error: unknown): ErrorParams[string] {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = reasonOf(code);
  if (typeof known === 'object' && known.reason !== 'system') return known;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/, '') || { reason: 'unknown' };
}

async function writeTarget(file: string, data: string | Uint8Array): Promise<void> {
  try {
    // A clearer reason than the temp file's ENOENT/ENOTDIR when the folder itself is the problem.
    const folder = await stat(path.dirname(file));
    if (!folder.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await writeFileAtomic(file, data);
  } catch (error) {
    throw new DeskError('write-failed', { key: 'couldNotWrite', params: { file, reason: reason(error) } });
  }
}

/** The same report options for the app and the CLI: the user's fora, and the time of the export. */
export function reportOptions(preferences: Pick<Preferences, 'fora'>, nowIso: string): ReportOptions {
  return { fora: preferences.fora, nowMs: Date.parse(nowIso) };
}

// The DOCX writer (and the docx library with it) loads only when a DOCX is written, and drafting
// only when a section is left to draft: a report the rapporteur wrote never loads it.
const docxWriter = () => import('./docxXml').then((m) => m.reportToDocxXml);
const drafting = () => import('../drafting');

/** Builds the report once and writes each requested file atomically (DOCX, then Markdown, then JSON). */
export async function writeReport(
  session: Session,
  targets: ReportTargets,
  options: ReportOptions = {},
): Promise<void> {
  // Sections the rapporteur has not written are drafted from the statements, and marked as drafts.
  const needsDraft =
    (targets.docx || targets.md) &&
    !options.drafts &&
    (!session.report.keyIssues.trim() ||
      session.questions.some(
        (q) =>
          !q.deletedAt &&
          !session.summaries.some((s) => s.questionId === q.id && !s.deletedAt && s.markdown.trim()),
      ));
  let drafts = options.drafts;
  if (needsDraft) {
    const { draftFor, reportDrafts } = await drafting();
    drafts = reportDrafts(await draftFor(session, { fora: options.fora }));
  }
  const doc = buildReport(session, { ...options, drafts });
  if (targets.docx) await writeTarget(targets.docx, await (await docxWriter())(doc));
  if (targets.md) await writeTarget(targets.md, reportToMarkdown(doc));
  if (targets.json) await writeTarget(targets.json, JSON.stringify(session, null, 1) + '\n');
}

/**
 * The organizer's brief across sessions, as DOCX, Markdown and/or CSV, streamed (see `streamBrief`):
 * `sessions` may be a generator that reads one file at a time.
 */
export async function writeBrief(
  sessions: Iterable<Session> | AsyncIterable<Session>,
  targets: BriefTargets,
  options: BriefOptions = {},
): Promise<{ sessions: number }> {
  const files = [targets.docx, targets.md, targets.csv].filter((f): f is string => Boolean(f));
  for (const file of files) {
    const folder = await stat(path.dirname(file)).catch((error: unknown) => {
      throw new DeskError('write-failed', { key: 'couldNotWrite', params: { file, reason: reason(error) } });
    });
    if (!folder.isDirectory())
      throw new DeskError('write-failed', {
        key: 'couldNotWrite',
        params: { file, reason: { reason: 'ENOTDIR' } },
      });
  }
  try {
    // The brief's writers (and the docx library) load only when a brief is written.
    const { streamBrief } = await import('./briefStream');
    return await streamBrief(sessions, targets, options);
  } catch (error) {
    if (error instanceof DeskError || !(error as NodeJS.ErrnoException | null)?.code) throw error;
    throw new DeskError('write-failed', {
      key: 'couldNotWrite',
      params: { file: files.join(', '), reason: reason(error) },
    });
  }
}
