import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  BROWSER_FRAME_MAX,
  BrowserMessageSchema,
  describeUserAgent,
  HelloSchema,
  mayDo,
  ROLES,
  TEAM_FRAME_MAX,
  type Device,
  type OnlineRequest,
  type ServerMessage,
  type ShareRole,
} from '../../shared/sync/protocol';
import type { Identity } from './identity';
import { pageAssets, WEB_PAGES } from './webPages';

/** Failed hellos allowed from one address in the window before it is refused for the window. */
export const FAILED_HELLO_LIMIT = 5;
export const FAILED_HELLO_WINDOW_MS = 60_000;
const HELLO_TIMEOUT_MS = 5_000;
const MAX_CONNECTIONS = 64;
const MAX_PER_ADDRESS = 16;
/** A page sends a ping every few seconds and a request now and then: more than this is abuse. */
const MESSAGES_PER_10S = 40;
const BAD_FRAMES_BEFORE_CLOSE = 3;

export type Tokens = Record<ShareRole, string>;
export const newToken = (): string => randomBytes(24).toString('base64url');
export const newTokens = (): Tokens => ({ stage: newToken(), online: newToken(), team: newToken() });

export interface DeviceEntry {
  id: string;
  role: ShareRole;
  /** "iPad, Safari" or the team member's computer name. */
  name: string;
  address: string;
  state: 'pending' | 'approved' | 'revoked';
  connected: number;
}

/** What the server needs from the app. Every call is given already-validated input. */
export interface ShareHost {
  /** The stage/queue view for browser pages, as a `view` message. */
  view(role: 'stage' | 'online'): ServerMessage;
  /** An online floor request; resolves once it is durable. */
  addRequest(request: OnlineRequest, device: DeviceEntry): Promise<void>;
  /** A team member connected (approved): the server hands it the socket for the sync protocol. */
  teamConnected(peer: TeamPeer): void;
  /** Devices, approvals or connections changed. */
  changed(): void;
}

/** An approved team member's connection, for the sync layer. */
export interface TeamPeer {
  device: DeviceEntry;
  send(frame: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  close(code: number, reason: string): void;
}

export interface ShareOptions {
  sessionId: string;
  /** The one address to listen on (the interface the user chose). */
  address: string;
  /** Ports to try first (so links made before a restart keep working); 0 or taken → any free port. */
  browserPort?: number;
  teamPort?: number;
  tokens: Tokens;
  identity: Identity;
  /** Folder of the built pages (out/renderer). */
  webRoot: string;
  /** Devices approved earlier in this share (kept across a restart of the app). */
  approved?: DeviceEntry[];
  now?: () => number;
}

interface Connection {
  ws: WebSocket;
  address: string;
  userAgent: string;
  role: ShareRole | null;
  device: DeviceEntry | null;
  badFrames: number;
  window: { start: number; count: number };
  frameListeners: Array<(frame: Uint8Array) => void>;
  closeListeners: Array<() => void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const tokenMatches = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The host's share: an HTTP server for the Stage and Online-moderator pages (and their WebSocket), and
 * a TLS server for team members, both on the one address the user chose. Every device proves a role's
 * token in its first message and is approved once by the host's user; everything it sends after that
 * is checked against what its role may do.
 */
export class ShareServer {
  private http: Server | null = null;
  private tls: TlsServer | null = null;
  private readonly browserWss = new WebSocketServer({ noServer: true, maxPayload: BROWSER_FRAME_MAX });
  private readonly teamWss = new WebSocketServer({ noServer: true, maxPayload: TEAM_FRAME_MAX });
  private readonly connections = new Set<Connection>();
  private readonly devices = new Map<string, DeviceEntry>();
  private readonly failures = new Map<string, number[]>();
  private assets: Map<string, string> = new Map();
  private readonly now: () => number;
  browserPort = 0;
  teamPort = 0;

  constructor(
    readonly options: ShareOptions,
    private readonly host: ShareHost,
  ) {
    this.now = options.now ?? Date.now;
    for (const device of options.approved ?? [])
      if (device.state === 'approved') this.devices.set(device.id, { ...device, connected: 0 });
  }

  async start(): Promise<void> {
    this.assets = await pageAssets(this.options.webRoot);
    this.http = createServer((req, res) => void this.serve(req, res));
    this.http.on('upgrade', (req, socket, head) => this.upgrade(req, socket as Socket, head, 'browser'));
    this.tls = createTlsServer(
      { key: this.options.identity.key, cert: this.options.identity.cert },
      (_req, res) => {
        res.writeHead(404, SECURITY_HEADERS).end();
      },
    );
    this.tls.on('upgrade', (req, socket, head) => this.upgrade(req, socket as Socket, head, 'team'));
    this.browserPort = await listen(this.http, this.options.address, this.options.browserPort ?? 0);
    this.teamPort = await listen(this.tls, this.options.address, this.options.teamPort ?? 0);
  }

  async stop(): Promise<void> {
    for (const connection of this.connections) connection.ws.close(4000, 'Sharing stopped');
    for (const connection of this.connections) connection.ws.terminate();
    this.connections.clear();
    this.browserWss.close();
    this.teamWss.close();
    await Promise.all(
      [this.http, this.tls].map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server) return resolve();
            server.closeAllConnections?.();
            server.close(() => resolve());
          }),
      ),
    );
    this.http = null;
    this.tls = null;
  }

  listDevices(): DeviceEntry[] {
    return [...this.devices.values()];
  }

  /** The host's user allows or refuses a waiting device. */
  decide(deviceId: string, allow: boolean): boolean {
    const device = this.devices.get(deviceId);
    if (!device || device.state !== 'pending') return false;
    device.state = allow ? 'approved' : 'revoked';
    for (const connection of this.connections) {
      if (connection.device?.id !== deviceId) continue;
      if (allow) this.admit(connection);
      else this.refuse(connection, 4003, 'refused', 'The host did not allow this device.');
    }
    this.host.changed();
    return true;
  }

  /** Cuts a device off for the rest of this share: its open connection closes, its next hello is refused. */
  revoke(deviceId: string): boolean {
    const device = this.devices.get(deviceId);
    if (!device) return false;
    device.state = 'revoked';
    for (const connection of this.connections)
      if (connection.device?.id === deviceId)
        this.refuse(connection, 4003, 'revoked', 'The host revoked this device.');
    this.host.changed();
    return true;
  }

  /** Sends the current view to every approved browser page. */
  broadcastView(): void {
    for (const connection of this.connections) {
      if (connection.device?.state !== 'approved' || connection.role === 'team' || !connection.role) continue;
      this.send(connection, this.host.view(connection.role));
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.hostAllowed(req)) return void res.writeHead(421, SECURITY_HEADERS).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, SECURITY_HEADERS).end();
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = WEB_PAGES[pathname as keyof typeof WEB_PAGES] ?? this.assets.get(pathname);
    if (!file) return void res.writeHead(404, SECURITY_HEADERS).end();
    try {
      const body = await readFile(path.join(this.options.webRoot, file));
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': contentType(file),
        'content-security-policy': this.pagePolicy(req),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, SECURITY_HEADERS).end();
    }
  }

  /** The pages' CSP: their own scripts and styles, and a WebSocket to this server only. */
  private pagePolicy(req: IncomingMessage): string {
    return [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src ws://${req.headers.host}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; ');
  }

  /** A request must name this server by the address it listens on (a page on another name is refused). */
  private hostAllowed(req: IncomingMessage): boolean {
    const host = req.headers.host ?? '';
    const address = this.options.address.includes(':') ? `[${this.options.address}]` : this.options.address;
    return host === `${address}:${this.browserPort}` || host === `${address}:${this.teamPort}`;
  }

  private upgrade(req: IncomingMessage, socket: Socket, head: Buffer, kind: 'browser' | 'team'): void {
    const reject = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
    };
    const address = req.socket.remoteAddress ?? '?';
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (kind === 'browser') {
      // A browser page must name this server by the address it listens on (no DNS rebinding); a team
      // member is held to the pinned certificate instead, and may come through any route.
      if (!this.hostAllowed(req)) return reject('421 Misdirected Request');
      if (pathname !== '/ws') return reject('404 Not Found');
      // Only the pages this server gave out may open the socket (no other site in the visitor's browser).
      if (req.headers.origin !== `http://${req.headers.host}`) return reject('403 Forbidden');
    } else {
      if (pathname !== '/team') return reject('404 Not Found');
      if (req.headers.origin !== undefined) return reject('403 Forbidden');
    }
    if (this.isBlocked(address)) return reject('429 Too Many Requests');
    const fromAddress = [...this.connections].filter((c) => c.address === address).length;
    if (this.connections.size >= MAX_CONNECTIONS || fromAddress >= MAX_PER_ADDRESS)
      return reject('503 Service Unavailable');
    const wss = kind === 'browser' ? this.browserWss : this.teamWss;
    wss.handleUpgrade(req, socket, head, (ws) =>
      this.accept(ws, address, String(req.headers['user-agent'] ?? ''), kind),
    );
  }

  private accept(ws: WebSocket, address: string, userAgent: string, kind: 'browser' | 'team'): void {
    const connection: Connection = {
      ws,
      address,
      userAgent,
      role: null,
      device: null,
      badFrames: 0,
      window: { start: this.now(), count: 0 },
      frameListeners: [],
      closeListeners: [],
    };
    this.connections.add(connection);
    const timer = setTimeout(() => {
      if (!connection.role) this.refuse(connection, 4001, 'hello-timeout', 'No hello was sent in time.');
    }, HELLO_TIMEOUT_MS);
    timer.unref?.();
    ws.on('message', (data, isBinary) => void this.receive(connection, data, isBinary, kind));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(timer);
      this.connections.delete(connection);
      if (connection.device) {
        connection.device.connected = Math.max(0, connection.device.connected - 1);
        this.host.changed();
      }
      for (const listener of connection.closeListeners) listener();
    });
  }

  private async receive(
    connection: Connection,
    data: RawData,
    isBinary: boolean,
    kind: 'browser' | 'team',
  ): Promise<void> {
    if (this.overLimit(connection)) return this.refuse(connection, 4008, 'too-many', 'Too many messages.');
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary) {
      if (kind === 'team' && connection.role === 'team' && connection.device?.state === 'approved') {
        for (const listener of connection.frameListeners) listener(new Uint8Array(bytes));
        return;
      }
      return this.bad(connection, 'Binary frames are not accepted here.');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8'));
    } catch {
      return this.bad(connection, 'A message is not JSON.');
    }
    const parsed = (connection.role ? BrowserMessageSchema : HelloSchema).safeParse(raw);
    if (!parsed.success) return this.bad(connection, 'A message does not have the expected shape.');
    const message = parsed.data;
    if (message.type === 'hello') {
      if (connection.role) return this.bad(connection, 'Hello was already sent.');
      return this.hello(connection, message.token, message.device, kind, message.sessionId);
    }
    if (connection.device?.state !== 'approved' || !connection.role)
      return this.send(connection, {
        type: 'error',
        code: 'waiting',
        message: 'The host has not approved this device yet.',
      });
    if (!mayDo(connection.role, message.type))
      return this.send(connection, {
        type: 'error',
        code: 'forbidden',
        message: 'This link may not do that.',
      });
    if (message.type === 'ping')
      return this.send(connection, { type: 'pong', t: message.t, serverNow: this.now() });
    if (message.type === 'request') {
      try {
        await this.host.addRequest(message, connection.device);
        this.send(connection, { type: 'added', name: message.name });
      } catch {
        this.send(connection, {
          type: 'error',
          code: 'not-saved',
          message: 'The request could not be saved on the host.',
        });
      }
    }
  }

  private hello(
    connection: Connection,
    token: string,
    device: Device,
    kind: 'browser' | 'team',
    sessionId?: string,
  ): void {
    const role = ROLES.find((r) => tokenMatches(token, this.options.tokens[r]));
    const allowedHere = role !== undefined && (role === 'team') === (kind === 'team');
    if (!allowedHere || (role === 'team' && sessionId !== this.options.sessionId)) {
      this.noteFailure(connection.address);
      return this.refuse(
        connection,
        4003,
        'bad-token',
        'This link is not valid (it may have been replaced or sharing stopped).',
      );
    }
    const known = this.devices.get(device.id);
    if (known && (known.state === 'revoked' || known.role !== role))
      return this.refuse(connection, 4003, 'revoked', 'The host revoked this device.');
    const entry: DeviceEntry = known ?? {
      id: device.id,
      role,
      name: role === 'team' ? device.name?.trim() || 'Session Desk' : describeUserAgent(connection.userAgent),
      address: connection.address,
      state: 'pending',
      connected: 0,
    };
    entry.address = connection.address;
    entry.connected++;
    this.devices.set(entry.id, entry);
    connection.role = role;
    connection.device = entry;
    if (entry.state === 'approved') this.admit(connection);
    else this.send(connection, { type: 'waiting' });
    this.host.changed();
  }

  private admit(connection: Connection): void {
    const role = connection.role!;
    this.send(connection, { type: 'welcome', role });
    if (role === 'team') {
      const peer: TeamPeer = {
        device: connection.device!,
        send: (frame) =>
          connection.ws.readyState === connection.ws.OPEN && connection.ws.send(frame, { binary: true }),
        onFrame: (listener) => connection.frameListeners.push(listener),
        onClose: (listener) => connection.closeListeners.push(listener),
        close: (code, reason) => connection.ws.close(code, reason),
      };
      this.host.teamConnected(peer);
    } else this.send(connection, this.host.view(role));
  }

  private send(connection: Connection, message: ServerMessage): void {
    if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(JSON.stringify(message));
  }

  private refuse(connection: Connection, code: number, reason: string, message: string): void {
    this.send(connection, { type: 'error', code: reason, message });
    connection.ws.close(code, reason);
  }

  private bad(connection: Connection, message: string): void {
    connection.badFrames++;
    if (connection.badFrames >= BAD_FRAMES_BEFORE_CLOSE || !connection.role)
      return this.refuse(connection, 1008, 'bad-frame', message);
    this.send(connection, { type: 'error', code: 'bad-frame', message });
  }

  private overLimit(connection: Connection): boolean {
    if (connection.role === 'team') return false;
    const now = this.now();
    if (now - connection.window.start > 10_000) connection.window = { start: now, count: 0 };
    return ++connection.window.count > MESSAGES_PER_10S;
  }

  private noteFailure(address: string): void {
    const now = this.now();
    const recent = (this.failures.get(address) ?? []).filter((t) => now - t < FAILED_HELLO_WINDOW_MS);
    recent.push(now);
    this.failures.set(address, recent);
  }

  /** An address with too many wrong tokens lately is refused before its token is even looked at. */
  isBlocked(address: string): boolean {
    const now = this.now();
    const recent = (this.failures.get(address) ?? []).filter((t) => now - t < FAILED_HELLO_WINDOW_MS);
    return recent.length >= FAILED_HELLO_LIMIT;
  }
}

function listen(server: Server | TlsServer, address: string, port: number): Promise<number> {
  const attempt = (p: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        if (p !== 0 && error.code === 'EADDRINUSE') resolve(attempt(0));
        else reject(error);
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, address);
    });
  return attempt(port);
}

function contentType(file: string): string {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}
