import type { CDPSession, Page } from '@playwright/test';
import type { KeySpec } from '../../renderer/src/common/keys';

/**
 * Key presses for the e2e tests, made from the app's own keymap rows, and a keyboard that counts them.
 * Every press is a real input event in Chromium: letters and digits by their physical key (as
 * Playwright's keyboard sends them), symbols by their key value through the DevTools input domain, as
 * a keyboard layout that has that symbol (a minus sign, a slash typed with Shift) would send it.
 */
export interface Press {
  /** How the test reports it, e.g. "Control+Shift+KeyZ" or "Control+Shift+'/'". */
  label: string;
  /** 1…9 for a digit row. */
  digit?: number;
  send(keys: Keys): Promise<void>;
}

/** The US-layout key a symbol sits on, where it has one (the key code some pages read). */
const SYMBOL_KEYS: Record<string, { code: string; keyCode: number }> = {
  ' ': { code: 'Space', keyCode: 32 },
  '/': { code: 'Slash', keyCode: 191 },
  '+': { code: 'Equal', keyCode: 187 },
  '=': { code: 'Equal', keyCode: 187 },
  '-': { code: 'Minus', keyCode: 189 },
  F1: { code: 'F1', keyCode: 112 },
};

interface Modifiers {
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

/** Every way to press one key spec: each digit of a digit row, each code or key, both Shifts when it says "any". */
export function pressesOf(spec: KeySpec): Press[] {
  const shifts = spec.shift === 'any' ? [false, true] : [Boolean(spec.shift)];
  return shifts.flatMap((shift) => {
    const mods = [spec.ctrl && 'Control', spec.alt && 'Alt', shift && 'Shift'].filter(Boolean).join('+');
    const chord = (key: string) => (mods ? `${mods}+${key}` : key);
    const digits = spec.digit
      ? [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d): Press => ({
          label: chord(`Digit${d}`),
          digit: d,
          send: (k) => k.press(chord(`Digit${d}`)),
        }))
      : [];
    const codes = (spec.codes ?? []).map((code): Press => ({
      label: chord(code),
      send: (k) => k.press(chord(code)),
    }));
    const keys = (spec.keys ?? []).map((key): Press => ({
      label: chord(JSON.stringify(key)),
      send: (k) => k.pressKeyValue(key, { ctrl: spec.ctrl, alt: spec.alt, shift }),
    }));
    return [...digits, ...codes, ...keys];
  });
}

/**
 * The page's keyboard, counting the key presses (a chord such as Ctrl+Shift+A is one press); text
 * typed with `type` is not counted, so the count is the keys an action takes besides its words.
 */
export class Keys {
  count = 0;
  private cdp: CDPSession | null = null;
  constructor(readonly page: Page) {}

  async press(chord: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(chord);
  }

  /** Presses `chord` n times. */
  async repeat(chord: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) await this.press(chord);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** A key press by its key value, as a layout that has the symbol sends it. */
  async pressKeyValue(key: string, mods: Modifiers = {}): Promise<void> {
    this.count++;
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const where = SYMBOL_KEYS[key] ?? { code: '', keyCode: 0 };
    const modifiers = (mods.alt ? 1 : 0) | (mods.ctrl ? 2 : 0) | (mods.shift ? 8 : 0);
    const text = key.length === 1 ? key : '';
    const typed = text !== '' && !mods.ctrl && !mods.alt;
    const common = {
      key,
      code: where.code,
      windowsVirtualKeyCode: where.keyCode,
      nativeVirtualKeyCode: where.keyCode,
      modifiers,
    };
    await this.cdp.send('Input.dispatchKeyEvent', {
      type: typed ? 'keyDown' : 'rawKeyDown',
      ...common,
      ...(typed ? { text, unmodifiedText: text } : {}),
    });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  }
}
