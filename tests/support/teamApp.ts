import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Conf from 'conf';
import type { EventName, EventPayload } from '../../shared/contract';
import { createHandlers, dispatch, type Handlers } from '../../electron/handlers';
import type { Team } from '../../electron/network/team';
import { Settings, type KeyValueStore } from '../../electron/store/settings';

export interface HeadlessApp {
  handlers: Handlers;
  team: Team;
  events: Array<{ event: EventName; payload: unknown }>;
  flush(): Promise<void>;
  /** Calls through the contract's validation, as the window would. */
  call(name: string, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Session Desk without its windows: the real handlers (workspace, team mode) over a folder, as the
 * main process runs them. `root` holds the workspace, settings, drafts and the per-machine team folder.
 */
export function headlessApp(root: string, webRoot = path.resolve('out/renderer')): HeadlessApp {
  const conf = new Conf({ projectName: 'session-desk-team', cwd: path.join(root, 'settings') });
  const settings = new Settings(conf as unknown as KeyValueStore, path.join(root, 'workspace'));
  const events: HeadlessApp['events'] = [];
  let flush: () => Promise<void> = async () => undefined;
  let team: Team | null = null;
  const handlers = createHandlers({
    settings,
    draftsDir: path.join(root, 'drafts'),
    notify<E extends EventName>(event: E, payload: EventPayload<E>) {
      events.push({ event, payload });
      if (events.length > 5_000) events.splice(0, 1_000);
    },
    chooseSaveFile: async () => null,
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    registerFlush: (f) => (flush = f),
    team: { dataDir: path.join(root, 'team'), webRoot },
    registerTeam: (t) => (team = t),
  });
  return {
    handlers,
    team: team!,
    events,
    flush: () => flush(),
    async call(name, payload) {
      const envelope = await dispatch(handlers, name, payload);
      if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
      return envelope.value;
    },
    async close() {
      await team!.close();
      await flush();
    },
  };
}

/** A minimal built-pages folder for server tests that do not need the real pages. */
export async function fakeWebRoot(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'stage.html'), '<script type="module" src="./assets/stage-1.js"></script>');
  await writeFile(path.join(dir, 'online.html'), '<link rel="stylesheet" href="./assets/online-1.css">');
  await writeFile(path.join(dir, 'index.html'), '<p>the app itself</p>');
  await writeFile(path.join(dir, 'assets', 'stage-1.js'), 'import"./chunk-1.js";');
  await writeFile(path.join(dir, 'assets', 'chunk-1.js'), 'export const a=1;');
  await writeFile(path.join(dir, 'assets', 'online-1.css'), 'body{}');
  await writeFile(path.join(dir, 'assets', 'index-1.js'), 'secret app code');
  return dir;
}
