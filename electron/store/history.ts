import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError, describeZodError } from '../../shared/errors';
import { migrate } from '../../shared/model/migrate';
import { IdSchema, SessionSchema, type Session } from '../../shared/model/session';
import { readUtf8, writeFileAtomic, type FileContent } from './atomicJsonFile';

export const MAX_VERSIONS = 30;
/** …and at most this many bytes per session (the newest MIN_VERSIONS are kept whatever their size). */
export const MAX_VERSION_BYTES = 200 * 1024 * 1024;
const MIN_VERSIONS = 3;
const VERSION_NAME = /^(\d{8}T\d{6}\d{3}Z)--([a-z0-9-]{1,60})\.session\.json$/;

export interface VersionInfo {
  version: string;
  savedAt: string;
  reason: string;
  bytes: number;
}

const stamp = (date: Date): string => date.toISOString().replace(/[-:.]/g, '');
const unstamp = (s: string): string =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
const slug = (reason: string): string =>
  reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'version';

/**
 * Rolling copies of each session in `<workspace>/.history/<id>/`, newest kept, at most MAX_VERSIONS:
 * saved before imports, bulk deletes, migrations and restores, and every few minutes while it changes.
 */
export class VersionHistory {
  constructor(readonly workspaceDir: string) {}

  private folderOf(id: string): string {
    return path.join(this.workspaceDir, '.history', IdSchema.parse(id));
  }

  /**
   * The folder of one session's versions, never reached through a link: a `.history` (or session
   * folder) that is a symlink could point anywhere outside the workspace.
   */
  private async safeFolder(id: string, create: boolean): Promise<string | null> {
    const folder = this.folderOf(id);
    for (const part of [path.dirname(folder), folder]) {
      const info = await lstat(part).catch(() => null);
      if (info?.isSymbolicLink() || (info && !info.isDirectory()))
        throw new DeskError(
          'write-failed',
          `${path.relative(this.workspaceDir, part)} in the workspace is a link or a file, not a folder; versions are not saved or read through it.`,
        );
      if (!info) {
        if (!create) return null;
        await mkdir(part).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
      }
    }
    return folder;
  }

  async save(id: string, content: FileContent, reason: string, now = new Date()): Promise<string> {
    const folder = (await this.safeFolder(id, true))!;
    const existing = new Set(await readdir(folder));
    let at = now.getTime();
    let name = `${stamp(new Date(at))}--${slug(reason)}.session.json`;
    while (existing.has(name)) name = `${stamp(new Date(++at))}--${slug(reason)}.session.json`;
    await writeFileAtomic(path.join(folder, name), content);
    await this.prune(id);
    return name;
  }

  async list(id: string): Promise<VersionInfo[]> {
    const folder = await this.safeFolder(id, false).catch(() => null);
    if (!folder) return [];
    const names = await readdir(folder).catch(() => [] as string[]);
    const out: VersionInfo[] = [];
    for (const name of names) {
      const match = VERSION_NAME.exec(name);
      if (!match) continue;
      const info = await stat(path.join(folder, name)).catch(() => null);
      if (!info) continue;
      out.push({
        version: name,
        savedAt: unstamp(match[1]!),
        reason: match[2]!.replace(/-/g, ' '),
        bytes: info.size,
      });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Reads one version; the name must be one this class wrote, so no path can leave the folder. */
  async read(id: string, version: string): Promise<Session> {
    if (!VERSION_NAME.test(version)) throw new DeskError('invalid-request', `Not a version name: ${version}`);
    const folder = await this.safeFolder(id, false);
    if (!folder) throw new DeskError('not-found', { key: 'noVersion', params: { version } });
    const file = path.join(folder, version);
    let raw: unknown;
    try {
      raw = JSON.parse(await readUtf8(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DeskError('not-found', { key: 'noVersion', params: { version } });
      throw new DeskError('damaged-file', { key: 'versionUnreadable', params: { version } });
    }
    const parsed = SessionSchema.safeParse(migrate(raw, version));
    if (!parsed.success)
      throw new DeskError(
        'damaged-file',
        `The saved version ${version} is not valid: ${describeZodError(parsed.error)}`,
      );
    if (parsed.data.id !== id)
      throw new DeskError('damaged-file', { key: 'versionOfAnother', params: { version } });
    return parsed.data;
  }

  private async prune(id: string): Promise<void> {
    const versions = await this.list(id);
    let bytes = 0;
    for (const [index, version] of versions.entries()) {
      bytes += version.bytes;
      if (index >= MAX_VERSIONS || (index >= MIN_VERSIONS && bytes > MAX_VERSION_BYTES))
        await rm(path.join(this.folderOf(id), version.version), { force: true });
    }
  }
}
