import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { STATEMENT_KINDS, type Person, type PolicyQuestion } from '../../../../shared/model/session';
import { parsePollOptions } from '../../../../shared/capture/poll';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { useLanguage, useT } from '../../i18n';
import { ForaChecklist } from './ForaChecklist';
import { captureKeyLabel, kindKey } from '../../keymap';
import { PollView } from './PollView';
import { SpeakerPicker } from './SpeakerPicker';
import { SpeakerStrip } from './SpeakerStrip';
import type { CaptureDraftState } from './useCaptureDraft';

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

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
  const { kind, tags, starred, fora } = draft;
  const speaker = people.find((p) => p.id === draft.speakerId);
  const speakerNumber = speaker ? numbers.get(speaker.id) : undefined;
  return (
    <div className="capture-box card">
      <div className="capture-row speakers-row">
        <SpeakerPicker
          people={people}
          speakerId={draft.speakerId}
          inputRef={refs.speakerInput}
          onPick={onPick}
          onCancel={onCancelPick}
        />
        <SpeakerStrip
          people={people}
          numbers={numbers}
          speakerId={draft.speakerId}
          floorId={floorId}
          onPick={onPick}
        />
        <button type="button" className="secondary small-button" onClick={onOpenAudience}>
          {t('box.audience')} <kbd>{captureKeyLabel('audience')}</kbd>
        </button>
      </div>
      {audienceForm}

      <div className="capture-row">
        <fieldset className="tags">
          <legend>{t('box.questions')}</legend>
          {questions.length === 0 && <span className="muted">{t('box.noQuestions')}</span>}
          {questions.map((q, i) => (
            <label key={q.id} className="tag" title={t('box.questionTitle', { n: i + 1, text: q.text })}>
              <input
                type="checkbox"
                checked={tags.includes(q.id)}
                onChange={() => draft.setTags((current) => toggle(current, q.id))}
              />
              Q{i + 1}
              {i < 9 && <kbd>Alt+{i + 1}</kbd>}
            </label>
          ))}
          {questions.length > 0 && (
            <label className="tag carry" title={t('box.keepTagsTitle')}>
              <input type="checkbox" checked={carryTags} onChange={onToggleCarry} />
              {t('box.keepTags')} <kbd>{captureKeyLabel('carryTags')}</kbd>
            </label>
          )}
          {questions.length > 0 && (
            <label className="tag carry" title={t('box.agendaTagsTitle')}>
              <input type="checkbox" checked={agendaTags} onChange={onToggleAgendaTags} />
              {t('box.agendaTags')}
            </label>
          )}
        </fieldset>
        <label className="kind-field">
          {t('box.kind')} <kbd>{kind === 'statement' ? captureKeyLabel('nextKind') : kindKey(kind)}</kbd>
          <select value={kind} onChange={(e) => draft.setKind(e.target.value as typeof kind)}>
            {STATEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {codeLabel('kind', k, tr)} ({kindKey(k)})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={`toggle-button${starred ? ' on' : ''}`}
          aria-pressed={starred}
          onClick={() => draft.setStarred((s) => !s)}
        >
          {starred ? t('box.starred') : t('box.star')} <kbd>{captureKeyLabel('star')}</kbd>
        </button>
        <div className="fora-field">
          <button type="button" className="toggle-button" aria-expanded={foraOpen} onClick={onToggleFora}>
            {fora.length > 0 ? t('box.foraChosen', { fora: tr.format.list(fora) }) : t('box.fora')}{' '}
            <kbd>{captureKeyLabel('fora')}</kbd>
          </button>
          {foraOpen && (
            <ForaChecklist
              fora={foraList}
              selected={fora}
              onToggle={(f) => draft.setFora((cur) => toggle(cur, f))}
              onClose={onCloseFora}
            />
          )}
        </div>
      </div>

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
