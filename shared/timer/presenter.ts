/**
 * The stage screen's extra state — the moderator's message and blackout — is not part of the session
 * file (it is not a record of the session, and the schema belongs to the model). The main window writes
 * it to localStorage under `presenterKey(sessionId)`; both windows share the app's origin, so the
 * presenter window hears every write at once through the `storage` event. These are the pure parts:
 * the key, a defensive parser, and the colour contrast rule the stage screen uses.
 */

export interface PresenterState {
  message: string;
  /** The message is shown only while this is true, so it can be prepared before it is flashed. */
  showMessage: boolean;
  blackout: boolean;
  /** A pinned message stays up across turns; an unpinned one belongs to the turn it was shown in. */
  pinned: boolean;
  /** The turn that had the floor when the message was shown (null: no turn was open). */
  turnId: string | null;
}

export const EMPTY_PRESENTER: PresenterState = Object.freeze({
  message: '',
  showMessage: false,
  blackout: false,
  pinned: false,
  turnId: null,
});

/**
 * Whether the stage shows the message now: "Please wrap up — 30 seconds" is for the speaker it was
 * shown to, so a new turn takes it down unless the moderator pinned it.
 */
export function messageVisible(state: PresenterState, openTurnId: string | null): boolean {
  if (!state.showMessage || state.message.trim() === '') return false;
  return state.pinned || state.turnId === openTurnId;
}

export const presenterKey = (sessionId: string): string => `session-desk.presenter.${sessionId}`;

export function parsePresenterState(raw: string | null): PresenterState {
  if (!raw) return { ...EMPTY_PRESENTER };
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof PresenterState, unknown>> | null;
    return {
      message: typeof value?.message === 'string' ? value.message.slice(0, 500) : '',
      showMessage: value?.showMessage === true,
      blackout: value?.blackout === true,
      pinned: value?.pinned === true,
      turnId: typeof value?.turnId === 'string' ? value.turnId.slice(0, 100) : null,
    };
  } catch {
    return { ...EMPTY_PRESENTER };
  }
}

const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of "#rrggbb" (0 for anything else). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** Where the moderator's "Start segment" mark is kept (the Timer tab writes it, the stage reads it). */
export const segmentMarkKey = (sessionId: string): string => `session-desk.timer.${sessionId}.segment`;

export function parseSegmentMark(raw: string | null): string | null {
  try {
    const v = JSON.parse(raw ?? 'null') as unknown;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/**
 * Identity of the message as shown: a new text, or the same text shown again for another turn, is a
 * new message and flashes once; a re-render of the same message does not.
 */
export function messageFlashKey(state: PresenterState): string {
  return `${state.turnId ?? ''}\u0000${state.message}`;
}
