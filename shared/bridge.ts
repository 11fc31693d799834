import { CALL_NAMES, CHANNELS, EVENT_CHANNELS, type EventName } from './channels';
import type { DeskApi } from './contract';

/** Sends one call's request on its channel and resolves with the main process's envelope. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
/** Listens on one event channel with the payload only; returns the function that stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.desk` from a transport: one function per contract call and `on` for the main process's
 * events, nothing else. The preload gives it Electron's `ipcRenderer`; the browser tests give it their
 * own transport, so both run this same code. It imports channel names only (no zod): the sandboxed
 * preload stays a few kilobytes.
 */
export function createDeskApi(invoke: Invoke, subscribe: Subscribe): DeskApi {
  const api: Record<string, unknown> = {};
  for (const name of CALL_NAMES) {
    const channel = CHANNELS[name];
    api[name] = (request: unknown) => invoke(channel, request);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('on() needs a listener function.');
    return subscribe(EVENT_CHANNELS[event], (payload) => listener(payload));
  };
  return Object.freeze(api) as unknown as DeskApi;
}
