import { useState, type RefObject } from 'react';
import { EMPTY_PRESENTER, messageVisible, type PresenterState } from '../../../../shared/timer/presenter';
import { useT } from '../../i18n';
import { timerKeyLabel } from '../../keymap';

/** The message box's id: how the menu's Message finds it from another tab, whatever the screens' language. */
export const STAGE_MESSAGE_ID = 'stage-message';

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
  const { t } = useT('timer');
  const [draft, setDraft] = useState(presenter.message);
  const [pinned, setPinned] = useState(presenter.pinned);
  const visible = messageVisible(presenter, openTurnId);
  const hide = () => update({ ...EMPTY_PRESENTER, blackout: presenter.blackout, message: presenter.message });
  return (
    <div className="card timer-stage" aria-labelledby="stage-heading">
      <h3 id="stage-heading">{t('stage.heading')}</h3>
      <div className="timer-row">
        <button type="button" onClick={openStage}>
          {t('stage.open')} <kbd>{timerKeyLabel('openStage')}</kbd>
        </button>
        <button
          type="button"
          className={presenter.blackout ? '' : 'secondary'}
          aria-pressed={presenter.blackout}
          onClick={() => update({ ...presenter, blackout: !presenter.blackout })}
        >
          {presenter.blackout ? t('stage.endBlackout') : t('stage.blackout')}{' '}
          <kbd>{timerKeyLabel('blackout')}</kbd>
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
            {t('stage.message')} <kbd>{timerKeyLabel('message')}</kbd>
          </span>
          <input
            id={STAGE_MESSAGE_ID}
            aria-label={t('stage.message')}
            dir="auto"
            ref={messageBox}
            value={draft}
            maxLength={200}
            placeholder={t('stage.messagePlaceholder')}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onDone();
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} />{' '}
          {t('stage.keepUp')}
        </label>
        <button type="submit">{t('stage.show')}</button>
        <button type="button" className="secondary" disabled={!visible} onClick={hide}>
          {t('stage.hide')} <kbd>{timerKeyLabel('hideMessage')}</kbd>
        </button>
      </form>
      <p role="status" className="muted small-text">
        {!visible
          ? t(presenter.blackout ? 'stage.showsBlackout' : 'stage.showsTimer')
          : presenter.pinned
            ? t(presenter.blackout ? 'stage.showsBlackoutMessageKept' : 'stage.showsTimerMessageKept', {
                message: presenter.message,
              })
            : t(presenter.blackout ? 'stage.showsBlackoutMessage' : 'stage.showsTimerMessage', {
                message: presenter.message,
              })}
      </p>
    </div>
  );
}
