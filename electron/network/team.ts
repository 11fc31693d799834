import { isLanguage } from '../../shared/i18n/languages';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import { DeskError } from '../../shared/errors';
import type { Change } from '../../shared/model/changes';
import type { Preferences } from '../../shared/model/preferences';
import type { Session } from '../../shared/model/session';
import { docFromState, projectDoc, sidecarOf } from '../../shared/sync';
import {
  formatTeamLink,
  onlineRequestChanges,
  parseTeamLink,
  queueView,
  ROLES,
  stageView,
  type OnlineRequest,
  type ServerMessage,
  type ShareRole,
} from '../../shared/sync/protocol';
import type { TeamStatus } from '../../shared/sync/status';
import { writeFileAtomic } from '../store/atomicJsonFile';
import { loadIdentity, type Identity } from './identity';
import { REMOTE, SessionDoc } from './sessionDocs';
import { newTokens, ShareServer, type DeviceEntry, type TeamPeer, type Tokens } from './shareServer';
import { SyncLink, type FramePipe } from './syncLink';
import { TeamClient } from './teamClient';

/** What the team mode needs from the rest of the app. */
export interface TeamPorts {
  /** The open workspace (it may change when the user picks another folder). */
  workspace(): TeamWorkspace;
  /** Tells the app's windows that a session changed (the same event local edits send). */
  sessionChanged(id: string, changes: Change[], updatedAt: string): void;
  /** Sharing or joining state changed. */
  statusChanged(): void;
  preferences(): Preferences;
  /** Per-machine folder: the TLS identity, share links, this computer's device id. Never the workspace. */
  dataDir: string;
  /** The built pages (out/renderer). */
  webRoot: string;
  /** Announces a share on the local network; absent in tests (they stay on loopback). */
  announce?(info: { name: string; port: number; sessionId: string; address: string }): () => void;
  /** Lists shares announced on the local network; absent in tests. */
  discover?(): Promise<Array<{ name: string; host: string; port: number; sessionId: string }>>;
  now?(): string;
}

/** The part of the workspace the team mode uses. */
export interface TeamWorkspace {
  get(id: string): Promise<Session>;
  change(id: string, changes: readonly Change[]): Promise<{ updatedAt: string }>;
  create(session: Session): Promise<Session>;
  fileOf(id: string): string;
}

export interface NetworkInterface {
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  internal: boolean;
}

const StoredShare = z.object({
  tokens: z.object({ stage: z.string(), online: z.string(), team: z.string() }),
  address: z.string(),
  browserPort: z.number().int(),
  teamPort: z.number().int(),
  approved: z.array(
    z.object({
      id: z.string(),
      role: z.enum(ROLES),
      name: z.string(),
      address: z.string(),
      state: z.enum(['pending', 'approved', 'revoked']),
      connected: z.number(),
    }),
  ),
});
type StoredShare = z.infer<typeof StoredShare>;

export interface StageState {
  message: string;
  showMessage: boolean;
  blackout: boolean;
}

interface ActiveShare {
  sessionId: string;
  server: ShareServer;
  links: SyncLink[];
  stopAnnounce: () => void;
}

interface Join {
  sessionId: string;
  client: TeamClient;
  link: SyncLink | null;
}

/** The interfaces a share can listen on; loopback last (only this computer can reach it). */
export function listInterfaces(): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces()))
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv6' && entry.address.startsWith('fe80')) continue;
      out.push({
        name,
        address: entry.address,
        family: entry.family as 'IPv4' | 'IPv6',
        internal: entry.internal,
      });
    }
  return out.sort((a, b) => Number(a.internal) - Number(b.internal) || a.family.localeCompare(b.family));
}

/**
 * The team mode: sharing one session from this computer, and joining sessions shared by others. Every
 * update from another device goes through the same path: the merge engine turns it into a
 * `sync.merge` change, the workspace writes it like any change, then the engine's log records it.
 */
export class Team {
  private share: ActiveShare | null = null;
  private readonly joins = new Map<string, Join>();
  private readonly docs = new Map<string, SessionDoc>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly stage = new Map<string, StageState>();
  private identity: Identity | null = null;

  constructor(private readonly ports: TeamPorts) {}

  private now(): string {
    return this.ports.now?.() ?? new Date().toISOString();
  }

  // ---- sharing -------------------------------------------------------------------------------

  async startSharing(sessionId: string, address: string, renew = false): Promise<void> {
    if (!listInterfaces().some((i) => i.address === address))
      throw new DeskError('invalid-request', `This computer has no network address ${address}.`);
    if (this.joins.has(sessionId))
      throw new DeskError(
        'invalid-request',
        'This session was joined from another computer; only its host can share it.',
      );
    await this.stopSharing();
    const workspace = this.ports.workspace();
    const session = await workspace.get(sessionId);
    this.identity ??= await loadIdentity(this.ports.dataDir);
    const stored = renew ? null : await this.readShare(sessionId);
    const tokens: Tokens = stored?.tokens ?? newTokens();
    const doc = await this.docFor(sessionId, session);
    const server = new ShareServer(
      {
        sessionId,
        address,
        browserPort: stored && stored.address === address ? stored.browserPort : 0,
        teamPort: stored && stored.address === address ? stored.teamPort : 0,
        tokens,
        identity: this.identity,
        webRoot: this.ports.webRoot,
        approved: stored?.approved,
      },
      {
        view: (role) => this.viewMessage(sessionId, role),
        addRequest: (request, device) => this.addRequest(sessionId, request, device),
        teamConnected: (peer) => this.hostPeer(sessionId, peer),
        changed: () => {
          void this.saveShare().catch(() => undefined);
          this.ports.statusChanged();
        },
      },
    );
    await server.start();
    const stopAnnounce =
      this.ports.announce?.({
        name: session.facts.title || 'Session',
        port: server.teamPort,
        sessionId,
        address,
      }) ?? (() => undefined);
    this.share = { sessionId, server, links: [], stopAnnounce };
    void doc;
    await this.saveShare();
    this.ports.statusChanged();
  }

  async stopSharing(): Promise<void> {
    const share = this.share;
    if (!share) return;
    this.share = null;
    share.stopAnnounce();
    await share.server.stop();
    if (!this.joins.has(share.sessionId)) await this.closeDoc(share.sessionId);
    this.ports.statusChanged();
  }

  decide(deviceId: string, allow: boolean): boolean {
    return this.share?.server.decide(deviceId, allow) ?? false;
  }

  revoke(deviceId: string): boolean {
    return this.share?.server.revoke(deviceId) ?? false;
  }

  status(): TeamStatus {
    return { share: this.shareStatus(), joins: this.joinStatus() };
  }

  /** True while this session is shared or joined (its changes then feed the merge engine). */
  tracks(sessionId: string): boolean {
    return this.docs.has(sessionId);
  }

  private shareStatus(): TeamStatus['share'] {
    const share = this.share;
    if (!share) return null;
    const { server } = share;
    const address = server.options.address.includes(':')
      ? `[${server.options.address}]`
      : server.options.address;
    const tokens = server.options.tokens;
    const links: Record<ShareRole, string> = {
      stage: `http://${address}:${server.browserPort}/stage#${tokens.stage}`,
      online: `http://${address}:${server.browserPort}/online#${tokens.online}`,
      team: formatTeamLink({
        host: server.options.address,
        port: server.teamPort,
        sessionId: share.sessionId,
        token: tokens.team,
        fingerprint: server.options.identity.fingerprint,
      }),
    };
    return {
      sessionId: share.sessionId,
      address: server.options.address,
      links,
      fingerprint: server.options.identity.fingerprint,
      devices: server.listDevices().map(({ id, role, name, address: from, state, connected }) => ({
        id,
        role,
        name,
        address: from,
        state,
        connected: connected > 0,
      })),
    };
  }

  /** The moderator's message and blackout, for the stage pages (they are not part of the session file). */
  setStage(sessionId: string, state: StageState): void {
    this.stage.set(sessionId, state);
    if (this.share?.sessionId === sessionId) this.share.server.broadcastView();
  }

  private viewMessage(sessionId: string, role: 'stage' | 'online'): ServerMessage {
    const session = this.cached.get(sessionId);
    const preferences = this.ports.preferences();
    const extra = this.stage.get(sessionId);
    const view = session
      ? stageView(session, {
          warningSeconds: preferences.timerWarningSeconds,
          dangerSeconds: preferences.timerDangerSeconds,
          colours: preferences.timerColours,
          message: extra?.showMessage && extra.message.trim() ? extra.message : null,
          blackout: extra?.blackout ?? false,
          // A session without a report language is shown in the host's screens' language.
          language: isLanguage(preferences.language) ? preferences.language : undefined,
        })
      : null;
    return {
      type: 'view',
      stage: view ?? {
        title: '',
        turn: null,
        warningSeconds: 60,
        dangerSeconds: 15,
        colours: preferences.timerColours,
        message: null,
        blackout: false,
        language: 'en',
      },
      queue: role === 'online' && session ? queueView(session) : null,
      serverNow: Date.now(),
    };
  }

  /** The latest copy of each shared or joined session, kept for the views (read synchronously). */
  private readonly cached = new Map<string, Session>();

  private async addRequest(sessionId: string, request: OnlineRequest, _device: DeviceEntry): Promise<void> {
    await this.serial(sessionId, async () => {
      const workspace = this.ports.workspace();
      const before = await workspace.get(sessionId);
      const changes = onlineRequestChanges(before, request, this.now());
      const result = await workspace.change(sessionId, changes);
      this.ports.sessionChanged(sessionId, changes, result.updatedAt);
      await this.recordLocal(sessionId, before, changes, await workspace.get(sessionId));
    });
  }

  private hostPeer(sessionId: string, peer: TeamPeer): void {
    const share = this.share;
    const doc = this.docs.get(sessionId);
    if (!share || share.sessionId !== sessionId || !doc) return peer.close(1011, 'not-shared');
    const link: SyncLink = new SyncLink(
      peer,
      () => this.docs.get(sessionId)!.doc,
      (updates) => this.applyRemote(sessionId, updates, link),
    );
    share.links.push(link);
    peer.onClose(() => {
      if (this.share) this.share.links = this.share.links.filter((l) => l !== link);
    });
    link.start();
  }

  // ---- joining -------------------------------------------------------------------------------

  async discover(): Promise<Array<{ name: string; host: string; port: number; sessionId: string }>> {
    return (await this.ports.discover?.()) ?? [];
  }

  async join(text: string): Promise<{ sessionId: string }> {
    const parsed = parseTeamLink(text);
    if ('error' in parsed) throw new DeskError('invalid-request', parsed.error);
    const { link } = parsed;
    if (this.share?.sessionId === link.sessionId)
      throw new DeskError('invalid-request', 'This computer is sharing that session itself.');
    await this.leave(link.sessionId);
    const workspace = this.ports.workspace();
    // A copy that already has merge history (joined before) continues it; one without waits for the
    // host's state and lets its own records in only where they are newer.
    const local = await workspace.get(link.sessionId).catch(() => null);
    const hasHistory = await stat(sidecarOf(workspace.fileOf(link.sessionId))).then(
      () => true,
      () => false,
    );
    if (local && hasHistory) await this.docFor(link.sessionId, local);
    const device = { id: await this.deviceId(), name: hostname().slice(0, 100) };
    const join: Join = { sessionId: link.sessionId, client: null as unknown as TeamClient, link: null };
    join.client = new TeamClient(link, device, {
      live: (pipe) => this.memberLive(join, pipe),
      state: () => this.ports.statusChanged(),
    });
    this.joins.set(link.sessionId, join);
    join.client.start();
    this.ports.statusChanged();
    return { sessionId: link.sessionId };
  }

  async leave(sessionId: string): Promise<void> {
    const join = this.joins.get(sessionId);
    if (!join) return;
    join.client.stop();
    this.joins.delete(sessionId);
    await this.serial(sessionId, async () => undefined);
    if (this.share?.sessionId !== sessionId) await this.closeDoc(sessionId);
    this.ports.statusChanged();
  }

  private joinStatus(): TeamStatus['joins'] {
    return [...this.joins.values()].map((j) => ({
      sessionId: j.sessionId,
      state: j.client.state,
      message: j.client.message,
      host: `${j.client.link.host}:${j.client.link.port}`,
    }));
  }

  private memberLive(join: Join, pipe: FramePipe): void {
    // Before the first sync a member without the session holds an empty doc; the host's answer to its
    // step 1 is the whole session, which becomes the local file.
    const empty = new Y.Doc();
    const link = new SyncLink(
      pipe,
      () => this.docs.get(join.sessionId)?.doc ?? empty,
      (updates) => this.applyRemote(join.sessionId, updates, null),
    );
    join.link = link;
    link.start();
  }

  // ---- the one path for changes ------------------------------------------------------------

  /**
   * A change made on this computer (the app's windows): written to the file and recorded in the merge
   * engine in one step of the session's queue, so an update arriving from another device never lands
   * between the two (it would see the file ahead of the engine and undo the change).
   */
  async localChange<R>(sessionId: string, changes: readonly Change[], write: () => Promise<R>): Promise<R> {
    const involved =
      this.docs.has(sessionId) || this.joins.has(sessionId) || this.share?.sessionId === sessionId;
    if (!involved) return write();
    return this.serial(sessionId, async () => {
      const workspace = this.ports.workspace();
      const before = await workspace.get(sessionId);
      const result = await write();
      await this.recordLocal(sessionId, before, changes, await workspace.get(sessionId));
      return result;
    });
  }

  private async recordLocal(
    sessionId: string,
    before: Session,
    changes: readonly Change[],
    after: Session,
  ): Promise<void> {
    this.cached.set(sessionId, after);
    // The file is durable already: stage screens need not wait for the engine's own log.
    if (this.share?.sessionId === sessionId) this.share.server.broadcastView();
    const doc = this.docs.get(sessionId);
    if (!doc) return;
    const updates = await doc.recordLocal(before, changes, after);
    for (const update of updates) this.broadcast(sessionId, update, null);
  }

  private async applyRemote(sessionId: string, updates: Uint8Array[], from: SyncLink | null): Promise<void> {
    await this.serial(sessionId, async () => {
      const workspace = this.ports.workspace();
      if (!this.docs.has(sessionId)) {
        // A member's first sync: the file is made from what the host sent.
        const seed = docFromState(updates[0]!);
        const { session } = projectDoc(seed);
        if (session.id !== sessionId)
          throw new DeskError('invalid-request', 'The host sent another session.');
        const existing = await workspace.get(sessionId).catch(() => null);
        if (!existing) await workspace.create(session);
        const local = existing ?? (await workspace.get(sessionId));
        this.cached.set(sessionId, local);
        const opened = await SessionDoc.open(workspace.fileOf(sessionId), local, updates[0]);
        this.docs.set(sessionId, opened);
        for (const update of opened.folded.splice(0)) this.broadcast(sessionId, update, null);
        // What the file held that the host lacked, and the host's content, both reach the file below.
      }
      const doc = this.docs.get(sessionId)!;
      const current = await workspace.get(sessionId);
      const change = doc.applyRemote(current, updates);
      if (change) {
        const result = await workspace.change(sessionId, [change]);
        this.ports.sessionChanged(sessionId, [change], result.updatedAt);
      }
      this.cached.set(sessionId, await workspace.get(sessionId));
      await doc.persist(updates);
      for (const update of updates) this.broadcast(sessionId, update, from);
      if (this.share?.sessionId === sessionId) this.share.server.broadcastView();
    });
  }

  private broadcast(sessionId: string, update: Uint8Array, except: SyncLink | null): void {
    if (this.share?.sessionId === sessionId)
      for (const link of this.share.links) if (link !== except) link.sendUpdate(update);
    const join = this.joins.get(sessionId);
    if (join?.link?.isOpen && join.link !== except && join.client.state === 'live')
      join.link.sendUpdate(update);
  }

  private serial<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(sessionId) ?? Promise.resolve()).then(task);
    this.queues.set(
      sessionId,
      run.catch((error: unknown) => console.error('Session Desk team mode:', error)),
    );
    return run;
  }

  private async docFor(sessionId: string, session: Session): Promise<SessionDoc> {
    const existing = this.docs.get(sessionId);
    if (existing) return existing;
    const doc = await SessionDoc.open(this.ports.workspace().fileOf(sessionId), session);
    this.docs.set(sessionId, doc);
    // Whatever the file gained while not shared reaches the others with the first sync (step 2).
    doc.folded = [];
    this.cached.set(sessionId, session);
    return doc;
  }

  private async closeDoc(sessionId: string): Promise<void> {
    const doc = this.docs.get(sessionId);
    this.docs.delete(sessionId);
    this.cached.delete(sessionId);
    await doc?.close();
  }

  // ---- per-machine state ---------------------------------------------------------------------

  private async readShare(sessionId: string): Promise<StoredShare | null> {
    const all = await this.readShares();
    return all[sessionId] ?? null;
  }

  private async readShares(): Promise<Record<string, StoredShare>> {
    const raw = await readFile(path.join(this.ports.dataDir, 'team-shares.json'), 'utf8').catch(() => null);
    if (!raw) return {};
    try {
      const parsed = z.record(z.string(), StoredShare).safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  private async saveShare(): Promise<void> {
    const share = this.share;
    if (!share) return;
    const all = await this.readShares();
    all[share.sessionId] = {
      tokens: share.server.options.tokens,
      address: share.server.options.address,
      browserPort: share.server.browserPort,
      teamPort: share.server.teamPort,
      approved: share.server.listDevices().filter((d) => d.state !== 'pending'),
    };
    await mkdir(this.ports.dataDir, { recursive: true });
    await writeFileAtomic(path.join(this.ports.dataDir, 'team-shares.json'), JSON.stringify(all));
  }

  private async deviceId(): Promise<string> {
    const file = path.join(this.ports.dataDir, 'team-device.json');
    const raw = await readFile(file, 'utf8').catch(() => null);
    const stored = raw
      ? z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).safeParse(JSON.parse(raw))
      : null;
    if (stored?.success) return stored.data.id;
    const id = randomBytes(16).toString('base64url');
    await mkdir(this.ports.dataDir, { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ id }));
    return id;
  }

  async close(): Promise<void> {
    await this.stopSharing();
    for (const id of [...this.joins.keys()]) await this.leave(id);
    for (const id of [...this.docs.keys()]) await this.closeDoc(id);
  }
}

export { REMOTE };
