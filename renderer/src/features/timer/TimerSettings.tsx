import { useState, type FormEvent } from 'react';
import type { Preferences } from '../../../../shared/model/preferences';
import { useT } from '../../i18n';

type Patch = Partial<Pick<Preferences, 'timerWarningSeconds' | 'timerDangerSeconds' | 'timerColours'>>;
const PHASES = ['running', 'warning', 'danger', 'overtime'] as const;

/** Thresholds and phase colours (saved in the app's preferences, for every session). */
export function TimerSettings({
  preferences,
  error,
  save,
}: {
  preferences: Preferences;
  error: string | null;
  save: (patch: Patch) => Promise<boolean>;
}) {
  const { t } = useT('timer');
  const [warning, setWarning] = useState<string | null>(null);
  const [danger, setDanger] = useState<string | null>(null);
  const [colours, setColours] = useState<Preferences['timerColours'] | null>(null);
  const [saved, setSaved] = useState(false);
  const w = warning ?? String(preferences.timerWarningSeconds);
  const d = danger ?? String(preferences.timerDangerSeconds);
  const c = colours ?? preferences.timerColours;
  const valid = (v: string) => /^\d+$/.test(v) && Number(v) <= 3600;
  const unreadable = !valid(w) || !valid(d);
  const problem = unreadable
    ? t('settings.wholeSeconds')
    : Number(d) > Number(w)
      ? t('settings.dangerAfter')
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Danger before warning is allowed (a warning, not an error); unreadable numbers are not saved.
    if (unreadable) return;
    const ok = await save({ timerWarningSeconds: Number(w), timerDangerSeconds: Number(d), timerColours: c });
    if (ok) {
      setWarning(null);
      setDanger(null);
      setColours(null);
    }
    setSaved(ok);
  };

  return (
    <details className="card timer-settings">
      <summary>
        {t('settings.summary', {
          warning: preferences.timerWarningSeconds,
          danger: preferences.timerDangerSeconds,
        })}
      </summary>
      <form onSubmit={(e) => void submit(e)} className="timer-row">
        <label>
          {t('settings.warning')}
          <input
            inputMode="numeric"
            value={w}
            onChange={(e) => (setWarning(e.target.value), setSaved(false))}
          />
        </label>
        <label>
          {t('settings.danger')}
          <input
            inputMode="numeric"
            value={d}
            onChange={(e) => (setDanger(e.target.value), setSaved(false))}
          />
        </label>
        {PHASES.map((phase) => (
          <label key={phase}>
            {t(`settings.colour.${phase}`)}
            <input
              type="color"
              value={c[phase]}
              onChange={(e) => (setColours({ ...c, [phase]: e.target.value }), setSaved(false))}
            />
          </label>
        ))}
        <button type="submit">{t('settings.save')}</button>
      </form>
      {problem && <p className="field-error">{problem}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && (
        <p role="status" className="success">
          {t('settings.saved')}
        </p>
      )}
    </details>
  );
}
