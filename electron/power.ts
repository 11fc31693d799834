/** The part of Electron's `powerSaveBlocker` this app uses. */
export interface PowerSaveBlocker {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number;
  stop(id: number): void;
}

/**
 * Keeps the display awake while a turn's timer runs in any session or the stage screen is open, and
 * lets it sleep again as soon as neither is true: one blocker at a time, never a leaked one.
 */
export class KeepAwake {
  private readonly running = new Set<string>();
  private stageOpen = false;
  private blockId: number | null = null;

  constructor(private readonly blocker: PowerSaveBlocker) {}

  /** Whether a turn runs in this session now (called after every change to it). */
  timer(sessionId: string, running: boolean): void {
    if (running) this.running.add(sessionId);
    else this.running.delete(sessionId);
    this.apply();
  }

  stage(open: boolean): void {
    this.stageOpen = open;
    this.apply();
  }

  get awake(): boolean {
    return this.blockId !== null;
  }

  private apply(): void {
    const wanted = this.stageOpen || this.running.size > 0;
    if (wanted && this.blockId === null) this.blockId = this.blocker.start('prevent-display-sleep');
    else if (!wanted && this.blockId !== null) {
      this.blocker.stop(this.blockId);
      this.blockId = null;
    }
  }
}
