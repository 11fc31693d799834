/**
 * Channel names of the IPC contract, kept apart from its schemas so the sandboxed preload can build
 * `window.desk` without bundling zod. `shared/contract.ts` is keyed by exactly these names.
 */
export const CHANNELS = {
  listSessions: 'sessions:list',
  getSession: 'session:get',
  createSession: 'session:create',
  importSessionPage: 'session:import-page',
  duplicateSession: 'session:duplicate',
  changeSession: 'session:change',
  exportDocx: 'report:export-docx',
  getSettings: 'settings:get',
  chooseWorkspace: 'settings:choose-workspace',
  openExternal: 'link:open',
} as const;

export type CallName = keyof typeof CHANNELS;
export const CALL_NAMES = Object.keys(CHANNELS) as CallName[];
