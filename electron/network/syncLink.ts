import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';

/** The two ends of a team connection, as the sync layer sees them. */
export interface FramePipe {
  send(frame: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  close(code: number, reason: string): void;
}

/**
 * The Yjs sync protocol (y-protocols' step 1 / step 2 / update messages) over one team connection.
 * Both ends open with step 1 (their state vector) and answer the other's with step 2 (what it lacks),
 * so a laptop that captured offline and a host that restarted catch up on each other in one round.
 * Updates from the other end are handed to `receive`, never applied here: the app validates them and
 * writes the file before they count. An update that does not decode closes the connection.
 */
export class SyncLink {
  private closed = false;

  constructor(
    private readonly pipe: FramePipe,
    private readonly doc: () => Y.Doc,
    private readonly receive: (updates: Uint8Array[]) => Promise<void>,
  ) {
    pipe.onFrame((frame) => void this.onFrame(frame));
    pipe.onClose(() => (this.closed = true));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  start(): void {
    const encoder = encoding.createEncoder();
    sync.writeSyncStep1(encoder, this.doc());
    this.pipe.send(encoding.toUint8Array(encoder));
  }

  sendUpdate(update: Uint8Array): void {
    if (this.closed) return;
    const encoder = encoding.createEncoder();
    sync.writeUpdate(encoder, update);
    this.pipe.send(encoding.toUint8Array(encoder));
  }

  private async onFrame(frame: Uint8Array): Promise<void> {
    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(frame);
      type = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
      if (type === sync.messageYjsSyncStep1) Y.decodeStateVector(payload);
      else if (type === sync.messageYjsSyncStep2 || type === sync.messageYjsUpdate) Y.decodeUpdate(payload);
      else throw new Error('unknown message');
    } catch {
      this.pipe.close(1007, 'bad-sync-frame');
      return;
    }
    if (type === sync.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      sync.writeSyncStep2(encoder, this.doc(), payload);
      this.pipe.send(encoding.toUint8Array(encoder));
      return;
    }
    try {
      await this.receive([payload]);
    } catch (error) {
      console.error('Session Desk: an update from a team member was not applied:', error);
    }
  }
}
