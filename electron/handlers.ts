import path from 'node:path';
import { z } from 'zod';
import {
  contract,
  type CallName,
  type Envelope,
  type EventName,
  type EventPayload,
  type ParsedRequest,
  type Response,
} from '../shared/contract';
import { DeskError, describeZodError, errorText } from '../shared/errors';
import { translator, type Translator } from '../shared/i18n/index';
import { isLanguage, type UiLanguage } from '../shared/i18n/languages';
import { parseSessionPage } from '../shared/igf/sessionPage';
import { duplicateSession, newId, newSession, sessionFromPage } from '../shared/model/factory';
import { externalUrl } from '../shared/links';
import { openTurn } from '../shared/timer/floor';
import {
  BRIEF_FORMATS,
  briefSaveFilter,
  exportFileName,
  saveFilter,
  type SaveFilter,
} from '../shared/report/formats';
import { reportOptions, writeBrief, writeReport } from './export/writeReport';
import { openChosenFile, openSessionAt, screensLanguageOf, type FilePorts, type Opened } from './files';
import { draftFor } from './drafting';
import { Drafts } from './store/drafts';
import { OutsideSessions } from './outsideSessions';
import { DeletedSessions } from './store/deletedSessions';
import type { Settings } from './store/settings';
import { mergeConflictCopies, mergeFileInto } from './store/conflictCopies';
import { countDifferences } from '../shared/sync';
import { conflictCopyOf } from '../shared/library/conflicts';
import type { Change } from '../shared/model/changes';
import { machineStateDir } from './store/localState';
import { ensureSyncIgnore } from './store/syncIgnore';
import { assertExportTarget } from './store/sessionFile';
import { Workspace } from './store/workspace';
import { teamHandlers } from './network/handlers';
import { Team, type TeamPorts } from './network/team';

/** What the handlers need from the outside world; Electron provides it in the app, tests provide their own. */
export interface Ports extends FilePorts {
  settings: Settings;
  /** Asks where to save; null when the user cancels. */
  chooseSaveFile(defaultName: string, filters: SaveFilter[]): Promise<string | null>;
  /** Asks for a folder; null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  /** Where unsent capture text is kept (the app's data folder, not the workspace). */
  draftsDir: string;
  /** This machine's folder for what must stay out of a synced workspace (summary index, …). */
  stateDir?: string;
  /** Tells every window about an event; the app broadcasts, tests record. */
  notify?<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Opens the stage-facing presenter window for a session. */
  openPresenter?(sessionId: string): Promise<boolean>;
  /** Closes the stage window; false when none was open. */
  closePresenter?(): Promise<boolean>;
  /** Moves a file to the system's trash (Electron's `shell.trashItem`). */
  trashFile?(file: string): Promise<void>;
  /** Shows a file in the system's file manager. */
  revealFile?(file: string): void;
  /** Told when a session is opened (recent documents, the menu's recent list). */
  sessionOpened?(id: string, file: string): void;
  /** Told after every change whether a turn is open in that session (the display is kept awake). */
  timerActivity?(id: string, running: boolean): void;
  /** Receives the function that writes every pending session file, for the app to call before quitting. */
  registerFlush?(flush: () => Promise<void>): void;
  /** The team mode: per-machine folder, built pages, mDNS. Defaults suit tests (no announcing). */
  team?: Partial<Pick<TeamPorts, 'dataDir' | 'webRoot' | 'announce' | 'discover'>>;
  /** Receives the team mode, for the app to stop sharing when it quits. */
  registerTeam?(team: Team): void;
  /**
   * Watches a folder: `onChange` gets the name of each file that appears or changes (see
   * store/watchFolder.ts); returns the function that stops. Without it, conflict copies are merged only
   * when the session list is read.
   */
  watchFolder?(dir: string, onChange: (name: string | null) => void): () => void;
  /** Receives the function that opens a session file the OS handed over (a double-click, a second launch). */
  registerOpenPath?(open: (file: string) => Promise<Opened>): void;
  now?: () => string;
}

export type { SaveFilter };

export type Handlers = { [K in CallName]: (request: ParsedRequest<K>) => Promise<Response<K>> };

/** How long a folder stays quiet after a conflict copy appears before it is merged. */
const COPY_SETTLE_MS = 400;

export function createHandlers(ports: Ports): Handlers {
  const now = ports.now ?? (() => new Date().toISOString());
  /** The screens' language: what the dialogs, file types and notices are worded in. */
  const speaks = (): UiLanguage => screensLanguageOf(ports);
  const words = () => translator(speaks()).t;
  const open = (dir: string, place: 'workspace' | 'folder' = 'workspace') =>
    new Workspace(dir, now, { stateDir: ports.stateDir && machineStateDir(dir, ports.stateDir), place });
  let workspace = open(ports.settings.workspaceDir());
  const drafts = new Drafts(ports.draftsDir);
  const current = (): Workspace => {
    const dir = ports.settings.workspaceDir();
    if (dir !== workspace.dir) {
      void workspace.release().catch(() => undefined);
      workspace = open(dir);
    }
    return workspace;
  };
  const outside = new OutsideSessions(ports.settings, (dir) => open(dir, 'folder'));
  /** Where a session is written: its own folder's store when it was opened outside the workspace. */
  const storeOf = (id: string): Workspace => outside.storeOf(id) ?? current();
  /** An export never replaces a session file or one of the workspace's own files. */
  const guardTarget = (file: string, ...ids: string[]) =>
    assertExportTarget(file, {
      sessionFiles: ids.map((id) => storeOf(id).fileOf(id)),
      workspaceDir: workspace.dir,
    });
  // Before quitting: write what is pending, then let another process become the workspace's writer.
  ports.registerFlush?.(async () => {
    await Promise.all([workspace.release(), outside.release()]);
  });
  /** Deleted sessions' files, kept on this machine so Undo works, also after a restart (30 days). */
  const deleted = new DeletedSessions(
    path.join(ports.stateDir ?? path.dirname(ports.draftsDir), 'deleted-sessions'),
    now,
  );
  const team = new Team({
    workspace: () => current(),
    sessionChanged: (id, changes, updatedAt) =>
      ports.notify?.('sessionChanged', {
        id,
        changes: changes as EventPayload<'sessionChanged'>['changes'],
        updatedAt,
      }),
    statusChanged: () => ports.notify?.('teamChanged', team.status()),
    preferences: () => ports.settings.read().preferences,
    dataDir: ports.team?.dataDir ?? path.join(path.dirname(ports.draftsDir), 'team'),
    webRoot: ports.team?.webRoot ?? path.resolve('out/renderer'),
    announce: ports.team?.announce,
    discover: ports.team?.discover,
    now,
  });
  ports.registerTeam?.(team);

  // A sync tool's conflict copies: merged one workspace pass at a time, the merged records going through
  // the team mode (a shared session's devices get them too) and to every window.
  let merging: Promise<unknown> = Promise.resolve();
  const applyMerge = async (ws: Workspace, id: string, changes: Change[]) => {
    const result = await team.localChange(id, changes, () => ws.change(id, changes));
    ports.notify?.('sessionChanged', {
      id,
      changes: changes as EventPayload<'sessionChanged'>['changes'],
      updatedAt: result.updatedAt,
    });
  };
  const mergeCopiesIn = (ws: Workspace) => {
    const run = merging.then(() => mergeConflictCopies(ws, (id, changes) => applyMerge(ws, id, changes)));
    merging = run.catch(() => undefined);
    return run;
  };
  // A copy that arrives while the app runs is merged within a moment, not at the next list.
  let watching: { dir: string; stop: () => void; timer?: ReturnType<typeof setTimeout> } | null = null;
  const watchForCopies = (ws: Workspace) => {
    if (!ports.watchFolder || watching?.dir === ws.dir) return;
    if (watching?.timer) clearTimeout(watching.timer);
    watching?.stop();
    const entry: NonNullable<typeof watching> = { dir: ws.dir, stop: () => undefined };
    entry.stop = ports.watchFolder(ws.dir, (name) => {
      if (name !== null && !conflictCopyOf(name)) return;
      // A sync tool writes the copy and its sidecar one after the other: wait until it has settled.
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (watching !== entry) return;
        void mergeCopiesIn(ws).then(
          ({ merged }) => {
            if (merged.length) ports.notify?.('conflictsMerged', { merged });
          },
          () => undefined,
        );
      }, COPY_SETTLE_MS);
    });
    watching = entry;
  };
  ports.registerOpenPath?.((file) => openSessionAt(ports, current(), file, 'open', outside));

  return {
    ...teamHandlers(team),
    async listSessions() {
      const ws = current();
      // A sync tool's conflict copies are merged into their sessions before the list is read.
      const conflicts = await mergeCopiesIn(ws);
      if (!ws.readOnly) await ensureSyncIgnore(ws.dir).catch(() => undefined);
      const { sessions, damaged, readOnly } = await ws.list();
      watchForCopies(ws);
      const away = await outside.list();
      const archived = new Set(ports.settings.read().archivedSessionIds);
      // A session opened from outside is listed once, as the one it is written to.
      const listed = [...away.sessions, ...sessions.filter((s) => !away.sessions.some((o) => o.id === s.id))];
      return {
        workspaceDir: ws.dir,
        sessions: listed.map((s) => (archived.has(s.id) ? { ...s, archived: true } : s)),
        damaged: [
          ...damaged.map((d) => (d.key ? { ...d, message: errorText(words(), d.key, d.params) } : d)),
          ...away.damaged,
          ...conflicts.problems,
        ],
        deleted: (await deleted.list()).map(({ undo, id, title, deletedAt, file }) => ({
          undo,
          id,
          title,
          deletedAt,
          file,
        })),
        readOnly: readOnly && (ws.readOnlyError?.wordedIn(words()) ?? readOnly),
        readOnlyFolders: away.readOnly.map(({ folder, why }) => ({ folder, message: why.wordedIn(words()) })),
        conflictsMerged: conflicts.merged,
      };
    },
    async archiveSessions({ ids, archived }) {
      return { archived: ports.settings.setArchived(ids, archived) };
    },
    async getSession({ id }) {
      const ws = storeOf(id);
      const session = await ws.get(id);
      watchForCopies(ws);
      ports.settings.noteRecent(id);
      ports.sessionOpened?.(id, ws.fileOf(id));
      return session;
    },
    async reloadSession({ id }) {
      return storeOf(id).reload(id);
    },
    async sessionAccess({ id }) {
      return { readOnly: (await storeOf(id).heldElsewhereError())?.wordedIn(words()) ?? null };
    },
    async createSession({ title }) {
      return current().create(newSession(now(), title));
    },
    async importSessionPage({ text }) {
      const page = parseSessionPage(text);
      const session = await current().create(sessionFromPage(page, now()));
      return { session, notFound: page.notFound };
    },
    async duplicateSession({ id }) {
      return current().create(duplicateSession(await storeOf(id).get(id), now()));
    },
    async changeSession({ id, changes, clientId }) {
      const ws = storeOf(id);
      // A shared or joined session: the same changes go to the merge engine and on to the other devices.
      const result = await team.localChange(id, changes, () => ws.change(id, changes));
      ports.notify?.('sessionChanged', { id, changes, updatedAt: result.updatedAt, clientId });
      if (ports.timerActivity && changes.some((c) => c.type.startsWith('turn.')))
        ports.timerActivity(id, openTurn(await ws.get(id)) !== null);
      return result;
    },
    async exportReport({ id, format }) {
      const session = await storeOf(id).get(id);
      const file = await ports.chooseSaveFile(exportFileName(session.facts.title, format), [
        saveFilter(format, words()),
      ]);
      if (!file) return { file: null };
      if (!path.isAbsolute(file))
        throw new DeskError('invalid-request', { key: 'notAbsolute', params: { file } });
      await guardTarget(file, id);
      await writeReport(session, { [format]: file }, reportOptions(ports.settings.read().preferences, now()));
      return { file };
    },
    async exportBrief({ ids, format, language: asked }) {
      const { fora } = ports.settings.read().preferences;
      const screens = speaks();
      const language = asked ?? (isLanguage(screens) ? screens : 'en');
      const unique = [...new Set(ids)];
      // The file name the save dialog proposes is in the brief's language too.
      const { t } = translator(language);
      const name = `${t(format === 'csv' ? 'brief.csvFileName' : 'brief.fileName')}.${BRIEF_FORMATS[format].extension}`;
      const file = await ports.chooseSaveFile(name, [briefSaveFilter(format, words())]);
      if (!file) return { file: null, sessions: unique.length };
      if (!path.isAbsolute(file))
        throw new DeskError('invalid-request', { key: 'notAbsolute', params: { file } });
      await guardTarget(file, ...unique);
      // Read one session at a time, so a brief of thousands costs the memory of one.
      async function* sessions() {
        for (const id of unique) yield await storeOf(id).peek(id);
      }
      const { sessions: count } = await writeBrief(sessions(), { [format]: file }, { fora, language });
      return { file, sessions: count };
    },
    async getSettings() {
      const { recentSessionIds, preferences } = ports.settings.read();
      return { workspaceDir: current().dir, recentSessionIds, preferences };
    },
    async updatePreferences({ patch }) {
      const preferences = ports.settings.updatePreferences(patch);
      ports.notify?.('preferencesChanged', preferences);
      return preferences;
    },
    async chooseWorkspace() {
      const dir = await ports.chooseFolder();
      if (dir) ports.settings.update({ workspaceDir: dir });
      return { workspaceDir: current().dir };
    },
    async openExternal({ url }) {
      // The parsed, normalised URL goes to the system, never the raw text the renderer sent.
      const safe = externalUrl(url);
      if (!safe) return { opened: false };
      await ports.openExternal(safe);
      return { opened: true };
    },
    async getDraft({ sessionId }) {
      return { draft: await drafts.get(sessionId) };
    },
    async saveDraft({ sessionId, draft }) {
      await drafts.save(sessionId, draft);
      return { saved: true };
    },
    async listVersions({ id }) {
      const ws = storeOf(id);
      await ws.get(id);
      return ws.history.list(id);
    },
    async restoreVersion({ id, version }) {
      return storeOf(id).restore(id, version);
    },
    async draftReport({ id, summaryWords, suggestionsOnly }) {
      const session = await storeOf(id).get(id);
      const { fora } = ports.settings.read().preferences;
      return draftFor(session, { summaryWords, suggestionsOnly, fora });
    },
    async openPresenter({ sessionId }) {
      await storeOf(sessionId).get(sessionId);
      return { opened: (await ports.openPresenter?.(sessionId)) ?? false };
    },
    async deleteSession({ id }) {
      if (!ports.trashFile) throw new DeskError('invalid-request', { key: 'deleteDesktopOnly' });
      const ws = storeOf(id);
      const away = outside.folderOf(id) !== null;
      const { title } = (await ws.get(id)).facts;
      const { file, text } = await ws.detach(id);
      const undo = newId();
      // Kept before the file goes, so the session can be put back even after a restart.
      await deleted.keep(undo, { id, title, file, outside: away, deletedAt: now(), text });
      await ports.trashFile(file);
      if (away) await outside.remove(id);
      return { undo, title };
    },
    async undoDelete({ undo }) {
      const entry = await deleted.get(undo);
      const ws = current();
      if (entry.outside) {
        await outside.storeFor(path.dirname(entry.file)).putBack(entry.file, entry.text);
        outside.add(entry.id, entry.file);
      } else if (path.dirname(path.resolve(entry.file)) === path.resolve(ws.dir)) {
        await ws.putBack(entry.file, entry.text);
      } else {
        // Deleted from another workspace than today's: it comes back into this one.
        await ws.putBack(ws.fileOf(entry.id), entry.text);
      }
      await deleted.forget(undo);
      return { id: entry.id };
    },
    async locateSession({ id }) {
      const ws = storeOf(id);
      await ws.get(id);
      return { file: ws.fileOf(id), outside: outside.folderOf(id) };
    },
    async closePresenter() {
      return { closed: (await ports.closePresenter?.()) ?? false };
    },
    async revealSession({ id }) {
      const ws = storeOf(id);
      await ws.get(id);
      if (!ports.revealFile) return { revealed: false };
      ports.revealFile(ws.fileOf(id));
      return { revealed: true };
    },
    async openSessionFile({ mode }) {
      return openChosenFile(ports, current(), mode, outside);
    },
    async mergeSessionFile({ id }) {
      const ws = current();
      const { title } = (await ws.get(id)).facts;
      const t = words();
      const file = await ports.chooseOpenFile?.(
        t('dialog.mergeInto', { title: title || t('menu.untitled') }),
      );
      if (!file) return { merged: null };
      // A shared session's merge goes to the other devices too, like any change made here.
      const merged = await mergeFileInto(ws, id, file, (changes) => applyMerge(ws, id, changes));
      return {
        merged: {
          id,
          title: merged.title,
          file: merged.file,
          fromCopy: countDifferences(merged.fromCopy),
          fromHere: countDifferences(merged.fromHere),
          undoVersion: merged.undoVersion,
        },
      };
    },
  };
}

/** An error as the window receives it: worded in the screens' language, with its key to word it again. */
export function envelopeError(error: unknown, tr: Translator): Envelope<never> {
  if (error instanceof DeskError)
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.wordedIn(tr.t),
        ...(error.key ? { key: error.key, params: error.params ?? {} } : {}),
      },
    };
  if (error instanceof z.ZodError)
    return { ok: false, error: { code: 'invalid-request', message: describeZodError(error) } };
  // Anything else is a bug: say so without leaking a stack trace to the untrusted renderer.
  console.error(error);
  return envelopeError(new DeskError('internal', { key: 'internal' }), tr);
}

/** Validates an untrusted payload against the contract, runs the handler and never throws. */
export async function dispatch(
  handlers: Handlers,
  name: string,
  payload: unknown,
  language: UiLanguage = 'en',
): Promise<Envelope<unknown>> {
  const tr = translator(language);
  if (!Object.hasOwn(contract, name))
    return envelopeError(
      new DeskError('invalid-request', { key: 'unknownCall', params: { name: String(name).slice(0, 80) } }),
      tr,
    );
  const call = name as CallName;
  const parsed = contract[call].request.safeParse(payload ?? {});
  if (!parsed.success)
    return {
      ok: false,
      error: { code: 'invalid-request', message: `${call}: ${describeZodError(parsed.error)}` },
    };
  try {
    const handler = handlers[call] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return envelopeError(error, tr);
  }
}
