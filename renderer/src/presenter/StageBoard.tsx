import type { Translator } from '../../../shared/i18n';
import type { Session } from '../../../shared/model/session';
import { leftClock, stageBoard } from '../../../shared/timer/stageBoard';
import { useNow } from '../common/clock';
import { WithName } from '../common/WithName';

/**
 * The line under the stage clock: next up from the queue, time left in the segment and to the hard end,
 * and the time of day where the session takes place. Each cell is shown only when there is something to
 * say, so a session without an agenda or a hard end keeps the room for the clock.
 */
export function StageBoard({
  session,
  marked,
  tr,
}: {
  session: Session;
  marked: string | null;
  /** The stage's language (the session's), given by the screen that shows the board. */
  tr: Translator;
}) {
  const { t } = tr;
  const now = useNow(1000);
  const board = stageBoard(session, now, marked);
  const cells: Array<{
    id: string;
    label: string;
    value: string;
    over?: boolean;
    name?: string;
    /** The segment's title in the label, isolated and cut at its own end. */
    title?: string;
  }> = [];
  cells.push({
    id: 'next',
    name: board.nextUp?.name,
    label: t('stage.nextUp'),
    value: board.nextUp
      ? board.nextUp.online
        ? t('stage.nextUpOnline', { name: board.nextUp.name })
        : board.nextUp.name
      : t('stage.nobodyNext'),
  });
  if (board.segment) {
    const over = board.segment.leftMs < 0;
    cells.push({
      id: 'segment',
      label: t(over ? 'stage.segmentOver' : 'stage.segmentLeft', { segment: board.segment.title }),
      title: board.segment.title,
      value: leftClock(Math.abs(board.segment.leftMs)),
      over,
    });
  }
  if (board.sessionLeftMs !== null) {
    const over = board.sessionLeftMs < 0;
    cells.push({
      id: 'session',
      label: t(over ? 'stage.sessionPast' : 'stage.sessionLeft'),
      value: leftClock(Math.abs(board.sessionLeftMs)),
      over,
    });
  }
  cells.push({ id: 'time', label: t('stage.timeOfDay'), value: board.timeOfDay });
  return (
    <dl className="stage-board">
      {cells.map((cell) => (
        <div
          key={cell.id}
          className={`stage-cell stage-${cell.id}${cell.over ? ' over' : ''}`}
          data-testid={`stage-${cell.id}`}
        >
          <dt className={cell.title ? 'with-title' : undefined}>
            {cell.title ? <WithName text={cell.label} name={cell.title} spans /> : cell.label}
          </dt>
          <dd>{cell.name ? <WithName text={cell.value} name={cell.name} /> : cell.value}</dd>
        </div>
      ))}
    </dl>
  );
}
