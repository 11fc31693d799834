import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { ServerMessageSchema, TEAM_FRAME_MAX, type TeamLink } from '../../shared/sync/protocol';
import type { FramePipe } from './syncLink';

export type JoinState = 'connecting' | 'waiting' | 'live' | 'offline' | 'refused';

export interface TeamClientEvents {
  /** Approved: the connection is ready for the sync protocol. */
  live(pipe: FramePipe): void;
  state(state: JoinState, message?: string): void;
}

const fingerprintOfSocket = (socket: TLSSocket): string =>
  (socket.getPeerCertificate()?.fingerprint256 ?? '').replace(/:/g, '').toLowerCase();

/**
 * A team member's connection to the host: TLS to the address in the link, trusting only the
 * certificate whose fingerprint the link carries (checked before anything is sent), the token in the
 * first message, then the sync protocol. It reconnects by itself after a drop (the host restarting, the
 * Wi-Fi going away) until `stop`; a refusal (wrong or revoked token) stops it.
 */
export class TeamClient {
  private ws: WebSocket | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private backoff = 250;
  state: JoinState = 'connecting';
  message = '';

  constructor(
    readonly link: TeamLink,
    private readonly device: { id: string; name: string },
    private readonly events: TeamClientEvents,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.ws?.terminate();
    this.ws = null;
  }

  private set(state: JoinState, message = ''): void {
    this.state = state;
    this.message = message;
    this.events.state(state, message);
  }

  private connect(): void {
    if (this.stopped) return;
    const host = this.link.host.includes(':') ? `[${this.link.host}]` : this.link.host;
    // The certificate is self-signed, so the usual chain check cannot vouch for it: the pinned
    // fingerprint does, on the upgrade response, before the token is sent.
    const ws = new WebSocket(`wss://${host}:${this.link.port}/team`, {
      rejectUnauthorized: false,
      maxPayload: TEAM_FRAME_MAX,
      handshakeTimeout: 5_000,
      perMessageDeflate: false,
    });
    this.ws = ws;
    let pinned = false;
    ws.on('upgrade', (res) => {
      pinned = fingerprintOfSocket(res.socket as TLSSocket) === this.link.fingerprint;
      if (!pinned) {
        this.set(
          'refused',
          "The host's key does not match the link: this is not the computer that shared the session.",
        );
        this.stopped = true;
        ws.terminate();
      }
    });
    const frameListeners: Array<(frame: Uint8Array) => void> = [];
    const closeListeners: Array<() => void> = [];
    ws.on('open', () => {
      if (!pinned) return ws.terminate();
      ws.send(
        JSON.stringify({
          type: 'hello',
          token: this.link.token,
          device: this.device,
          sessionId: this.link.sessionId,
        }),
      );
    });
    ws.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (isBinary) {
        for (const listener of frameListeners) listener(new Uint8Array(bytes));
        return;
      }
      let parsed;
      try {
        parsed = ServerMessageSchema.safeParse(JSON.parse(bytes.toString('utf8')));
      } catch {
        return;
      }
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'waiting') this.set('waiting', 'Waiting for the host to approve this computer.');
      else if (message.type === 'welcome') {
        this.backoff = 250;
        this.set('live');
        this.events.live({
          send: (frame) => ws.readyState === ws.OPEN && ws.send(frame, { binary: true }),
          onFrame: (listener) => frameListeners.push(listener),
          onClose: (listener) => closeListeners.push(listener),
          close: (code, reason) => ws.close(code, reason),
        });
      } else if (message.type === 'error' && ['bad-token', 'revoked', 'refused'].includes(message.code)) {
        this.stopped = true;
        this.set('refused', message.message);
      }
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      for (const listener of closeListeners) listener();
      if (this.ws === ws) this.ws = null;
      if (this.stopped) return;
      this.set('offline', 'Not connected to the host; changes are kept here and sent when it is back.');
      this.retry = setTimeout(() => this.connect(), this.backoff);
      this.retry.unref?.();
      this.backoff = Math.min(this.backoff * 2, 3_000);
    });
  }
}
