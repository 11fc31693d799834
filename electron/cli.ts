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
import { readText } from './cli/readText';

/** The app's services without a window: for scripts, batch jobs and checking files. */
const USAGE = `Usage: session-desk <command> …   (or: npm run desk -- <command> …)

  import-igf <page.txt> -o <session.json>   parse a session page into a new session file
  import-igf <page.txt> --json              print the parse as JSON only
  export <session.json> --docx <out.docx> [--md <out.md>] [--json <out.json>] [--settings <file>]
                                            write the session report (and/or the session file), with
                                            the fora of the app's settings (or of <file>)
  brief <folder or files…> --docx <brief.docx> [--md <brief.md>] [--csv <calls.csv>]
                                            the organizer's brief across sessions
  validate <session.json>                   check a session file (exit 1 when invalid)
  import-transcript <session.json> <transcript.txt> | --json <transcript.txt>   add a RAW transcript's turns / print its parse
  draft <session.json> --json | --md [--words N | --ratio R]
                                            draft the report: tag suggestions, candidates, summaries
`;

class UsageError extends Error {}

function summary(session: Session, notFound: readonly string[]): string {
  const people = ordered(session.people);
  const withRole = (role: Role) => people.filter((p) => p.roles.includes(role)).map((p) => p.name);
  const lines = [
    `Title:       ${session.facts.title || '(none)'}`,
    `Code:        ${session.facts.code ?? '(none)'}${session.facts.year ? ` (${session.facts.year})` : ''}`,
    `Format:      ${session.facts.format ?? '(none)'}, ${session.facts.durationMinutes ?? '?'} min`,
    `Organizers:  ${withRole('organizer').join('; ') || '(none)'}`,
    `Speakers:    ${
      people
        .filter((p) => p.roles.includes('speaker'))
        .map((p) =>
          [p.name, labelOrEmpty('stakeholder', p.stakeholder), labelOrEmpty('region', p.region)]
            .filter(Boolean)
            .join(', '),
        )
        .join('; ') || '(none)'
    }`,
    `Moderators:  onsite ${withRole('onsiteModerator').join('; ') || '(none)'}, online ${withRole('onlineModerator').join('; ') || '(none)'}`,
    `Rapporteur:  ${withRole('rapporteur').join('; ') || '(none)'}`,
    `Questions:   ${live(session.questions).length}`,
    ...ordered(session.questions).map(
      (q, i) => `  ${i + 1}. ${q.text.length > 100 ? q.text.slice(0, 97) + '…' : q.text}`,
    ),
  ];
  if (notFound.length) lines.push(`Not found:   ${notFound.join(', ')}`);
  return lines.join('\n');
}

async function importIgf(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  });
  const [page] = positionals;
  if (!page || (!values.out && !values.json))
    throw new UsageError('import-igf needs <page.txt> and -o <session.json> or --json.');
  const parsed = parseSessionPage(await readText(page));
  if (values.json) {
    process.stdout.write(JSON.stringify(PageParseSchema.parse(parsed), null, 2) + '\n');
    return;
  }
  const out = path.resolve(values.out!);
  if (await stat(out).catch(() => null))
    throw new DeskError('conflict', `${out} already exists; choose another name (it was not overwritten).`);
  const session = sessionFromPage(parsed, new Date().toISOString());
  try {
    await writeFileAtomic(out, JSON.stringify(session, null, 1) + '\n');
  } catch (error) {
    throw new DeskError(
      'write-failed',
      `Could not write ${out}: ${(error as NodeJS.ErrnoException).code ?? error}.`,
    );
  }
  process.stdout.write(`${summary(session, parsed.notFound)}\nWrote ${out}\n`);
}

const formatOptions = Object.fromEntries(
  EXPORT_FORMAT_IDS.map((f) => [f, { type: 'string' as const }]),
) as Record<ExportFormat, { type: 'string' }>;

/** The same export as the app's: the formats of the one registry, the user's fora from the app's settings. */
async function exportReport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...formatOptions, settings: { type: 'string' } },
  });
  const [file] = positionals;
  const targets: ReportTargets = {};
  for (const format of EXPORT_FORMAT_IDS) {
    const target = values[format];
    if (target) targets[format] = path.resolve(target);
  }
  if (!file || !Object.keys(targets).length)
    throw new UsageError(
      `export needs <session.json> and ${EXPORT_FORMAT_IDS.map((f) => `--${f}`).join(', ')} (one or more).`,
    );
  const source = path.resolve(file);
  const session = await loadFile(source);
  for (const format of EXPORT_FORMAT_IDS)
    if (targets[format])
      await assertExportTarget(targets[format], {
        sessionFiles: [source, source + '.journal', source + '.journal.compacting'],
      });
  const { preferences } = readAppPreferences(values.settings);
  await writeReport(session, targets, reportOptions(preferences, new Date().toISOString()));
  for (const format of EXPORT_FORMAT_IDS)
    if (targets[format]) process.stdout.write(`Wrote ${targets[format]}\n`);
}

async function validate(args: string[]): Promise<void> {
  const [file] = args;
  if (!file) throw new UsageError('validate needs <session.json>.');
  const session = await loadFile(path.resolve(file));
  process.stdout.write(
    `${file}: valid session "${session.facts.title}" (format ${session.schemaVersion}, ${live(session.statements).length} statements)\n`,
  );
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  'import-igf': importIgf,
  export: exportReport,
  brief: (args) => import('./cli/brief').then((m) => m.brief(args)),
  validate,
  'import-transcript': (args) => import('./cli/importTranscript').then((m) => m.importTranscript(args)),
  draft: (args) => import('./cli/draft').then((m) => m.draft(args)),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
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
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof DeskError) {
      process.stderr.write(`Error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
