/**
 * One table per screen lists its keys; the key handler looks an event up in it and the help shows it,
 * so what the help says and what the keys do cannot drift apart.
 */
export interface KeySpec {
  /** `KeyboardEvent.code` values (layout-independent letters and digits)… */
  codes?: readonly string[];
  /** …or `KeyboardEvent.key` values (symbols such as +, F1, Space). */
  keys?: readonly string[];
  /** Matches Digit1…Digit9; the handler reads which one with `digitOf`. */
  digit?: true;
  ctrl?: boolean;
  alt?: boolean;
  /** true or false must match; 'any' ignores Shift (symbols typed with Shift on some layouts). */
  shift?: boolean | 'any';
}

export interface KeyBinding<A extends string> {
  action: A;
  /** One or more ways to press it. */
  specs: readonly KeySpec[];
  /** How the help and the buttons write it, e.g. "Ctrl+1 … Ctrl+9"; what it does is in the catalogs. */
  label: string;
}

export function matchesSpec(spec: KeySpec, event: KeyboardEvent): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl !== Boolean(spec.ctrl) || event.altKey !== Boolean(spec.alt)) return false;
  if (spec.shift !== 'any' && event.shiftKey !== Boolean(spec.shift)) return false;
  if (spec.digit) return /^Digit[1-9]$/.test(event.code);
  return Boolean(spec.codes?.includes(event.code) || spec.keys?.includes(event.key));
}

/** The first binding any of whose specs the event matches. */
export function findBinding<A extends string>(
  table: ReadonlyArray<KeyBinding<A>>,
  event: KeyboardEvent,
): KeyBinding<A> | undefined {
  return table.find((binding) => binding.specs.some((spec) => matchesSpec(spec, event)));
}

/** 1…9 for Digit1…Digit9, else null. */
export const digitOf = (event: KeyboardEvent): number | null =>
  /^Digit[1-9]$/.test(event.code) ? Number(event.code.slice(5)) : null;

const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/**
 * Whether keys pressed on `target` are text being typed: a text box, a text area, editable content.
 * A focused select, checkbox or button is not typing, so screen shortcuts still work there.
 */
export function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  return el.tagName === 'INPUT' && !NOT_TEXT.has((el as HTMLInputElement).type);
}
