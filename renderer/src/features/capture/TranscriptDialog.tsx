import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { Session } from '../../../../shared/model/session';
import { planTranscriptImport, transcriptChanges } from '../../../../shared/capture/transcriptImport';

const PREVIEW_TURNS = 6;

/**
 * Paste or open a RAW captioning transcript, see what was found (turns, speakers and who they are in
 * this session), choose which unknown speakers become audience members, and import it as one step.
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
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const deferred = useDeferredValue(text);
  const plan = useMemo(() => planTranscriptImport(deferred, session.people), [deferred, session.people]);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const unknown = plan.speakers.filter((s) => !s.personId);
  const unnamed = plan.turns.filter((t) => t.speaker === null).length;

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) return setError(`${file.name} is larger than 20 MB; it was not read.`);
    setError(null);
    setText(await file.text());
  };

  const confirm = () => {
    const addAsAudience = new Set(unknown.map((s) => s.label).filter((l) => !skipped.has(l)));
    const result = transcriptChanges(session, plan, { addAsAudience, nowMs: Date.now() });
    onImport(
      result.changes,
      `Imported ${result.statements} turns${result.newPeople ? ` and ${result.newPeople} audience speakers` : ''}.`,
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
      <label htmlFor="transcript-text">Transcript text</label>
      <textarea
        id="transcript-text"
        rows={5}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder=">> MODERATOR NAME: Good morning, everyone…"
      />
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
            Found {plan.turns.length} turns by {plan.speakers.length} named speakers
            {unnamed > 0 && ` (${unnamed} unnamed turns)`}
            {plan.title && <span className="muted"> — {plan.title}</span>}
          </h3>
          {plan.speakers.length > 0 && (
            <table className="transcript-speakers">
              <thead>
                <tr>
                  <th scope="col">Label in the transcript</th>
                  <th scope="col">Turns</th>
                  <th scope="col">In this session</th>
                </tr>
              </thead>
              <tbody>
                {plan.speakers.map((s) => (
                  <tr key={s.label}>
                    <th scope="row">{s.label}</th>
                    <td>{s.turns}</td>
                    <td>
                      {s.personId ? (
                        <span>✓ matched to {s.personName}</span>
                      ) : (
                        <label className="inline-check">
                          <input
                            type="checkbox"
                            checked={!skipped.has(s.label)}
                            onChange={(e) =>
                              setSkipped((cur) => {
                                const next = new Set(cur);
                                if (e.target.checked) next.delete(s.label);
                                else next.add(s.label);
                                return next;
                              })
                            }
                          />
                          New audience member “{s.suggestedName}”
                        </label>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
            <p className="muted more-turns">… and {plan.turns.length - PREVIEW_TURNS} more turns</p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={confirm} disabled={plan.turns.length === 0 || text !== deferred}>
          Import {plan.turns.length} turns
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
