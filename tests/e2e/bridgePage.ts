import { createDeskApi } from '../../shared/bridge';

/**
 * Runs in the test page before the app's own scripts: `window.desk` built by the same `createDeskApi`
 * the preload uses, over a Playwright binding instead of Electron's IPC. Messages cross as JSON text,
 * as they are serialized between Electron's processes.
 */
type Listener = (payload: unknown) => void;
const page = window as unknown as {
  desk: unknown;
  __deskInvoke(channel: string, json: string | undefined): Promise<string>;
  __deskEmit(channel: string, payload: unknown): void;
};
const listeners = new Map<string, Set<Listener>>();
page.desk = createDeskApi(
  (channel, request) =>
    page
      .__deskInvoke(channel, request === undefined ? undefined : JSON.stringify(request))
      .then((json) => JSON.parse(json) as unknown),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return () => void set.delete(listener);
  },
);
page.__deskEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};
