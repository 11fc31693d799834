import { labelOrEmpty } from '../../../../shared/i18n/codeLabels';
import type { Translator } from '../../../../shared/i18n';
import type { Person } from '../../../../shared/model/session';
import type { TFor } from '../../i18n';

/** "12:05:09" in the machine's local time (the laptop sits in the room). */
export function localTime(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * Parses "HH:MM" or "HH:MM:SS" as a local time on the same local day as `dayOfMs`; null if unreadable.
 */
export function parseLocalTime(text: string, dayOfMs: number): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const d = new Date(dayOfMs);
  d.setHours(h, min, s, 0);
  return d.getTime();
}

/** Minutes as a readable duration: "0:45", "12:30" (m:ss, h:mm:ss past an hour). */
export function minutesClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "Ana Lima (Civil Society, audience)" in the screens' language. */
export function personLabel(person: Person | undefined | null, t: TFor<'timer'>, tr: Translator): string {
  if (!person) return t('unnamed');
  const details = [
    labelOrEmpty('stakeholder', person.stakeholder, tr),
    person.audience ? t('audience') : null,
  ].filter((d): d is string => Boolean(d));
  return details.length
    ? t('personWithDetails', { name: person.name, details: details.join(tr.t('common.listSeparator')) })
    : person.name;
}
