import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeskError, describeZodError } from '../../shared/errors';
import { migrate } from '../../shared/model/migrate';
import { IdSchema, SessionSchema, type Session } from '../../shared/model/session';
import { writeFileAtomic } from './atomicJsonFile';

export const MAX_VERSIONS = 30;
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

  async save(id: string, content: string, reason: string, now = new Date()): Promise<string> {
    const folder = this.folderOf(id);
    await mkdir(folder, { recursive: true });
    const existing = new Set(await readdir(folder));
    let at = now.getTime();
    let name = `${stamp(new Date(at))}--${slug(reason)}.session.json`;
    while (existing.has(name)) name = `${stamp(new Date(++at))}--${slug(reason)}.session.json`;
    await writeFileAtomic(path.join(folder, name), content);
    await this.prune(id);
    return name;
  }

  async list(id: string): Promise<VersionInfo[]> {
    const folder = this.folderOf(id);
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
    const file = path.join(this.folderOf(id), version);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DeskError('not-found', `There is no saved version ${version}.`);
      throw new DeskError('damaged-file', `The saved version ${version} cannot be read.`);
    }
    const parsed = SessionSchema.safeParse(migrate(raw, version));
    if (!parsed.success)
      throw new DeskError(
        'damaged-file',
        `The saved version ${version} is not valid: ${describeZodError(parsed.error)}`,
      );
    if (parsed.data.id !== id)
      throw new DeskError('damaged-file', `The saved version ${version} is of another session.`);
    return parsed.data;
  }

  private async prune(id: string): Promise<void> {
    const versions = await this.list(id);
    for (const old of versions.slice(MAX_VERSIONS))
      await rm(path.join(this.folderOf(id), old.version), { force: true });
  }
}
