import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Session } from '../../shared/model/session';
import { BROWSER_FRAME_MAX } from '../../shared/sync/protocol';
import type { TeamStatus } from '../../shared/sync/status';
import { fakeWebRoot, headlessApp, type HeadlessApp } from '../support/teamApp';

/**
 * The share server as a stranger on the venue Wi-Fi meets it, over real loopback sockets: only the two
 * pages and their files are served, every socket must prove a role's token and be approved, each role
 * may do only its own thing, and wrong tokens, foreign origins, bad and oversized frames are refused.
 */

let root: string;
let app: HeadlessApp;
let session: Session;
let status: NonNullable<TeamStatus['share']>;

const tokenOf = (link: string): string => link.slice(link.indexOf('#') + 1);
const base = (): string => status.links.stage.slice(0, status.links.stage.indexOf('/stage'));
const wsUrl = (): string => base().replace('http:', 'ws:') + '/ws';

interface Client {
  ws: WebSocket;
  messages: Array<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  next(type: string): Promise<Record<string, unknown>>;
  send(message: unknown): void;
}

async function connect(
  origin: string | null = base(),
  ua = 'Mozilla/5.0 (iPad; CPU OS 17_0) Safari/605.1.15',
): Promise<Client> {
  const ws = new WebSocket(wsUrl(), { headers: { ...(origin ? { origin } : {}), 'user-agent': ua } });
  const messages: Client['messages'] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  return {
    ws,
    messages,
    closed,
    send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
    next: (type) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${type} message; got ${JSON.stringify(messages)}`)),
          3_000,
        );
        const look = (): void => {
          const found = messages.find((m) => m.type === type);
          if (found) {
            clearTimeout(timer);
            messages.splice(messages.indexOf(found), 1);
            resolve(found);
          } else waiters.push(look);
        };
        look();
      }),
  };
}

const device = (id: string) => ({ id: id.padEnd(12, 'x') });

async function approvedClient(role: 'stage' | 'online', id: string): Promise<Client> {
  const client = await connect();
  client.send({ type: 'hello', token: tokenOf(status.links[role]), device: device(id) });
  await client.next('waiting');
  const pending = ((await app.call('teamStatus', {})) as TeamStatus).share!.devices.find(
    (d) => d.id === device(id).id,
  )!;
  expect(pending.state).toBe('pending');
  await app.call('decideDevice', { deviceId: pending.id, allow: true });
  await client.next('welcome');
  return client;
}

function httpGet(
  pathname: string,
  host?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(base());
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: pathname, headers: host ? { host } : {} },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-share-'));
  app = headlessApp(root, await fakeWebRoot(path.join(root, 'web')));
  session = (await app.call('createSession', { title: 'Data flows' })) as Session;
  status = ((await app.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus)
    .share!;
});

afterEach(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

describe('share server', () => {
  it('serves the two pages and their files, nothing else, and only under its own address', async () => {
    expect((await httpGet('/stage')).status).toBe(200);
    expect((await httpGet('/online')).status).toBe(200);
    expect((await httpGet('/assets/stage-1.js')).status).toBe(200);
    expect((await httpGet('/assets/chunk-1.js')).status).toBe(200);
    expect((await httpGet('/assets/online-1.css')).status).toBe(200);
    const page = await httpGet('/stage');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(page.headers['content-security-policy'])).toContain(`connect-src ws://127.0.0.1:`);
    for (const denied of [
      '/',
      '/index.html',
      '/assets/index-1.js',
      '/assets/../index.html',
      '/%2e%2e/package.json',
      '/ws',
    ])
      expect((await httpGet(denied)).status, denied).toBe(404);
    // A page reached under another name (DNS rebinding) is refused.
    expect((await httpGet('/stage', 'evil.example:80')).status).toBe(421);
  });

  it('lets a stage page in after approval, shows the timer, and refuses anything it tries to write', async () => {
    const stage = await approvedClient('stage', 'stage1');
    const view = await stage.next('view');
    expect((view.stage as { title: string }).title).toBe('Data flows');
    const devices = ((await app.call('teamStatus', {})) as TeamStatus).share!.devices;
    expect(devices[0]).toMatchObject({
      role: 'stage',
      name: 'iPad, Safari',
      state: 'approved',
      connected: true,
    });
    stage.send({ type: 'request', name: 'Mallory', stakeholder: null, region: null, gender: null });
    expect((await stage.next('error')).code).toBe('forbidden');
    const file = JSON.parse(
      await readFile(path.join(root, 'workspace', `${session.id}.session.json`), 'utf8'),
    ) as Session;
    expect(file.queue).toHaveLength(0);
    stage.ws.close();
  });

  it("puts an online moderator's floor request in the queue, and lets that link do nothing else", async () => {
    const online = await approvedClient('online', 'online1');
    await online.next('view');
    online.send({
      type: 'request',
      name: 'Amina Diallo',
      stakeholder: 'civil-society',
      region: 'african-group',
      gender: 'woman',
    });
    expect((await online.next('added')).name).toBe('Amina Diallo');
    const view = await online.next('view');
    expect((view.queue as Array<{ name: string }>).map((q) => q.name)).toEqual(['Amina Diallo']);
    await app.flush();
    const file = JSON.parse(
      await readFile(path.join(root, 'workspace', `${session.id}.session.json`), 'utf8'),
    ) as Session;
    const person = file.people.find((p) => p.name === 'Amina Diallo')!;
    expect(person).toMatchObject({
      presence: 'online',
      audience: true,
      stakeholder: 'civil-society',
      gender: 'woman',
    });
    expect(file.queue[0]).toMatchObject({ personId: person.id, presence: 'online' });
    // Anything that would edit the record is not a message this link can send.
    for (const attempt of [
      { type: 'statement.put', statement: { id: session.id, text: 'forged' } },
      { type: 'request', name: 'x', stakeholder: 'not-a-code' },
      { type: 'request', name: 'x'.repeat(201) },
      { type: 'hello', token: tokenOf(status.links.team), device: device('again') },
    ])
      online.send(attempt);
    const closed = await online.closed;
    expect(closed.code).toBe(1008);
    const after = ((await app.handlers.getSession({ id: session.id })) as Session).statements;
    expect(after).toHaveLength(0);
  });

  it('refuses wrong tokens, then refuses the address altogether for a while', async () => {
    for (let i = 0; i < 5; i++) {
      const client = await connect();
      client.send({ type: 'hello', token: 'A'.repeat(32), device: device(`bad${i}`) });
      expect((await client.next('error')).code).toBe('bad-token');
      expect((await client.closed).code).toBe(4003);
    }
    // Even the right token is not looked at now.
    await expect(connect()).rejects.toThrow(/429/);
  });

  it('closes a socket that never says hello', async () => {
    const silent = await connect();
    expect((await silent.closed).code).toBe(4001);
  });

  it('closes a socket that floods, and caps the sockets one address may hold', async () => {
    const flood = await approvedClient('stage', 'flood1');
    for (let i = 0; i < 45; i++) flood.send({ type: 'ping', t: i });
    expect((await flood.closed).code).toBe(4008);
    const held: Client[] = [];
    for (let i = 0; i < 16; i++) held.push(await connect());
    await expect(connect()).rejects.toThrow(/503/);
    for (const c of held) c.ws.terminate();
  });

  it('refuses a socket opened by a page from another origin, or with no origin at all', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(null)).rejects.toThrow(/403/);
  });

  it('cuts off a revoked device at once and refuses it afterwards; stopping the share kills every link', async () => {
    const stage = await approvedClient('stage', 'stage2');
    await app.call('revokeDevice', { deviceId: device('stage2').id });
    expect((await stage.closed).code).toBe(4003);
    const again = await connect();
    again.send({ type: 'hello', token: tokenOf(status.links.stage), device: device('stage2') });
    expect((await again.next('error')).code).toBe('revoked');
    const other = await approvedClient('stage', 'stage3');
    await app.call('stopSharing', {});
    expect((await other.closed).code).toBe(4000);
    await expect(connect()).rejects.toThrow();
  });

  it('refuses an oversized frame and closes on repeated malformed ones, and stays up under random frames', async () => {
    const big = await connect();
    big.send('x'.repeat(BROWSER_FRAME_MAX + 1));
    expect((await big.closed).code).toBe(1009);

    const bad = await approvedClient('stage', 'stage4');
    bad.send('{not json');
    bad.send(Buffer.from([1, 2, 3]));
    bad.send({ type: 'nope' });
    expect((await bad.closed).code).toBe(1008);

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          fc
            .record({
              type: fc.constantFrom('hello', 'request', 'ping'),
              token: fc.string(),
              device: fc.anything(),
            })
            .map((v) => JSON.stringify(v)),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
        ),
        async (frame) => {
          const client = await connect();
          client.ws.send(frame);
          await new Promise((r) => setTimeout(r, 5));
          client.ws.terminate();
        },
      ),
      { numRuns: 60 },
    );
    // Random frames were wrong hellos from one address: it may now be refused, which is the rate limit
    // working; the server itself still answers its pages.
    expect((await httpGet('/stage')).status).toBe(200);
  });
});
