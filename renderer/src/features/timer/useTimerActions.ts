import { useCallback } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import { audienceMember, type AudienceDetails } from '../../../../shared/model/people';
import type { Person, PRESENCES, Session } from '../../../../shared/model/session';
import {
  addToQueue,
  endOpenTurns,
  giveFloor,
  moveInQueue,
  openTurn,
  takeNext,
  transitionOpenTurn,
} from '../../../../shared/timer/floor';
import { adjustTimer, pauseTimer, resumeTimer } from '../../../../shared/timer/timer';
import { useUndo } from '../../state/useUndo';

export interface TurnSettings {
  segmentId: string | null;
  turnMinutes: number;
  countUp: boolean;
}

/**
 * Everything the moderator does to the floor, each step recorded in the timer's own undo history
 * (an accidental E or N is one Ctrl+Z away) and saved like any other edit.
 */
export function useTimerActions(
  session: Session,
  change: (changes: Change[]) => void,
  settings: TurnSettings,
  onNotice: (text: string | null) => void,
) {
  const history = useUndo(session, change, 'timer');
  const { segmentId, turnMinutes, countUp } = settings;
  const request = useCallback(
    () => ({
      id: newId(),
      segmentId,
      allottedSeconds: Math.round(turnMinutes * 60),
      mode: countUp ? ('countup' as const) : ('countdown' as const),
    }),
    [segmentId, turnMinutes, countUp],
  );
  const { apply } = history;

  const give = useCallback(
    (personId: string | null) =>
      apply('give the floor', giveFloor(session, { ...request(), personId }, Date.now())),
    [apply, session, request],
  );

  const startOrPause = useCallback(
    (personId: string | null) => {
      const now = Date.now();
      const current = openTurn(session);
      if (!current) return give(personId);
      const paused = current.timer.pauses.at(-1)?.to === null;
      apply(
        paused ? 'resume' : 'pause',
        transitionOpenTurn(session, (t) => (paused ? resumeTimer(t, now) : pauseTimer(t, now))),
      );
    },
    [apply, session, give],
  );

  const next = useCallback(() => {
    const { changes, entry } = takeNext(session, request(), Date.now());
    if (!entry) return onNotice('The queue is empty.');
    onNotice(null);
    apply('next in queue', changes);
  }, [session, request, apply, onNotice]);

  const end = useCallback(() => apply('end turn', endOpenTurns(session, Date.now())), [apply, session]);

  const adjust = useCallback(
    (seconds: number) =>
      apply(
        seconds > 0 ? 'add a minute' : 'take a minute',
        transitionOpenTurn(session, (t) => adjustTimer(t, seconds)),
      ),
    [apply, session],
  );

  const enqueue = (person: Person, presence: (typeof PRESENCES)[number] | null) =>
    apply('add to queue', addToQueue(session, { id: newId(), personId: person.id, presence }));

  const moveQueued = (id: string, delta: -1 | 1) => apply('move in queue', moveInQueue(session, id, delta));
  const removeQueued = (id: string) => apply('remove from queue', [{ type: 'queue.delete', id }]);

  /** A speaker from the floor, then queued or given the floor at once. */
  const addAudience = (details: AudienceDetails, then: 'queue' | 'floor') => {
    const draft = audienceMember(session.people, details);
    const person: Person = { ...draft, updatedAt: new Date().toISOString(), deletedAt: null };
    const withPerson = { ...session, people: [...session.people, person] };
    const changes: Change[] = [{ type: 'person.put', person: draft }];
    if (then === 'queue')
      changes.push(
        ...addToQueue(withPerson, { id: newId(), personId: person.id, presence: person.presence }),
      );
    else changes.push(...giveFloor(withPerson, { ...request(), personId: person.id }, Date.now()));
    apply('add audience member', changes);
  };

  return { history, give, startOrPause, next, end, adjust, enqueue, moveQueued, removeQueued, addAudience };
}
export type TimerActions = ReturnType<typeof useTimerActions>;
