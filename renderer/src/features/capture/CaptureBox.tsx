import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import type { Person, PolicyQuestion } from '../../../../shared/model/session';
import { parsePollOptions } from '../../../../shared/capture/poll';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { useLanguage, useT } from '../../i18n';
import { kindKey } from '../../keymap';
import { BoxOptions } from './BoxOptions';
import { PollView } from './PollView';
import { SpeakersRow } from './SpeakersRow';
import type { CaptureDraftState } from './useCaptureDraft';

export interface BoxRefs {
  box: RefObject<HTMLTextAreaElement | null>;
  speakerInput: RefObject<HTMLInputElement | null>;
  pollQuestionInput: RefObject<HTMLInputElement | null>;
}

/** The capture box: who speaks, the tags, kind, star and fora, the poll editor and the text itself. */
export function CaptureBox({
  draft,
  people,
  numbers,
  questions,
  floorId,
  foraList,
  foraOpen,
  carryTags,
  agendaTags,
  onToggleAgendaTags,
  refs,
  audienceForm,
  foot,
  onPick,
  onCancelPick,
  onOpenAudience,
  onToggleFora,
  onCloseFora,
  onToggleCarry,
  onAdd,
  onBoxKeyDown,
}: {
  draft: CaptureDraftState;
  people: Person[];
  numbers: ReadonlyMap<string, number>;
  questions: PolicyQuestion[];
  floorId: string | null;
  foraList: readonly string[];
  foraOpen: boolean;
  carryTags: boolean;
  /** Whether a starting agenda segment sets its questions as the tags. */
  agendaTags: boolean;
  onToggleAgendaTags: () => void;
  refs: BoxRefs;
  audienceForm: ReactNode;
  foot: ReactNode;
  onPick: (id: string | null) => void;
  onCancelPick: () => void;
  onOpenAudience: () => void;
  onToggleFora: () => void;
  onCloseFora: () => void;
  onToggleCarry: () => void;
  onAdd: () => void;
  onBoxKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const { kind, starred } = draft;
  const speaker = people.find((p) => p.id === draft.speakerId);
  const speakerNumber = speaker ? numbers.get(speaker.id) : undefined;
  return (
    <div className="capture-box card">
      <SpeakersRow
        people={people}
        numbers={numbers}
        speakerId={draft.speakerId}
        floorId={floorId}
        inputRef={refs.speakerInput}
        onPick={onPick}
        onCancelPick={onCancelPick}
        onOpenAudience={onOpenAudience}
      />
      {audienceForm}

      <BoxOptions
        questions={questions}
        tags={draft.tags}
        setTags={draft.setTags}
        kind={kind}
        setKind={draft.setKind}
        starred={starred}
        setStarred={draft.setStarred}
        fora={draft.fora}
        setFora={draft.setFora}
        foraList={foraList}
        foraOpen={foraOpen}
        carryTags={carryTags}
        agendaTags={agendaTags}
        onToggleAgendaTags={onToggleAgendaTags}
        onToggleFora={onToggleFora}
        onCloseFora={onCloseFora}
        onToggleCarry={onToggleCarry}
      />

      {kind === 'poll-result' && <PollEditor draft={draft} inputRef={refs.pollQuestionInput} onAdd={onAdd} />}

      <label htmlFor="statement-text" className="visually-hidden">
        {t('box.statement')}
      </label>
      <div className="box-line">
        <span className="current-speaker" aria-hidden="true">
          {speakerNumber !== undefined && <kbd>{speakerNumber}</kbd>}{' '}
          <bdi>{speaker?.name ?? t('unattributed')}</bdi>
          {kind !== 'statement' && ` · ${codeLabel('kind', kind, tr)}`}
          {starred && ' · ★'}
        </span>
        <textarea
          id="statement-text"
          ref={refs.box}
          rows={3}
          dir="auto"
          value={draft.text}
          aria-describedby="capture-hint"
          placeholder={t('box.placeholder')}
          onChange={(e) => draft.setText(e.target.value)}
          onKeyDown={onBoxKeyDown}
          onBlur={draft.saveDraftNow}
        />
      </div>
      {foot}
    </div>
  );
}

function PollEditor({
  draft,
  inputRef,
  onAdd,
}: {
  draft: CaptureDraftState;
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: () => void;
}) {
  const { t } = useT('capture');
  const preview = draft.pollOptions.trim()
    ? { question: draft.pollQuestion.trim(), options: parsePollOptions(draft.pollOptions) }
    : null;
  return (
    <div
      className="poll-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onAdd();
        }
      }}
    >
      <label>
        <span>
          {t('box.pollQuestion')} <kbd>{kindKey('poll-result')}</kbd>
        </span>
        <input
          ref={inputRef}
          value={draft.pollQuestion}
          dir="auto"
          onChange={(e) => draft.setPollQuestion(e.target.value)}
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
        <span>{t('box.pollOptions')}</span>
        <textarea
          rows={3}
          dir="auto"
          value={draft.pollOptions}
          placeholder={t('box.pollOptionsPlaceholder')}
          aria-describedby="poll-hint"
          onChange={(e) => draft.setPollOptions(e.target.value)}
        />
        <span id="poll-hint" className="muted small">
          <kbd>Ctrl+Enter</kbd> {t('box.pollAdds')}
        </span>
      </label>
      {preview && preview.options.length > 0 && <PollView poll={preview} />}
    </div>
  );
}
