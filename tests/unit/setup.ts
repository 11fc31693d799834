import { vi } from 'vitest';

// Loading the real `electron` package in plain Node tries to download the binary; the services under
// test never need it, so any accidental import gets an inert stand-in instead of a network call.
vi.mock('electron', () => ({
  app: { getPath: () => process.cwd(), getVersion: () => '0.0.0-test', on: () => undefined },
  ipcMain: { handle: () => undefined, removeHandler: () => undefined },
  dialog: {},
  shell: { openExternal: async () => undefined },
}));
