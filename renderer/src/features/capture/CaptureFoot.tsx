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
  return (
    <div className="capture-foot">
      <span id="capture-hint" className="muted small">
        <kbd>Enter</kbd> add · <kbd>↑</kbd> edit last · <kbd>Ctrl+Z</kbd> undo (empty box) ·{' '}
        <kbd>Ctrl+Shift+Z</kbd> redo · <kbd>F1</kbd> all keys
      </span>
      <span className="capture-message" role="status" aria-live="polite">
        {message}
      </span>
      <span className="foot-actions">
        <button
          type="button"
          className="secondary small-button"
          disabled={!history.canUndo}
          title={history.nextUndo ? `Undo ${history.nextUndo}` : 'Nothing to undo'}
          onClick={() => undoOrRedo('undo')}
        >
          Undo
        </button>
        <button
          type="button"
          className="secondary small-button"
          disabled={!history.canRedo}
          title={history.nextRedo ? `Redo ${history.nextRedo}` : 'Nothing to redo'}
          onClick={() => undoOrRedo('redo')}
        >
          Redo
        </button>
        <button type="button" className="secondary small-button" onClick={() => openPanel('transcript')}>
          Import transcript… <kbd>Alt+I</kbd>
        </button>
        <button type="button" className="secondary small-button" onClick={() => openPanel('help')}>
          Keys <kbd>F1</kbd>
        </button>
      </span>
    </div>
  );
}
