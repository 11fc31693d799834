import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Drafts } from '../../electron/store/drafts';
import type { CaptureDraft } from '../../shared/model/draft';

const SESSION = '5f0c8a9e-1d2b-4c3a-9e8f-7a6b5c4d3e2f';
const draft = (text: string): CaptureDraft => ({
  text,
  speakerId: null,
  questionIds: [],
  kind: 'statement',
  fora: [],
  starred: false,
  updatedAt: new Date().toISOString(),
});

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('unsent capture text on disk', () => {
  it('ends as the last save said, however the saves overlap: a clear is never undone by an earlier write', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-drafts-'));
    const drafts = new Drafts(path.join(dir, 'drafts'));
    for (let round = 0; round < 20; round++) {
      // As the capture box does: the debounced save of the typed text, then the clear after Enter,
      // sent without waiting for the first.
      const saves = [drafts.save(SESSION, draft(`Sentence ${round}`)), drafts.save(SESSION, null)];
      await Promise.all(saves);
      expect(await drafts.get(SESSION)).toBeNull();
      const last = draft(`Kept ${round}`);
      await Promise.all([drafts.save(SESSION, null), drafts.save(SESSION, last)]);
      expect((await drafts.get(SESSION))?.text).toBe(`Kept ${round}`);
    }
    // No temporary file is left behind.
    expect((await readdir(path.join(dir, 'drafts'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a damaged draft file reads as no draft, and the next save replaces it', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-drafts-'));
    const drafts = new Drafts(path.join(dir, 'drafts'));
    await drafts.save(SESSION, draft('first'));
    await writeFile(path.join(dir, 'drafts', `${SESSION}.draft.json`), '{"text": "cut off');
    expect(await drafts.get(SESSION)).toBeNull();
    await drafts.save(SESSION, draft('second'));
    expect((await drafts.get(SESSION))?.text).toBe('second');
  });
});
