import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newStatement } from '../../shared/model/factory';
import { SessionDoc } from '../../electron/network/sessionDocs';
import { mergeConflictCopies } from '../../electron/store/conflictCopies';
import { Drafts } from '../../electron/store/drafts';
import { ensureSyncIgnore } from '../../electron/store/syncIgnore';
import { Workspace } from '../../electron/store/workspace';
import { generateLibrarySession } from '../fixtures/generate-library';

vi.mock('electron', () => ({}));

/**
 * Everything the app writes into a workspace folder while it is used, seen as it appears (the
 * operating system's folder notifications, so even a temporary file that lives a millisecond is
 * caught), must either be meant to travel with a sync tool (session files, their engine state) or be
 * ignored by the `.stignore` the app wrote. The patterns are matched here the way Syncthing reads them
 * (`*` any run of characters within a name), independently of the app's own list.
 */
const TRAVELS = [/\.session\.json$/, /\.session\.yjs$/, /^\.stignore$/];

function ignoredBy(lines: string[], name: string): boolean {
  return lines.some((line) => {
    if (!line || line.startsWith('//') || line.startsWith('#')) return false;
    const regex = new RegExp(`^${line.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return regex.test(name);
  });
}

const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('a workspace a sync tool carries', () => {
  it('holds nothing per machine that its .stignore does not exclude, whatever the app did in it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'desk-per-machine-'));
    folders.push(root);
    const dir = path.join(root, 'workspace');
    const ws = new Workspace(dir, undefined, { stateDir: path.join(root, 'state') });
    await ws.list();
    const seen = new Set<string>(await readdir(dir));
    const watcher = watch(dir, (_event, name) => name && seen.add(String(name)));
    try {
      await ensureSyncIgnore(dir);
      // A session large enough for the journal and the background rewrite, edited, versioned, restored.
      const session = await ws.create(generateLibrarySession(1, 200));
      for (let i = 0; i < 30; i++)
        await ws.change(session.id, [
          { type: 'statement.put', statement: newStatement(`Said ${i}`, new Date().toISOString()) },
        ]);
      await ws.flush();
      await ws.history.save(session.id, await readFile(ws.fileOf(session.id), 'utf8'), 'by hand');
      await ws.restore(session.id, (await ws.history.list(session.id))[0]!.version);
      // A conflict copy merged and removed.
      const copy = JSON.parse(await readFile(ws.fileOf(session.id), 'utf8'));
      copy.statements.push(
        newStatement('From the other laptop', new Date(Date.now() + 60_000).toISOString()),
      );
      copy.updatedAt = new Date(Date.now() + 60_000).toISOString();
      await writeFile(
        path.join(dir, `${session.id}.session.sync-conflict-20261201-101500-ABCDEFG.json`),
        JSON.stringify(copy),
      );
      expect((await mergeConflictCopies(ws)).merged).toHaveLength(1);
      // The team mode's engine state beside the file, one of them damaged and set aside.
      const file = ws.fileOf(session.id);
      await writeFile(file.replace(/\.json$/, '.yjs'), 'not an engine state');
      const doc = await SessionDoc.open(file, await ws.get(session.id));
      await doc.close();
      // Unsent capture text goes to the app's own folder, not the workspace.
      await new Drafts(path.join(root, 'drafts')).save(session.id, {
        text: 'half a sentence',
        speakerId: null,
        questionIds: [],
        kind: 'statement',
        fora: [],
        starred: false,
        updatedAt: new Date().toISOString(),
      });
      await ws.release();
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      watcher.close();
    }
    for (const name of await readdir(dir)) seen.add(name);

    const lines = (await readFile(path.join(dir, '.stignore'), 'utf8')).split('\n').map((l) => l.trim());
    const perMachine = [...seen].filter((name) => !TRAVELS.some((r) => r.test(name)));
    // What the sync tool itself put there (the conflict copy) travels back the way it came.
    const ours = perMachine.filter((name) => !name.includes('.sync-conflict-'));
    expect(ours.filter((name) => !ignoredBy(lines, name))).toEqual([]);
    // Each kind of per-machine file really appeared, so the check above is not empty.
    for (const kind of [
      /\.journal$/,
      /^\.session-desk\.lock$/,
      /^\.history$/,
      /\.tmp$/,
      /\.yjs\.damaged-\d+$/,
    ])
      expect(ours.some((name) => kind.test(name))).toBe(true);
    expect(seen.has('drafts') || [...seen].some((n) => n.endsWith('.draft.json'))).toBe(false);
  });
});
