import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, CHANNELS, EVENT_CHANNELS, EVENT_NAMES } from '../../shared/channels';

/**
 * The BUILT preload (`out/preload/index.cjs`) run as Electron's sandbox runs it: a CommonJS script in a
 * context of its own whose `require` knows only a few modules, with a fake `contextBridge` and
 * `ipcRenderer` that record what it does. Run `npm run build` first.
 */
function runPreload() {
  const file = path.resolve('out/preload/index.cjs');
  if (!existsSync(file)) throw new Error('out/preload/index.cjs is missing: run `npm run build` first.');
  const exposed = new Map<string, unknown>();
  const invoked: Array<{ channel: string; args: unknown[] }> = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const required: string[] = [];
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return { ok: true, value: channel };
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send() {
      throw new Error('the preload must not use ipcRenderer.send');
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (exposed.has(key)) throw new Error(`${key} exposed twice`);
      exposed.set(key, api);
    },
  };
  // Electron's sandboxed preloads get only these from require().
  const sandboxModules: Record<string, unknown> = { electron: { contextBridge, ipcRenderer } };
  const module = { exports: {} };
  const context = vm.createContext({
    module,
    exports: module.exports,
    require(name: string) {
      required.push(name);
      if (!(name in sandboxModules)) throw new Error(`a sandboxed preload cannot require ${name}`);
      return sandboxModules[name];
    },
    console,
  });
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return { exposed, invoked, listeners, required };
}

describe('the built preload in a sandboxed vm context', () => {
  it('requires nothing but electron and exposes only window.desk', () => {
    const { exposed, required } = runPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['desk']);
  });

  it('window.desk is exactly the contract: one function per call, plus on', async () => {
    const { exposed, invoked } = runPreload();
    const desk = exposed.get('desk') as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(desk).sort()).toEqual([...CALL_NAMES, 'on'].sort());
    for (const name of CALL_NAMES) {
      expect(typeof desk[name]).toBe('function');
      expect(await desk[name]!({ probe: name })).toEqual({ ok: true, value: CHANNELS[name] });
    }
    expect(invoked).toEqual(CALL_NAMES.map((name) => ({ channel: CHANNELS[name], args: [{ probe: name }] })));
  });

  it('on() passes the payload only, never the IPC event, and unsubscribes', () => {
    const { exposed, listeners } = runPreload();
    const desk = exposed.get('desk') as { on(e: string, l: (...a: unknown[]) => void): () => void };
    for (const event of EVENT_NAMES) {
      const got: unknown[][] = [];
      const off = desk.on(event, (...args) => got.push(args));
      const registered = [...listeners.get(EVENT_CHANNELS[event])!];
      expect(registered).toHaveLength(1);
      registered[0]!({ sender: 'the ipc event', ports: [] }, { id: 'payload' });
      expect(got).toEqual([[{ id: 'payload' }]]);
      off();
      expect(listeners.get(EVENT_CHANNELS[event])!.size).toBe(0);
    }
    expect(() => desk.on('ipc:anything', () => undefined)).toThrow(/Unknown event/);
    expect(() => desk.on('__proto__', () => undefined)).toThrow(/Unknown event/);
    expect(listeners.has('ipc:anything')).toBe(false);
  });
});
