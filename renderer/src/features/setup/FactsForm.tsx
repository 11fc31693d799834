import { useMemo } from 'react';
import type { Change, FactsPatch } from '../../../../shared/model/changes';
import type { Facts } from '../../../../shared/model/session';
import { TextField } from './fields';

const FORMATS = [
  'Panel',
  'Roundtable',
  'Open Forum',
  'Town Hall',
  'Lightning Talk',
  'Birds of a Feather',
  'Break-out Group Discussions',
  'Debate',
  'Classroom',
  'Other',
];

export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const validateDuration = (value: string): string | null => {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return 'Enter the duration as a whole number of minutes, e.g. 90.';
  if (Number(text) > 1440) return 'The duration must be between 0 and 1440 minutes (24 hours).';
  return null;
};

const validateTimeZone = (value: string): string | null => {
  const text = value.trim();
  if (text === '' || isKnownTimeZone(text)) return null;
  return 'Unknown time zone. Use a name from the list, e.g. Asia/Tokyo or Europe/Berlin.';
};

const validateDate = (value: string): string | null => {
  if (value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'Enter the date as YYYY-MM-DD.';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? null : 'This date does not exist.';
};

const validateTime = (value: string): string | null =>
  value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : 'Enter the start time as HH:MM (24-hour).';

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The session's facts, each committed as a `facts.update` patch when its field loses focus. */
export function FactsForm({ facts, change }: { facts: Facts; change: (changes: Change[]) => void }) {
  const zones = useMemo(knownTimeZones, []);
  const machineZone = useMemo(machineTimeZone, []);
  const update = (patch: FactsPatch) => change([{ type: 'facts.update', patch }]);

  return (
    <section className="card setup-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Session facts</h2>
      <div className="form-grid">
        <TextField
          id="facts-title"
          className="span-2"
          label="Title"
          value={facts.title}
          onCommit={(v) => update({ title: v.trim() })}
        />
        <TextField
          id="facts-code"
          label="Code"
          value={facts.code ?? ''}
          placeholder="e.g. Open Forum #168"
          onCommit={(v) => update({ code: orNull(v) })}
        />
        <TextField
          id="facts-format"
          label="Format"
          value={facts.format ?? ''}
          list="format-options"
          placeholder="e.g. Roundtable"
          onCommit={(v) => update({ format: orNull(v) })}
        />
        <datalist id="format-options">
          {FORMATS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <TextField
          id="facts-duration"
          label="Planned duration (minutes)"
          value={facts.durationMinutes === null ? '' : String(facts.durationMinutes)}
          inputMode="numeric"
          validate={validateDuration}
          onCommit={(v) => update({ durationMinutes: v.trim() === '' ? null : Number(v.trim()) })}
        />
        <TextField
          id="facts-room"
          label="Room"
          value={facts.room ?? ''}
          onCommit={(v) => update({ room: orNull(v) })}
        />
        <TextField
          id="facts-date"
          label="Date"
          type="date"
          value={facts.date ?? ''}
          validate={validateDate}
          onCommit={(v) => update({ date: v === '' ? null : v })}
        />
        <TextField
          id="facts-start"
          label="Start time"
          type="time"
          value={facts.startTime ?? ''}
          validate={validateTime}
          onCommit={(v) => update({ startTime: v === '' ? null : v })}
        />
        <TextField
          id="facts-timezone"
          label="Time zone"
          value={facts.timeZone ?? ''}
          list="timezone-options"
          placeholder={machineZone}
          hint={
            facts.date && !facts.timeZone ? (
              // Asked, not assumed: a session held elsewhere would be read in this laptop's zone.
              <span className="field-ask" role="status">
                Where is the session held? Enter the venue&apos;s time zone; until then times are read in this
                computer&apos;s zone ({machineZone}).{' '}
                <button
                  type="button"
                  className="small secondary"
                  onClick={() => update({ timeZone: machineZone })}
                >
                  The venue is in {machineZone}
                </button>
              </span>
            ) : (
              'Local time of the venue.'
            )
          }
          validate={validateTimeZone}
          onCommit={(v) => update({ timeZone: orNull(v) })}
        />
        <datalist id="timezone-options">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <div className="field">
          <label htmlFor="facts-hybrid">Hybrid (onsite and online)</label>
          <select
            id="facts-hybrid"
            value={facts.hybrid === null ? '' : facts.hybrid ? 'yes' : 'no'}
            onChange={(e) => update({ hybrid: e.target.value === '' ? null : e.target.value === 'yes' })}
          >
            <option value="">Not known</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </div>
        <TextField
          id="facts-themes"
          className="span-2"
          label="Themes"
          multiline
          rows={2}
          hint="One theme per line."
          value={facts.themes.join('\n')}
          onCommit={(v) =>
            update({
              themes: v
                .split('\n')
                .map((t) => t.trim())
                .filter(Boolean),
            })
          }
        />
        <TextField
          id="facts-description"
          className="span-2"
          label="Description"
          multiline
          rows={4}
          value={facts.description}
          onCommit={(v) => update({ description: v })}
        />
        <TextField
          id="facts-outcomes"
          className="span-2"
          label="Expected outcomes"
          multiline
          rows={3}
          value={facts.expectedOutcomes}
          onCommit={(v) => update({ expectedOutcomes: v })}
        />
      </div>
    </section>
  );
}
