import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { parseTeamLink } from '../../shared/sync/protocol';
import type { TeamStatus } from '../../shared/sync/status';
import { fakeWebRoot, headlessApp, type HeadlessApp } from '../support/teamApp';

/**
 * Two Session Desks in one test over loopback TLS: the host shares, the member joins with the team link
 * (token and pinned key), the host approves; both capture at once and end with the same file.
 */

let root: string;
let host: HeadlessApp;
let member: HeadlessApp;
let session: Session;

const fileOf = (app: 'host' | 'member', id: string) =>
  path.join(root, app, 'workspace', `${id}.session.json`);

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  ms = 8_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) {
      const copies = await Promise.all(
        ['host', 'member'].map((a) => readFile(fileOf(a as 'host', session.id), 'utf8').catch(() => '{}')),
      );
      const [a, b] = copies.map((c) => JSON.parse(c) as Partial<Session>);
      throw new Error(
        `timed out waiting for ${what}: host ${a?.statements?.length} statements, member ${b?.statements?.length}, same bytes ${copies[0] === copies[1]}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const add = (app: HeadlessApp, text: string) =>
  app.call('changeSession', {
    id: session.id,
    changes: [{ type: 'statement.put', statement: newStatement(text, new Date().toISOString()) }],
  });

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-team-'));
  const web = await fakeWebRoot(path.join(root, 'web'));
  host = headlessApp(path.join(root, 'host'), web);
  member = headlessApp(path.join(root, 'member'), web);
  session = (await host.call('createSession', { title: 'Open Forum' })) as Session;
});

afterEach(async () => {
  await member.close();
  await host.close();
  await rm(root, { recursive: true, force: true });
});

async function joinAndApprove(): Promise<void> {
  const share = (
    (await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus
  ).share!;
  await member.call('joinSession', { link: share.links.team });
  const pending = await until('the join request', async () =>
    ((await host.call('teamStatus', {})) as TeamStatus).share!.devices.find(
      (d) => d.role === 'team' && d.state === 'pending',
    ),
  );
  await host.call('decideDevice', { deviceId: pending.id, allow: true });
  await until(
    'the session on the member',
    async () =>
      ((await member.call('teamStatus', {})) as TeamStatus).joins[0]?.state === 'live' &&
      (await readFile(fileOf('member', session.id), 'utf8').catch(() => null)),
  );
}

describe('team member', () => {
  it('joins over TLS, gets the session, and both capture at once into the same file', async () => {
    await joinAndApprove();
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(add(host, `host ${i}`));
      writes.push(add(member, `member ${i}`));
    }
    await Promise.all(writes);
    await host.call('changeSession', {
      id: session.id,
      changes: [{ type: 'facts.update', patch: { room: 'Room 7' } }],
    });
    await member.call('changeSession', {
      id: session.id,
      changes: [{ type: 'facts.update', patch: { code: 'OF #5' } }],
    });
    const both = await until('both copies to agree', async () => {
      await host.flush();
      await member.flush();
      const [a, b] = await Promise.all([
        readFile(fileOf('host', session.id), 'utf8'),
        readFile(fileOf('member', session.id), 'utf8'),
      ]);
      const parsed = JSON.parse(a) as Session;
      return a === b &&
        parsed.statements.length === 40 &&
        parsed.facts.code === 'OF #5' &&
        parsed.facts.room === 'Room 7'
        ? parsed
        : null;
    });
    expect(both.statements.map((s) => s.text).sort()).toEqual(
      [...Array(20).keys()].flatMap((i) => [`host ${i}`, `member ${i}`]).sort(),
    );
    // The member's window heard of the host's statements through the usual event.
    expect(member.events.some((e) => e.event === 'sessionChanged')).toBe(true);
  });

  it('refuses a host whose key is not the one in the link, and a wrong team token', async () => {
    const share = (
      (await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' })) as TeamStatus
    ).share!;
    const { link } = parseTeamLink(share.links.team) as { link: { fingerprint: string } };
    const forged = share.links.team.replace(link.fingerprint, 'ab'.repeat(32));
    await member.call('joinSession', { link: forged });
    const refused = await until('a refusal', async () =>
      ((await member.call('teamStatus', {})) as TeamStatus).joins.find((j) => j.state === 'refused'),
    );
    expect(refused.message).toMatch(/key does not match/);
    expect(((await host.call('teamStatus', {})) as TeamStatus).share!.devices).toHaveLength(0);

    const wrongToken = share.links.team.replace(/t=[^&]+/, `t=${'B'.repeat(32)}`);
    await member.call('joinSession', { link: wrongToken });
    const again = await until('a refusal', async () =>
      ((await member.call('teamStatus', {})) as TeamStatus).joins.find((j) => j.state === 'refused'),
    );
    expect(again.message).toMatch(/not valid/);
  });

  it('keeps capturing while the host is gone and merges everything when it is back', async () => {
    await joinAndApprove();
    await add(member, 'before');
    await host.call('stopSharing', {});
    await until(
      'the member to notice',
      async () => ((await member.call('teamStatus', {})) as TeamStatus).joins[0]?.state === 'offline',
    );
    for (let i = 0; i < 5; i++) await add(member, `offline ${i}`);
    await add(host, 'host while apart');
    await host.call('startSharing', { sessionId: session.id, address: '127.0.0.1' });
    const merged = await until('the copies to merge', async () => {
      await host.flush();
      await member.flush();
      const [a, b] = await Promise.all([
        readFile(fileOf('host', session.id), 'utf8'),
        readFile(fileOf('member', session.id), 'utf8'),
      ]);
      return a === b && (JSON.parse(a) as Session).statements.length === 7
        ? (JSON.parse(a) as Session)
        : null;
    });
    expect(merged.statements.map((s) => s.text)).toContain('host while apart');
    expect(merged.statements.map((s) => s.text)).toContain('offline 4');
  });
});
