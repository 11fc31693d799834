import { labelOrEmpty } from '../../../../shared/i18n/codeLabels';
import type { Translator } from '../../../../shared/i18n';
import type { Person } from '../../../../shared/model/session';
import type { TFor } from '../../i18n';

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
