import type { KeySpec } from '../../renderer/src/common/keys';
import { CAPTURE_KEYS, TIMER_KEYS } from '../../renderer/src/keymap';

/**
 * The keys the page handles itself, as chords ("mod" is Ctrl, or Cmd on macOS, as the page reads
 * `ctrlKey || metaKey`), and the check that the menu's registered accelerators leave them alone.
 */
/** One key spec of the page's keymap as chords ("shift: any" gives both). */
function specChords(spec: KeySpec): string[] {
  const keys = [
    ...(spec.digit ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : []),
    ...(spec.codes ?? []).map((code) =>
      code
        .replace(/^Key/, '')
        .replace(/^Digit/, '')
        .replace(/^NumpadAdd$/, 'numadd')
        .replace(/^NumpadSubtract$/, 'numsub')
        .toLowerCase(),
    ),
    ...(spec.keys ?? []).map((key) => (key === ' ' ? 'space' : key === '+' ? 'plus' : key.toLowerCase())),
  ];
  const shifts = spec.shift === 'any' ? [false, true] : [Boolean(spec.shift)];
  return keys.flatMap((key) =>
    shifts.map((shift) =>
      [spec.ctrl ? 'mod' : '', spec.alt ? 'alt' : '', shift ? 'shift' : '', key].filter(Boolean).join('+'),
    ),
  );
}

/** The keys handled inside the capture box and the statement list (CONTEXT_KEYS describes them). */
const CONTEXT = [
  'enter',
  'shift+enter',
  'mod+enter',
  'up',
  'down',
  'home',
  'end',
  'pageup',
  'pagedown',
  'delete',
  'backspace',
  'escape',
  'f2',
  'e',
];

/** Every key the page handles, read from the app's own keymap tables. */
export const IN_APP_KEYS: readonly string[] = [
  ...new Set(
    [...CAPTURE_KEYS, ...TIMER_KEYS].flatMap((binding) => binding.specs.flatMap(specChords)).concat(CONTEXT),
  ),
];

const MODIFIER: Record<string, 'mod' | 'ctrl' | 'meta' | 'alt' | 'shift'> = {
  cmdorctrl: 'mod',
  commandorcontrol: 'mod',
  cmd: 'meta',
  command: 'meta',
  ctrl: 'ctrl',
  control: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  super: 'meta',
  meta: 'meta',
};

/** "CmdOrCtrl+Shift+1" on Linux → "ctrl+shift+1"; on macOS → "meta+shift+1". */
export function chord(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set<string>(
    parts.map((p) => {
      const m = MODIFIER[p.toLowerCase()];
      if (!m) throw new Error(`Unknown modifier ${p} in ${accelerator}`);
      return m === 'mod' ? (platform === 'darwin' ? 'meta' : 'ctrl') : m;
    }),
  );
  const named: Record<string, string> = { '+': 'plus', return: 'enter', esc: 'escape' };
  const order = ['ctrl', 'meta', 'alt', 'shift'] as const;
  return [...order.filter((m) => mods.has(m)), named[key] ?? key].join('+');
}

/** The page's keys as chords on one platform ("mod" read as Ctrl there, and as Cmd on macOS too). */
export function inAppChords(platform: NodeJS.Platform, keys: readonly string[] = IN_APP_KEYS): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    if (key.startsWith('mod+')) {
      out.add(chord(key.replace(/^mod\+/, 'Ctrl+'), platform));
      if (platform === 'darwin') out.add(chord(key.replace(/^mod\+/, 'Cmd+'), platform));
    } else out.add(chord(key, platform));
  }
  return out;
}

/** Registered accelerators that would take a key the page uses, as "label: chord". */
export function collisions(
  items: ReadonlyArray<{
    label?: string;
    role?: string;
    accelerator?: string;
    registerAccelerator?: boolean;
  }>,
  platform: NodeJS.Platform,
  keys: readonly string[] = IN_APP_KEYS,
): string[] {
  const taken = inAppChords(platform, keys);
  return items
    .filter((i) => i.accelerator && i.registerAccelerator !== false)
    .map((i) => ({ name: i.label ?? i.role ?? '?', chord: chord(i.accelerator!, platform) }))
    .filter((i) => taken.has(i.chord))
    .map((i) => `${i.name}: ${i.chord}`);
}
