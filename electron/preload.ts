import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, CHANNELS } from '../shared/channels';

// One function per contract channel and nothing else: the page never sees ipcRenderer itself.
const desk = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (request: unknown) => ipcRenderer.invoke(CHANNELS[name], request)]),
);

contextBridge.exposeInMainWorld('desk', desk);
