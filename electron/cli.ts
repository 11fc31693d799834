import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../shared/errors';
import { PageParseSchema } from '../shared/igf/pageParse';
import { parseSessionPage } from '../shared/igf/sessionPage';
import { sessionFromPage } from '../shared/model/factory';
import { labelOrEmpty } from '../shared/i18n/codeLabels';
import { live, ordered, type Role, type Session } from '../shared/model/session';
import { writeFileAtomic } from './store/atomicJsonFile';
import { assertExportTarget, loadFile } from './store/sessionFile';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../shared/report/formats';
import { reportOptions, writeReport, type ReportTargets } from './export/writeReport';
import { readAppPreferences } from './cli/appSettings';
import { reportLanguage } from '../shared/report/reportModel';
import { readText } from './cli/readText';
import { cliMessages, parseLanguage } from './cli/language';

/** The app's services without a window: for scripts, batch jobs and checking files. */
const usage = (): string => cliMessages().t('cli.usage');

class UsageError extends Error {}

function summary(session: Session, notFound: readonly string[]): string {
  const tr = cliMessages();
  const { t } = tr;
  const none = t('cli.summary.none');
  const people = ordered(session.people);
  const withRole = (role: Role) =>
    people
      .filter((p) => p.roles.includes(role))
      .map((p) => p.name)
      .join('; ') || none;
  const labels = {
    title: t('cli.summary.title'),
    code: t('cli.summary.code'),
    format: t('cli.summary.format'),
    organizers: t('cli.summary.organizers'),
    speakers: t('cli.summary.speakers'),
    moderators: t('cli.summary.moderators'),
    rapporteur: t('cli.summary.rapporteur'),
    questions: t('cli.summary.questions'),
    notFound: t('cli.summary.notFound'),
  };
  // One column of values, as far in as the longest label of the language needs.
  const width = Math.max(...Object.values(labels).map((l) => l.length)) + 3;
  const line = (label: string, value: string) => `${`${label}:`.padEnd(width)}${value}`;
  const f = session.facts;
  const lines = [
    line(labels.title, f.title || none),
    line(labels.code, `${f.code ?? none}${f.year ? ` (${f.year})` : ''}`),
    line(
      labels.format,
      `${f.format ?? none}, ${t('cli.summary.minutes', { minutes: f.durationMinutes ?? '?' })}`,
    ),
    line(labels.organizers, withRole('organizer')),
    line(
      labels.speakers,
      people
        .filter((p) => p.roles.includes('speaker'))
        .map((p) =>
          [p.name, labelOrEmpty('stakeholder', p.stakeholder, tr), labelOrEmpty('region', p.region, tr)]
            .filter(Boolean)
            .join(', '),
        )
        .join('; ') || none,
    ),
    line(
      labels.moderators,
      t('cli.summary.moderatorsValue', {
        onsite: withRole('onsiteModerator'),
        online: withRole('onlineModerator'),
      }),
    ),
    line(labels.rapporteur, withRole('rapporteur')),
    line(labels.questions, String(live(session.questions).length)),
    ...ordered(session.questions).map(
      (q, i) => `  ${i + 1}. ${q.text.length > 100 ? q.text.slice(0, 97) + '…' : q.text}`,
    ),
  ];
  if (notFound.length) lines.push(line(labels.notFound, notFound.join(', ')));
  return lines.join('\n');
}

async function importIgf(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  });
  const [page] = positionals;
  if (!page || (!values.out && !values.json)) throw new UsageError(cliMessages().t('cli.needsImport'));
  const parsed = parseSessionPage(await readText(page));
  if (values.json) {
    process.stdout.write(JSON.stringify(PageParseSchema.parse(parsed), null, 2) + '\n');
    return;
  }
  const out = path.resolve(values.out!);
  if (await stat(out).catch(() => null))
    throw new DeskError('conflict', cliMessages().t('cli.exists', { file: out }));
  const session = sessionFromPage(parsed, new Date().toISOString());
  try {
    await writeFileAtomic(out, JSON.stringify(session, null, 1) + '\n');
  } catch (error) {
    throw new DeskError(
      'write-failed',
      `Could not write ${out}: ${(error as NodeJS.ErrnoException).code ?? error}.`,
    );
  }
  process.stdout.write(
    `${summary(session, parsed.notFound)}\n${cliMessages().t('cli.wrote', { file: out })}\n`,
  );
}

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
  'import-igf': importIgf,
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
      process.stderr.write(`${cliMessages().t('cli.error', { message: error.message })}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
