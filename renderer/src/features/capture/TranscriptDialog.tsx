import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { Session } from '../../../../shared/model/session';
import { ordered } from '../../../../shared/model/session';
import { planTranscriptImport, transcriptChanges } from '../../../../shared/capture/transcriptImport';
import { initialChoice, TranscriptSpeakers, type LabelChoice } from './TranscriptSpeakers';

const PREVIEW_TURNS = 6;
/** Longer texts are not put in the box: laying out a megabyte in a text box freezes the window. */
const SHOW_IN_BOX_BELOW = 300_000;
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Paste or open a RAW captioning transcript, see what was found (turns, speakers and who they are in
 * this session, with how sure each match is), map each label to a person, a new audience member or
 * nobody (role labels such as MODERATOR to the person who holds the role), and import it as one step.
 */
export function TranscriptDialog({
  session,
  onImport,
  onClose,
}: {
  session: Session;
  onImport: (changes: Change[], summary: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, LabelChoice>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const deferred = useDeferredValue(text);
  const plan = useMemo(() => planTranscriptImport(deferred, session.people), [deferred, session.people]);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const people = useMemo(() => ordered(session.people), [session.people]);
  const unnamed = plan.turns.filter((t) => t.speaker === null).length;

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) return setError(`${file.name} is larger than 20 MB; it was not read.`);
    setError(null);
    setSource(file.name);
    setText(await file.text());
  };
  const tooLongToShow = text.length >= SHOW_IN_BOX_BELOW;

  const confirm = () => {
    const addAsAudience = new Set<string>();
    const assign = new Map<string, string>();
    const unattributed = new Set<string>();
    for (const s of plan.speakers) {
      const c = choices.get(s.label) ?? initialChoice(s);
      if (c.kind === 'person') assign.set(s.label, c.personId);
      else {
        if (c.kind === 'audience') addAsAudience.add(s.label);
        unattributed.add(s.label);
      }
    }
    // the user's choice wins over the plan's own match (audience or nobody)
    const kept = {
      ...plan,
      speakers: plan.speakers.map((s) => (unattributed.has(s.label) ? { ...s, personId: null } : s)),
    };
    const result = transcriptChanges(session, kept, { addAsAudience, assign, nowMs: Date.now() });
    onImport(
      result.changes,
      `Imported ${count(result.statements)} turns${result.newPeople ? ` and ${count(result.newPeople)} audience speakers` : ''}.`,
    );
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="capture-dialog transcript-dialog"
      aria-labelledby="transcript-heading"
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id="transcript-heading">Import a transcript</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      <p className="muted">
        Paste the IGF “RAW” captioning transcript (turns start with <code>&gt;&gt; NAME:</code>) or open the
        text file. Each turn becomes an untagged statement you can tag afterwards; Ctrl+Z undoes the whole
        import.
      </p>
      {tooLongToShow ? (
        <p className="transcript-loaded" role="note">
          {source ?? 'The pasted text'} ({count(Math.ceil(text.length / 1024))} KB) is open; it is too long to
          show here, and what was found in it is below.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText('');
              setSource(null);
            }}
          >
            Clear
          </button>
        </p>
      ) : (
        <>
          <label htmlFor="transcript-text">Transcript text</label>
          <textarea
            id="transcript-text"
            dir="auto"
            rows={5}
            autoFocus
            value={text}
            onChange={(e) => {
              setSource(null);
              setText(e.target.value);
            }}
            placeholder=">> MODERATOR NAME: Good morning, everyone…"
          />
        </>
      )}
      <label className="file-pick">
        Or open a text file:{' '}
        <input type="file" accept=".txt,text/plain" onChange={(e) => void openFile(e.target.files?.[0])} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {deferred.trim() && (
        <section aria-labelledby="transcript-preview-heading" className="transcript-preview">
          <h3 id="transcript-preview-heading">
            Found {count(plan.turns.length)} turns by {count(plan.speakers.length)} named speakers
            {unnamed > 0 && ` (${count(unnamed)} unnamed turns)`}
            {plan.title && <span className="muted"> — {plan.title}</span>}
            {plan.code && session.facts.code && plan.code !== session.facts.code && (
              <span role="note" className="warning">
                {' '}
                This transcript is for {plan.code}; this session is {session.facts.code}.
              </span>
            )}
          </h3>
          {plan.speakers.length > 0 && (
            <TranscriptSpeakers
              speakers={plan.speakers}
              people={people}
              choices={choices}
              onChoose={(label, choice) => setChoices((cur) => new Map(cur).set(label, choice))}
            />
          )}
          <ol className="transcript-turns" aria-label="First turns">
            {plan.turns.slice(0, PREVIEW_TURNS).map((t, i) => (
              <li key={i}>
                <strong>{t.speaker ?? 'Unnamed'}:</strong>{' '}
                {t.text.length > 160 ? t.text.slice(0, 157) + '…' : t.text}
              </li>
            ))}
          </ol>
          {plan.turns.length > PREVIEW_TURNS && (
            <p className="muted more-turns">… and {count(plan.turns.length - PREVIEW_TURNS)} more turns</p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={confirm} disabled={plan.turns.length === 0 || text !== deferred}>
          Import {count(plan.turns.length)} turns
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
