/**
 * One Session Desk as a process, for tests/unit/team-processes.test.ts: the real handlers and team mode
 * over `<root>`, driven by JSON lines on stdin, answering JSON lines on stdout.
 *   {"cmd":"create","title":…}          → {"created": id}
 *   {"cmd":"share","id":…}              → {"share": status}      (a host; approves every device that asks)
 *   {"cmd":"join","link":…}             → {"joined": true}       (a member)
 *   {"cmd":"capture","id":…,"count":n,"paceMs":m,"prefix":p} → {"acked": statementId} after each durable add
 *   {"cmd":"status"}                    → {"status": …}
 *   {"cmd":"flush"}                     → {"flushed": true}
 * The parent kills it with SIGKILL whenever it likes: an acknowledged statement must survive that.
 */
import { createInterface } from 'node:readline';
import { newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import type { TeamStatus } from '../../shared/sync/status';
import { headlessApp } from './teamApp';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: teamProcess.ts <root>\n');
  process.exit(2);
}
const app = headlessApp(root);
const say = (value: unknown): void => void process.stdout.write(JSON.stringify(value) + '\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let approving = false;

async function approveForever(): Promise<void> {
  if (approving) return;
  approving = true;
  for (;;) {
    const status = (await app.call('teamStatus', {})) as TeamStatus;
    for (const device of status.share?.devices ?? [])
      if (device.state === 'pending') await app.call('decideDevice', { deviceId: device.id, allow: true });
    await sleep(50);
  }
}

async function capture(id: string, count: number, paceMs: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    const statement = newStatement(`${prefix} ${i}`, new Date().toISOString());
    for (;;) {
      try {
        await app.call('changeSession', { id, changes: [{ type: 'statement.put', statement }] });
        break;
      } catch (error) {
        process.stderr.write(`not saved, retrying: ${(error as Error).message}\n`);
        await sleep(50);
      }
    }
    say({ acked: statement.id, text: statement.text });
    await sleep(paceMs);
  }
  say({ captured: prefix });
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  void (async () => {
    const command = JSON.parse(line) as { cmd: string } & Record<string, string>;
    try {
      switch (command.cmd) {
        case 'create':
          say({ created: ((await app.call('createSession', { title: command.title })) as Session).id });
          break;
        case 'share':
          say({ share: await app.call('startSharing', { sessionId: command.id, address: '127.0.0.1' }) });
          void approveForever();
          break;
        case 'join':
          await app.call('joinSession', { link: command.link });
          say({ joined: true });
          break;
        case 'capture':
          void capture(command.id!, Number(command.count), Number(command.paceMs), command.prefix!);
          break;
        case 'status':
          say({ status: await app.call('teamStatus', {}) });
          break;
        case 'flush':
          await app.flush();
          say({ flushed: true });
          break;
      }
    } catch (error) {
      say({ error: (error as Error).message });
    }
  })();
});
