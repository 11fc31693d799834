import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, CHANNELS, EVENT_CHANNELS, type EventName } from '../shared/channels';

// One function per contract channel and nothing else: the page never sees ipcRenderer itself.
const desk = {
  ...Object.fromEntries(
    CALL_NAMES.map((name) => [name, (request: unknown) => ipcRenderer.invoke(CHANNELS[name], request)]),
  ),
  /** Subscribes to one of the main process's events; the page gets the payload only, never the event object. */
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    const channel = EVENT_CHANNELS[event];
    if (!channel) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
};

contextBridge.exposeInMainWorld('desk', desk);
