import { useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Person } from '../../../../shared/model/session';
import { matchPeople } from '../../../../shared/capture/speakers';
import { captureKeyLabel } from '../../keymap';
import { useT } from '../../i18n';

/**
 * Type-ahead speaker choice: Ctrl+K focuses it, typing filters the people (name start, word start,
 * initials), Up/Down move, Enter picks, Escape leaves it unchanged.
 */
export function SpeakerPicker({
  people,
  speakerId,
  inputRef,
  onPick,
  onCancel,
}: {
  people: Person[];
  speakerId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useT('capture');
  const unattributed = t('unattributed');
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = query !== null;
  const current = people.find((p) => p.id === speakerId);
  const options = useMemo(() => {
    const found = matchPeople(people, query ?? '');
    return query ? found : [{ id: '', name: unattributed } as const, ...found];
  }, [people, query, unattributed]);

  const pick = (index: number) => {
    const option = options[index];
    setQuery(null);
    if (option) onPick(option.id || null);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setQuery('');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length ? (a + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      if (open) pick(active);
      else onCancel();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
      onCancel();
    } else if (event.key === 'Tab' && open && query) {
      pick(active);
    }
  };

  const activeOption = open ? options[active] : undefined;
  return (
    <div className="speaker-picker">
      <label htmlFor="speaker-input">
        {t('speaker.label')} <kbd>{captureKeyLabel('findSpeaker')}</kbd>
      </label>
      <input
        id="speaker-input"
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls="speaker-options"
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `speaker-option-${activeOption.id || 'none'}` : undefined}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        value={open ? query : (current?.name ?? '')}
        placeholder={current ? current.name : unattributed}
        onFocus={(e) => {
          setQuery('');
          setActive(0);
          e.currentTarget.select();
        }}
        onBlur={() => setQuery(null)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul
          id="speaker-options"
          role="listbox"
          aria-label={t('speaker.matching')}
          className="speaker-options"
        >
          {options.length === 0 && <li className="muted">{t('speaker.noMatch', { query })}</li>}
          {options.map((p, i) => (
            <li
              key={p.id || 'none'}
              id={`speaker-option-${p.id || 'none'}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              {'speakerNumber' in p && p.speakerNumber !== null && (
                <kbd className="speaker-number">{p.speakerNumber}</kbd>
              )}{' '}
              <bdi>{p.name}</bdi>
              {'audience' in p && p.audience && <span className="muted small"> {t('audienceMark')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
