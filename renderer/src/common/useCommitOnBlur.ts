import { useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Returns a message when `value` cannot be saved, or null when it can. */
export type Validate = (value: string) => string | null;

/**
 * A text field that edits a draft and commits it once, when the field loses focus (or Enter in a
 * one-line field), rather than on every keystroke. An invalid draft is kept on screen with its message
 * and is not sent. A draft still pending when the field disappears (tab switch) is committed then.
 */
export function useCommitOnBlur(committed: string, commit: (value: string) => void, validate?: Validate) {
  const { t } = useT('app');
  const [draft, setDraft] = useState(committed);
  const [base, setBase] = useState(committed);
  const [error, setError] = useState<string | null>(null);
  // The saved value changed underneath (our own commit, or another edit): show it.
  if (committed !== base) {
    setBase(committed);
    setDraft(committed);
    setError(null);
  }

  const latest = useRef({ draft, committed, commit, validate, badInput: false });
  useEffect(() => {
    latest.current = { ...latest.current, draft, committed, commit, validate };
  });
  useEffect(
    () => () => {
      const l = latest.current;
      if (!l.badInput && l.draft !== l.committed && !l.validate?.(l.draft)) l.commit(l.draft);
    },
    [],
  );

  const finish = (element: Field) => {
    // A half-typed native date or time reports an empty value with `badInput` set.
    const badInput = 'validity' in element && element.validity?.badInput === true;
    latest.current.badInput = badInput;
    if (badInput) {
      setError(t('field.incomplete'));
      return;
    }
    const message = validate?.(draft) ?? null;
    setError(message);
    if (!message && draft !== committed) commit(draft);
  };

  return {
    error,
    props: {
      value: draft,
      onChange: (event: ChangeEvent<Field>) => {
        setDraft(event.target.value);
        if (error) setError(validate?.(event.target.value) ?? null);
      },
      onBlur: (event: FocusEvent<Field>) => finish(event.currentTarget),
      onKeyDown: (event: KeyboardEvent<Field>) => {
        if (event.key === 'Enter' && event.currentTarget instanceof HTMLInputElement)
          finish(event.currentTarget);
      },
    },
  };
}
