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
import type { TFor } from '../../i18n';
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
  t: TFor<'timer'>,
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
      apply(t('undo.give'), giveFloor(session, { ...request(), personId }, Date.now())),
    [apply, session, request, t],
  );

  const startOrPause = useCallback(
    (personId: string | null) => {
      const now = Date.now();
      const current = openTurn(session);
      if (!current) return give(personId);
      const paused = current.timer.pauses.at(-1)?.to === null;
      apply(
        paused ? t('undo.resume') : t('undo.pause'),
        transitionOpenTurn(session, (t) => (paused ? resumeTimer(t, now) : pauseTimer(t, now))),
      );
    },
    [apply, session, give, t],
  );

  const next = useCallback(() => {
    const { changes, entry } = takeNext(session, request(), Date.now());
    if (!entry) return onNotice(t('notice.queueEmpty'));
    onNotice(null);
    apply(t('undo.next'), changes);
  }, [session, request, apply, onNotice, t]);

  const end = useCallback(() => apply(t('undo.end'), endOpenTurns(session, Date.now())), [apply, session, t]);

  const adjust = useCallback(
    (seconds: number) =>
      apply(
        seconds > 0 ? t('undo.addMinute') : t('undo.takeMinute'),
        transitionOpenTurn(session, (t) => adjustTimer(t, seconds)),
      ),
    [apply, session, t],
  );

  const enqueue = (person: Person, presence: (typeof PRESENCES)[number] | null) =>
    apply(t('undo.enqueue'), addToQueue(session, { id: newId(), personId: person.id, presence }));

  const moveQueued = (id: string, delta: -1 | 1) => apply(t('undo.move'), moveInQueue(session, id, delta));
  const removeQueued = (id: string) => apply(t('undo.remove'), [{ type: 'queue.delete', id }]);

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
    apply(t('undo.addAudience'), changes);
  };

  return { history, give, startOrPause, next, end, adjust, enqueue, moveQueued, removeQueued, addAudience };
}
export type TimerActions = ReturnType<typeof useTimerActions>;
