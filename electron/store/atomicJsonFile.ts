import { lstat, open, readlink, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../shared/errors';

let counter = 0;

/**
 * What identifies one version of a file on disk: a file replaced by another program (a sync tool
 * renames its copy over ours) has another inode; one edited in place has another size or mtime.
 * Nanosecond mtimes, so two writes within the same millisecond still differ.
 */
export interface FileIdentity {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

export const sameIdentity = (a: FileIdentity | null, b: FileIdentity | null): boolean =>
  !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

export async function identityOf(file: string): Promise<FileIdentity | null> {
  const info = await stat(file, { bigint: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return info ? { ino: info.ino, size: info.size, mtimeNs: info.mtimeNs } : null;
}

/**
 * Writes every byte or throws: a `write` may write fewer bytes than asked (a disk filling up), and
 * such a short write must never be taken for success.
 */
export async function writeAll(handle: FileHandle, data: Uint8Array, position: number | null = null) {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(
      data,
      done,
      data.length - done,
      position === null ? null : position + done,
    );
    if (bytesWritten <= 0) {
      const error = new Error('The disk accepted no more bytes.') as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    }
    done += bytesWritten;
  }
}

/** Makes a new name in a folder (a created file, a rename) durable; a no-op on Windows (NTFS journals it). */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The file a write to `file` must replace: a symlinked session file stays a link and its target is
 * written (resolved one level at a time, at most 8, so a loop cannot hang).
 */
export async function writeTarget(file: string): Promise<string> {
  let target = file;
  for (let i = 0; i < 8; i++) {
    const info = await lstat(target).catch(() => null);
    if (!info?.isSymbolicLink()) return target;
    target = path.resolve(path.dirname(target), await readlink(target));
  }
  return target;
}

/** What a file is written from: a whole text or bytes, or text in pieces (a large session, streamed). */
export type FileContent = string | Uint8Array | AsyncIterable<string>;

/**
 * Writes `content` so that after a crash at any instant the file holds either the old or the new content
 * in full: write a temp file beside it (every byte checked), fsync it, rename over the target, then fsync
 * the folder so the rename itself is durable. The file keeps its permission bits, and a symlink keeps
 * pointing at the (rewritten) target. `check`, when given, runs just before the rename: it may throw to
 * refuse the write (another program changed the file meanwhile). Returns the new file's identity, taken
 * from the temp file itself so no other writer can slip in between the rename and a later stat.
 */
export async function writeFileAtomic(
  file: string,
  content: FileContent,
  check?: (landing: FileIdentity) => Promise<void>,
): Promise<FileIdentity> {
  const target = await writeTarget(file);
  const dir = path.dirname(target);
  const previous = await stat(target).catch(() => null);
  const mode = previous ? previous.mode & 0o7777 : 0o644;
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
  let identity: FileIdentity;
  const handle = await open(temp, 'wx', 0o600);
  try {
    if (typeof content === 'string') await writeAll(handle, Buffer.from(content, 'utf8'));
    else if (content instanceof Uint8Array) await writeAll(handle, content);
    else for await (const chunk of content) await writeAll(handle, Buffer.from(chunk, 'utf8'));
    await handle.sync();
    // Set after writing, so the umask cannot change it, and so a read-only file stays read-only.
    await handle.chmod(mode);
    const info = await handle.stat({ bigint: true });
    identity = { ino: info.ino, size: info.size, mtimeNs: info.mtimeNs };
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  try {
    await check?.(identity);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
  return identity;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file that must be UTF-8; its bytes are never decoded lossily (nor later rewritten). */
export async function readUtf8(file: string, name = path.basename(file), limit = Infinity): Promise<string> {
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new DeskError('damaged-file', { key: 'notRegularFile', params: { file: name } });
    if (info.size > limit)
      throw new DeskError('damaged-file', {
        key: 'tooLarge',
        params: { file: name, size: Math.round(info.size / 1024 / 1024), limit: limit / 1024 / 1024 },
      });
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new DeskError('damaged-file', { key: 'notUtf8', params: { file: name } });
  }
}
