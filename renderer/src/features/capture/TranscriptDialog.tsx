import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { Session } from '../../../../shared/model/session';
import { ordered } from '../../../../shared/model/session';
import { planTranscriptImport, transcriptChanges } from '../../../../shared/capture/transcriptImport';
import { useLanguage, useT } from '../../i18n';
import { initialChoice, TranscriptSpeakers, type LabelChoice } from './TranscriptSpeakers';

const PREVIEW_TURNS = 6;
/** Longer texts are not put in the box: laying out a megabyte in a text box freezes the window. */
const SHOW_IN_BOX_BELOW = 300_000;

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
  const { t } = useT('capture');
  const { format } = useLanguage();
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
  const unnamed = plan.turns.filter((turn) => turn.speaker === null).length;
  // The marker a transcript's turns start with, set in code inside the translated sentence.
  const [introBefore, introAfter] = t('transcript.intro', { marker: '\u0000' }).split('\u0000');

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) return setError(t('transcript.tooLarge', { name: file.name }));
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
      result.newPeople
        ? t('transcript.importedWithPeople', {
            turns: t('transcript.turns', { count: result.statements }),
            count: result.newPeople,
          })
        : t('transcript.imported', { count: result.statements }),
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
        <h2 id="transcript-heading">{t('transcript.title')}</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('transcript.close')} <kbd>Esc</kbd>
        </button>
      </div>
      <p className="muted">
        {introBefore}
        <code dir="ltr">&gt;&gt; NAME:</code>
        {introAfter}
      </p>
      {tooLongToShow ? (
        <p className="transcript-loaded" role="note">
          {t('transcript.loaded', {
            source: source ?? t('transcript.pasted'),
            size: format.number(Math.ceil(text.length / 1024)),
          })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText('');
              setSource(null);
            }}
          >
            {t('transcript.clear')}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor="transcript-text">{t('transcript.text')}</label>
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
            placeholder={t('transcript.placeholder')}
          />
        </>
      )}
      <label className="file-pick">
        {t('transcript.file')}{' '}
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
            {t('transcript.found', {
              count: plan.turns.length,
              speakers: t('transcript.speakers', { count: plan.speakers.length }),
            })}
            {unnamed > 0 && ` ${t('transcript.unnamed', { count: unnamed })}`}
            {plan.title && (
              <span className="muted">
                {' '}
                — <bdi>{plan.title}</bdi>
              </span>
            )}
            {plan.code && session.facts.code && plan.code !== session.facts.code && (
              <span role="note" className="warning">
                {' '}
                {t('transcript.otherCode', { theirs: plan.code, ours: session.facts.code })}
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
          <ol className="transcript-turns" aria-label={t('transcript.firstTurns')}>
            {plan.turns.slice(0, PREVIEW_TURNS).map((turn, i) => (
              <li key={i} dir="auto">
                <strong>{turn.speaker ?? t('transcript.unnamedSpeaker')}:</strong>{' '}
                {turn.text.length > 160 ? turn.text.slice(0, 157) + '…' : turn.text}
              </li>
            ))}
          </ol>
          {plan.turns.length > PREVIEW_TURNS && (
            <p className="muted more-turns">
              {t('transcript.more', { count: plan.turns.length - PREVIEW_TURNS })}
            </p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={confirm} disabled={plan.turns.length === 0 || text !== deferred}>
          {t('transcript.import', { count: plan.turns.length })}
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('transcript.cancel')}
        </button>
      </div>
    </dialog>
  );
}
