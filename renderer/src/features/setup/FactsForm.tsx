import { useMemo } from 'react';
import { machineTimeZone } from '../../../../shared/model/time';
import type { Change, FactsPatch } from '../../../../shared/model/changes';
import { codeLabel, sessionTypeLabel } from '../../../../shared/i18n/codeLabels';
import type { Facts, SessionType } from '../../../../shared/model/session';
import { TextField } from './fields';
import { useLanguage, useT, type TFor } from '../../i18n';
import { isKnownTimeZone } from '../../../../shared/i18n/intl';

/**
 * The formats offered, named in the screens' language. The field stores what is typed or picked; a
 * name the IGF uses, written in any of the languages, is shown in the screen's and the report's.
 */
const FORMATS: readonly SessionType[] = [
  'panel',
  'roundtable',
  'open-forum',
  'town-hall',
  'lightning-talk',
  'birds-of-a-feather',
  'break-out',
  'debate',
  'classroom',
];

function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The facts' checks, each saying what is wrong in the screen's language. */
const validators = (t: TFor<'setup'>) => ({
  duration: (value: string): string | null => {
    const text = value.trim();
    if (text === '') return null;
    if (!/^\d+$/.test(text)) return t('facts.errors.durationFormat');
    if (Number(text) > 1440) return t('facts.errors.durationRange');
    return null;
  },
  timeZone: (value: string): string | null => {
    const text = value.trim();
    if (text === '' || isKnownTimeZone(text)) return null;
    return t('facts.errors.timeZone');
  },
  date: (value: string): string | null => {
    if (value === '') return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return t('facts.errors.dateFormat');
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === value ? null : t('facts.errors.dateMissing');
  },
  time: (value: string): string | null =>
    value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : t('facts.errors.time'),
});

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The session's facts, each committed as a `facts.update` patch when its field loses focus. */
export function FactsForm({ facts, change }: { facts: Facts; change: (changes: Change[]) => void }) {
  const { t } = useT('setup');
  const { tr } = useLanguage();
  const validate = validators(t);
  const zones = useMemo(knownTimeZones, []);
  const machineZone = useMemo(machineTimeZone, []);
  const update = (patch: FactsPatch) => change([{ type: 'facts.update', patch }]);

  return (
    <section className="card setup-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('facts.heading')}</h2>
      <div className="form-grid">
        <TextField
          id="facts-title"
          className="span-2"
          label={t('facts.title')}
          value={facts.title}
          onCommit={(v) => update({ title: v.trim() })}
        />
        <TextField
          id="facts-code"
          label={t('facts.code')}
          value={facts.code ?? ''}
          placeholder={t('facts.codePlaceholder')}
          onCommit={(v) => update({ code: orNull(v) })}
        />
        <TextField
          id="facts-format"
          label={t('facts.format')}
          value={sessionTypeLabel(facts.format ?? '', tr)}
          list="format-options"
          placeholder={t('facts.formatPlaceholder')}
          onCommit={(v) => update({ format: orNull(v) })}
        />
        <datalist id="format-options">
          {FORMATS.map((f) => (
            <option key={f} value={codeLabel('sessionType', f, tr)} />
          ))}
        </datalist>
        <TextField
          id="facts-duration"
          label={t('facts.duration')}
          value={facts.durationMinutes === null ? '' : String(facts.durationMinutes)}
          inputMode="numeric"
          validate={validate.duration}
          onCommit={(v) => update({ durationMinutes: v.trim() === '' ? null : Number(v.trim()) })}
        />
        <TextField
          id="facts-room"
          label={t('facts.room')}
          value={facts.room ?? ''}
          onCommit={(v) => update({ room: orNull(v) })}
        />
        <TextField
          id="facts-date"
          label={t('facts.date')}
          type="date"
          value={facts.date ?? ''}
          validate={validate.date}
          onCommit={(v) => update({ date: v === '' ? null : v })}
        />
        <TextField
          id="facts-start"
          label={t('facts.startTime')}
          type="time"
          value={facts.startTime ?? ''}
          validate={validate.time}
          onCommit={(v) => update({ startTime: v === '' ? null : v })}
        />
        <TextField
          id="facts-timezone"
          label={t('facts.timeZone')}
          value={facts.timeZone ?? ''}
          list="timezone-options"
          placeholder={machineZone}
          hint={
            facts.date && !facts.timeZone ? (
              // Asked, not assumed: a session held elsewhere would be read in this laptop's zone.
              <span className="field-ask" role="status">
                {t('facts.timeZoneAsk', { zone: machineZone })}{' '}
                <button
                  type="button"
                  className="small secondary"
                  onClick={() => update({ timeZone: machineZone })}
                >
                  {t('facts.timeZoneUse', { zone: machineZone })}
                </button>
              </span>
            ) : (
              t('facts.timeZoneHint')
            )
          }
          validate={validate.timeZone}
          onCommit={(v) => update({ timeZone: orNull(v) })}
        />
        <datalist id="timezone-options">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <div className="field">
          <label htmlFor="facts-hybrid">{t('facts.hybrid')}</label>
          <select
            id="facts-hybrid"
            value={facts.hybrid === null ? '' : facts.hybrid ? 'yes' : 'no'}
            onChange={(e) => update({ hybrid: e.target.value === '' ? null : e.target.value === 'yes' })}
          >
            <option value="">{t('facts.notKnown')}</option>
            <option value="yes">{t('yes')}</option>
            <option value="no">{t('no')}</option>
          </select>
        </div>
        <TextField
          id="facts-themes"
          className="span-2"
          label={t('facts.themes')}
          multiline
          rows={2}
          hint={t('facts.themesHint')}
          value={facts.themes.join('\n')}
          onCommit={(v) =>
            update({
              themes: v
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            })
          }
        />
        <TextField
          id="facts-description"
          className="span-2"
          label={t('facts.description')}
          multiline
          rows={4}
          value={facts.description}
          onCommit={(v) => update({ description: v })}
        />
        <TextField
          id="facts-outcomes"
          className="span-2"
          label={t('facts.outcomes')}
          multiline
          rows={3}
          value={facts.expectedOutcomes}
          onCommit={(v) => update({ expectedOutcomes: v })}
        />
      </div>
    </section>
  );
}
