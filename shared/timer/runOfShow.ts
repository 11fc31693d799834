import { ordered, type AgendaSegment, type Session } from '../model/session';
import { sessionStartMs, withinSession } from '../model/time';
import { openTurn, startedTurns } from './floor';
import { readTimer } from './timer';

/**
 * Run of show: the agenda's segments, planned against actual, and whether the session is ahead of or
 * behind its plan and its hard end. Pure: a function of the session, the clock and the current segment.
 *
 * Decisions:
 * - The CURRENT segment is the one the moderator marked with "Start segment" (passed in); when none is
 *   marked (or it was deleted): the segment of the open turn, else of the latest turn, else the first.
 *   New turns are filed under the current segment.
 * - A segment's ACTUAL time is the span from its first turn's start to its last turn's end — the gaps
 *   between speakers count, as they do against the plan — and, while it is the current segment, up to
 *   now (the segment goes on between two speakers). `spokenMs` is the sum of its turns' speaking time.
 * - The session START is facts.date + startTime in facts.timeZone (`sessionStartMs`); when not known,
 *   the first turn's start. The HARD END is start + facts.durationMinutes (null when not set).
 * - AHEAD/BEHIND the plan: the current segment k is planned to end at start + Σ planned(≤ k). It is
 *   projected to end at max(now, (its first turn's start, or now if none yet) + planned(k)). The
 *   difference is `scheduleVarianceMs` (positive = behind, negative = ahead). It is also the sum of
 *   the ± column plus the late/early start (`startVarianceMs`): finished segments show actual −
 *   planned, the current one the rest. The session's projected end adds the planned minutes of the
 *   segments after k; against the hard end that gives `hardEndVarianceMs` (positive = would overrun).
 */

export type SegmentStatus = 'done' | 'current' | 'upcoming';

export interface SegmentRun {
  segment: AgendaSegment;
  status: SegmentStatus;
  plannedMs: number;
  /** First start to last end (to now while current); null before its first turn. */
  actualMs: number | null;
  /** Sum of its turns' speaking time, pauses excluded. */
  spokenMs: number;
  turns: number;
  /**
   * The segment's share of ahead/behind: done, actual − planned (`segmentVarianceMs`); running, its
   * projected overrun (never its time left); null for segments not reached.
   */
  overMs: number | null;
  plannedStartMs: number | null;
  firstStartMs: number | null;
}

export interface RunOfShow {
  segments: SegmentRun[];
  currentSegmentId: string | null;
  startMs: number | null;
  startSource: 'facts' | 'first-turn' | null;
  hardEndMs: number | null;
  plannedTotalMs: number;
  /** Projected end of the current segment minus its planned end; positive = behind. */
  scheduleVarianceMs: number | null;
  projectedEndMs: number | null;
  /** Projected end of the session minus the hard end; positive = overrun. */
  hardEndVarianceMs: number | null;
  /** Hard end minus now (negative once past it); null when now is not within the session's day. */
  leftToHardEndMs: number | null;
  /** When the first segment began against its planned start (positive = late); null before it. */
  startVarianceMs: number | null;
}

/**
 * The one definition of a segment's ahead/behind, shown in its ± column and summed into the
 * session's: a finished segment counts what it took beyond (or short of) its plan; the running one
 * counts only time already past its plan, since it may still end on time.
 */
export function segmentVarianceMs(
  status: SegmentStatus,
  actualMs: number | null,
  plannedMs: number,
): number | null {
  if (actualMs === null) return null;
  return status === 'current' ? Math.max(0, actualMs - plannedMs) : actualMs - plannedMs;
}

/** Whole seconds, so a variance is never shown as −2:59 for three minutes less a few milliseconds. */
export const wholeSeconds = (ms: number): number => Math.round(ms / 1000);

/** The colour class every ahead/behind figure uses: behind (red) past one second, else on time. */
export const varianceTone = (ms: number | null): 'behind' | 'ahead' | 'even' =>
  ms === null || wholeSeconds(ms) === 0 ? 'even' : ms > 0 ? 'behind' : 'ahead';

/** "+1:05", "−3:00", "0:00", "—": every ± figure of the run of show. */
export function formatVariance(ms: number | null): string {
  if (ms === null) return '—';
  const s = wholeSeconds(ms);
  const a = Math.abs(s);
  const clock =
    a >= 3600
      ? `${Math.floor(a / 3600)}:${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
      : `${Math.floor(a / 60)}:${String(a % 60).padStart(2, '0')}`;
  return `${s > 0 ? '+' : s < 0 ? '−' : ''}${clock}`;
}

const MIN = 60_000;
const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

export function resolveCurrentSegment(session: Session, marked: string | null | undefined): string | null {
  const segments = ordered(session.agenda);
  if (marked && segments.some((s) => s.id === marked)) return marked;
  const known = (id: string | null | undefined) => !!id && segments.some((s) => s.id === id);
  const open = openTurn(session);
  if (open && known(open.segmentId)) return open.segmentId;
  const latest = startedTurns(session)
    .reverse()
    .find((t) => known(t.segmentId));
  if (latest) return latest.segmentId;
  return segments[0]?.id ?? null;
}

export function runOfShow(session: Session, nowMs: number, markedSegmentId?: string | null): RunOfShow {
  const segments = ordered(session.agenda);
  const currentSegmentId = resolveCurrentSegment(session, markedSegmentId);
  const currentIndex = segments.findIndex((s) => s.id === currentSegmentId);
  const turns = startedTurns(session);

  // A planned start far from now (another day) is not today's session: plan from the first turn.
  const planned = sessionStartMs(session.facts);
  const factsStart =
    planned !== null && withinSession(nowMs, planned, session.facts.durationMinutes) ? planned : null;
  const firstTurn = turns[0] ? ms(turns[0].timer.startedAt) : null;
  const startMs = factsStart ?? firstTurn;
  const startSource = factsStart !== null ? 'facts' : firstTurn !== null ? 'first-turn' : null;
  const hardEndMs =
    startMs !== null && session.facts.durationMinutes !== null
      ? startMs + session.facts.durationMinutes * MIN
      : null;

  let plannedBefore = 0;
  const rows: SegmentRun[] = segments.map((segment, index) => {
    const own = turns.filter((t) => t.segmentId === segment.id);
    const status: SegmentStatus =
      index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
    const starts = own.map((t) => ms(t.timer.startedAt)!);
    const ends = own.map((t) => ms(t.timer.endedAt) ?? nowMs);
    const firstStartMs = starts.length ? Math.min(...starts) : null;
    const lastEnd = ends.length ? Math.max(...ends) : null;
    const actualMs =
      firstStartMs === null
        ? null
        : Math.max(0, (status === 'current' ? Math.max(nowMs, lastEnd!) : lastEnd!) - firstStartMs);
    const plannedMs = segment.plannedMinutes * MIN;
    const row: SegmentRun = {
      segment,
      status,
      plannedMs,
      actualMs,
      spokenMs: own.reduce((sum, t) => sum + readTimer(t.timer, nowMs).elapsedMs, 0),
      turns: own.length,
      overMs: segmentVarianceMs(status, actualMs, plannedMs),
      plannedStartMs: startMs === null ? null : startMs + plannedBefore,
      firstStartMs,
    };
    plannedBefore += plannedMs;
    return row;
  });
  const plannedTotalMs = plannedBefore;

  // Ahead/behind: the current segment's projected end against its planned end. The running segment's
  // ± is what is left of that after the late (or early) start and the finished segments' ±, so the
  // summary is exactly the sum of the figures the table shows.
  let scheduleVarianceMs: number | null = null;
  let projectedEndMs: number | null = null;
  const firstBegun = rows.find((r) => r.firstStartMs !== null);
  const startVarianceMs =
    firstBegun && firstBegun.plannedStartMs !== null
      ? firstBegun.firstStartMs! - firstBegun.plannedStartMs
      : null;
  const current = rows[currentIndex];
  if (current && startMs !== null) {
    const plannedEnd = current.plannedStartMs! + current.plannedMs;
    const projectedEnd = Math.max(nowMs, (current.firstStartMs ?? nowMs) + current.plannedMs);
    scheduleVarianceMs = projectedEnd - plannedEnd;
    projectedEndMs = projectedEnd + rows.slice(currentIndex + 1).reduce((sum, r) => sum + r.plannedMs, 0);
    const before = rows.slice(0, currentIndex).reduce((sum, r) => sum + (r.overMs ?? 0), 0);
    rows[currentIndex] = { ...current, overMs: scheduleVarianceMs - (startVarianceMs ?? 0) - before };
  }
  return {
    segments: rows,
    currentSegmentId,
    startMs,
    startSource,
    hardEndMs,
    plannedTotalMs,
    scheduleVarianceMs,
    projectedEndMs,
    hardEndVarianceMs: projectedEndMs !== null && hardEndMs !== null ? projectedEndMs - hardEndMs : null,
    // Only while now can belong to the session: opened on another day, "27571:29:08 past" means nothing.
    leftToHardEndMs:
      hardEndMs === null || !withinSession(nowMs, startMs!, session.facts.durationMinutes)
        ? null
        : hardEndMs - nowMs,
    startVarianceMs,
  };
}

/** "Behind by 2:13", "Ahead by 0:45", "On plan" (within a second). */
export function describeVariance(varianceMs: number, late = 'Behind', early = 'Ahead'): string {
  const s = wholeSeconds(varianceMs);
  if (s === 0) return 'On plan';
  const a = Math.abs(s);
  const clock =
    a >= 3600
      ? `${Math.floor(a / 3600)}:${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
      : `${Math.floor(a / 60)}:${String(a % 60).padStart(2, '0')}`;
  return `${s > 0 ? late : early} by ${clock}`;
}

/**
 * The policy questions of the segment running now, as the capture box's default tags: the segment the
 * moderator marked on this machine, else the one of the turn on the floor, else of the latest turn.
 * Empty before the first turn and mark (the session has not started), and for a segment linked to no
 * question. Removed questions are left out; the order is the questions' own.
 */
export function runningSegmentQuestions(session: Session, marked: string | null | undefined): string[] {
  const started = !!marked || startedTurns(session).length > 0;
  const id = started ? resolveCurrentSegment(session, marked) : null;
  const segment = id ? session.agenda.find((s) => s.id === id && !s.deletedAt) : undefined;
  if (!segment) return [];
  const linked = new Set(segment.questionIds);
  return ordered(session.questions)
    .filter((q) => linked.has(q.id))
    .map((q) => q.id);
}
