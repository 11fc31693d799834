import { describe, expect, it } from 'vitest';
import {
  applyDraftPatch,
  diffDraft,
  MirrorReceiver,
  MirrorSender,
  sameData,
  type SessionPatch,
} from '../../shared/drafting/mirror';
import { draftSession } from '../../shared/drafting/draft';
import { createAnalyzer } from '../../shared/drafting/nlp';
import type { SessionDraft } from '../../shared/drafting/types';
import { applyChanges, applyChangesInPlace, type Change } from '../../shared/model/changes';
import type { Session } from '../../shared/model/session';
import { generateSession } from '../fixtures/generate-session';

/**
 * The worker's mirror of a session and the main process's copy of the last draft, each kept up to
 * date by patches (shared/drafting/mirror.ts). Whatever the changes, the mirror is the session and
 * the rebuilt draft is the draft; and a patch carries only what changed.
 */
const at = (i: number) => new Date(Date.UTC(2026, 5, 23, 12, 0, i)).toISOString();
const newStatement = (session: Session, i: number): Change => ({
  type: 'statement.put',
  statement: {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    speakerId: session.people[i % session.people.length]!.id,
    text: `Governments must fund community networks in rural areas, statement ${i}.`,
    at: at(i),
  },
});

/** Sent through a structured clone, as postMessage does. */
const across = (patch: SessionPatch): SessionPatch => structuredClone(patch);

describe('the worker’s mirror of a session', () => {
  it('follows changes made in place, as the open session makes them, sending only the records changed', () => {
    let session = generateSession(200, 5);
    // The open session's own arrays, edited in place after they were sent: the sender keeps its own pointers.
    const owned = new WeakSet<object>();
    const sender = new MirrorSender(() => undefined);
    const receiver = new MirrorReceiver();
    const first = sender.patch(session);
    expect(first.base).toBeNull();
    expect(receiver.apply(across(first))).toEqual(session);
    const steps: Change[][] = [
      [newStatement(session, 1)],
      [{ type: 'statement.put', statement: { ...session.statements[7]!, questionIds: [] } }],
      [{ type: 'statement.delete', id: session.statements[3]!.id }],
      [
        newStatement(session, 2),
        newStatement(session, 3),
        { type: 'facts.update', patch: { title: 'Renamed' } },
      ],
      [{ type: 'question.put', question: { ...session.questions[0]!, text: 'How is spectrum shared?' } }],
    ];
    steps.forEach((changes, i) => {
      session = applyChangesInPlace(session, changes, at(100 + i), owned).session;
      const patch = sender.patch(session);
      expect(patch.base).not.toBeNull();
      const records = Object.values(patch.lists).flatMap((l) => ('set' in l ? l.set : [l.whole]));
      // One record per statement or question changed, nothing whole.
      expect(records.length).toBeLessThanOrEqual(changes.filter((c) => c.type !== 'facts.update').length);
      expect(receiver.apply(across(patch))).toEqual(session);
    });
  });

  it('follows a merge that reorders records, and a restore to a shorter session', () => {
    let session = generateSession(40, 9);
    const sender = new MirrorSender(() => undefined);
    const receiver = new MirrorReceiver();
    receiver.apply(across(sender.patch(session)));
    const order = session.statements.map((s) => s.id).reverse();
    session = applyChanges(
      session,
      [{ type: 'sync.merge', updatedAt: at(1), records: {}, order: { statements: order } }],
      at(1),
    );
    expect(receiver.apply(across(sender.patch(session)))).toEqual(session);
    const restored = { ...generateSession(10, 9), updatedAt: at(2) };
    expect(receiver.apply(across(sender.patch(restored)))).toEqual(restored);
  });

  it('refuses a patch made for a mirror it does not hold, and drops sessions past the limit on both sides', () => {
    const forgotten: string[] = [];
    const sender = new MirrorSender((id) => forgotten.push(id), 2);
    const receiver = new MirrorReceiver();
    const [a, b, c] = [generateSession(5, 1), generateSession(5, 2), generateSession(5, 3)];
    receiver.apply(across(sender.patch(a)));
    // A worker that never saw `a` (it restarted, or a patch was lost) cannot patch it.
    expect(new MirrorReceiver().apply(across(sender.patch(a)))).toBeNull();
    sender.patch(b);
    sender.patch(c);
    expect(forgotten).toEqual([a.id]);
    // Forgotten by the sender: sent whole next time.
    expect(sender.patch(a).base).toBeNull();
  });
});

describe('the draft sent back as what changed', () => {
  it.each([true, false])(
    'rebuilds each draft exactly, sending only the suggestions that changed (suggestions only: %s)',
    (suggestionsOnly) => {
      const analyzer = createAnalyzer();
      let session = generateSession(300, 4);
      let workerLast: SessionDraft | undefined;
      let mainLast: SessionDraft | undefined;
      for (let i = 0; i < 3; i++) {
        const draft = draftSession(session, analyzer, { suggestionsOnly });
        const patch = structuredClone(diffDraft(workerLast, draft));
        if (!workerLast) expect(patch.set).toHaveLength(draft.statements.length);
        if (workerLast) expect(patch.set.length).toBeLessThan(draft.statements.length / 2);
        mainLast = applyDraftPatch(mainLast, patch);
        expect(mainLast).toEqual(draft);
        expect(JSON.stringify(mainLast)).toBe(JSON.stringify(draft));
        workerLast = draft;
        session = applyChanges(session, [newStatement(session, i + 10)], at(i + 10));
      }
    },
  );

  it('compares plain data by value', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
  });
});
