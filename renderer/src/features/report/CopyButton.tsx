import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

/**
 * Copies a section as plain text, for pasting into a web reporting form. Where the clipboard is not
 * available it shows the text selected in a box, so Ctrl+C / ⌘C finishes the job.
 */
export function CopyButton({
  label,
  text,
  caption,
}: {
  label: string;
  text: () => string;
  caption?: string;
}) {
  const { t } = useT('report');
  const [state, setState] = useState<'idle' | 'copied' | { fallback: string }>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (typeof state === 'object') box.current?.select();
  }, [state]);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      setTimeout(() => setState((s) => (s === 'copied' ? 'idle' : s)), 2_000);
    } catch {
      setState({ fallback: value });
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="secondary small"
        onClick={() => void copy()}
        aria-label={t('copy.label', { section: label })}
      >
        {state === 'copied' ? t('copy.copied') : (caption ?? t('copy.caption'))}
      </button>
      {typeof state === 'object' && (
        <span className="copy-fallback">
          <label>
            {t('copy.fallback', { section: label })}
            <textarea ref={box} readOnly rows={6} dir="auto" value={state.fallback} />
          </label>
          <button type="button" className="link-button" onClick={() => setState('idle')}>
            {t('copy.close')}
          </button>
        </span>
      )}
    </span>
  );
}
