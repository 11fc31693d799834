import { memo, type Dispatch, type SetStateAction } from 'react';
import { STATEMENT_KINDS, type PolicyQuestion, type StatementKind } from '../../../../shared/model/session';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { useLanguage, useT } from '../../i18n';
import { captureKeyLabel, kindKey } from '../../keymap';
import { ForaChecklist } from './ForaChecklist';
import { toggle } from './useStatementActions';

type Setter<T> = Dispatch<SetStateAction<T>>;

/**
 * The tags, kind, star and fora of the next statement. Memoised like SpeakersRow (SpeakersRow.tsx): an add keeps
 * them (or sets the same values), so only the text line and the foot render again.
 */
export const BoxOptions = memo(function BoxOptions({
  questions,
  tags,
  setTags,
  kind,
  setKind,
  starred,
  setStarred,
  fora,
  setFora,
  foraList,
  foraOpen,
  carryTags,
  agendaTags,
  onToggleAgendaTags,
  onToggleFora,
  onCloseFora,
  onToggleCarry,
}: {
  questions: PolicyQuestion[];
  tags: string[];
  setTags: Setter<string[]>;
  kind: StatementKind;
  setKind: Setter<StatementKind>;
  starred: boolean;
  setStarred: Setter<boolean>;
  fora: string[];
  setFora: Setter<string[]>;
  foraList: readonly string[];
  foraOpen: boolean;
  carryTags: boolean;
  agendaTags: boolean;
  onToggleAgendaTags: () => void;
  onToggleFora: () => void;
  onCloseFora: () => void;
  onToggleCarry: () => void;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  return (
    <div className="capture-row">
      <fieldset className="tags">
        <legend>{t('box.questions')}</legend>
        {questions.length === 0 && <span className="muted">{t('box.noQuestions')}</span>}
        {questions.map((q, i) => (
          <label key={q.id} className="tag" title={t('box.questionTitle', { n: i + 1, text: q.text })}>
            <input
              type="checkbox"
              checked={tags.includes(q.id)}
              onChange={() => setTags((current) => toggle(current, q.id))}
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
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
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
        onClick={() => setStarred((s) => !s)}
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
            onToggle={(f) => setFora((cur) => toggle(cur, f))}
            onClose={onCloseFora}
          />
        )}
      </div>
    </div>
  );
});
