import type { StatementKind } from '../../shared/model/session';
import { codeLabel } from '../../shared/i18n/codeLabels';
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
    label: 'F1 or Ctrl+/',
    what: 'This help; Escape closes it',
  },
  {
    action: 'redo',
    specs: [
      { codes: ['KeyZ'], ctrl: true, shift: true },
      { codes: ['KeyY'], ctrl: true, shift: 'any' },
    ],
    label: 'Ctrl+Shift+Z (or Ctrl+Y)',
    what: 'Redo',
  },
  {
    action: 'undo',
    specs: [{ codes: ['KeyZ'], ctrl: true }],
    label: 'Ctrl+Z',
    what: 'Undo adding, editing, deleting, tagging and transcript imports. While the capture box holds text, Ctrl+Z undoes typing there instead; empty the box (or select a statement) to undo edits.',
  },
  {
    action: 'findSpeaker',
    specs: [{ codes: ['KeyK'], ctrl: true }],
    label: 'Ctrl+K',
    what: 'Choose the speaker by typing part of the name; Enter picks',
  },
  {
    action: 'speaker',
    specs: [{ digit: true, ctrl: true }],
    label: 'Ctrl+1 … Ctrl+9',
    what: 'Choose the speaker with that number (numbers stay with a person all session). On a selected statement: change its speaker',
  },
  {
    action: 'audience',
    specs: [{ codes: ['KeyA'], ctrl: true, shift: true }],
    label: 'Ctrl+Shift+A',
    what: 'Add a speaker from the audience (name, stakeholder group, onsite/online optional)',
  },
  {
    action: 'search',
    specs: [{ codes: ['KeyF'], ctrl: true }],
    label: 'Ctrl+F',
    what: 'Search the statements; Enter edits the first match, Escape returns to the capture box',
  },
  {
    action: 'tag',
    specs: [{ digit: true, alt: true }],
    label: 'Alt+1 … Alt+9',
    what: 'Tag policy question 1…9 (several allowed)',
  },
  {
    action: 'carryTags',
    specs: [{ codes: ['KeyG'], alt: true }],
    label: 'Alt+G',
    what: 'Keep the question tags for the next statements too (on / off); otherwise they clear after each statement',
  },
  ...KIND_KEYS.map(({ kind, code, letter }): KeyBinding<CaptureAction> => ({
    action: `kind:${kind}`,
    specs: [{ codes: [code], alt: true }],
    label: `Alt+${letter}`,
    what:
      kind === 'statement'
        ? 'Plain statement'
        : kind === 'poll-result'
          ? 'Poll result: question and "Label: count" lines (Ctrl+Enter adds)'
          : `Kind: ${codeLabel('kind', kind)} (again: back to a plain statement)`,
  })),
  {
    action: 'nextKind',
    specs: [{ codes: ['KeyK'], alt: true }],
    label: 'Alt+K',
    what: 'Next kind',
  },
  {
    action: 'previousKind',
    specs: [{ codes: ['KeyK'], alt: true, shift: true }],
    label: 'Alt+Shift+K',
    what: 'Previous kind',
  },
  { action: 'star', specs: [{ codes: ['KeyS'], alt: true }], label: 'Alt+S', what: 'Star' },
  {
    action: 'fora',
    specs: [{ codes: ['KeyF'], alt: true }],
    label: 'Alt+F',
    what: 'Follow-up fora checklist (numbers toggle, Enter or Escape closes)',
  },
  {
    action: 'transcript',
    specs: [{ codes: ['KeyI'], alt: true }],
    label: 'Alt+I',
    what: 'Import a RAW captioning transcript',
  },
  {
    action: 'acceptSuggestion',
    specs: [{ codes: ['KeyY'], alt: true }],
    label: 'Alt+Y',
    what: 'On a selected untagged statement: accept its top suggestion, a question or “no question” (the dashed chip)',
  },
];

/** Keys handled inside the list and the box rather than by the screen, listed in the help too. */
export const CONTEXT_KEYS: ReadonlyArray<[string, string]> = [
  ['Enter', 'Add the statement (Shift+Enter: new line)'],
  [
    '↑ in the empty box',
    'Select the last statement; ↑/↓ move, E or Enter edits the text, Delete deletes, Esc returns',
  ],
  [
    'Alt+1…9, Alt+Q…, Alt+S, Ctrl+1…9 on a selected statement',
    'Change that statement’s tags, kind, star or speaker',
  ],
];

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
  { action: 'startPause', specs: [{ keys: [' ', 'Spacebar'] }], label: 'Space', what: 'start / pause' },
  { action: 'next', specs: [{ codes: ['KeyN'], shift: 'any' }], label: 'N', what: 'next in queue' },
  { action: 'end', specs: [{ codes: ['KeyE'], shift: 'any' }], label: 'E', what: 'end turn' },
  {
    action: 'addMinute',
    specs: [
      { keys: ['+', '='], shift: 'any' },
      { codes: ['NumpadAdd'], shift: 'any' },
    ],
    label: '+',
    what: 'add a minute',
  },
  {
    action: 'takeMinute',
    specs: [
      { keys: ['-', '−'], shift: 'any' },
      { codes: ['NumpadSubtract'], shift: 'any' },
    ],
    label: '−',
    what: 'take a minute',
  },
  { action: 'message', specs: [{ codes: ['KeyM'] }], label: 'M', what: 'message to the stage' },
  { action: 'hideMessage', specs: [{ codes: ['KeyH'] }], label: 'H', what: 'hide the message' },
  { action: 'blackout', specs: [{ codes: ['KeyB'] }], label: 'B', what: 'blackout on / off' },
  { action: 'openStage', specs: [{ codes: ['KeyO'] }], label: 'O', what: 'open the stage screen' },
  { action: 'queue', specs: [{ codes: ['KeyQ'] }], label: 'Q', what: 'add someone to the queue' },
  { action: 'undo', specs: [{ codes: ['KeyZ'], ctrl: true }], label: 'Ctrl+Z', what: 'undo' },
  {
    action: 'redo',
    specs: [
      { codes: ['KeyZ'], ctrl: true, shift: true },
      { codes: ['KeyY'], ctrl: true },
    ],
    label: 'Ctrl+Shift+Z',
    what: 'redo',
  },
];

export const timerKeyLabel = (action: TimerAction): string =>
  TIMER_KEYS.find((k) => k.action === action)?.label ?? '';
