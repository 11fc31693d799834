import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { DeskError } from '../shared/errors';
import { translator } from '../shared/i18n/index';
import type { UiLanguage } from '../shared/i18n/languages';
import { newId } from '../shared/model/factory';
import type { Session } from '../shared/model/session';
import type { Settings } from './store/settings';
import { loadFile } from './store/sessionFile';
import type { Workspace } from './store/workspace';
import type { OutsideSessions } from './outsideSessions';

/** What a file outside the workspace becomes: a copy inside it, or a session opened where it is. */
export type ImportChoice = 'copy' | 'in-place';

export interface FilePorts {
  settings: Settings;
  /**
   * The language of the screens, which dialogs, file types and notices speak (default: the one chosen
   * in the preferences, else English).
   */
  language?(): UiLanguage;
  /** Asks which session file to open (`title` says what for); null when the user cancels. */
  chooseOpenFile?(title?: string): Promise<string | null>;
  /** Asks what to do with a session file outside the workspace; null when the user cancels. */
  chooseImportMode?(file: string): Promise<ImportChoice | null>;
}

export interface Opened {
  id: string | null;
  notice: string | null;
}

/** The screens' language as the ports give it: the app's rule, else the chosen one, else English. */
export const screensLanguageOf = (ports: FilePorts): UiLanguage =>
  ports.language?.() ?? ports.settings.read().preferences.language ?? 'en';

const samePath = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

/**
 * Opens a session file the user pointed at (a dialog, a double-click, a second launch). Which session it
 * is comes from its content, never its name. A file in the workspace opens as it is; one elsewhere is
 * copied in, or opened where it is (written there, its journal and lock beside it; the workspace stays
 * as it is), as the user chooses. A copy
 * never replaces a session the workspace already has: the same session (same id, same last change)
 * opens the one there, a different one comes in under a new id.
 */
export async function openSessionAt(
  ports: FilePorts,
  workspace: Workspace,
  file: string,
  mode: 'open' | 'import',
  outside: OutsideSessions,
): Promise<Opened> {
  if (!path.isAbsolute(file))
    throw new DeskError('invalid-request', { key: 'notAbsolute', params: { file } });
  const info = await stat(file).catch(() => null);
  if (!info?.isFile())
    throw new DeskError('not-found', { key: 'fileMissing', params: { file: path.basename(file) } });
  const { t } = translator(screensLanguageOf(ports));
  const session = await loadFile(file);
  const inside = samePath(path.dirname(file), workspace.dir);
  if (inside && mode === 'open') return { id: session.id, notice: null };
  let choice: ImportChoice | null = 'copy';
  if (mode === 'open') choice = ports.chooseImportMode ? await ports.chooseImportMode(file) : 'copy';
  if (choice === null) return { id: null, notice: null };
  if (choice === 'in-place') {
    const already = outside.folderOf(session.id);
    const inWorkspace =
      already === null &&
      (await workspace.peek(session.id).then(
        () => true,
        () => false,
      ));
    // One session, one file to write: the workspace's own copy is the one that opens.
    if (inWorkspace) return copyIn(workspace, session, path.basename(file), t);
    outside.add(session.id, file);
    return {
      id: session.id,
      notice: t('notice.openInPlace', {
        file: path.basename(file),
        folder: path.dirname(file),
        workspace: workspace.dir,
      }),
    };
  }
  return copyIn(workspace, session, path.basename(file), t);
}

async function copyIn(workspace: Workspace, session: Session, name: string, t: TFunction): Promise<Opened> {
  const existing = await workspace.get(session.id).catch((error: unknown) => {
    if (error instanceof DeskError && error.code === 'not-found') return null;
    throw error;
  });
  if (existing && existing.updatedAt === session.updatedAt)
    return { id: existing.id, notice: t('notice.alreadyHere', { file: name }) };
  if (existing) {
    const copy = await workspace.create({ ...session, id: newId() });
    return {
      id: copy.id,
      notice: t('notice.copyBeside', { file: name }),
    };
  }
  const created = await workspace.create(session);
  return { id: created.id, notice: t('notice.copiedIn', { file: name }) };
}

/** The dialog-driven open: the page asks, the user picks, the page never names a path. */
export async function openChosenFile(
  ports: FilePorts,
  workspace: Workspace,
  mode: 'open' | 'import',
  outside: OutsideSessions,
): Promise<Opened> {
  const file = await ports.chooseOpenFile?.();
  if (!file) return { id: null, notice: null };
  return openSessionAt(ports, workspace, file, mode, outside);
}
