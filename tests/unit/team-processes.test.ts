import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../shared/model/session';
import type { TeamStatus } from '../../shared/sync/status';

/**
 * Two Session Desk processes over loopback: a host and a team member capture at the same time; a test
 * proxy between them cuts the link for TEAM_CUT_MS (30 s by default, as a venue Wi-Fi drops) while both
 * go on capturing; then the host is killed without warning and started again. Afterwards both files
 * are identical and hold every statement either process acknowledged.
 */
const CUT_MS = Number(process.env.TEAM_CUT_MS ?? 30_000);
const SCRIPT = path.resolve('tests/support/teamProcess.ts');

interface Proc {
  child: ChildProcessWithoutNullStreams;
  lines: Array<Record<string, unknown>>;
  acked: Set<string>;
  send(command: Record<string, unknown>): void;
  next(key: string): Promise<Record<string, unknown>>;
}

function start(root: string): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, root], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: Proc['lines'] = [];
  const acked = new Set<string>();
  const waiters: Array<() => void> = [];
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, at)) as Record<string, unknown>;
      buffer = buffer.slice(at + 1);
      if (typeof line.acked === 'string') acked.add(line.text as string);
      lines.push(line);
      for (const w of waiters.splice(0)) w();
    }
  });
  child.stderr.on('data', () => undefined);
  return {
    child,
    lines,
    acked,
    send: (command) => child.stdin.write(JSON.stringify(command) + '\n'),
    next: (key) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${key}" from the process`)), 60_000);
        const look = (): void => {
          const at = lines.findIndex((l) => key in l);
          if (at >= 0) {
            clearTimeout(timer);
            resolve(lines.splice(at, 1)[0]!);
          } else waiters.push(look);
        };
        look();
      }),
  };
}

/** A TCP relay that can drop every connection and refuse new ones for a while, as a dead Wi-Fi does. */
function relay(): {
  server: Server;
  port: () => number;
  target: { port: number };
  cut(): void;
  restore(): void;
} {
  const sockets = new Set<Socket>();
  let down = false;
  const target = { port: 0 };
  const server = createServer((client) => {
    if (down) return client.destroy();
    const upstream = connect(target.port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return {
    server,
    port: () => (server.address() as { port: number }).port,
    target,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let root: string;
const procs: Proc[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'desk-team-procs-'));
});
afterAll(async () => {
  for (const p of procs) p.child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('two app processes on a team', () => {
  it(
    `capture on both through a ${CUT_MS / 1000} s cut and a killed host, and end with identical files`,
    async () => {
      const proxy = relay();
      await new Promise<void>((r) => proxy.server.listen(0, '127.0.0.1', r));
      let host = start(path.join(root, 'host'));
      procs.push(host);
      host.send({ cmd: 'create', title: 'Two laptops' });
      const id = (await host.next('created')).created as string;
      host.send({ cmd: 'share', id });
      let share = ((await host.next('share')).share as TeamStatus).share!;
      const teamPort = Number(/:(\d+)\/join/.exec(share.links.team)![1]);
      proxy.target.port = teamPort;
      const viaProxy = share.links.team.replace(`:${teamPort}/`, `:${proxy.port()}/`);

      const member = start(path.join(root, 'member'));
      procs.push(member);
      member.send({ cmd: 'join', link: viaProxy });
      await member.next('joined');
      const memberFile = path.join(root, 'member', 'workspace', `${id}.session.json`);
      const hostFile = path.join(root, 'host', 'workspace', `${id}.session.json`);
      for (let i = 0; ; i++) {
        if (
          await readFile(memberFile).then(
            () => true,
            () => false,
          )
        )
          break;
        if (i > 600) throw new Error('the member never got the session');
        await sleep(50);
      }

      // Both capture at once; the link is cut while they do.
      // Someone typing fast: a statement every 150 ms on each laptop, through the cut and past the kill.
      const pace = 150;
      const hostCount = Math.ceil((CUT_MS + 3_000) / pace);
      host.send({ cmd: 'capture', id, count: hostCount, paceMs: pace, prefix: 'host' });
      member.send({ cmd: 'capture', id, count: hostCount + 40, paceMs: pace, prefix: 'member' });
      await sleep(pace * 10);
      proxy.cut();
      await sleep(CUT_MS);
      proxy.restore();
      await host.next('captured');

      // The host dies without warning while the member is still capturing, and comes back.
      host.child.kill('SIGKILL');
      await new Promise((r) => host.child.once('exit', r));
      await sleep(500);
      const ackedBeforeKill = new Set(host.acked);
      host = start(path.join(root, 'host'));
      procs.push(host);
      host.send({ cmd: 'share', id });
      share = ((await host.next('share')).share as TeamStatus).share!;
      proxy.target.port = Number(/:(\d+)\/join/.exec(share.links.team)![1]);
      await member.next('captured');

      const expected = new Set([...ackedBeforeKill, ...member.acked]);
      let same = false;
      let hostSession: Session | null = null;
      for (let i = 0; i < 600 && !same; i++) {
        await sleep(100);
        host.send({ cmd: 'flush' });
        member.send({ cmd: 'flush' });
        await Promise.all([host.next('flushed'), member.next('flushed')]);
        const [a, b] = await Promise.all([readFile(hostFile, 'utf8'), readFile(memberFile, 'utf8')]);
        hostSession = JSON.parse(a) as Session;
        same = a === b && hostSession.statements.length >= expected.size;
      }
      const texts = new Set(hostSession!.statements.map((s) => s.text));
      const missing = [...expected].filter((t) => !texts.has(t));
      expect(missing, 'acknowledged statements missing').toEqual([]);
      expect(hostSession!.statements.length, 'nothing duplicated').toBe(texts.size);
      expect(same, 'both files identical').toBe(true);
      console.log(
        `team processes: ${ackedBeforeKill.size} host + ${member.acked.size} member statements acknowledged, link cut ${CUT_MS} ms, host killed once; files identical`,
      );
      proxy.server.close();
    },
    CUT_MS + 150_000,
  );
});
