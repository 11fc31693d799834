import { COLLECTIONS, type Collection } from '../model/changes';
import type { Session } from '../model/session';
import type { DraftOptions, SessionDraft, StatementSuggestion } from './types';

/**
 * What crosses between the main process and the drafting worker, kept small. Sending the whole
 * session with every request, and the whole draft back, cost the main process a structured clone each
 * way (tens of ms on a 3,000-statement session, every time capture asked for suggestions). Instead
 * the worker keeps a mirror of each session and gets only the records that changed, and the main
 * process keeps the last draft of each session and gets only the suggestions that changed.
 *
 * A change never edits a record, it replaces it (shared/model/changes.ts), so "changed" is a record
 * object other than the one sent last time at that position: one pointer comparison per record.
 */

/** A collection either sent whole, or as the positions whose record differs from the one sent there. */
export type ListPatch = { whole: unknown } | { length: number; set: Array<[number, unknown]> };

export interface SessionPatch {
  /** The mirror version this patch applies to; null when every collection is sent whole. */
  base: number | null;
  version: number;
  /** The session's own fields (ids, stamps, facts, report): small, sent every time. */
  head: Omit<Session, Collection>;
  lists: Partial<Record<Collection, ListPatch>>;
}

type Sent = { version: number; lists: Record<Collection, readonly unknown[] | null> };

/** Past this share of a collection changed, it is sent whole (cheaper to clone than to address). */
const WHOLE_ABOVE = 0.5;

/** The main process's side: what each mirrored session last looked like in the worker. */
export class MirrorSender {
  private readonly sent = new Map<string, Sent>();
  private version = 0;

  /** `forget` is told which session the worker may drop when more than `limit` are mirrored. */
  constructor(
    private readonly forget: (sessionId: string) => void,
    private readonly limit = 4,
  ) {}

  /** The patch that brings the worker's mirror of `session` up to it; the mirror counts as updated. */
  patch(session: Session): SessionPatch {
    const before = this.sent.get(session.id);
    const head = { ...session } as Record<string, unknown>;
    const lists: Partial<Record<Collection, ListPatch>> = {};
    const now = {} as Record<Collection, readonly unknown[] | null>;
    for (const key of COLLECTIONS) {
      const list = session[key] as unknown;
      delete head[key];
      // Arrays of the open session may later change in place: keep a copy of the pointers.
      now[key] = Array.isArray(list) ? list.slice() : null;
      const last = before?.lists[key];
      if (!Array.isArray(list) || !last) {
        lists[key] = { whole: list };
        continue;
      }
      const set: Array<[number, unknown]> = [];
      for (let i = 0; i < list.length; i++) if (list[i] !== last[i]) set.push([i, list[i]]);
      if (set.length > list.length * WHOLE_ABOVE && set.length > 8) lists[key] = { whole: list };
      else if (set.length || list.length !== last.length) lists[key] = { length: list.length, set };
    }
    const version = ++this.version;
    // Most recently used last, so the first entry is the one to drop.
    this.sent.delete(session.id);
    this.sent.set(session.id, { version, lists: now });
    if (this.sent.size > this.limit) {
      const oldest = this.sent.keys().next().value!;
      this.sent.delete(oldest);
      this.forget(oldest);
    }
    return { base: before ? before.version : null, version, head: head as Omit<Session, Collection>, lists };
  }

  /** The worker could not apply a patch (or lost the mirror): the session is sent whole next time. */
  drop(sessionId: string): void {
    this.sent.delete(sessionId);
  }
}

/** The worker's side: each session as the main process last sent it. */
export class MirrorReceiver {
  private readonly mirrors = new Map<string, { version: number; session: Session }>();

  /** The session `patch` describes, or null when it does not apply to this mirror (send it whole). */
  apply(patch: SessionPatch): Session | null {
    const id = patch.head.id;
    const mirror = this.mirrors.get(id);
    if (patch.base !== null && mirror?.version !== patch.base) {
      this.mirrors.delete(id);
      return null;
    }
    const session = { ...patch.head } as Record<string, unknown>;
    for (const key of COLLECTIONS) {
      const change = patch.lists[key];
      if (!change) session[key] = mirror!.session[key];
      else if ('whole' in change) session[key] = change.whole;
      else {
        // Only this thread holds the mirror's arrays: changed in place, not copied.
        const list = mirror!.session[key] as unknown[];
        for (const [at, record] of change.set) list[at] = record;
        list.length = change.length;
        session[key] = list;
      }
    }
    this.mirrors.set(id, { version: patch.version, session: session as unknown as Session });
    return session as unknown as Session;
  }

  forget(sessionId: string): void {
    this.mirrors.delete(sessionId);
  }
}

/** The last draft of each session and mode: capture's suggestions and the report's draft differ. */
export const draftSlot = (sessionId: string, options: DraftOptions): string =>
  `${sessionId}|${options.suggestionsOnly ? 1 : 0}`;

/** Drops a session's drafts from a map keyed by draftSlot (the session is no longer mirrored). */
export function dropSlotsOf(drafts: Map<string, unknown>, sessionId: string): void {
  for (const slot of [...drafts.keys()]) if (slot.startsWith(`${sessionId}|`)) drafts.delete(slot);
}

/** A draft as the worker sends it: the suggestions that changed since the last draft sent for that slot. */
export interface DraftPatch {
  length: number;
  set: Array<[number, StatementSuggestion]>;
  /** The other parts of the draft that changed (absent: as last time). */
  rest: Partial<Omit<SessionDraft, 'statements'>>;
}

// In the order drafting builds them, so a rebuilt draft reads the same.
const REST = ['callToActionCandidates', 'takeawayCandidates', 'summaries', 'keyIssues'] as const;

/** Plain data (what drafting returns) compared by value. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    // The same keys in the same order: drafting builds every object of a kind the same way.
    if (ka[i] !== kb[i]) return false;
    if (!sameData((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[ka[i]!]))
      return false;
  }
  return true;
}

/** The worker's side: what `draft` changes from `last` (the draft last sent for the same slot). */
export function diffDraft(last: SessionDraft | undefined, draft: SessionDraft): DraftPatch {
  const set: Array<[number, StatementSuggestion]> = [];
  draft.statements.forEach((s, i) => {
    if (!last || !sameData(s, last.statements[i])) set.push([i, s]);
  });
  const rest: DraftPatch['rest'] = {};
  for (const key of REST)
    if (!last || !sameData(draft[key], last[key])) Object.assign(rest, { [key]: draft[key] });
  return { length: draft.statements.length, set, rest };
}

/** The main process's side: the draft `patch` makes of `last`. Parts that did not change are shared. */
export function applyDraftPatch(last: SessionDraft | undefined, patch: DraftPatch): SessionDraft {
  const statements = last
    ? last.statements.slice(0, patch.length)
    : new Array<StatementSuggestion>(patch.length);
  for (const [at, s] of patch.set) statements[at] = s;
  const draft = { statements } as SessionDraft;
  for (const key of REST) Object.assign(draft, { [key]: patch.rest[key] ?? last![key] });
  return draft;
}
