/**
 * A labelled drop-down of fixed choices, optionally with an empty first choice ("Not recorded").
 * The select carries the label as its accessible name on its own, so the chosen value is not read as
 * part of it.
 */
export function PickList<T extends string>({
  label,
  value,
  options,
  emptyLabel,
  optionLabel = (option) => option,
  onChange,
}: {
  label: string;
  value: T | '';
  options: readonly T[];
  emptyLabel?: string;
  /** The words shown for a stored code. */
  optionLabel?: (option: T) => string;
  onChange: (value: T | '') => void;
}) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
