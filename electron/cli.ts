import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../shared/errors';
import { live } from '../shared/model/session';
import { assertExportTarget, loadFile } from './store/sessionFile';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../shared/report/formats';
import { reportOptions, writeReport, type ReportTargets } from './export/writeReport';
import { readAppPreferences } from './cli/appSettings';
import { reportLanguage } from '../shared/report/reportModel';
import { cliMessages, parseLanguage } from './cli/language';
import { UsageError } from './cli/usageError';

/** The app's services without a window: for scripts, batch jobs and checking files. */
const usage = (): string => cliMessages().t('cli.usage');

const formatOptions = Object.fromEntries(
  EXPORT_FORMAT_IDS.map((f) => [f, { type: 'string' as const }]),
) as Record<ExportFormat, { type: 'string' }>;

/** The same export as the app's: the formats of the one registry, the user's fora from the app's settings. */
async function exportReport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...formatOptions, settings: { type: 'string' }, lang: { type: 'string' } },
  });
  const [file] = positionals;
  const targets: ReportTargets = {};
  for (const format of EXPORT_FORMAT_IDS) {
    const target = values[format];
    if (target) targets[format] = path.resolve(target);
  }
  if (!file || !Object.keys(targets).length)
    throw new UsageError(
      cliMessages().t('cli.needsExport', { formats: EXPORT_FORMAT_IDS.map((f) => `--${f}`).join(', ') }),
    );
  const language = parseLanguage(values.lang);
  const source = path.resolve(file);
  const session = await loadFile(source);
  for (const format of EXPORT_FORMAT_IDS)
    if (targets[format])
      await assertExportTarget(targets[format], {
        sessionFiles: [source, source + '.journal', source + '.journal.compacting'],
      });
  const { preferences } = readAppPreferences(values.settings);
  await writeReport(session, targets, {
    ...reportOptions(preferences, new Date().toISOString()),
    language: reportLanguage(session, language),
  });
  for (const format of EXPORT_FORMAT_IDS)
    if (targets[format]) process.stdout.write(`${cliMessages().t('cli.wrote', { file: targets[format] })}\n`);
}

async function validate(args: string[]): Promise<void> {
  const [file] = args;
  if (!file) throw new UsageError(cliMessages().t('cli.needsValidate'));
  const session = await loadFile(path.resolve(file));
  const count = live(session.statements).length;
  process.stdout.write(
    `${cliMessages().t('cli.valid', { file, title: session.facts.title, format: session.schemaVersion, count })}\n`,
  );
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  // The page parser loads only for its command.
  'import-igf': (args) => import('./cli/importIgf').then((m) => m.importIgf(args)),
  export: exportReport,
  brief: (args) => import('./cli/brief').then((m) => m.brief(args)),
  merge: (args) => import('./cli/merge').then((m) => m.merge(args)),
  validate,
  'import-transcript': (args) => import('./cli/importTranscript').then((m) => m.importTranscript(args)),
  draft: (args) => import('./cli/draft').then((m) => m.draft(args)),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(usage());
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`${cliMessages().t('cli.unknownCommand', { command })}\n\n${usage()}`);
    return 2;
  }
  try {
    await run(rest);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(`${(error as Error).message}\n\n${usage()}`);
      return 2;
    }
    if (error instanceof DeskError) {
      process.stderr.write(`${cliMessages().t('cli.error', { message: error.wordedIn(cliMessages().t) })}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
