import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeConflictCopies } from '../../electron/store/conflictCopies';
import { Workspace } from '../../electron/store/workspace';
import { conflictCopyOf } from '../../shared/library/conflicts';
import { newStatement } from '../../shared/model/factory';
import { SessionSchema, type Session } from '../../shared/model/session';
import { generateLibrarySession } from '../fixtures/generate-library';
import { desk } from '../support/runCli';

const ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('conflict copies are recognised by the names each sync tool gives them', () => {
  it.each([
    [`${ID}.session.sync-conflict-20261201-101500-ABCDEFG.json`, 'Syncthing', '.json'],
    [`${ID}.session.sync-conflict-20261201-101500.json`, 'Syncthing', '.json'],
    [`${ID}.session.sync-conflict-20261201-101500-ABCDEFG.yjs`, 'Syncthing', '.yjs'],
    [`${ID}.session (conflicted copy 2026-12-01 101500).json`, 'Nextcloud', '.json'],
    [`${ID}.session (Ana's conflicted copy 2026-12-01).json`, 'Nextcloud', '.json'],
    [`${ID}.session-LAPTOP-4F2K.json`, 'OneDrive', '.json'],
    [`${ID}.session-DESKTOP-AB12CD-2.json`, 'OneDrive', '.json'],
  ])('%s', (name, tool, ext) => {
    expect(conflictCopyOf(name)).toEqual({ original: `${ID}.session${ext}`, tool });
  });

  it.each([
    `${ID}.session.json`,
    `${ID}.session.json.journal`,
    'notes.sync-conflict-20261201-101500-ABCDEFG.txt',
    'x.session-PC.json',
  ])('not a conflict copy: %s', (name) => expect(conflictCopyOf(name)).toBeNull());
});

describe('conflict copies are merged into their session', () => {
  let dir: string;
  let ws: Workspace;
  let base: Session;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-conflicts-'));
    ws = new Workspace(dir, undefined, { stateDir: path.join(dir, '..', `${path.basename(dir)}-state`) });
    base = generateLibrarySession(1, 20);
    await ws.create(base);
  });
  afterEach(async () => {
    await ws.release();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-state`, { recursive: true, force: true });
  });

  /** The copy another device saved: the base plus its own edits, as the sync tool leaves it. */
  async function otherDevice(name: string, edit: (s: Session) => void): Promise<void> {
    const copy: Session = structuredClone(base);
    edit(copy);
    await writeFile(path.join(dir, name), JSON.stringify(copy));
  }
  const add = (s: Session, text: string, at: string) => {
    s.statements.push(newStatement(text, at));
    s.updatedAt = at;
  };
  const onDisk = async (): Promise<Session> => {
    await ws.flush();
    return SessionSchema.parse(JSON.parse(await readFile(ws.fileOf(base.id), 'utf8')));
  };
  it.each([
    ['Syncthing', `.session.sync-conflict-20261201-101500-ABCDEFG.json`],
    ['Nextcloud', `.session (conflicted copy 2026-12-01 101500).json`],
    ['OneDrive', `.session-LAPTOP-4F2K.json`],
  ])(
    '%s: both sides kept, the copy saved as a version and removed, the merge reported',
    async (tool, suffix) => {
      const name = `${base.id}${suffix}`;
      await otherDevice(name, (s) => {
        add(s, 'FROM-THE-OTHER-LAPTOP', '2027-01-01T10:00:00.000Z');
        s.facts = { ...s.facts, room: 'Room B', updatedAt: '2027-01-01T10:00:00.000Z' };
      });
      const mine = newStatement('FROM-THIS-LAPTOP', '2027-01-01T10:01:00.000Z');
      await ws.change(base.id, [{ type: 'statement.put', statement: mine }]);

      const { merged, problems } = await mergeConflictCopies(ws);
      expect(problems).toEqual([]);
      expect(merged).toEqual([
        expect.objectContaining({ id: base.id, file: name, tool, fromCopy: expect.any(Number) }),
      ]);
      expect(merged[0]!.fromCopy).toBeGreaterThan(0);
      const after = await onDisk();
      expect(texts(after)).toEqual(expect.arrayContaining(['FROM-THE-OTHER-LAPTOP', 'FROM-THIS-LAPTOP']));
      expect(texts(after)).toHaveLength(texts(base).length + 2);
      expect(after.facts.room).toBe('Room B');
      expect(await readdir(dir)).not.toContain(name);
      const versions = await ws.history.list(base.id);
      expect(versions.map((v) => v.reason)).toContain(`conflict copy from ${tool.toLowerCase()}`);
      // Nothing left to merge the second time.
      expect((await mergeConflictCopies(ws)).merged).toEqual([]);
    },
  );

  it('copies that conflict with each other (two devices) are all merged; a copy arriving while open too', async () => {
    await ws.get(base.id); // open in this process, as in the app
    await otherDevice(`${base.id}.session.sync-conflict-20261201-101500-AAAAAAA.json`, (s) =>
      add(s, 'DEVICE-A', '2027-01-01T10:00:00.000Z'),
    );
    await otherDevice(`${base.id}.session.sync-conflict-20261201-101501-BBBBBBB.json`, (s) => {
      add(s, 'DEVICE-B', '2027-01-01T10:00:01.000Z');
      s.statements[0]!.text = 'EDITED-ON-B';
      s.statements[0]!.updatedAt = '2027-01-01T10:00:01.000Z';
    });
    const { merged } = await mergeConflictCopies(ws);
    expect(merged).toHaveLength(2);
    const open = await ws.get(base.id);
    expect(texts(open)).toEqual(expect.arrayContaining(['DEVICE-A', 'DEVICE-B', 'EDITED-ON-B']));
    expect(texts(await onDisk())).toEqual(texts(open));
  });

  it('a copy that holds another session or is damaged is reported and left untouched', async () => {
    const other = generateLibrarySession(2, 3);
    const wrong = `${base.id}.session.sync-conflict-20261201-101500-CCCCCCC.json`;
    await writeFile(path.join(dir, wrong), JSON.stringify(other));
    const broken = `${base.id}.session (conflicted copy 2026-12-01 101500).json`;
    await writeFile(path.join(dir, broken), '{"schemaVersion": 3, "id": ');
    const { merged, problems } = await mergeConflictCopies(ws);
    expect(merged).toEqual([]);
    expect(problems.map((p) => p.file).sort()).toEqual([broken, wrong].sort());
    expect(problems.find((p) => p.file === wrong)!.message).toMatch(/another session/);
    expect((await readdir(dir)).filter((f) => f.includes('conflict')).sort()).toEqual([broken, wrong].sort());
  });
});

describe('desk merge: two copies from the files alone', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-merge-cli-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('merges two copies, says what came from each, writes the merged state beside it; refuses two sessions', async () => {
    const base = generateLibrarySession(3, 10);
    const a: Session = structuredClone(base);
    a.statements.push(newStatement('ONLY-IN-A', '2027-02-01T10:00:00.000Z'));
    const b: Session = structuredClone(base);
    b.statements.push(newStatement('ONLY-IN-B', '2027-02-01T10:05:00.000Z'));
    b.facts = { ...b.facts, title: 'Retitled in B', updatedAt: '2027-02-01T10:05:00.000Z' };
    const fa = path.join(dir, 'a.session.json');
    const fb = path.join(dir, 'b.session.json');
    const out = path.join(dir, 'merged.session.json');
    await writeFile(fa, JSON.stringify(a));
    await writeFile(fb, JSON.stringify(b));
    const r = desk('merge', fa, fb, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/From a\.session\.json \(\d+\):\n {2}statements /);
    expect(r.out).toMatch(/From b\.session\.json \(\d+\):[\s\S]*facts: .*title/);
    const merged = SessionSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(texts(merged)).toEqual(expect.arrayContaining(['ONLY-IN-A', 'ONLY-IN-B']));
    expect(merged.facts.title).toBe('Retitled in B');
    expect((await readFile(path.join(dir, 'merged.session.yjs'))).subarray(0, 4).toString()).toBe('SDY1');
    // The same report in the system's language where it is one of the six.
    const fr = desk('merge', fa, fb, '-o', path.join(dir, 'fr.session.json'), { LANG: 'fr_FR.UTF-8' });
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^a\.session\.json et b\.session\.json fusionnés dans .*fr\.session\.json \(/);
    expect(fr.out).toMatch(/De a\.session\.json \(\d+\)\u00a0:\n {2}statements /);

    const other = path.join(dir, 'other.session.json');
    await writeFile(other, JSON.stringify(generateLibrarySession(4, 2)));
    const refused = desk('merge', fa, other, '-o', path.join(dir, 'x.session.json'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/two different sessions/);
    expect(await readdir(dir)).not.toContain('x.session.json');
  });
});
const texts = (s: Session) => s.statements.filter((st) => !st.deletedAt).map((st) => st.text);

describe('.stignore', () => {
  it('lists what is per machine, and keeps the lines a user wrote', async () => {
    const { ensureSyncIgnore, PER_MACHINE_PATTERNS } = await import('../../electron/store/syncIgnore');
    const dir = await mkdtemp(path.join(tmpdir(), 'desk-stignore-'));
    try {
      await writeFile(path.join(dir, '.stignore'), '// mine\n*.bak');
      await ensureSyncIgnore(dir);
      await ensureSyncIgnore(dir);
      const lines = (await readFile(path.join(dir, '.stignore'), 'utf8')).split('\n');
      expect(lines.slice(0, 2)).toEqual(['// mine', '*.bak']);
      expect(lines.filter((l) => PER_MACHINE_PATTERNS.includes(l))).toEqual(PER_MACHINE_PATTERNS);
      expect(PER_MACHINE_PATTERNS).toEqual(
        expect.arrayContaining(['*.session.json.journal', '.session-desk.lock']),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
