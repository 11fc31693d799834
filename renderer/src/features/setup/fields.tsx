import { useId, useState, type ReactNode } from 'react';
import { useCommitOnBlur, type Validate } from '../../common/useCommitOnBlur';
import { useT } from '../../i18n';

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onCommit: (value: string) => void;
  validate?: Validate;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time';
  inputMode?: 'numeric' | 'text';
  list?: string;
  placeholder?: string;
  className?: string;
  id?: string;
}

/** A labelled text field that commits on blur and shows its validation message beside it. */
export function TextField({
  label,
  value,
  onCommit,
  validate,
  hint,
  multiline,
  rows = 3,
  type = 'text',
  inputMode,
  list,
  placeholder,
  className,
  id,
}: TextFieldProps) {
  const auto = useId();
  const fieldId = id ?? `field${auto}`;
  const { error, props } = useCommitOnBlur(value, onCommit, validate);
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: fieldId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    placeholder,
    ...props,
  };
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={fieldId}>{label}</label>
      {multiline ? (
        <textarea rows={rows} dir="auto" {...common} />
      ) : (
        <input
          type={type}
          inputMode={inputMode}
          list={list}
          autoComplete="off"
          dir={type === 'text' && inputMode !== 'numeric' ? 'auto' : undefined}
          {...common}
        />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

const OTHER = '__other__';

/**
 * A select over fixed categories plus "Other…", which reveals a text input; a stored value that is not
 * one of the categories shows as Other with its text.
 */
export function CategoryField({
  label,
  otherLabel,
  options,
  optionLabel,
  toCode,
  value,
  onCommit,
}: {
  label: ReactNode;
  otherLabel: string;
  /** Stored codes, shown through `optionLabel`. */
  options: readonly string[];
  optionLabel: (code: string) => string;
  /** Text typed under "Other…" that names one of the options becomes its code. */
  toCode: (text: string) => string;
  value: string | null;
  onCommit: (value: string | null) => void;
}) {
  const { t } = useT('setup');
  const id = `category${useId()}`;
  const known = value !== null && options.includes(value);
  const [choosingOther, setChoosingOther] = useState(false);
  const isOther = (value !== null && !known) || choosingOther;
  const selectValue = isOther ? OTHER : (value ?? '');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selectValue}
        onChange={(event) => {
          const next = event.target.value;
          if (next === OTHER) {
            setChoosingOther(true);
            return;
          }
          setChoosingOther(false);
          onCommit(next === '' ? null : next);
        }}
      >
        <option value="">{t('notGiven')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
        <option value={OTHER}>{t('otherOption')}</option>
      </select>
      {isOther && (
        <OtherText
          label={otherLabel}
          value={known ? '' : (value ?? '')}
          onCommit={(text) => onCommit(text.trim() ? toCode(text) : null)}
        />
      )}
    </div>
  );
}

function OtherText({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  const { t } = useT('setup');
  const { props } = useCommitOnBlur(value, onCommit);
  return (
    <input
      className="other-text"
      aria-label={label}
      placeholder={t('otherPlaceholder')}
      dir="auto"
      {...props}
    />
  );
}
