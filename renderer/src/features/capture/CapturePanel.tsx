import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import type { CaptureDraft } from '../../../../shared/model/draft';
import { newId } from '../../../../shared/model/factory';
import { DEFAULT_PREFERENCES } from '../../../../shared/model/preferences';
import {
  liveStatements,
  ordered,
  STATEMENT_KINDS,
  type Session,
  type Statement,
  type StatementKind,
} from '../../../../shared/model/session';
import { offsetSecondsFrom } from '../../../../shared/model/time';
import {
  EMPTY_FILTER,
  filterStatements,
  questionCounts,
  type StatementFilter,
} from '../../../../shared/capture/filter';
import { parsePollOptions } from '../../../../shared/capture/poll';
import { defaultSpeakerId, floorPersonId, speakerList } from '../../../../shared/capture/speakers';
import { call } from '../../desk';
import { AudienceForm, type AudienceDetails } from './AudienceForm';
import { FilterBar } from './FilterBar';
import { ForaChecklist } from './ForaChecklist';
import { HelpOverlay } from './HelpOverlay';
import { PollView } from './PollView';
import { SpeakerPicker } from './SpeakerPicker';
import { StatementList, type ListActions } from './StatementList';
import { TranscriptDialog } from './TranscriptDialog';
import { useUndo } from './useUndo';
import './capture.css';

interface Props {
  session: Session;
  change: (changes: Change[]) => void;
}

const DRAFT_DELAY_MS = 300;

type StatementRecord = Omit<Statement, 'updatedAt' | 'deletedAt'>;
const recordOf = ({ updatedAt: _u, deletedAt: _d, ...rest }: Statement): StatementRecord => rest;
const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
const nextKind = (kind: StatementKind, step: number): StatementKind =>
  STATEMENT_KINDS[(STATEMENT_KINDS.indexOf(kind) + step + STATEMENT_KINDS.length) % STATEMENT_KINDS.length]!;
const isTyping = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox');

/**
 * The rapporteur's screen: one capture box that keeps the focus, everything else by keyboard (F1
 * lists the keys), the statements above it, and every edit undoable.
 */
export function CapturePanel({ session, change }: Props) {
  const people = useMemo(() => speakerList(session.people), [session.people]);
  const questions = useMemo(() => ordered(session.questions), [session.questions]);
  const statements = useMemo(
    () => liveStatements({ statements: session.statements } as Session),
    [session.statements],
  );
  const peopleById = useMemo(() => new Map(session.people.map((p) => [p.id, p])), [session.people]);
  const questionNumber = useMemo(() => new Map(questions.map((q, i) => [q.id, i + 1])), [questions]);
  const floorId = floorPersonId(session);

  const history = useUndo(session, change);
  const [fora, setFora] = useState<readonly string[]>(DEFAULT_PREFERENCES.fora);

  // The capture box's contents: text, speaker and tags; saved as a draft until added.
  const [loaded, setLoaded] = useState(false);
  /** No draft is written before the stored one was read, so an early blur cannot erase it. */
  const loadedRef = useRef(false);
  const [text, setText] = useState('');
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [kind, setKind] = useState<StatementKind>('statement');
  const [draftFora, setDraftFora] = useState<string[]>([]);
  const [starred, setStarred] = useState(false);
  const [pollQuestion, setPollQuestion] = useState('');
  const [pollOptions, setPollOptions] = useState('');

  const [filter, setFilter] = useState<StatementFilter>(EMPTY_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [panel, setPanel] = useState<'none' | 'audience' | 'fora' | 'help' | 'transcript'>('none');
  // Focus returns to the box on the next frame, unless a panel (fora, audience…) opened meanwhile:
  // taking focus from it then would close it under the user's fingers.
  const panelOpen = useRef(false);
  panelOpen.current = panel !== 'none';
  const [message, setMessage] = useState('');

  const box = useRef<HTMLTextAreaElement>(null);
  const speakerInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const pollQuestionInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const focusBox = useCallback(() => {
    requestAnimationFrame(() => {
      if (!panelOpen.current) box.current?.focus();
    });
  }, []);

  // --- draft: restore on open, save ~300 ms after the last change and when focus or the page goes ---
  const sessionId = session.id;
  const initial = useRef({ statements, session });
  useEffect(() => {
    let alive = true;
    const { statements: initialStatements, session: initialSession } = initial.current;
    const known = new Set(initialSession.people.map((p) => p.id));
    const live = new Set(initialSession.questions.filter((q) => !q.deletedAt).map((q) => q.id));
    const restore = (draft: CaptureDraft | null) => {
      if (!alive) return;
      if (draft) {
        // Words typed before the draft arrived are kept after it.
        setText((typed) => (typed.trim() ? `${draft.text}\n${typed}` : draft.text));
        setSpeakerId(draft.speakerId && known.has(draft.speakerId) ? draft.speakerId : null);
        setTags(draft.questionIds.filter((id) => live.has(id)));
        setKind(draft.kind);
        setDraftFora(draft.fora);
        setStarred(draft.starred);
      } else setSpeakerId(defaultSpeakerId(initialSession, initialStatements));
      loadedRef.current = true;
      setLoaded(true);
    };
    // A failed read is retried: treating it as "no draft" would let the next save erase the draft.
    const read = (attempt: number): void =>
      void call('getDraft', { sessionId }).then(
        ({ draft }) => restore(draft),
        () => (attempt < 3 ? setTimeout(() => alive && read(attempt + 1), 500) : restore(null)),
      );
    read(0);
    call('getSettings', {}).then(
      (settings) => alive && setFora(settings.preferences.fora),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [sessionId]);

  useEffect(() => {
    box.current?.focus();
  }, []);

  const draft = useMemo(
    (): CaptureDraft | null =>
      text.trim() === ''
        ? null
        : {
            text,
            speakerId,
            questionIds: tags,
            kind,
            fora: draftFora,
            starred,
            updatedAt: new Date().toISOString(),
          },
    [text, speakerId, tags, kind, draftFora, starred],
  );
  const draftRef = useRef(draft);
  const savedDraft = useRef<CaptureDraft | null | undefined>(undefined);
  const saveDraftNow = useCallback(() => {
    const current = draftRef.current;
    if (!loadedRef.current || savedDraft.current === current) return;
    savedDraft.current = current;
    void call('saveDraft', { sessionId, draft: current }).catch(() => {
      savedDraft.current = undefined;
    });
  }, [sessionId]);
  useEffect(() => {
    draftRef.current = draft;
    if (!loaded) return;
    const timer = setTimeout(saveDraftNow, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, loaded, saveDraftNow]);
  useEffect(() => {
    if (!loaded) return;
    window.addEventListener('pagehide', saveDraftNow);
    window.addEventListener('beforeunload', saveDraftNow);
    return () => {
      window.removeEventListener('pagehide', saveDraftNow);
      window.removeEventListener('beforeunload', saveDraftNow);
      saveDraftNow();
    };
  }, [loaded, saveDraftNow]);

  // --- whoever the moderator gives the floor becomes the speaker ---
  const lastFloor = useRef(floorId);
  useEffect(() => {
    if (floorId && floorId !== lastFloor.current) setSpeakerId(floorId);
    lastFloor.current = floorId;
  }, [floorId]);

  // --- filter and counts ---
  const filtered = useMemo(
    () => filterStatements(statements, filter, peopleById),
    [statements, filter, peopleById],
  );
  const counts = useMemo(() => questionCounts(statements, questions), [statements, questions]);

  // --- edits, each one undoable ---
  const statementById = useCallback(
    (id: string) => session.statements.find((s) => s.id === id && s.deletedAt === null),
    [session.statements],
  );

  const add = () => {
    const poll =
      kind === 'poll-result' && (pollQuestion.trim() || pollOptions.trim())
        ? { question: pollQuestion.trim(), options: parsePollOptions(pollOptions) }
        : null;
    const body = text.trim() || (poll ? poll.question || 'Poll result' : '');
    if (!body) return;
    const at = new Date().toISOString();
    history.apply('add statement', [
      {
        type: 'statement.put',
        statement: {
          id: newId(),
          speakerId,
          text: body,
          questionIds: tags,
          kind,
          fora: draftFora,
          starred,
          at,
          offsetSeconds: offsetSecondsFrom(session.facts, at),
          poll,
        },
      },
    ]);
    setText('');
    setKind('statement');
    setDraftFora([]);
    setStarred(false);
    setPollQuestion('');
    setPollOptions('');
    draftRef.current = null;
    saveDraftNow();
    setMessage('Statement added.');
    focusBox();
  };

  const updateStatement = useCallback(
    (id: string, label: string, patch: (s: StatementRecord) => StatementRecord) => {
      const s = statementById(id);
      if (!s) return;
      history.apply(label, [{ type: 'statement.put', statement: patch(recordOf(s)) }]);
    },
    [statementById, history],
  );

  const actionsRef = useRef<ListActions | null>(null);
  actionsRef.current = {
    select: (id) => {
      setSelectedId(id);
      if (id && document.activeElement !== listRef.current) listRef.current?.focus();
    },
    edit: (id) => {
      setSelectedId(id);
      setEditingId(id);
    },
    remove: (id) => {
      history.apply('delete statement', [{ type: 'statement.delete', id }]);
      setEditingId(null);
      setSelectedId(null);
      setMessage('Statement deleted. Ctrl+Z brings it back.');
      focusBox();
    },
    saveEdit: (id, value) => {
      const next = value.trim();
      const s = statementById(id);
      if (s && next && next !== s.text) {
        updateStatement(id, 'edit statement', (r) => ({ ...r, text: next }));
        setMessage('Statement edited.');
      }
      setEditingId(null);
      setSelectedId(null);
      focusBox();
    },
    cancelEdit: () => {
      setEditingId(null);
      setSelectedId(null);
      focusBox();
    },
    leave: () => {
      setSelectedId(null);
      box.current?.focus();
    },
  };
  // Stable for the memoised list: each call goes to the newest handlers.
  const listActions = useMemo<ListActions>(
    () => ({
      select: (id) => actionsRef.current?.select(id),
      edit: (id) => actionsRef.current?.edit(id),
      remove: (id) => actionsRef.current?.remove(id),
      saveEdit: (id, v) => actionsRef.current?.saveEdit(id, v),
      cancelEdit: () => actionsRef.current?.cancelEdit(),
      leave: () => actionsRef.current?.leave(),
    }),
    [],
  );

  const pickSpeaker = (id: string | null) => {
    setSpeakerId(id);
    setPanel((p) => (p === 'audience' ? 'none' : p));
    focusBox();
  };

  const addAudience = (details: AudienceDetails) => {
    const n = session.people.filter((p) => p.audience).length + 1;
    const order = session.people.reduce((max, p) => Math.max(max, p.order), -1) + 1;
    const id = newId();
    history.apply('add audience speaker', [
      {
        type: 'person.put',
        person: {
          id,
          name: details.name || `Audience member ${n}`,
          stakeholder: details.stakeholder,
          presence: details.presence,
          audience: true,
          order,
        },
      },
    ]);
    setSpeakerId(id);
    setPanel('none');
    setMessage(`${details.name || `Audience member ${n}`} added and chosen as speaker.`);
    focusBox();
  };

  const undoOrRedo = (which: 'undo' | 'redo') => {
    const label = which === 'undo' ? history.undo() : history.redo();
    setEditingId(null);
    setMessage(label ? `${which === 'undo' ? 'Undone' : 'Redone'}: ${label}.` : `Nothing to ${which}.`);
  };

  /** Tag shortcuts act on the selected statement while the list has the focus, else on the box. */
  const listHasFocus = () => selectedId !== null && document.activeElement === listRef.current;
  const tagTarget = (): string | null => (listHasFocus() ? selectedId : null);

  const toggleQuestion = (n: number) => {
    const q = questions[n - 1];
    if (!q) return false;
    const target = tagTarget();
    if (target)
      updateStatement(target, `tag Q${n}`, (r) => ({ ...r, questionIds: toggle(r.questionIds, q.id) }));
    else setTags((t) => toggle(t, q.id));
    return true;
  };
  const cycleKind = (step: number) => {
    const target = tagTarget();
    if (target) updateStatement(target, 'change kind', (r) => ({ ...r, kind: nextKind(r.kind, step) }));
    else setKind((k) => nextKind(k, step));
  };
  const toggleStar = () => {
    const target = tagTarget();
    if (target) updateStatement(target, 'star', (r) => ({ ...r, starred: !r.starred }));
    else setStarred((s) => !s);
  };

  // --- the keys (F1 lists them) ---
  const onKey = (event: globalThis.KeyboardEvent) => {
    if (panel === 'help' || panel === 'transcript') return;
    const ctrl = event.ctrlKey || event.metaKey;
    const active = document.activeElement;
    if (event.key === 'F1' || (ctrl && event.key === '/')) {
      event.preventDefault();
      setPanel('help');
      return;
    }
    if (ctrl && !event.altKey && (event.code === 'KeyZ' || event.code === 'KeyY')) {
      // Text being typed keeps the native undo; the app's undo acts on an empty box or the list.
      if (isTyping(active) && active.value !== '') return;
      event.preventDefault();
      undoOrRedo(event.code === 'KeyY' || event.shiftKey ? 'redo' : 'undo');
      focusBox();
      return;
    }
    if (ctrl && !event.altKey && !event.shiftKey && event.code === 'KeyK') {
      event.preventDefault();
      speakerInput.current?.focus();
      return;
    }
    if (ctrl && !event.altKey && !event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
      const p = people[Number(event.code.slice(5)) - 1];
      if (p) {
        event.preventDefault();
        pickSpeaker(p.id);
      }
      return;
    }
    if (ctrl && event.shiftKey && event.code === 'KeyA') {
      event.preventDefault();
      setPanel('audience');
      return;
    }
    if (ctrl && !event.shiftKey && event.code === 'KeyF') {
      event.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
      return;
    }
    if (!event.altKey || ctrl) return;
    if (/^Digit[1-9]$/.test(event.code)) {
      if (toggleQuestion(Number(event.code.slice(5)))) event.preventDefault();
    } else if (event.code === 'KeyK') {
      event.preventDefault();
      cycleKind(event.shiftKey ? -1 : 1);
    } else if (event.code === 'KeyS') {
      event.preventDefault();
      toggleStar();
    } else if (event.code === 'KeyF') {
      event.preventDefault();
      setPanel((p) => (p === 'fora' ? 'none' : 'fora'));
    } else if (event.code === 'KeyP') {
      event.preventDefault();
      setKind('poll-result');
      requestAnimationFrame(() => pollQuestionInput.current?.focus());
    } else if (event.code === 'KeyI') {
      event.preventDefault();
      setPanel('transcript');
    }
  };
  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  useEffect(() => {
    const listener = (e: globalThis.KeyboardEvent) => onKeyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onBoxKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      add();
    } else if (event.key === 'ArrowUp' && text === '' && filtered.length > 0) {
      event.preventDefault();
      setSelectedId(filtered[filtered.length - 1]!.id);
      listRef.current?.focus();
    }
  };

  const closePanel = () => {
    setPanel('none');
    focusBox();
  };

  const speaker = speakerId ? peopleById.get(speakerId) : undefined;
  const pollPreview =
    kind === 'poll-result' && pollOptions.trim()
      ? { question: pollQuestion.trim(), options: parsePollOptions(pollOptions) }
      : null;

  return (
    <section className="capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading" className="visually-hidden">
        Capture
      </h2>
      <FilterBar
        filter={filter}
        setFilter={setFilter}
        questions={questions}
        counts={counts.byQuestion}
        untagged={counts.untagged}
        people={people}
        fora={fora}
        shown={filtered.length}
        total={statements.length}
        searchRef={searchInput}
      />
      <StatementList
        statements={filtered}
        total={statements.length}
        peopleById={peopleById}
        questionNumber={questionNumber}
        selectedId={selectedId}
        editingId={editingId}
        actions={listActions}
        listRef={listRef}
      />

      <div className="capture-box card">
        <div className="capture-row speakers-row">
          <SpeakerPicker
            people={people}
            speakerId={speakerId}
            inputRef={speakerInput}
            onPick={pickSpeaker}
            onCancel={focusBox}
          />
          <ol className="speaker-strip" aria-label="Numbered speakers">
            {people.slice(0, 9).map((p, i) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="speaker-chip"
                  aria-pressed={p.id === speakerId}
                  title={`Ctrl+${i + 1}`}
                  onClick={() => pickSpeaker(p.id)}
                >
                  <kbd>{i + 1}</kbd> {p.name}
                  {p.id === floorId && <span className="floor-mark"> (has the floor)</span>}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="secondary small-button" onClick={() => setPanel('audience')}>
            + Audience <kbd>Ctrl+Shift+A</kbd>
          </button>
        </div>
        {panel === 'audience' && <AudienceForm onAdd={addAudience} onCancel={closePanel} />}

        <div className="capture-row">
          <fieldset className="tags">
            <legend>Policy questions</legend>
            {questions.length === 0 && <span className="muted">none set up</span>}
            {questions.map((q, i) => (
              <label key={q.id} className="tag" title={q.text}>
                <input
                  type="checkbox"
                  checked={tags.includes(q.id)}
                  onChange={() => setTags((t) => toggle(t, q.id))}
                />
                Q{i + 1}
                {i < 9 && <kbd>Alt+{i + 1}</kbd>}
              </label>
            ))}
          </fieldset>
          <label className="kind-field">
            Kind <kbd>Alt+K</kbd>
            <select value={kind} onChange={(e) => setKind(e.target.value as StatementKind)}>
              {STATEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {codeLabel('kind', k)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={`toggle-button${starred ? ' on' : ''}`}
            aria-pressed={starred}
            onClick={() => setStarred((s) => !s)}
          >
            {starred ? '★ Starred' : '☆ Star'} <kbd>Alt+S</kbd>
          </button>
          <div className="fora-field">
            <button
              type="button"
              className="toggle-button"
              aria-expanded={panel === 'fora'}
              onClick={() => setPanel((p) => (p === 'fora' ? 'none' : 'fora'))}
            >
              Fora{draftFora.length > 0 ? `: ${draftFora.join(', ')}` : ''} <kbd>Alt+F</kbd>
            </button>
            {panel === 'fora' && (
              <ForaChecklist
                fora={fora}
                selected={draftFora}
                onToggle={(f) => setDraftFora((cur) => toggle(cur, f))}
                onClose={closePanel}
              />
            )}
          </div>
        </div>

        {kind === 'poll-result' && (
          <div
            className="poll-editor"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          >
            <label>
              Poll question <kbd>Alt+P</kbd>
              <input
                ref={pollQuestionInput}
                value={pollQuestion}
                onChange={(e) => setPollQuestion(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.ctrlKey) {
                    e.preventDefault();
                    (
                      e.currentTarget.closest('.poll-editor')?.querySelector('textarea') as HTMLElement | null
                    )?.focus();
                  }
                }}
              />
            </label>
            <label>
              Options, one per line as “Label: count” (Ctrl+Enter adds)
              <textarea rows={3} value={pollOptions} onChange={(e) => setPollOptions(e.target.value)} />
            </label>
            {pollPreview && pollPreview.options.length > 0 && <PollView poll={pollPreview} />}
          </div>
        )}

        <label htmlFor="statement-text" className="visually-hidden">
          Statement
        </label>
        <div className="box-line">
          <span className="current-speaker" aria-hidden="true">
            {speaker?.name ?? 'Unattributed'}
            {kind !== 'statement' && ` · ${kind}`}
            {starred && ' · ★'}
          </span>
          <textarea
            id="statement-text"
            ref={box}
            rows={3}
            value={text}
            aria-describedby="capture-hint"
            placeholder="What was said… (Enter adds, Shift+Enter for a new line, F1 for all keys)"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onBoxKeyDown}
            onBlur={saveDraftNow}
          />
        </div>
        <div className="capture-foot">
          <span id="capture-hint" className="muted small">
            <kbd>Enter</kbd> add · <kbd>↑</kbd> edit last · <kbd>Ctrl+Z</kbd> undo (empty box) ·{' '}
            <kbd>Ctrl+Shift+Z</kbd> redo · <kbd>F1</kbd> all keys
          </span>
          <span className="capture-message" role="status" aria-live="polite">
            {message}
          </span>
          <span className="foot-actions">
            <button
              type="button"
              className="secondary small-button"
              disabled={!history.canUndo}
              title={history.nextUndo ? `Undo ${history.nextUndo}` : 'Nothing to undo'}
              onClick={() => {
                undoOrRedo('undo');
                focusBox();
              }}
            >
              Undo
            </button>
            <button
              type="button"
              className="secondary small-button"
              disabled={!history.canRedo}
              title={history.nextRedo ? `Redo ${history.nextRedo}` : 'Nothing to redo'}
              onClick={() => {
                undoOrRedo('redo');
                focusBox();
              }}
            >
              Redo
            </button>
            <button type="button" className="secondary small-button" onClick={() => setPanel('transcript')}>
              Import transcript… <kbd>Alt+I</kbd>
            </button>
            <button type="button" className="secondary small-button" onClick={() => setPanel('help')}>
              Keys <kbd>F1</kbd>
            </button>
          </span>
        </div>
      </div>

      {panel === 'help' && <HelpOverlay onClose={closePanel} />}
      {panel === 'transcript' && (
        <TranscriptDialog
          session={session}
          onClose={closePanel}
          onImport={(changes, summary) => {
            history.apply('transcript import', changes);
            setMessage(summary);
          }}
        />
      )}
    </section>
  );
}
