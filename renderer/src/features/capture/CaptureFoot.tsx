import { captureKeyLabel } from '../../keymap';
import { useT } from '../../i18n';
import type { Panel } from './useCaptureKeys';

/** Under the box: the key reminder, what just happened, and undo, redo, import and help as buttons. */
export function CaptureFoot({
  message,
  history,
  undoOrRedo,
  openPanel,
}: {
  message: string;
  history: { canUndo: boolean; canRedo: boolean; nextUndo: string | null; nextRedo: string | null };
  undoOrRedo: (which: 'undo' | 'redo') => void;
  openPanel: (panel: Panel) => void;
}) {
  const { t } = useT('capture');
  return (
    <div className="capture-foot">
      <span id="capture-hint" className="muted small">
        <kbd>Enter</kbd> {t('foot.add')} · <kbd>↑</kbd> {t('foot.editLast')} · <kbd>Ctrl+Z</kbd>{' '}
        {t('foot.undoEmpty')} · <kbd>Ctrl+Shift+Z</kbd> {t('foot.redo')} · <kbd>F1</kbd> {t('foot.allKeys')}
      </span>
      <span className="capture-message" role="status" aria-live="polite">
        {message}
      </span>
      <span className="foot-actions">
        <button
          type="button"
          className="secondary small-button"
          disabled={!history.canUndo}
          title={history.nextUndo ? t('foot.undoWhat', { what: history.nextUndo }) : t('foot.nothingToUndo')}
          onClick={() => undoOrRedo('undo')}
        >
          {t('foot.undo')}
        </button>
        <button
          type="button"
          className="secondary small-button"
          disabled={!history.canRedo}
          title={history.nextRedo ? t('foot.redoWhat', { what: history.nextRedo }) : t('foot.nothingToRedo')}
          onClick={() => undoOrRedo('redo')}
        >
          {t('foot.redoButton')}
        </button>
        <button type="button" className="secondary small-button" onClick={() => openPanel('transcript')}>
          {t('foot.transcript')} <kbd>{captureKeyLabel('transcript')}</kbd>
        </button>
        <button type="button" className="secondary small-button" onClick={() => openPanel('help')}>
          {t('foot.keys')} <kbd>F1</kbd>
        </button>
      </span>
    </div>
  );
}
