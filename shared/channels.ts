/**
 * Channel names of the IPC contract, kept apart from its schemas so the sandboxed preload can build
 * `window.desk` without bundling zod. `shared/contract.ts` is keyed by exactly these names.
 */
export const CHANNELS = {
  listSessions: 'sessions:list',
  getSession: 'session:get',
  reloadSession: 'session:reload',
  sessionAccess: 'session:access',
  createSession: 'session:create',
  importSessionPage: 'session:import-page',
  duplicateSession: 'session:duplicate',
  changeSession: 'session:change',
  exportReport: 'report:export',
  exportBrief: 'report:export-brief',
  archiveSessions: 'sessions:archive',
  getSettings: 'settings:get',
  updatePreferences: 'settings:update-preferences',
  chooseWorkspace: 'settings:choose-workspace',
  openExternal: 'link:open',
  getDraft: 'draft:get',
  saveDraft: 'draft:save',
  openPresenter: 'presenter:open',
  closePresenter: 'presenter:close',
  deleteSession: 'session:delete',
  undoDelete: 'session:undo-delete',
  revealSession: 'session:reveal',
  locateSession: 'session:locate',
  openSessionFile: 'session:open-file',
  mergeSessionFile: 'session:merge-file',
  listVersions: 'history:list',
  restoreVersion: 'history:restore',
  listInterfaces: 'team:list-interfaces',
  startSharing: 'team:start-sharing',
  stopSharing: 'team:stop-sharing',
  teamStatus: 'team:status',
  decideDevice: 'team:decide-device',
  revokeDevice: 'team:revoke-device',
  joinSession: 'team:join',
  leaveSession: 'team:leave',
  setStageState: 'team:set-stage',
  discoverSessions: 'team:discover',
  draftReport: 'drafting:draft',
} as const;

export type CallName = keyof typeof CHANNELS;
export const CALL_NAMES = Object.keys(CHANNELS) as CallName[];

/** Messages the main process sends to every window, e.g. so the presenter view follows the timer. */
export const EVENT_CHANNELS = {
  sessionChanged: 'event:session-changed',
  /** The per-user preferences (timer thresholds and colours, fora) were saved; every window re-reads them. */
  preferencesChanged: 'event:preferences-changed',
  /** Sharing or joining changed: a device asks to join, connects, leaves; the link to the host drops. */
  teamChanged: 'event:team-changed',
  menuCommand: 'event:menu-command',
  /** A sync tool's conflict copy arrived in the workspace and was merged into its session. */
  conflictsMerged: 'event:conflicts-merged',
  stageChanged: 'event:stage-changed',
} as const;
export type EventName = keyof typeof EVENT_CHANNELS;
export const EVENT_NAMES = Object.keys(EVENT_CHANNELS) as EventName[];
