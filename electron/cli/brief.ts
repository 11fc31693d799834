import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BRIEF_FORMAT_IDS, type BriefFormat } from '../../shared/report/formats';
import { DeskError } from '../../shared/errors';
import type { Session } from '../../shared/model/session';
import { writeBrief } from '../export/writeReport';
import { loadFile } from '../store/workspace';
import { cliMessages, parseLanguage } from './language';

/**
 * `brief <folder or files…> --docx brief.docx [--md brief.md] [--csv calls.csv] [--lang ar|zh|…]`: the
 * organizer's brief across sessions, in the language asked for (else English), streamed so that
 * thousands of sessions fit in the memory of a few.
 * A progress line per session goes to stderr; a damaged file is reported and skipped, the brief is
 * still written from the others, and the command then exits 1 so a script notices.
 */
async function sessionFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(input);
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(full))
        .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      files.push(...names.map((name) => path.join(full, name)));
    } else files.push(full);
  }
  return [...new Set(files)];
}

const short = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function brief(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...(Object.fromEntries(BRIEF_FORMAT_IDS.map((f) => [f, { type: 'string' as const }])) as Record<
        BriefFormat,
        { type: 'string' }
      >),
      lang: { type: 'string' },
    },
  });
  const { t } = cliMessages();
  if (!positionals.length || (!values.docx && !values.md && !values.csv))
    throw new DeskError('invalid-request', t('cli.needsBrief'));
  const language = parseLanguage(values.lang) ?? 'en';
  const files = await sessionFiles(positionals);
  if (!files.length)
    throw new DeskError('not-found', t('cli.noSessionFiles', { inputs: positionals.join(', ') }));
  const skipped: string[] = [];
  // One file at a time: each is read, its part of the brief taken, and released before the next.
  async function* sessions(): AsyncGenerator<Session> {
    for (const [i, file] of files.entries()) {
      const step = `[${i + 1}/${files.length}]`;
      let session: Session;
      try {
        session = await loadFile(file);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        skipped.push(path.basename(file));
        process.stderr.write(`${step} ${t('cli.progressSkipped', { file: path.basename(file), message })}\n`);
        continue;
      }
      const label = [session.facts.code, session.facts.title || t('common.untitled')]
        .filter(Boolean)
        .join(' ');
      process.stderr.write(`${step} ${short(label)}\n`);
      yield session;
    }
  }
  const targets = {
    docx: values.docx ? path.resolve(values.docx) : undefined,
    md: values.md ? path.resolve(values.md) : undefined,
    csv: values.csv ? path.resolve(values.csv) : undefined,
  };
  const { sessions: count } = await writeBrief(sessions(), targets, { language });
  for (const target of [targets.docx, targets.md, targets.csv])
    if (target)
      process.stdout.write(
        `${t('cli.briefWrote', { file: target, sessions: t('brief.sessionCount', { count }) })}\n`,
      );
  if (skipped.length)
    throw new DeskError(
      'damaged-file',
      t('cli.skipped', { count: skipped.length, files: skipped.join(', ') }),
    );
}
