import type { StatementKind } from '../../shared/model/session';
import type { KeyBinding } from './common/keys';

/**
 * Every shortcut of the app, one table per screen. The screens' key handlers look each key press up
 * here and the help (F1, the timer's key line) lists these same rows, so they cannot drift apart.
 */

// --- capture ---
export type CaptureAction =
  | 'help'
  | 'undo'
  | 'redo'
  | 'findSpeaker'
  | 'speaker'
  | 'audience'
  | 'search'
  | 'tag'
  | 'noQuestion'
  | 'carryTags'
  | 'nextKind'
  | 'previousKind'
  | `kind:${StatementKind}`
  | 'star'
  | 'fora'
  | 'transcript'
  | 'acceptSuggestion';

/** One key per kind: Alt plus a letter of its name; the same key again goes back to a plain statement. */
export const KIND_KEYS: ReadonlyArray<{ kind: StatementKind; code: string; letter: string }> = [
  { kind: 'statement', code: 'KeyN', letter: 'N' },
  { kind: 'question', code: 'KeyQ', letter: 'Q' },
  { kind: 'recommendation', code: 'KeyR', letter: 'R' },
  { kind: 'commitment', code: 'KeyC', letter: 'C' },
  { kind: 'key-takeaway-candidate', code: 'KeyT', letter: 'T' },
  { kind: 'call-to-action-candidate', code: 'KeyA', letter: 'A' },
  { kind: 'quote', code: 'KeyU', letter: 'U' },
  { kind: 'poll-result', code: 'KeyP', letter: 'P' },
];

export const kindKey = (kind: StatementKind): string =>
  `Alt+${KIND_KEYS.find((k) => k.kind === kind)?.letter ?? ''}`;

/**
 * The rapporteur's keys, in the order the help lists them. The capture screen's key handler looks
 * every key press up here, so a key the help lists is a key that works.
 */
export const CAPTURE_KEYS: ReadonlyArray<KeyBinding<CaptureAction>> = [
  {
    action: 'help',
    specs: [{ keys: ['F1'] }, { keys: ['/'], ctrl: true, shift: 'any' }],
    label: 'F1, Ctrl+/',
  },
  {
    action: 'redo',
    specs: [
      { codes: ['KeyZ'], ctrl: true, shift: true },
      { codes: ['KeyY'], ctrl: true, shift: 'any' },
    ],
    label: 'Ctrl+Shift+Z, Ctrl+Y',
  },
  {
    action: 'undo',
    specs: [{ codes: ['KeyZ'], ctrl: true }],
    label: 'Ctrl+Z',
  },
  {
    action: 'findSpeaker',
    specs: [{ codes: ['KeyK'], ctrl: true }],
    label: 'Ctrl+K',
  },
  {
    action: 'speaker',
    specs: [{ digit: true, ctrl: true }],
    label: 'Ctrl+1 … Ctrl+9',
  },
  {
    action: 'audience',
    specs: [{ codes: ['KeyA'], ctrl: true, shift: true }],
    label: 'Ctrl+Shift+A',
  },
  {
    action: 'search',
    specs: [{ codes: ['KeyF'], ctrl: true }],
    label: 'Ctrl+F',
  },
  {
    action: 'tag',
    specs: [{ digit: true, alt: true }],
    label: 'Alt+1 … Alt+9',
  },
  {
    action: 'noQuestion',
    specs: [{ codes: ['Digit0'], alt: true }],
    label: 'Alt+0',
  },
  {
    action: 'carryTags',
    specs: [{ codes: ['KeyG'], alt: true }],
    label: 'Alt+G',
  },
  ...KIND_KEYS.map(({ kind, code, letter }): KeyBinding<CaptureAction> => ({
    action: `kind:${kind}`,
    specs: [{ codes: [code], alt: true }],
    label: `Alt+${letter}`,
  })),
  {
    action: 'nextKind',
    specs: [{ codes: ['KeyK'], alt: true }],
    label: 'Alt+K',
  },
  {
    action: 'previousKind',
    specs: [{ codes: ['KeyK'], alt: true, shift: true }],
    label: 'Alt+Shift+K',
  },
  { action: 'star', specs: [{ codes: ['KeyS'], alt: true }], label: 'Alt+S' },
  {
    action: 'fora',
    specs: [{ codes: ['KeyF'], alt: true }],
    label: 'Alt+F',
  },
  {
    action: 'transcript',
    specs: [{ codes: ['KeyI'], alt: true }],
    label: 'Alt+I',
  },
  {
    action: 'acceptSuggestion',
    specs: [{ codes: ['KeyY'], alt: true }],
    label: 'Alt+Y',
  },
];

/** How the help and the buttons write a capture key, e.g. "Alt+S". */
export const captureKeyLabel = (action: CaptureAction): string =>
  CAPTURE_KEYS.find((k) => k.action === action)?.label ?? '';

/**
 * Keys handled inside the list and the box rather than by the screen, listed in the help too; their
 * words are the capture catalog's `keys.context.<id>` (and `<id>Keys` when the keys need words).
 */
export const CONTEXT_KEYS = ['enter', 'selectLast', 'onSelected'] as const;

// --- timer ---
export type TimerAction =
  | 'startPause'
  | 'next'
  | 'end'
  | 'addMinute'
  | 'takeMinute'
  | 'message'
  | 'hideMessage'
  | 'blackout'
  | 'openStage'
  | 'queue'
  | 'undo'
  | 'redo';

/**
 * The moderator's keys. They act whenever the focus is not in a text field (a focused select, checkbox
 * or button does not block them); the hints under the clock and the tests read this same table.
 */
export const TIMER_KEYS: ReadonlyArray<KeyBinding<TimerAction>> = [
  // Chromium reports the space bar as ' ' only (the old "Spacebar" value never reaches the page).
  { action: 'startPause', specs: [{ keys: [' '] }], label: 'Space' },
  { action: 'next', specs: [{ codes: ['KeyN'], shift: 'any' }], label: 'N' },
  { action: 'end', specs: [{ codes: ['KeyE'], shift: 'any' }], label: 'E' },
  {
    action: 'addMinute',
    specs: [
      { keys: ['+', '='], shift: 'any' },
      { codes: ['NumpadAdd'], shift: 'any' },
    ],
    label: '+',
  },
  {
    action: 'takeMinute',
    specs: [
      { keys: ['-', '−'], shift: 'any' },
      { codes: ['NumpadSubtract'], shift: 'any' },
    ],
    label: '−',
  },
  { action: 'message', specs: [{ codes: ['KeyM'] }], label: 'M' },
  { action: 'hideMessage', specs: [{ codes: ['KeyH'] }], label: 'H' },
  { action: 'blackout', specs: [{ codes: ['KeyB'] }], label: 'B' },
  { action: 'openStage', specs: [{ codes: ['KeyO'] }], label: 'O' },
  { action: 'queue', specs: [{ codes: ['KeyQ'] }], label: 'Q' },
  { action: 'undo', specs: [{ codes: ['KeyZ'], ctrl: true }], label: 'Ctrl+Z' },
  {
    action: 'redo',
    specs: [
      { codes: ['KeyZ'], ctrl: true, shift: true },
      { codes: ['KeyY'], ctrl: true },
    ],
    label: 'Ctrl+Shift+Z, Ctrl+Y',
  },
];

export const timerKeyLabel = (action: TimerAction): string =>
  TIMER_KEYS.find((k) => k.action === action)?.label ?? '';

// --- session list ---
export type ListAction = 'undo' | 'search';

/**
 * The session list's keys, the same as the capture screen's for the same acts: Ctrl+Z puts back the
 * session just deleted (outside a text box, which keeps it for its text), Ctrl+F goes to the search.
 */
export const LIST_KEYS: ReadonlyArray<KeyBinding<ListAction>> = [
  { action: 'undo', specs: [{ codes: ['KeyZ'], ctrl: true }], label: 'Ctrl+Z' },
  { action: 'search', specs: [{ codes: ['KeyF'], ctrl: true }], label: 'Ctrl+F' },
];
