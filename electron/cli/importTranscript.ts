import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/errors';
import { parseTranscript } from '../../shared/igf/transcript';
import { planTranscriptImport, transcriptChanges } from '../../shared/capture/transcriptImport';
import { applyChanges } from '../../shared/model/changes';
import { SessionSchema } from '../../shared/model/session';
import { identityOf, sameIdentity } from '../store/atomicJsonFile';
import { describeHolder, WorkspaceLock } from '../store/lock';
import { besideSessionFiles } from '../store/paths';
import { loadWithJournal, serializeSession, writeSessionFile } from '../store/sessionFile';
import { readText } from './readText';

/**
 * `import-transcript <session.json> <transcript.txt>`: adds each turn of a RAW captioning transcript
 * to the session as an untagged statement; speakers the session does not know become audience people.
 * `import-transcript --json <transcript.txt>`: prints only what the parser found.
 */
export async function importTranscript(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (values.json) {
    const [transcript] = positionals;
    if (!transcript || positionals.length !== 1)
      throw new DeskError('invalid-request', 'import-transcript --json needs exactly one <transcript.txt>.');
    const { title, code, year, sessionTitle, speakers, turns } = parseTranscript(await readText(transcript));
    const out = {
      title,
      code,
      year,
      sessionTitle,
      speakers,
      turns: turns.map((t) => ({ speaker: t.speaker, text: t.text })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const [sessionPath, transcript] = positionals;
  if (!sessionPath || !transcript || positionals.length !== 2)
    throw new DeskError(
      'invalid-request',
      'import-transcript needs <session.json> <transcript.txt> (or --json <transcript.txt>).',
    );
  const file = path.resolve(sessionPath);
  // The app may have this workspace open: only one writer at a time, or one would undo the other.
  const workspaceDir = path.dirname(file);
  const lock = new WorkspaceLock(besideSessionFiles.lock(workspaceDir), 'the command line');
  const got = await lock.acquire();
  if (!got.held)
    throw new DeskError(
      'read-only',
      `${describeHolder(got.owner, workspaceDir).message.replace(/, it is open here read-only: you can read and export, but not change\./, ', nothing was imported.')}`,
    );
  try {
    return await importLocked(file, transcript);
  } finally {
    await lock.release();
  }
}

async function importLocked(file: string, transcript: string): Promise<void> {
  const journals = [besideSessionFiles.compacting(file), besideSessionFiles.journal(file)];
  const identity = await identityOf(file);
  const { session } = await loadWithJournal(file, journals);
  const text = await readText(transcript);
  const plan = planTranscriptImport(text, session.people);
  const unknown = plan.speakers.filter((s) => !s.personId);
  const now = new Date().toISOString();
  const result = transcriptChanges(session, plan, {
    addAsAudience: new Set(unknown.map((s) => s.label)),
    nowMs: Date.parse(now),
  });
  const next = SessionSchema.parse(applyChanges(session, result.changes, now));
  await writeSessionFile(file, await serializeSession(next), async () => {
    if (!sameIdentity(await identityOf(file), identity))
      throw new DeskError(
        'conflict',
        `${path.basename(file)} was changed by another program during the import; nothing was imported. Try again.`,
      );
  });
  // What the journals held is in the file now.
  for (const journal of journals) await rm(journal, { force: true });
  const lines = [
    `Transcript:  ${plan.title ?? path.basename(transcript)}`,
    ...(plan.code && session.facts.code && plan.code !== session.facts.code
      ? [`Warning:     the transcript is for ${plan.code}; this session is ${session.facts.code}`]
      : []),
    `Turns:       ${result.statements} added as untagged statements (${plan.turns.filter((t) => t.speaker === null).length} unnamed)`,
    `Speakers:    ${plan.speakers.length}`,
    ...plan.speakers.map(
      (s) =>
        `  ${s.label} (${s.turns} turns): ${
          s.personName
            ? `matched to ${s.personName} (${Math.round(s.confidence * 100)} %)`
            : `new audience member "${s.suggestedName}"${
                s.candidates[0]
                  ? `; may be ${s.candidates[0].name} (${Math.round(s.candidates[0].confidence * 100)} %, ${s.candidates[0].reason}): check in the app`
                  : ''
              }`
        }`,
    ),
    `Wrote ${file}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
