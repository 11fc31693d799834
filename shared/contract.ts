import { z } from 'zod';
import { CALL_NAMES, CHANNELS, EVENT_CHANNELS, EVENT_NAMES, type CallName, type EventName } from './channels';
import { LANGUAGES } from './i18n/languages';
import { WINDOW_COMMANDS } from './menuCommands';
import { BRIEF_FORMAT_IDS, EXPORT_FORMAT_IDS } from './report/formats';
import { DeskErrorSchema, type DeskErrorShape } from './errors';
import { ChangeSchema } from './model/changes';
import { CaptureDraftSchema } from './model/draft';
import { MAX_CHANGES_PER_CALL } from './model/limits';
import { SessionDraftSchema } from './drafting/schema';
import { PreferencesPatchSchema, PreferencesSchema } from './model/preferences';
import { TeamStatusSchema } from './sync/status';
import { DamagedFileSchema, IdSchema, SessionSchema, SessionSummarySchema } from './model/session';

/**
 * The one IPC contract. The preload's `window.desk` API, the main process's handler table and the
 * renderer's types are all derived from this object, so a channel cannot exist in one place only.
 * Requests are strict: unknown keys are an error, not silently dropped.
 */
const PAGE_TEXT_MAX = 5_000_000;

/** A sync tool's conflict copy merged into its session: how many records and fields came from each side. */
const ConflictMergedSchema = z.object({
  id: IdSchema,
  title: z.string(),
  file: z.string(),
  tool: z.string(),
  fromCopy: z.number().int(),
  fromHere: z.number().int(),
});

/** A part of a session a merge took from one side: how many records, or which facts or report fields. */
const DifferenceCountSchema = z.object({
  part: z.string(),
  count: z.number().int(),
  fields: z.array(z.string()),
});

export const contract = {
  listSessions: {
    channel: CHANNELS.listSessions,
    request: z.strictObject({}),
    response: z.object({
      workspaceDir: z.string(),
      /** Set when another process writes this workspace: why this one only reads it. */
      readOnly: z.string().nullable().default(null),
      /** The same for each folder outside the workspace that a listed session was opened from. */
      readOnlyFolders: z.array(z.object({ folder: z.string(), message: z.string() })).default([]),
      sessions: z.array(SessionSummarySchema),
      damaged: z.array(DamagedFileSchema),
      /** Sessions deleted in the last 30 days on this computer, newest first: `undoDelete` puts one back. */
      deleted: z
        .array(
          z.object({
            undo: IdSchema,
            id: IdSchema,
            title: z.string(),
            deletedAt: z.string(),
            file: z.string(),
          }),
        )
        .default([]),
      /** Conflict copies a sync tool left, merged into their sessions just now. */
      conflictsMerged: z.array(ConflictMergedSchema).default([]),
    }),
  },
  getSession: {
    channel: CHANNELS.getSession,
    request: z.strictObject({ id: IdSchema }),
    response: SessionSchema,
  },
  /**
   * Whether this session can be saved here now: another running copy of the app may write its folder
   * (the workspace, or the folder it was opened from), and then `readOnly` says so in plain words.
   */
  sessionAccess: {
    channel: CHANNELS.sessionAccess,
    request: z.strictObject({ id: IdSchema }),
    response: z.object({ readOnly: z.string().nullable() }),
  },
  /** Reads the file again after another program changed it; this app's logged changes are replayed on top. */
  reloadSession: {
    channel: CHANNELS.reloadSession,
    request: z.strictObject({ id: IdSchema }),
    response: SessionSchema,
  },
  createSession: {
    channel: CHANNELS.createSession,
    request: z.strictObject({ title: z.string().max(2_000).default('') }),
    response: SessionSchema,
  },
  importSessionPage: {
    channel: CHANNELS.importSessionPage,
    request: z.strictObject({ text: z.string().max(PAGE_TEXT_MAX) }),
    response: z.object({ session: SessionSchema, notFound: z.array(z.string()) }),
  },
  duplicateSession: {
    channel: CHANNELS.duplicateSession,
    request: z.strictObject({ id: IdSchema }),
    response: SessionSchema,
  },
  changeSession: {
    channel: CHANNELS.changeSession,
    request: z.strictObject({
      id: IdSchema,
      changes: z.array(ChangeSchema).min(1).max(MAX_CHANGES_PER_CALL),
      /** Lets the window that made the change skip its own `sessionChanged` echo. */
      clientId: z.string().max(100).optional(),
    }),
    response: z.object({ updatedAt: z.string() }),
  },
  exportReport: {
    channel: CHANNELS.exportReport,
    request: z.strictObject({ id: IdSchema, format: z.enum(EXPORT_FORMAT_IDS).default('docx') }),
    response: z.object({ file: z.string().nullable() }),
  },
  exportBrief: {
    channel: CHANNELS.exportBrief,
    request: z.strictObject({
      ids: z.array(IdSchema).min(1).max(100_000),
      /** The brief as a document, or every call to action as a spreadsheet. */
      format: z.enum(BRIEF_FORMAT_IDS).default('docx'),
      /** The language the brief is written in; without one, the screens' language (else English). */
      language: z.enum(LANGUAGES).optional(),
    }),
    response: z.object({ file: z.string().nullable(), sessions: z.number().int() }),
  },
  /** Moves sessions to the archive (hidden from the list unless it is shown) or back; kept per machine. */
  archiveSessions: {
    channel: CHANNELS.archiveSessions,
    request: z.strictObject({ ids: z.array(IdSchema).min(1).max(100_000), archived: z.boolean() }),
    response: z.object({ archived: z.number().int() }),
  },
  getSettings: {
    channel: CHANNELS.getSettings,
    request: z.strictObject({}),
    response: z.object({
      workspaceDir: z.string(),
      recentSessionIds: z.array(z.string()),
      preferences: PreferencesSchema,
    }),
  },
  updatePreferences: {
    channel: CHANNELS.updatePreferences,
    request: z.strictObject({ patch: PreferencesPatchSchema }),
    response: PreferencesSchema,
  },
  chooseWorkspace: {
    channel: CHANNELS.chooseWorkspace,
    request: z.strictObject({}),
    response: z.object({ workspaceDir: z.string() }),
  },
  openExternal: {
    channel: CHANNELS.openExternal,
    request: z.strictObject({ url: z.string().max(4_000) }),
    response: z.object({ opened: z.boolean() }),
  },
  getDraft: {
    channel: CHANNELS.getDraft,
    request: z.strictObject({ sessionId: IdSchema }),
    response: z.object({ draft: CaptureDraftSchema.nullable() }),
  },
  saveDraft: {
    channel: CHANNELS.saveDraft,
    request: z.strictObject({ sessionId: IdSchema, draft: CaptureDraftSchema.nullable() }),
    response: z.object({ saved: z.boolean() }),
  },
  listVersions: {
    channel: CHANNELS.listVersions,
    request: z.strictObject({ id: IdSchema }),
    response: z.array(
      z.object({ version: z.string(), savedAt: z.string(), reason: z.string(), bytes: z.number() }),
    ),
  },
  restoreVersion: {
    channel: CHANNELS.restoreVersion,
    request: z.strictObject({ id: IdSchema, version: z.string().max(200) }),
    response: SessionSchema,
  },
  openPresenter: {
    channel: CHANNELS.openPresenter,
    request: z.strictObject({ sessionId: IdSchema }),
    response: z.object({ opened: z.boolean() }),
  },
  listInterfaces: {
    channel: CHANNELS.listInterfaces,
    request: z.strictObject({}),
    response: z.object({
      interfaces: z.array(
        z.object({
          name: z.string(),
          address: z.string(),
          family: z.enum(['IPv4', 'IPv6']),
          internal: z.boolean(),
        }),
      ),
    }),
  },
  /** Starts sharing a session on one address; `renew` replaces every link (all devices must join again). */
  startSharing: {
    channel: CHANNELS.startSharing,
    request: z.strictObject({
      sessionId: IdSchema,
      address: z.string().max(100),
      renew: z.boolean().default(false),
    }),
    response: TeamStatusSchema,
  },
  stopSharing: { channel: CHANNELS.stopSharing, request: z.strictObject({}), response: TeamStatusSchema },
  teamStatus: { channel: CHANNELS.teamStatus, request: z.strictObject({}), response: TeamStatusSchema },
  decideDevice: {
    channel: CHANNELS.decideDevice,
    request: z.strictObject({ deviceId: z.string().max(64), allow: z.boolean() }),
    response: TeamStatusSchema,
  },
  revokeDevice: {
    channel: CHANNELS.revokeDevice,
    request: z.strictObject({ deviceId: z.string().max(64) }),
    response: TeamStatusSchema,
  },
  joinSession: {
    channel: CHANNELS.joinSession,
    request: z.strictObject({ link: z.string().max(2_000) }),
    response: TeamStatusSchema,
  },
  leaveSession: {
    channel: CHANNELS.leaveSession,
    request: z.strictObject({ sessionId: IdSchema }),
    response: TeamStatusSchema,
  },
  /** Shared sessions announced on the local network (mDNS); joining one still needs its team link. */
  discoverSessions: {
    channel: CHANNELS.discoverSessions,
    request: z.strictObject({}),
    response: z.object({
      found: z.array(
        z.object({ name: z.string(), host: z.string(), port: z.number(), sessionId: z.string() }),
      ),
    }),
  },
  /** The moderator's stage message and blackout, for stage screens on other devices. */
  setStageState: {
    channel: CHANNELS.setStageState,
    request: z.strictObject({
      sessionId: IdSchema,
      message: z.string().max(500),
      showMessage: z.boolean(),
      blackout: z.boolean(),
    }),
    response: z.object({ sent: z.boolean() }),
  },
  /** Moves a session's file to the system's trash; `undo` brings it back while the app runs. */
  deleteSession: {
    channel: CHANNELS.deleteSession,
    request: z.strictObject({ id: IdSchema }),
    response: z.object({ undo: z.string(), title: z.string() }),
  },
  undoDelete: {
    channel: CHANNELS.undoDelete,
    request: z.strictObject({ undo: IdSchema }),
    response: z.object({ id: IdSchema }),
  },
  closePresenter: {
    channel: CHANNELS.closePresenter,
    request: z.strictObject({}),
    response: z.object({ closed: z.boolean() }),
  },
  /** Shows the session's file in the system's file manager. */
  revealSession: {
    channel: CHANNELS.revealSession,
    request: z.strictObject({ id: IdSchema }),
    response: z.object({ revealed: z.boolean() }),
  },
  /** Where the session's file is; `outside` is its folder when it was opened there, outside the workspace. */
  locateSession: {
    channel: CHANNELS.locateSession,
    request: z.strictObject({ id: IdSchema }),
    response: z.object({ file: z.string(), outside: z.string().nullable() }),
  },
  /**
   * Asks for a session file (the user picks it in the system's dialog; the page never names a path) and
   * opens it: `open` uses a file in the workspace as it is and asks about one outside it, `import` always
   * copies it in. `id` is null when the user cancelled.
   */
  openSessionFile: {
    channel: CHANNELS.openSessionFile,
    request: z.strictObject({ mode: z.enum(['open', 'import']).default('open') }),
    response: z.object({ id: IdSchema.nullable(), notice: z.string().nullable() }),
  },
  /**
   * "Merge another copy…": asks for a file (the system's dialog; the page never names a path) and merges
   * it into session `id` with the merge engine. The copy and the session as it was are kept as saved
   * versions; `undoVersion` restores the latter. `merged` is null when the user cancelled. A file that
   * is not a session, the session's own file or a copy of another session is refused, nothing changed.
   */
  mergeSessionFile: {
    channel: CHANNELS.mergeSessionFile,
    request: z.strictObject({ id: IdSchema }),
    response: z.object({
      merged: z
        .object({
          id: IdSchema,
          title: z.string(),
          file: z.string(),
          fromCopy: z.array(DifferenceCountSchema),
          fromHere: z.array(DifferenceCountSchema),
          undoVersion: z.string().nullable(),
        })
        .nullable(),
    }),
  },
  /**
   * The drafting: tag suggestions for every statement, takeaway and call-to-action candidates and a
   * summary per question, computed in the main process (the renderer never loads the language model).
   * Suggestions are only suggestions: nothing is applied until the user accepts it.
   */
  draftReport: {
    channel: CHANNELS.draftReport,
    request: z.strictObject({
      id: IdSchema,
      summaryWords: z.number().int().min(20).max(2_000).optional(),
      /** Only the tag suggestions (faster; what capture needs after each statement). */
      suggestionsOnly: z.boolean().optional(),
    }),
    response: SessionDraftSchema,
  },
} as const satisfies Record<CallName, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export { CALL_NAMES, CHANNELS, type CallName };
export type Request<K extends CallName> = z.input<Contract[K]['request']>;
export type ParsedRequest<K extends CallName> = z.output<Contract[K]['request']>;
export type Response<K extends CallName> = z.output<Contract[K]['response']>;

/** What crosses the wire: never a thrown Error, whose fields Electron's serialization would drop. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DeskErrorShape };
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: DeskErrorSchema }),
]);

export const events = {
  sessionChanged: {
    channel: EVENT_CHANNELS.sessionChanged,
    payload: z.object({
      id: IdSchema,
      changes: z.array(ChangeSchema),
      updatedAt: z.string(),
      clientId: z.string().optional(),
    }),
  },
  teamChanged: { channel: EVENT_CHANNELS.teamChanged, payload: TeamStatusSchema },
  preferencesChanged: {
    channel: EVENT_CHANNELS.preferencesChanged,
    payload: PreferencesSchema,
  },
  /** A menu command for the page (File › New session, View › Timer, …). */
  menuCommand: {
    channel: EVENT_CHANNELS.menuCommand,
    payload: z.object({
      command: z.enum(WINDOW_COMMANDS),
      sessionId: IdSchema.optional(),
      /** Said to the user beside what opened, e.g. that a file was copied into the workspace. */
      notice: z.string().optional(),
    }),
  },
  /** Conflict copies a sync tool left while the app ran, merged as they arrived (the records follow as `sessionChanged`). */
  conflictsMerged: {
    channel: EVENT_CHANNELS.conflictsMerged,
    payload: z.object({ merged: z.array(ConflictMergedSchema) }),
  },
  /** The stage screen opened or closed (for the buttons that open and close it). */
  stageChanged: {
    channel: EVENT_CHANNELS.stageChanged,
    payload: z.object({ open: z.boolean() }),
  },
} as const satisfies Record<EventName, { channel: string; payload: z.ZodType }>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;
export { EVENT_CHANNELS, EVENT_NAMES, type EventName };

/** The API the preload exposes as `window.desk`: one function per call, and `on` for events. */
export type DeskApi = { [K in CallName]: (request: Request<K>) => Promise<Envelope<Response<K>>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
