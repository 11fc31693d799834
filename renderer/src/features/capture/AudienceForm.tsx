import { useRef, useState, type KeyboardEvent } from 'react';
import { PRESENCES, STAKEHOLDER_GROUPS } from '../../../../shared/model/session';
import { codeLabel } from '../../../../shared/i18n/codeLabels';
import { PickList } from '../../common/PickList';
import { useLanguage, useT } from '../../i18n';

export interface AudienceDetails {
  name: string;
  stakeholder: string | null;
  presence: (typeof PRESENCES)[number] | null;
}

/** Ctrl+Shift+A: a one-line form for a speaker from the floor; Enter adds and selects them, Escape cancels. */
export function AudienceForm({
  onAdd,
  onCancel,
}: {
  onAdd: (details: AudienceDetails) => void;
  onCancel: () => void;
}) {
  const { t } = useT('capture');
  const { tr } = useLanguage();
  const [name, setName] = useState('');
  const [stakeholder, setStakeholder] = useState('');
  const [presence, setPresence] = useState('');
  const form = useRef<HTMLFieldSetElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      onAdd({
        name: name.trim(),
        stakeholder: stakeholder || null,
        presence: (presence || null) as AudienceDetails['presence'],
      });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <fieldset className="audience-form" ref={form} onKeyDown={onKeyDown}>
      <legend>{t('audience.legend')}</legend>
      <label>
        {t('audience.name')}
        <input
          autoFocus
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('audience.namePlaceholder')}
        />
      </label>
      <PickList
        label={t('audience.stakeholder')}
        value={stakeholder}
        options={STAKEHOLDER_GROUPS}
        optionLabel={(v) => codeLabel('stakeholder', v, tr)}
        emptyLabel={t('audience.unknown')}
        onChange={setStakeholder}
      />
      <PickList
        label={t('audience.where')}
        value={presence}
        options={PRESENCES}
        optionLabel={(v) => codeLabel('presence', v, tr)}
        emptyLabel={t('audience.unknown')}
        onChange={setPresence}
      />
      <button
        type="button"
        onClick={() =>
          onAdd({
            name: name.trim(),
            stakeholder: stakeholder || null,
            presence: (presence || null) as AudienceDetails['presence'],
          })
        }
      >
        {t('audience.add')} <kbd>Enter</kbd>
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('audience.cancel')} <kbd>Esc</kbd>
      </button>
    </fieldset>
  );
}
