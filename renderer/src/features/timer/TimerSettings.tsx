import { useState, type FormEvent } from 'react';
import type { Preferences } from '../../../../shared/model/preferences';

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
  const [warning, setWarning] = useState<string | null>(null);
  const [danger, setDanger] = useState<string | null>(null);
  const [colours, setColours] = useState<Preferences['timerColours'] | null>(null);
  const [saved, setSaved] = useState(false);
  const w = warning ?? String(preferences.timerWarningSeconds);
  const d = danger ?? String(preferences.timerDangerSeconds);
  const c = colours ?? preferences.timerColours;
  const valid = (v: string) => /^\d+$/.test(v) && Number(v) <= 3600;
  const problem =
    !valid(w) || !valid(d)
      ? 'Enter whole seconds, 0–3600.'
      : Number(d) > Number(w)
        ? 'Danger should come at or after warning (fewer seconds).'
        : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem && !problem.startsWith('Danger')) return;
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
        Timer settings: warning at {preferences.timerWarningSeconds} s, danger at{' '}
        {preferences.timerDangerSeconds} s left
      </summary>
      <form onSubmit={(e) => void submit(e)} className="timer-row">
        <label>
          Warning at (seconds left)
          <input
            inputMode="numeric"
            value={w}
            onChange={(e) => (setWarning(e.target.value), setSaved(false))}
          />
        </label>
        <label>
          Danger at (seconds left)
          <input
            inputMode="numeric"
            value={d}
            onChange={(e) => (setDanger(e.target.value), setSaved(false))}
          />
        </label>
        {PHASES.map((phase) => (
          <label key={phase}>
            {phase[0]!.toUpperCase() + phase.slice(1)} colour
            <input
              type="color"
              value={c[phase]}
              onChange={(e) => (setColours({ ...c, [phase]: e.target.value }), setSaved(false))}
            />
          </label>
        ))}
        <button type="submit">Save timer settings</button>
      </form>
      {problem && <p className="field-error">{problem}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && (
        <p role="status" className="success">
          Saved.
        </p>
      )}
    </details>
  );
}
