import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { Change } from '../model/changes';
import { newId, newPerson } from '../model/factory';
import {
  GENDERS,
  IdSchema,
  ordered,
  REGIONAL_GROUPS,
  STAKEHOLDER_GROUPS,
  TimerStateSchema,
  type Session,
} from '../model/session';
import { openTurn } from '../timer/floor';

/**
 * The team mode's wire protocol, pure. Three roles, each with its own random token:
 * - `stage`: a browser page that only reads what the stage screen shows;
 * - `online`: a browser page that reads the timer and queue and may only add a floor request;
 * - `team`: another Session Desk, over TLS pinned to the host's certificate, that syncs the whole
 *   session two-way (Yjs sync messages in binary frames after the hello).
 * Every device first sends `hello` with the token and its own random device id; the host asks its user
 * to approve a device it has not seen in this share.
 */
export const ROLES = ['stage', 'online', 'team'] as const;
export type ShareRole = (typeof ROLES)[number];
export const ROLE_NAMES: Record<ShareRole, string> = {
  stage: 'Stage',
  online: 'Online moderator',
  team: 'Team member',
};

/** Frame caps: a browser page never needs more than a few KB; a team sync of a long session does. */
export const BROWSER_FRAME_MAX = 16 * 1024;
export const TEAM_FRAME_MAX = 32 * 1024 * 1024;

export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);
export const DeviceSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** What the device calls itself (a team member's computer name); the host adds what the browser says. */
  name: z.string().max(100).optional(),
});
export type Device = z.infer<typeof DeviceSchema>;

export const HelloSchema = z.strictObject({
  type: z.literal('hello'),
  token: TokenSchema,
  device: DeviceSchema,
  /** A team member names the session it joins; the host refuses any other. */
  sessionId: IdSchema.optional(),
});

const code = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable().default(null);

/** The online moderator's only write: someone online asks for the floor. */
export const OnlineRequestSchema = z.strictObject({
  type: z.literal('request'),
  name: z.string().trim().min(1).max(200),
  stakeholder: code(STAKEHOLDER_GROUPS),
  region: code(REGIONAL_GROUPS),
  gender: code(GENDERS),
});
export type OnlineRequest = z.infer<typeof OnlineRequestSchema>;

export const PingSchema = z.strictObject({ type: z.literal('ping'), t: z.number().finite() });

/** Anything a browser page may send; a page with the stage token may send only hello and ping. */
export const BrowserMessageSchema = z.discriminatedUnion('type', [
  HelloSchema,
  OnlineRequestSchema,
  PingSchema,
]);
export type BrowserMessage = z.infer<typeof BrowserMessageSchema>;

/** What a role may send after its hello. */
export function mayDo(role: ShareRole, type: BrowserMessage['type'] | 'sync'): boolean {
  if (type === 'ping') return true;
  if (role === 'online') return type === 'request';
  if (role === 'team') return type === 'sync';
  return false;
}

export const StageViewSchema = z.object({
  title: z.string(),
  turn: z.object({ name: z.string().nullable(), timer: TimerStateSchema }).nullable(),
  warningSeconds: z.number(),
  dangerSeconds: z.number(),
  colours: z.object({ running: z.string(), warning: z.string(), danger: z.string(), overtime: z.string() }),
  message: z.string().nullable(),
  blackout: z.boolean(),
  /** The language the page speaks (the session's); a host that sends none is taken as English. */
  language: z.enum(LANGUAGES).default('en'),
});
export type StageView = z.infer<typeof StageViewSchema>;

export const QueueViewSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    presence: z.string().nullable(),
    stakeholder: z.string().nullable(),
    region: z.string().nullable(),
  }),
);
export type QueueView = z.infer<typeof QueueViewSchema>;

export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('waiting') }),
  z.object({ type: z.literal('welcome'), role: z.enum(ROLES) }),
  z.object({
    type: z.literal('view'),
    stage: StageViewSchema,
    queue: QueueViewSchema.nullable(),
    serverNow: z.number(),
  }),
  z.object({ type: z.literal('pong'), t: z.number(), serverNow: z.number() }),
  z.object({ type: z.literal('added'), name: z.string() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

export interface StageExtras {
  warningSeconds: number;
  dangerSeconds: number;
  colours: StageView['colours'];
  message: string | null;
  blackout: boolean;
  /** The host's language, for a session that has none of its own. */
  language?: Language;
}

/** What the stage shows: the session's title, the open turn and its speaker, the moderator's message. */
export function stageView(session: Session, extras: StageExtras): StageView {
  const turn = openTurn(session);
  const person = turn?.personId ? session.people.find((p) => p.id === turn.personId) : null;
  const { language, ...rest } = extras;
  return {
    title: session.facts.title,
    turn: turn ? { name: person?.name ?? null, timer: turn.timer } : null,
    ...rest,
    language: session.report.language ?? language ?? 'en',
  };
}

/** The speaking queue as the online moderator sees it: names and groups, in queue order. */
export function queueView(session: Session): QueueView {
  const people = new Map(session.people.map((p) => [p.id, p]));
  return ordered(session.queue).map((entry) => {
    const person = people.get(entry.personId);
    return {
      id: entry.id,
      name: person?.name ?? '',
      presence: entry.presence,
      stakeholder: person?.stakeholder ?? null,
      region: person?.region ?? null,
    };
  });
}

/**
 * The changes an online floor request makes: an online audience member (reused when someone of that
 * name is already online in the audience) and a queue entry at the end of the queue.
 */
export function onlineRequestChanges(session: Session, request: OnlineRequest, now: string): Change[] {
  const key = request.name.trim().toLowerCase();
  const known = session.people.find(
    (p) =>
      p.deletedAt === null && p.audience && p.presence === 'online' && p.name.trim().toLowerCase() === key,
  );
  const changes: Change[] = [];
  let personId = known?.id;
  if (!personId) {
    const order = Math.max(-1, ...session.people.map((p) => p.order)) + 1;
    const {
      updatedAt: _u,
      deletedAt: _d,
      ...person
    } = newPerson(request.name.trim(), order, now, {
      stakeholder: request.stakeholder,
      region: request.region,
      gender: request.gender,
      presence: 'online',
      audience: true,
    });
    personId = person.id;
    changes.push({ type: 'person.put', person });
  }
  const queueOrder = Math.max(-1, ...session.queue.map((q) => q.order)) + 1;
  changes.push({
    type: 'queue.put',
    entry: { id: newId(), personId, presence: 'online', order: queueOrder },
  });
  return changes;
}

/** The link a team member pastes: where the host listens, which session, the token, the pinned key. */
export interface TeamLink {
  host: string;
  port: number;
  sessionId: string;
  token: string;
  /** SHA-256 of the host's certificate, hex without separators. */
  fingerprint: string;
}

export const TEAM_SCHEME = 'sessiondesk:';

export function formatTeamLink(link: TeamLink): string {
  const host = link.host.includes(':') ? `[${link.host}]` : link.host;
  const query = new URLSearchParams({ s: link.sessionId, t: link.token, fp: link.fingerprint });
  return `${TEAM_SCHEME}//${host}:${link.port}/join?${query.toString()}`;
}

/** Parses a pasted team link; null when it is not one (a message says what is wrong). */
export function parseTeamLink(text: string): { link: TeamLink } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: 'This is not a Session Desk team link (it should start with sessiondesk://).' };
  }
  if (url.protocol !== TEAM_SCHEME || url.pathname !== '/join')
    return { error: 'This is not a Session Desk team link (it should start with sessiondesk://).' };
  const port = Number(url.port);
  const sessionId = url.searchParams.get('s') ?? '';
  const token = url.searchParams.get('t') ?? '';
  const fingerprint = (url.searchParams.get('fp') ?? '').toLowerCase();
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: 'The link has no valid port.' };
  if (!IdSchema.safeParse(sessionId).success) return { error: 'The link names no session.' };
  if (!TokenSchema.safeParse(token).success) return { error: 'The link has no valid token.' };
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) return { error: "The link lacks the host's key fingerprint." };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return { link: { host, port, sessionId, token, fingerprint } };
}

/** "iPad, Safari" from a browser's User-Agent, for the host's approval prompt. */
export function describeUserAgent(ua: string): string {
  const device = /iPad/.test(ua)
    ? 'iPad'
    : /iPhone/.test(ua)
      ? 'iPhone'
      : /Android/.test(ua)
        ? /Mobile/.test(ua)
          ? 'Android phone'
          : 'Android tablet'
        : /Windows/.test(ua)
          ? 'Windows computer'
          : /Macintosh|Mac OS X/.test(ua)
            ? 'Mac'
            : /Linux|X11|CrOS/.test(ua)
              ? 'Linux computer'
              : 'Device';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\/|Chromium\/|CriOS\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'browser';
  return `${device}, ${browser}`;
}
