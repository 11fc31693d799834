import { useId, useRef, useState } from 'react';
import type { StatementSuggestion } from '../../../../shared/drafting/types';
import type { Change } from '../../../../shared/model/changes';
import { live, type Statement } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { acceptAllChanges, suggestionCounts, type SuggestionCounts } from './suggestions';

/**
 * "Accept all suggestions above N%": for a transcript import of a hundred untagged turns. One click is
 * one undoable step; statements already tagged or marked “no question” are never touched.
 */
export function SuggestionBar({
  statements,
  suggestions,
  apply,
}: {
  /** The session's statements as stored (file order, deleted ones included): counted change by change. */
  statements: readonly Statement[];
  suggestions: ReadonlyMap<string, StatementSuggestion>;
  apply: (label: string, changes: Change[]) => void;
}) {
  const { t } = useT('capture');
  const id = useId();
  const [percent, setPercent] = useState(80);
  // Brought up to date from the last count: an add looks at the new statement, not at every one.
  const counted = useRef<SuggestionCounts | null>(null);
  const { open, ready } = (counted.current = suggestionCounts(
    counted.current,
    statements,
    suggestions,
    percent / 100,
  ));
  if (!open) return null;
  return (
    <div className="suggestion-bar" role="region" aria-label={t('suggest.region')}>
      <span>{t('suggest.open', { count: open })}</span>
      <label htmlFor={id}>{t('suggest.confidence')}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={100}
        step={5}
        value={percent}
        onChange={(e) => setPercent(Math.max(0, Math.min(100, Number(e.target.value) || 0)))}
      />
      <span aria-hidden="true">%</span>
      <button
        type="button"
        className="secondary small"
        disabled={!ready}
        onClick={() => {
          const changes = acceptAllChanges(live(statements), suggestions, percent / 100);
          if (changes.length) apply(t('undo.acceptAll', { count: changes.length }), changes);
        }}
      >
        {t('suggest.accept', { count: ready })}
      </button>
    </div>
  );
}
