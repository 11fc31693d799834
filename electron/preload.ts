import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createDeskApi } from '../shared/bridge';

// The page gets one function per contract call and `on`; never ipcRenderer itself, never an IPC event.
const desk = createDeskApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
);

contextBridge.exposeInMainWorld('desk', desk);
