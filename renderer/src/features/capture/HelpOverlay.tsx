import { useEffect, useRef } from 'react';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import type { StatementKind } from '../../../../shared/model/session';
import { useLanguage, useT, type TFor } from '../../i18n';
import { CAPTURE_KEYS, CONTEXT_KEYS, type CaptureAction } from '../../keymap';
import type { Translator } from '../../../../shared/i18n';

/** What a capture key does, in the screens' language. */
function what(action: CaptureAction, t: TFor<'capture'>, tr: Translator): string {
  if (!action.startsWith('kind:')) return t(`keys.${action as Exclude<CaptureAction, `kind:${string}`>}`);
  const kind = action.slice(5) as StatementKind;
  if (kind === 'statement') return t('keys.plainStatement');
  if (kind === 'poll-result') return t('keys.poll');
  return t('keys.kind', { kind: codeLabel('kind', kind, tr) });
}

/** F1: every capture key, read from the same table the key handler uses. */
export function HelpOverlay({
  onClose,
  questions = [],
}: {
  onClose: () => void;
  questions?: ReadonlyArray<{ text: string }>;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const context = (id: (typeof CONTEXT_KEYS)[number]): [string, string] => [
    id === 'enter' ? 'Enter' : t(`keys.context.${id}Keys`),
    t(`keys.context.${id}`),
  ];
  const rows: Array<[string, string]> = [
    context('enter'),
    ...CAPTURE_KEYS.map((k): [string, string] => [k.label, what(k.action, t, tr)]),
    context('selectLast'),
    context('onSelected'),
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
