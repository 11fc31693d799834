import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { newId } from '../../../../shared/model/factory';
import { audienceMember, type AudienceDetails } from '../../../../shared/model/people';
import { markedNoQuestion, ordered } from '../../../../shared/model/session';
import { offsetSecondsFrom } from '../../../../shared/model/time';
import {
  EMPTY_FILTER,
  filterStatements,
  isFiltering,
  type StatementFilter,
} from '../../../../shared/capture/filter';
import { updateStatementIndex, type StatementIndex } from '../../../../shared/capture/statementIndex';
import { parsePollOptions } from '../../../../shared/capture/poll';
import { floorPersonId, speakerList, speakerNumbers } from '../../../../shared/capture/speakers';
import { parseSegmentMark, segmentMarkKey } from '../../../../shared/timer/presenter';
import { runningSegmentQuestions } from '../../../../shared/timer/runOfShow';
import { useMachineSetting } from '../../state/useMachineSetting';
import { useOpenSession } from '../../state/SessionProvider';
import { useT } from '../../i18n';
import { usePreferences } from '../../state/usePreferences';
import { useUndo } from '../../state/useUndo';
import { AudienceForm } from './AudienceForm';
import { CaptureBox } from './CaptureBox';
import { CaptureFoot } from './CaptureFoot';
import { FilterBar } from './FilterBar';
import { HelpOverlay } from './HelpOverlay';
import { StatementList } from './StatementList';
import { TimerStrip } from './TimerStrip';
import { TranscriptDialog } from './TranscriptDialog';
import { useCaptureDraft } from './useCaptureDraft';
import { useCaptureKeys, type Panel } from './useCaptureKeys';
import { useStatementActions } from './useStatementActions';
import { SuggestionBar } from './SuggestionBar';
import { acceptable, accepted } from './suggestions';
import { useSessionDraft } from '../../state/useSessionDraft';
import { useStableCallback } from '../../common/useStableCallback';
import './capture.css';

/** On unless turned off: a machine setting, so the rapporteur's choice outlives the session. */
const AGENDA_TAGS_KEY = 'session-desk.capture.agendaTags';
const parseOn = (raw: string | null): boolean => raw !== 'false';

/**
 * The rapporteur's screen: one capture box that keeps the focus, everything else by keyboard (F1
 * lists the keys), the statements above it, and every edit undoable.
 */
export function CapturePanel() {
  const { t } = useT('capture');
  const { session, change } = useOpenSession();
  const { preferences } = usePreferences();
  const people = useMemo(() => speakerList(session.people), [session.people]);
  const numbers = useMemo(() => speakerNumbers(session.people), [session.people]);
  const questions = useMemo(() => ordered(session.questions), [session.questions]);
  // Brought up to date from the previous render's, so an add does not sort or count every statement.
  const indexRef = useRef<StatementIndex | null>(null);
  const index = useMemo(
    () => (indexRef.current = updateStatementIndex(indexRef.current, session.statements, questions)),
    [session.statements, questions],
  );
  const statements = index.sorted;
  const peopleById = useMemo(() => new Map(session.people.map((p) => [p.id, p])), [session.people]);
  const questionNumber = useMemo(() => new Map(questions.map((q, i) => [q.id, i + 1])), [questions]);
  const floorId = floorPersonId(session);
  // Tag suggestions from the main process's drafting: shown as dashed chips, applied only when accepted.
  const drafting = useSessionDraft(session.id, session.updatedAt, { suggestionsOnly: true, delayMs: 500 });
  const suggestions = useMemo(
    () => new Map((drafting?.statements ?? []).map((s) => [s.statementId, s])),
    [drafting],
  );
  const rowContext = useMemo(
    () => ({
      peopleById,
      people,
      numbers,
      questions,
      questionNumber,
      fora: preferences.fora,
      suggestions,
      timeZone: session.facts.timeZone,
    }),
    [
      peopleById,
      people,
      numbers,
      questions,
      questionNumber,
      preferences.fora,
      suggestions,
      session.facts.timeZone,
    ],
  );

  const history = useUndo(session, change);
  const draft = useCaptureDraft(session);
  const [carryTags, setCarryTags] = useState(false);
  const [agendaTags, setAgendaTags] = useMachineSetting(AGENDA_TAGS_KEY, parseOn);
  const [marked] = useMachineSetting(segmentMarkKey(session.id), parseSegmentMark);
  // The running segment's policy questions are the default tags of what is said during it.
  const segmentTagsKey = agendaTags ? runningSegmentQuestions(session, marked).join(' ') : '';
  const segmentTags = useMemo(() => (segmentTagsKey ? segmentTagsKey.split(' ') : []), [segmentTagsKey]);
  const [filter, setFilter] = useState<StatementFilter>(EMPTY_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
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
    // At once, so the very next key lands in the box; again after the frame, in case the element
    // that had the focus was just removed (an edit box closing).
    if (!panelOpen.current) box.current?.focus();
    requestAnimationFrame(() => {
      if (!panelOpen.current && document.activeElement === document.body) box.current?.focus();
    });
  }, []);
  const focusBoxNow = useCallback(() => box.current?.focus(), []);

  useEffect(() => {
    box.current?.focus();
  }, []);

  // --- whoever the moderator gives the floor becomes the speaker ---
  const lastFloor = useRef(floorId);
  useEffect(() => {
    if (floorId && floorId !== lastFloor.current) draft.setSpeakerId(floorId);
    lastFloor.current = floorId;
  }, [floorId, draft]);

  // --- a segment starts: its questions become the box's tags, and the box says so ---
  const lastSegmentTags = useRef('');
  useEffect(() => {
    if (segmentTagsKey === lastSegmentTags.current) return;
    const previous = lastSegmentTags.current;
    lastSegmentTags.current = segmentTagsKey;
    if (!segmentTags.length) {
      // A segment without questions (the closing) drops the last segment's tags, unless the
      // rapporteur changed them: what is said then is not about that question. Turning the setting
      // off leaves the box as it is.
      if (previous && agendaTags) draft.setTags((tags) => (tags.join(' ') === previous ? [] : tags));
      return;
    }
    draft.setTags(segmentTags);
    const numbers = segmentTags.map((id) => `Q${questionNumber.get(id) ?? '?'}`).join(', ');
    setMessage(t('message.segmentTags', { numbers }));
  }, [segmentTagsKey, segmentTags, agendaTags, draft, questionNumber, t]);

  const filtered = useMemo(
    () => (isFiltering(filter) ? filterStatements(statements, filter, peopleById) : statements),
    [statements, filter, peopleById],
  );

  const { update, listActions } = useStatementActions({
    session,
    history,
    ui: {
      setSelectedId,
      setEditingId,
      setMessage,
      focusBox,
      focusBoxNow,
      focusList: () => {
        if (document.activeElement !== listRef.current) listRef.current?.focus();
      },
    },
  });

  const add = () => {
    const { kind, pollQuestion, pollOptions } = draft;
    const poll =
      kind === 'poll-result' && (pollQuestion.trim() || pollOptions.trim())
        ? { question: pollQuestion.trim(), options: parsePollOptions(pollOptions) }
        : null;
    const body = draft.text.trim() || (poll ? poll.question || t('box.pollDefault') : '');
    if (!body) return;
    const at = new Date().toISOString();
    history.apply(t('undo.add'), [
      {
        type: 'statement.put',
        statement: {
          id: newId(),
          speakerId: draft.speakerId,
          text: body,
          questionIds: draft.tags,
          kind,
          fora: draft.fora,
          starred: draft.starred,
          at,
          offsetSeconds: offsetSecondsFrom(session.facts, at),
          poll,
        },
      },
    ]);
    draft.clearAfterAdd(carryTags ? draft.tags : segmentTags);
    // A filter left on would hide what was just added: clear it and say so.
    if (isFiltering(filter)) {
      setFilter(EMPTY_FILTER);
      setMessage(t('message.addedFilterCleared'));
    } else setMessage(t('message.added'));
    focusBox();
  };

  // Stable, so the memoised rows of the box (speakers, options) do not render again on every add.
  const pickSpeaker = useStableCallback((id: string | null) => {
    draft.setSpeakerId(id);
    if (panel === 'audience') closePanel();
    else focusBox();
  });

  const addAudience = (details: AudienceDetails) => {
    const person = audienceMember(session.people, details);
    history.apply(t('undo.addAudience'), [{ type: 'person.put', person }]);
    draft.setSpeakerId(person.id);
    setMessage(t('message.audienceAdded', { name: person.name }));
    closePanel();
  };

  const undoOrRedo = (which: 'undo' | 'redo') => {
    const label = which === 'undo' ? history.undo() : history.redo();
    setEditingId(null);
    if (which === 'undo')
      setMessage(label ? t('message.undone', { what: label }) : t('message.nothingToUndo'));
    else setMessage(label ? t('message.redone', { what: label }) : t('message.nothingToRedo'));
  };

  useCaptureKeys({
    panel,
    setPanel,
    draft,
    people,
    numbers,
    questions,
    update,
    undoOrRedo,
    pickSpeaker,
    setCarryTags,
    focusBox,
    acceptSuggestion: (id) => {
      const s = statements.find((x) => x.id === id);
      const suggestion = suggestions.get(id);
      if (!s || !acceptable(s, suggestion)) return false;
      const fields = accepted(suggestion!);
      const n = questionNumber.get(fields.questionIds[0]!) ?? '';
      update(id, fields.noQuestion ? t('undo.acceptNoQuestion') : t('undo.acceptSuggested', { n }), (r) => ({
        ...r,
        ...fields,
      }));
      setMessage(fields.noQuestion ? t('message.markedNoQuestion') : t('message.taggedSuggested', { n }));
      return true;
    },
    toggleNoQuestion: (id) => {
      const s = statements.find((x) => x.id === id);
      if (s) listActions.setNoQuestion(id, !markedNoQuestion(s));
    },
    refs: { box, speakerInput, searchInput, pollQuestionInput, listRef },
    selectedId,
  });

  const onBoxKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      add();
    } else if (event.key === 'ArrowUp' && draft.text === '' && filtered.length > 0) {
      event.preventDefault();
      setSelectedId(filtered[filtered.length - 1]!.id);
      listRef.current?.focus();
    }
  };

  // The panel leaves the page at once and the focus goes to the box in the same step, so the next key
  // lands in the box and a shortcut pressed in that moment is not taken for the closed panel's.
  const closePanel = useStableCallback(() => {
    panelOpen.current = false;
    flushSync(() => setPanel('none'));
    box.current?.focus();
    requestAnimationFrame(() => {
      if (!panelOpen.current && document.activeElement === document.body) box.current?.focus();
    });
  });
  const openAudience = useCallback(() => setPanel('audience'), []);
  const toggleFora = useCallback(() => setPanel((p) => (p === 'fora' ? 'none' : 'fora')), []);
  const toggleCarry = useCallback(() => setCarryTags((c) => !c), []);
  const toggleAgendaTags = useStableCallback(() => setAgendaTags(!agendaTags));
  const searchEnter = useStableCallback(() => {
    const first = filtered[0];
    if (first) listActions.edit(first.id);
    else setMessage(t('message.noSearchMatch'));
  });

  return (
    <section className="capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <TimerStrip session={session} />
      <FilterBar
        filter={filter}
        setFilter={setFilter}
        questions={questions}
        counts={index.byQuestion}
        untagged={index.untagged}
        people={people}
        fora={preferences.fora}
        shown={filtered.length}
        total={statements.length}
        searchRef={searchInput}
        onSearchEnter={searchEnter}
        onSearchEscape={focusBoxNow}
      />
      <SuggestionBar
        statements={session.statements}
        suggestions={suggestions}
        apply={(label, changes) => {
          history.apply(label, changes);
          setMessage(t('message.acceptedAll', { count: changes.length }));
        }}
      />
      <StatementList
        statements={filtered}
        total={statements.length}
        context={rowContext}
        selectedId={selectedId}
        editingId={editingId}
        actions={listActions}
        listRef={listRef}
      />
      {isFiltering(filter) && (
        <p className="filter-notice" role="status">
          {t('filter.on', { shown: filtered.length, count: statements.length })}{' '}
          <button type="button" className="small secondary" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('filter.showAll')}
          </button>
        </p>
      )}
      <CaptureBox
        draft={draft}
        people={people}
        numbers={numbers}
        questions={questions}
        floorId={floorId}
        foraList={preferences.fora}
        foraOpen={panel === 'fora'}
        carryTags={carryTags}
        agendaTags={agendaTags}
        onToggleAgendaTags={toggleAgendaTags}
        refs={{ box, speakerInput, pollQuestionInput }}
        audienceForm={panel === 'audience' && <AudienceForm onAdd={addAudience} onCancel={closePanel} />}
        foot={
          <CaptureFoot
            message={message}
            history={history}
            undoOrRedo={(which) => {
              undoOrRedo(which);
              focusBox();
            }}
            openPanel={setPanel}
          />
        }
        onPick={pickSpeaker}
        onCancelPick={focusBox}
        onOpenAudience={openAudience}
        onToggleFora={toggleFora}
        onCloseFora={closePanel}
        onToggleCarry={toggleCarry}
        onAdd={add}
        onBoxKeyDown={onBoxKeyDown}
      />

      {panel === 'help' && <HelpOverlay onClose={closePanel} questions={questions} />}
      {panel === 'transcript' && (
        <TranscriptDialog
          session={session}
          onClose={closePanel}
          onImport={(changes, summary) => {
            history.apply(t('undo.transcript'), changes);
            setMessage(summary);
          }}
        />
      )}
    </section>
  );
}
