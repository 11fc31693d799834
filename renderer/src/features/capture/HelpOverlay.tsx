import { useEffect, useRef } from 'react';

export const SHORTCUTS: Array<[string, string]> = [
  ['Enter', 'Add the statement (Shift+Enter: new line)'],
  ['Ctrl+K', 'Choose the speaker by typing part of the name; Enter picks'],
  ['Ctrl+1 … Ctrl+9', 'Choose one of the numbered speakers'],
  ['Ctrl+Shift+A', 'Add a speaker from the audience (name, stakeholder group, onsite/online optional)'],
  ['Alt+1 … Alt+9', 'Tag policy question 1…9 (several allowed)'],
  ['Alt+K / Alt+Shift+K', 'Next / previous kind (statement, question, recommendation, …)'],
  ['Alt+F', 'Follow-up fora checklist (numbers toggle, Enter or Escape closes)'],
  ['Alt+S', 'Star'],
  ['Alt+P', 'Poll result: question and "Label: count" lines (Ctrl+Enter adds)'],
  [
    '↑ in the empty box',
    'Select the last statement; ↑/↓ move, E or Enter edits, Delete deletes, Esc returns',
  ],
  ['Alt+1…9, Alt+K, Alt+S on a selected statement', 'Change that statement’s tags, kind or star'],
  [
    'Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y)',
    'Undo / redo adding, editing, deleting, tagging and transcript imports. While the capture box holds text, Ctrl+Z undoes typing there instead; empty the box (or select a statement) to undo edits.',
  ],
  ['Ctrl+F', 'Search the statements'],
  ['Alt+I', 'Import a RAW captioning transcript'],
  ['F1 or Ctrl+/', 'This help; Escape closes it'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="capture-dialog help-dialog"
      aria-labelledby="help-heading"
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id="help-heading">Keyboard shortcuts</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      <p className="muted">
        The capture box keeps the focus: after every shortcut you can go on typing. What you type is kept as a
        draft until you press Enter, even if the app closes.
      </p>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
