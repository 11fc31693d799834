import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { CAPTURE_KEYS, CONTEXT_KEYS } from '../../keymap';

/** F1: every capture key, read from the same table the key handler uses. */
export function HelpOverlay({
  onClose,
  questions = [],
}: {
  onClose: () => void;
  questions?: ReadonlyArray<{ text: string }>;
}) {
  const { t } = useT('capture');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const rows: Array<[string, string]> = [
    ...CONTEXT_KEYS.slice(0, 1),
    ...CAPTURE_KEYS.map((k): [string, string] => [k.label, k.what]),
    ...CONTEXT_KEYS.slice(1),
  ];
  return (
    <dialog
      ref={dialog}
      className="capture-dialog help-dialog"
      aria-labelledby="help-heading"
      // Only the screen removes the dialog: closed natively, it would leave the page a moment before
      // the screen knows, and the next F1 or Ctrl+/ would find the screen thinking it still open.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id="help-heading">{t('help.title')}</h2>
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          {t('help.close')} <kbd>Esc</kbd>
        </button>
      </div>
      <p className="muted">{t('help.intro')}</p>
      <table className="shortcuts">
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {questions.length > 0 && (
        <>
          <h3>{t('help.questions')}</h3>
          <table className="shortcuts">
            <tbody>
              {questions.slice(0, 9).map((q, i) => (
                <tr key={i}>
                  <th scope="row">
                    <kbd>Alt+{i + 1}</kbd> Q{i + 1}
                  </th>
                  <td dir="auto">{q.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </dialog>
  );
}
