import type { Change } from '../model/changes';
import { draftOf, nextOrder } from '../model/records';
import { ordered, type QueueEntry, type Session, type Turn } from '../model/session';
import { endTimer, newTimer, startTimer, type TimerMode, type TimerState } from './timer';

/**
 * Who has the floor, as pure functions of the session: every transition returns the `Change`s to apply
 * (the renderer applies them at once and saves them), never a mutated session.
 *
 * Invariant kept by every function here: at most one OPEN turn (started, not ended, not deleted). Giving
 * the floor ends every open turn first, so the capture panel can take "the open turn" as the default
 * speaker.
 */

export type TurnDraft = Omit<Turn, 'updatedAt' | 'deletedAt'>;

const ms = (iso: string | null): number | null => {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

export const draftOfTurn = (turn: Turn): TurnDraft => ({
  id: turn.id,
  personId: turn.personId,
  segmentId: turn.segmentId,
  timer: turn.timer,
});

export const putTurn = (turn: Turn | TurnDraft, timer: TimerState = turn.timer): Change => ({
  type: 'turn.put',
  turn: { id: turn.id, personId: turn.personId, segmentId: turn.segmentId, timer },
});

export const isOpenTurn = (turn: Turn): boolean =>
  turn.deletedAt === null && turn.timer.startedAt !== null && turn.timer.endedAt === null;

/** Live turns that have started, in the order they started (ties by id, for a stable order). */
export function startedTurns(session: Session): Turn[] {
  return session.turns
    .filter((t) => t.deletedAt === null && ms(t.timer.startedAt) !== null)
    .sort((a, b) => ms(a.timer.startedAt)! - ms(b.timer.startedAt)! || a.id.localeCompare(b.id));
}

/** The turn that has the floor now: the latest-started open turn, or null. */
export function openTurn(session: Session): Turn | null {
  const open = startedTurns(session).filter(isOpenTurn);
  return open[open.length - 1] ?? null;
}

/** Ends every open turn at `nowMs` (there should be at most one; a second is repaired, not kept). */
export function endOpenTurns(session: Session, nowMs: number): Change[] {
  return startedTurns(session)
    .filter(isOpenTurn)
    .map((t) => putTurn(t, endTimer(t.timer, nowMs)));
}

/** Applies a timer transition to the open turn; no change when there is no open turn or nothing moved. */
export function transitionOpenTurn(session: Session, step: (timer: TimerState) => TimerState): Change[] {
  const turn = openTurn(session);
  if (!turn) return [];
  const next = step(turn.timer);
  return next === turn.timer ? [] : [putTurn(turn, next)];
}

export interface FloorRequest {
  /** The new turn's id (callers pass `newId()`; tests pass a fixed one). */
  id: string;
  personId: string | null;
  segmentId: string | null;
  allottedSeconds: number;
  mode?: TimerMode;
}

/** Ends the open turn and starts a new one for `request.personId`, both at `nowMs`. */
export function giveFloor(session: Session, request: FloorRequest, nowMs: number): Change[] {
  const timer = startTimer(newTimer(request.allottedSeconds, request.mode ?? 'countdown'), nowMs);
  return [
    ...endOpenTurns(session, nowMs),
    {
      type: 'turn.put',
      turn: { id: request.id, personId: request.personId, segmentId: request.segmentId, timer },
    },
  ];
}

/** The speaking queue, head first. */
export const queueOf = (session: Session): QueueEntry[] => ordered(session.queue);

/** Appends a person to the queue. */
export function addToQueue(
  session: Session,
  entry: { id: string; personId: string; presence: QueueEntry['presence'] },
): Change[] {
  return [{ type: 'queue.put', entry: { ...entry, order: nextOrder(session.queue) } }];
}

/** Swaps an entry with its neighbour (-1 up, +1 down); renumbers when orders tie. */
export function moveInQueue(session: Session, id: string, delta: -1 | 1): Change[] {
  const list = queueOf(session);
  const at = list.findIndex((q) => q.id === id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= list.length) return [];
  const put = (q: QueueEntry, order: number): Change => ({
    type: 'queue.put',
    entry: { id: q.id, personId: q.personId, presence: q.presence, order },
  });
  const a = list[at]!;
  const b = list[to]!;
  if (a.order !== b.order) return [put(a, b.order), put(b, a.order)];
  const copy = list.slice();
  copy[at] = b;
  copy[to] = a;
  return copy.flatMap((q, index) => (q.order === index ? [] : [put(q, index)]));
}

/**
 * "Next": the head of the queue gets the floor — the open turn ends, a new turn starts, and the queue
 * entry is tombstoned. No change when the queue is empty. When the entry says where the person is
 * (onsite/online) and the person's record does not, the record learns it, so the floor balance counts
 * the turn there (a turn has no presence of its own; a presence already recorded is never overwritten).
 */
export function takeNext(
  session: Session,
  request: Omit<FloorRequest, 'personId'>,
  nowMs: number,
): { changes: Change[]; entry: QueueEntry | null } {
  const head = queueOf(session)[0];
  if (!head) return { changes: [], entry: null };
  const person = session.people.find((p) => p.id === head.personId);
  const learn: Change[] = [];
  if (person && head.presence && person.presence === null) {
    learn.push({ type: 'person.put', person: { ...draftOf(person), presence: head.presence } });
  }
  return {
    changes: [
      ...learn,
      ...giveFloor(session, { ...request, personId: head.personId }, nowMs),
      { type: 'queue.delete', id: head.id },
    ],
    entry: head,
  };
}

export type TurnCorrection = {
  startedAtMs?: number;
  /** null reopens nothing: an ended turn stays ended; pass a time to end an open turn or move its end. */
  endedAtMs?: number;
  allottedSeconds?: number;
};

/** Why a correction is refused; the screens word each one in their language (timer:turns.errors). */
export type TurnCorrectionError =
  | 'allotted-range'
  | 'start-invalid'
  | 'start-future'
  | 'end-before-start'
  | 'end-invalid'
  | 'end-future'
  | 'never-started';

/**
 * A corrected timer for a recorded turn (forgotten "end", a wrong start, a different allotment), or why
 * not. The end may not precede the start, and neither may lie after `nowMs`.
 */
export function correctTurn(
  timer: TimerState,
  correction: TurnCorrection,
  nowMs: number,
): { timer: TimerState } | { error: TurnCorrectionError } {
  let next = timer;
  if (correction.allottedSeconds !== undefined) {
    const a = Math.round(correction.allottedSeconds);
    if (!Number.isFinite(a) || a < 0 || a > 24 * 3600) return { error: 'allotted-range' };
    next = { ...next, allottedSeconds: a };
  }
  const start = correction.startedAtMs ?? ms(next.startedAt);
  if (correction.startedAtMs !== undefined) {
    if (!Number.isFinite(correction.startedAtMs)) return { error: 'start-invalid' };
    if (correction.startedAtMs > nowMs) return { error: 'start-future' };
    next = { ...next, startedAt: new Date(correction.startedAtMs).toISOString() };
  }
  const end = correction.endedAtMs ?? ms(next.endedAt);
  if (start !== null && end !== null && end < start) return { error: 'end-before-start' };
  if (correction.endedAtMs !== undefined) {
    if (!Number.isFinite(correction.endedAtMs)) return { error: 'end-invalid' };
    if (correction.endedAtMs > nowMs) return { error: 'end-future' };
    if (next.startedAt === null) return { error: 'never-started' };
    next =
      next.endedAt === null
        ? endTimer(next, correction.endedAtMs)
        : { ...next, endedAt: new Date(correction.endedAtMs).toISOString() };
  }
  return { timer: next };
}
