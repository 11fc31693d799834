import type { Session } from '../model/session';
import { queueOf } from './floor';
import { runOfShow } from './runOfShow';
import { timeOfDay } from '../model/time';

/**
 * What the stage screen shows around the clock, as Ontime and Stagetimer users expect: who is next
 * from the speaking queue, the time of day where the session takes place, and the time left in the
 * current agenda segment and to the session's hard end. Pure: a function of the session, the clock
 * and the moderator's segment mark; the stage re-reads it every second.
 */
export interface StageBoard {
  /** The head of the speaking queue (null: nobody is waiting). */
  nextUp: { name: string; online: boolean } | null;
  /** The current agenda segment and its planned time minus its actual time (negative: over). */
  segment: { title: string; leftMs: number } | null;
  /** Hard end minus now (negative once past it); null when the session has no start or length. */
  sessionLeftMs: number | null;
  /** "14:05" in the session's time zone (the machine's when the session has none or it is unknown). */
  timeOfDay: string;
}

export function stageBoard(session: Session, nowMs: number, markedSegmentId: string | null): StageBoard {
  const head = queueOf(session)[0];
  const person = head ? session.people.find((p) => p.id === head.personId) : undefined;
  const run = runOfShow(session, nowMs, markedSegmentId);
  const current = run.segments.find((s) => s.status === 'current');
  return {
    nextUp: head ? { name: person?.name ?? '', online: head.presence === 'online' } : null,
    segment: current
      ? { title: current.segment.title, leftMs: current.plannedMs - (current.actualMs ?? 0) }
      : null,
    sessionLeftMs: run.leftToHardEndMs,
    timeOfDay: timeOfDay(nowMs, session.facts.timeZone, false),
  };
}

/** "4:05", "1:02:03", "−0:30" for a time left (rounded up while positive, so 0:00 means it is up). */
export function leftClock(ms: number): string {
  const negative = ms < 0;
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  const text = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return negative && total > 0 ? `−${text}` : text;
}
