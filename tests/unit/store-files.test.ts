import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, lstat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertExportTarget } from '../../electron/store/sessionFile';
import { loadFile, Workspace } from '../../electron/store/workspace';
import { newSession, newStatement } from '../../shared/model/factory';
import { desk } from '../support/runCli';

/** Files keep what they are: bytes, links, modes; and nothing is written where it must not be. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (text: string) => ({
  type: 'statement.put' as const,
  statement: newStatement(text, new Date().toISOString()),
});

async function sessionFile(ws: Workspace): Promise<{ id: string; file: string; text: string }> {
  const session = await ws.create(newSession(new Date().toISOString(), 'Files'));
  await ws.close(session.id);
  const file = ws.fileOf(session.id);
  return { id: session.id, file, text: await readFile(file, 'utf8') };
}

describe('session files keep what they are', () => {
  it('a file that is not valid UTF-8 is reported as damaged and its bytes are never rewritten', async () => {
    const ws = new Workspace(dir);
    const { id, file, text } = await sessionFile(ws);
    const bytes = Buffer.concat([
      Buffer.from(text.replace('"Files"', '"Fi')),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('les"'),
    ]);
    await writeFile(file, bytes);
    const fresh = new Workspace(dir);
    await expect(fresh.get(id)).rejects.toMatchObject({
      code: 'damaged-file',
      message: expect.stringMatching(/not valid UTF-8/),
    });
    expect(await readFile(file)).toEqual(bytes);
    await fresh.release();
  });

  it('a damaged-file message names the file, the line and the column, never what the file holds', async () => {
    const ws = new Workspace(dir);
    const { id, file, text } = await sessionFile(ws);
    // Broken on line 3, and a secret elsewhere in the file: only where it breaks is said.
    const lines = text.split('\n');
    lines[1] = lines[1]!.replace(/,$/, ',"note":"SECRET-PASSWORD-42",');
    lines[2] = '  "broken" 2,';
    await writeFile(file, lines.join('\n'));
    const fresh = new Workspace(dir);
    const error = (await fresh.get(id).catch((e: unknown) => e)) as { code: string; message: string };
    expect(error.code).toBe('damaged-file');
    expect(error.message).toMatch(
      new RegExp(`^${path.basename(file).replace(/\./g, '\\.')} is not valid JSON at line 3, column \\d+`),
    );
    expect(error.message).not.toContain('SECRET');
    // A link to a file that is not a session at all: its first bytes never reach the message either.
    const outside = path.join(dir, '..', `${path.basename(dir)}-private.txt`);
    await writeFile(outside, 'PRIVATE DIARY: do not show');
    await rm(file);
    await symlink(outside, file);
    const linked = (await new Workspace(dir).get(id).catch((e: unknown) => e)) as { message: string };
    expect(linked.message).toMatch(/is not valid JSON/);
    expect(linked.message).not.toMatch(/PRIVATE|DIARY/);
    expect((await fresh.list()).damaged.map((d) => d.message).join(' ')).not.toMatch(/SECRET|PRIVATE/);
    await rm(outside);
    await fresh.release();
  });

  it('a file starting with a UTF-8 BOM opens', async () => {
    const ws = new Workspace(dir);
    const { id, file, text } = await sessionFile(ws);
    await writeFile(file, '\ufeff' + text);
    expect((await loadFile(file)).id).toBe(id);
    await ws.release();
  });

  it('two records with one id are a validation error naming the id', async () => {
    const ws = new Workspace(dir);
    const { file, text } = await sessionFile(ws);
    const raw = JSON.parse(text);
    const s = {
      ...newStatement('Twin', new Date().toISOString()),
      updatedAt: raw.updatedAt,
      deletedAt: null,
    };
    raw.statements = [s, s];
    await writeFile(file, JSON.stringify(raw));
    await expect(loadFile(file)).rejects.toMatchObject({
      message: expect.stringContaining(`statements[1]: a second statement with id ${s.id}`),
    });
    await ws.release();
  });

  it('a symlinked session file stays a link and its target is written; the mode is kept', async () => {
    const ws = new Workspace(dir);
    const { id, file } = await sessionFile(ws);
    const elsewhere = path.join(dir, 'real-place');
    await mkdir(elsewhere);
    const target = path.join(elsewhere, 'real.session.json');
    await writeFile(target, await readFile(file));
    await rm(file);
    await symlink(target, file);
    await chmod(target, 0o640);
    await ws.change(id, [put('Through the link')]);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect((await loadFile(target)).statements.map((s) => s.text)).toEqual(['Through the link']);
    await ws.release();
  });

  it('a .history that is a link out of the workspace is never followed, and the bulk change is refused', async () => {
    const ws = new Workspace(dir);
    const session = await ws.create(newSession(new Date().toISOString(), 'History'));
    await ws.change(session.id, [put('One')]);
    const outside = await mkdtemp(path.join(tmpdir(), 'desk-outside-'));
    await symlink(outside, path.join(dir, '.history'));
    const bulk = Array.from({ length: 25 }, (_, i) => put(`Bulk ${i}`));
    await expect(ws.change(session.id, bulk)).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/could not be saved in its versions first \(.*link.*\)/),
    });
    expect(await import('node:fs/promises').then((fs) => fs.readdir(outside))).toEqual([]);
    await rm(outside, { recursive: true, force: true });
    await ws.release();
  });

  it('a workspace path that is a file is a clear error', async () => {
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(new Workspace(file).list()).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/is a file, not a folder/),
    });
  });

  it('an export over the session file or into the workspace internals is refused; the CLI says so', async () => {
    const ws = new Workspace(dir);
    const { file, text } = await sessionFile(ws);
    await expect(assertExportTarget(file, { sessionFiles: [file], workspaceDir: dir })).rejects.toMatchObject(
      {
        message: expect.stringMatching(/is the session file itself/),
      },
    );
    await expect(
      assertExportTarget(path.join(dir, '.history', 'x.docx'), { sessionFiles: [file], workspaceDir: dir }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/workspace's own files/) });
    await ws.release();
    const refused = desk('export', file, '--docx', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/is the session file itself/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
