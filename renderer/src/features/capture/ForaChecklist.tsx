import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';

/** Alt+F: the follow-up fora as checkboxes; 1…9 toggle, Up/Down move, Enter or Escape closes. */
export function ForaChecklist({
  fora,
  selected,
  onToggle,
  onClose,
}: {
  fora: readonly string[];
  selected: readonly string[];
  onToggle: (forum: string) => void;
  onClose: () => void;
}) {
  const { t } = useT('capture');
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    group.current?.querySelector('input')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const boxes = [...(group.current?.querySelectorAll('input') ?? [])];
    const at = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (event.key === 'Enter' || event.key === 'Escape' || (event.altKey && event.code === 'KeyF')) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = boxes[(at + (event.key === 'ArrowDown' ? 1 : -1) + boxes.length) % boxes.length];
      next?.focus();
    } else if (/^Digit[1-9]$/.test(event.code) && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      event.stopPropagation();
      const forum = fora[Number(event.code.slice(5)) - 1];
      if (forum) onToggle(forum);
    }
  };
  return (
    <fieldset
      className="fora-checklist"
      ref={group}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <legend>{t('fora.legend')}</legend>
      {fora.length === 0 && <p className="muted">{t('fora.none')}</p>}
      {fora.map((forum, i) => (
        <label key={forum}>
          <input type="checkbox" checked={selected.includes(forum)} onChange={() => onToggle(forum)} />
          {i < 9 && <kbd>{i + 1}</kbd>} {forum}
        </label>
      ))}
      <p className="muted small">{t('fora.closes')}</p>
    </fieldset>
  );
}
