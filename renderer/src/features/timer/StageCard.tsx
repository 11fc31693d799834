import { useState, type RefObject } from 'react';
import { EMPTY_PRESENTER, messageVisible, type PresenterState } from '../../../../shared/timer/presenter';
import { timerKeyLabel } from '../../keymap';

/** What the room sees: open the stage screen, black it out, flash a message to the speaker. */
export function StageCard({
  presenter,
  update,
  openTurnId,
  openStage,
  messageBox,
  onDone,
}: {
  presenter: PresenterState;
  update: (next: PresenterState) => void;
  openTurnId: string | null;
  openStage: () => void;
  messageBox: RefObject<HTMLInputElement | null>;
  /** Focus goes back to the timer, so its keys work again at once. */
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(presenter.message);
  const [pinned, setPinned] = useState(presenter.pinned);
  const visible = messageVisible(presenter, openTurnId);
  const hide = () => update({ ...EMPTY_PRESENTER, blackout: presenter.blackout, message: presenter.message });
  return (
    <div className="card timer-stage" aria-labelledby="stage-heading">
      <h3 id="stage-heading">Stage screen</h3>
      <div className="timer-row">
        <button type="button" onClick={openStage}>
          Open presenter view <kbd>{timerKeyLabel('openStage')}</kbd>
        </button>
        <button
          type="button"
          className={presenter.blackout ? '' : 'secondary'}
          aria-pressed={presenter.blackout}
          onClick={() => update({ ...presenter, blackout: !presenter.blackout })}
        >
          {presenter.blackout ? 'End blackout' : 'Blackout'} <kbd>{timerKeyLabel('blackout')}</kbd>
        </button>
      </div>
      <form
        className="timer-row"
        onSubmit={(e) => {
          e.preventDefault();
          const message = draft.trim();
          update({ ...presenter, message, showMessage: message !== '', pinned, turnId: openTurnId });
          onDone();
        }}
      >
        <label>
          <span>
            Message to the speaker <kbd>{timerKeyLabel('message')}</kbd>
          </span>
          <input
            aria-label="Message to the speaker"
            dir="auto"
            ref={messageBox}
            value={draft}
            maxLength={200}
            placeholder="Please wrap up"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onDone();
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Keep up for
          the next speakers
        </label>
        <button type="submit">Show message</button>
        <button type="button" className="secondary" disabled={!visible} onClick={hide}>
          Hide message <kbd>{timerKeyLabel('hideMessage')}</kbd>
        </button>
      </form>
      <p role="status" className="muted small-text">
        Stage shows: {presenter.blackout ? 'blackout' : 'the timer'}
        {visible ? ` and the message “${presenter.message}”${presenter.pinned ? ' (kept up)' : ''}` : ''}.
      </p>
    </div>
  );
}
