/**
 * Two real Syncthing instances on loopback carry one workspace between two folders while two app
 * processes edit the same session, one in each folder. Afterwards both folders must hold identical,
 * complete sessions (conflict copies merged by the session list). Standalone: `npx tsx scripts/syncthing-pair.ts`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeConflictCopies } from '../electron/store/conflictCopies';
import { ensureSyncIgnore } from '../electron/store/syncIgnore';
import { Workspace } from '../electron/store/workspace';
import { generateLibrarySession } from '../tests/fixtures/generate-library';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
async function until<T>(what: string, ms: number, f: () => Promise<T | null | false>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(250);
  }
}

interface Node {
  name: string;
  home: string;
  folder: string;
  gui: number;
  sync: number;
  key: string;
  id: string;
  proc?: ChildProcess;
}

const root = mkdtempSync(path.join(tmpdir(), 'desk-syncthing-'));
const nodes: Node[] = [];
const killGroup = (n: Node) => {
  try {
    if (n.proc?.pid) process.kill(-n.proc.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
// Even when the run dies (an uncaught error skips `finally`), no instance outlives it.
process.on('exit', () => {
  for (const n of nodes) killGroup(n);
});
async function makeNode(name: string): Promise<Node> {
  const home = path.join(root, `${name}-home`);
  const folder = path.join(root, `${name}-workspace`);
  const gen = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (gen.status !== 0) throw new Error(`syncthing generate: ${gen.stderr}`);
  const gui = await freePort();
  const sync = await freePort();
  let xml = readFileSync(path.join(home, 'config.xml'), 'utf8');
  const key = /<apikey>([^<]+)</.exec(xml)![1]!;
  const id = /<device id="([^"]+)"/.exec(xml)![1]!;
  const set = (tag: string, value: string) => {
    xml = xml.replace(new RegExp(`<${tag}>[^<]*</${tag}>`, 'g'), `<${tag}>${value}</${tag}>`);
  };
  set('listenAddress', `tcp://127.0.0.1:${sync}`);
  set('globalAnnounceEnabled', 'false');
  set('localAnnounceEnabled', 'false');
  set('relaysEnabled', 'false');
  set('natEnabled', 'false');
  set('urAccepted', '-1');
  set('crashReportingEnabled', 'false');
  set('startBrowser', 'false');
  set('autoUpgradeIntervalH', '0');
  writeFileSync(path.join(home, 'config.xml'), xml);
  const node: Node = { name, home, folder, gui, sync, key, id };
  nodes.push(node);
  return node;
}
async function api(n: Node, method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${n.gui}${route}`, {
    method,
    headers: { 'X-API-Key': n.key, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`${n.name} ${method} ${route}: ${res.status} ${await res.text()}`);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}
function start(n: Node): void {
  n.proc = spawn(
    'syncthing',
    [
      'serve',
      `--home=${n.home}`,
      `--gui-address=127.0.0.1:${n.gui}`,
      '--no-browser',
      '--no-restart',
      '--no-upgrade',
    ],
    {
      stdio: ['ignore', 'ignore', 'ignore'],
      // Its own process group: `serve` runs a monitor that starts the real instance as its child.
      detached: true,
      env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1' },
    },
  );
}
const idle = (n: Node) => async () => {
  const s = (await api(n, 'GET', '/rest/db/status?folder=ws')) as { state: string; needFiles: number };
  return s.state === 'idle' && s.needFiles === 0;
};
/** An app process adding statements to the session; resolves with the ids the store acknowledged. */
function edit(dir: string, id: string, seed: number, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/append-statements.ts', dir, id, String(seed)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PACE_MS: '20' },
      },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('editor timed out'));
    }, 60_000);
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      if (out.split('\n').length - 1 >= count) child.kill('SIGTERM');
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out.split('\n').slice(0, -1).filter(Boolean));
    });
  });
}
const sameFolders = (): boolean => {
  const [x, y] = nodes.map((n) => sessionFiles(n.folder));
  return (
    JSON.stringify(x) === JSON.stringify(y) &&
    x!.every(
      (f) =>
        readFileSync(path.join(nodes[0]!.folder, f), 'utf8') ===
        readFileSync(path.join(nodes[1]!.folder, f), 'utf8'),
    )
  );
};
const sessionFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .sort();

try {
  const a = await makeNode('a');
  const b = await makeNode('b');
  for (const n of nodes) start(n);
  for (const n of nodes)
    await until(`${n.name} REST`, 30_000, async () => (await api(n, 'GET', '/rest/system/ping')) as object);
  for (const [n, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await api(n, 'POST', '/rest/config/devices', {
      deviceID: other.id,
      name: other.name,
      addresses: [`tcp://127.0.0.1:${other.sync}`],
    });
    await api(n, 'POST', '/rest/config/folders', {
      id: 'ws',
      label: 'workspace',
      path: n.folder,
      type: 'sendreceive',
      rescanIntervalS: 3600,
      fsWatcherEnabled: false,
      devices: [{ deviceID: n.id }, { deviceID: other.id }],
    });
  }
  await until('devices connected', 30_000, async () => {
    const c = (await api(a, 'GET', '/rest/system/connections')) as {
      connections: Record<string, { connected: boolean }>;
    };
    return c.connections[b.id]?.connected ?? false;
  });
  const session = generateLibrarySession(1, 50);
  const wsA = new Workspace(a.folder, undefined, { stateDir: path.join(root, 'state-a') });
  await wsA.create(session);
  await wsA.release();
  await api(a, 'POST', '/rest/db/scan?folder=ws');
  await until(
    'session reaches b',
    30_000,
    async () => sessionFiles(b.folder).length > 0 && (await idle(b)()),
  );
  const t0 = Date.now();
  const acked = (
    await Promise.all([edit(a.folder, session.id, 1, 10), edit(b.folder, session.id, 2, 10)])
  ).flat();
  for (const n of nodes) await api(n, 'POST', '/rest/db/scan?folder=ws');
  // Each side's session list merges the conflict copies it finds and the sync tool carries the result;
  // as in the app, a list runs again while the folders still differ (a bounded number of rounds).
  const settled = () =>
    until(
      'the two folders agree',
      20_000,
      async () => (await idle(a)()) && (await idle(b)()) && sameFolders(),
    )
      .then(() => true)
      .catch(() => false);
  // After the edits: wait until the conflict copy Syncthing makes is in both folders.
  await settled();
  for (let round = 0; round < 5; round++) {
    for (const n of nodes) {
      const ws = new Workspace(n.folder, undefined, { stateDir: path.join(root, `state-${n.name}-list`) });
      // As the app's session list does (electron/handlers.ts): merge the copies, then list.
      const conflicts = await mergeConflictCopies(ws);
      await ensureSyncIgnore(ws.dir);
      const listed = await ws.list();
      await ws.release();
      console.log(
        `${n.name}: merged ${JSON.stringify(conflicts)}; listed ${listed.sessions.length} session(s)`,
      );
      for (const m of nodes) await api(m, 'POST', '/rest/db/scan?folder=ws');
    }
    if ((await settled()) && sessionFiles(a.folder).length === 1) break;
  }
  const fa = sessionFiles(a.folder);
  const fb = sessionFiles(b.folder);
  console.log('files a', fa, 'files b', fb);
  const same = sameFolders();
  const s = JSON.parse(readFileSync(path.join(a.folder, `${session.id}.session.json`), 'utf8')) as {
    statements: { id: string }[];
  };
  const have = new Set(s.statements.map((st) => st.id));
  const lost = acked.filter((id) => !have.has(id));
  console.log(
    `identical: ${same}; ${s.statements.length} statements; ${acked.length} acknowledged edits, lost ${lost.length}; ${Date.now() - t0} ms`,
  );
  process.exitCode = same && fa.length === 1 && acked.length >= 20 && lost.length === 0 ? 0 : 1;
} finally {
  // The instance itself is the monitor's child: ask it to stop, then kill the group.
  await Promise.all(nodes.map((n) => api(n, 'POST', '/rest/system/shutdown').catch(() => null)));
  for (const n of nodes) killGroup(n);
  await sleep(200);
  rmSync(root, { recursive: true, force: true });
}
