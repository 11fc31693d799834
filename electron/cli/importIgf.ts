import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/errors';
import { labelOrEmpty } from '../../shared/i18n/codeLabels';
import { PageParseSchema } from '../../shared/igf/pageParse';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { sessionFromPage } from '../../shared/model/factory';
import { live, ordered, type Role, type Session } from '../../shared/model/session';
import { writeFileAtomic } from '../store/atomicJsonFile';
import { cliMessages } from './language';
import { readText } from './readText';
import { UsageError } from './usageError';

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

/** `import-igf <page.txt> -o <session.json> | --json`: a session file from the text of an IGF session page. */
export async function importIgf(args: string[]): Promise<void> {
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
