import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { translator } from '../shared/i18n/index';
import type { UiLanguage } from '../shared/i18n/languages';

/** A display as the stage chooser sees it. */
export interface StageDisplay {
  id: number;
  bounds: Rectangle;
  label?: string;
  internal?: boolean;
}

/**
 * Where the stage screen goes: the chosen display when it is still connected, otherwise the first
 * display the main window is not on, otherwise none (a normal window beside the main one).
 */
export function pickStageDisplay(
  displays: readonly StageDisplay[],
  mainDisplayId: number | null,
  chosenId: number | null,
): StageDisplay | null {
  const chosen = chosenId === null ? undefined : displays.find((d) => d.id === chosenId);
  if (chosen) return chosen;
  return displays.find((d) => d.id !== mainDisplayId) ?? null;
}

/** Names for the "Display for the stage" menu: what the OS calls it, its size, and which is which. */
export function describeDisplays(
  displays: readonly StageDisplay[],
  mainDisplayId: number | null,
  language: UiLanguage = 'en',
): Array<{ id: number; label: string }> {
  const { t } = translator(language);
  return displays.map((d, i) => {
    const name =
      d.label?.trim() || (d.internal ? t('display.builtIn') : t('display.numbered', { number: i + 1 }));
    const size = { name, width: d.bounds.width, height: d.bounds.height };
    return {
      id: d.id,
      label: d.id === mainDisplayId ? t('display.sizeWithMain', size) : t('display.size', size),
    };
  });
}

export interface StagePorts {
  /** Creates the window with the app's secure preferences added to these options. */
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  displays(): StageDisplay[];
  /** The window's title, in the language of the screens. */
  title?(): string;
  mainDisplayId(): number | null;
  urlFor(sessionId: string): string;
  /** Told whenever the stage opens or closes (the display is kept awake while it is open). */
  onOpenChange(open: boolean): void;
}

/**
 * The stage-facing window: one at a time (a second request switches its session and focuses it),
 * fullscreen on the chosen or the other display, kept on top when asked.
 */
export class StageWindow {
  private window: BrowserWindow | null = null;
  displayId: number | null = null;
  onTop = false;

  constructor(private readonly ports: StagePorts) {}

  get isOpen(): boolean {
    return !!this.window && !this.window.isDestroyed();
  }

  open(sessionId: string): void {
    const url = this.ports.urlFor(sessionId);
    if (this.window && !this.window.isDestroyed()) {
      if (this.window.webContents.getURL() !== url) void this.window.loadURL(url);
      this.window.show();
      this.window.focus();
      return;
    }
    const target = pickStageDisplay(this.ports.displays(), this.ports.mainDisplayId(), this.displayId);
    const window = this.ports.createWindow({
      ...(target ? { ...target.bounds, fullscreen: true } : { width: 960, height: 600 }),
      title: this.ports.title?.() ?? 'Session Desk · Stage',
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      alwaysOnTop: this.onTop,
      show: false,
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (this.window === window) {
        this.window = null;
        this.ports.onOpenChange(false);
      }
    });
    void window.loadURL(url);
    this.window = window;
    this.ports.onOpenChange(true);
  }

  close(): boolean {
    if (!this.window || this.window.isDestroyed()) return false;
    this.window.close();
    return true;
  }

  setOnTop(onTop: boolean): void {
    this.onTop = onTop;
    if (this.isOpen) this.window!.setAlwaysOnTop(onTop, 'screen-saver');
  }

  /** Moves an open stage to the display chosen now. */
  setDisplay(displayId: number | null): void {
    this.displayId = displayId;
    if (!this.isOpen) return;
    const target = pickStageDisplay(this.ports.displays(), this.ports.mainDisplayId(), displayId);
    if (!target) return;
    const window = this.window!;
    window.setFullScreen(false);
    window.setBounds(target.bounds);
    window.setFullScreen(true);
  }
}
