import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';

/** The built main process when another copy already holds the single-instance lock. */
const h = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createElectronDouble, MemoryStore } = await import('../support/electronDouble');
  const root = mkdtempSync(join(tmpdir(), 'session-desk-second-'));
  const double = createElectronDouble({ userData: join(root, 'u'), documents: root, lockHeld: false });
  return { double, MemoryStore };
});
vi.mock('electron', () => h.double.electron);
vi.mock('electron-store', () => ({ default: h.MemoryStore }));

it('a second copy quits at once: no window, no IPC, no workspace opened', async () => {
  const built = path.resolve('out/main/index.js');
  if (!existsSync(built)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
  await import(/* @vite-ignore */ built);
  await h.double.makeReady();
  expect(h.double.record.quitCalls).toBe(1);
  expect(h.double.windows).toHaveLength(0);
  expect(h.double.record.ipcHandlers.size).toBe(0);
  expect(h.double.record.applicationMenu).toBeNull();
  expect(existsSync(path.join(h.double.electron.app.getPath('userData'), 'workspace'))).toBe(false);
});
