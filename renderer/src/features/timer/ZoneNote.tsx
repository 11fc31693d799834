import { timesZoneNote } from '../../../../shared/model/time';
import { WithName } from '../../common/WithName';
import { useT } from '../../i18n';

/**
 * "times in Asia/Riyadh" beside the session's times of day when this computer is in another zone, or
 * "this computer's time (Europe/Berlin)" when the session has none: a laptop carried from home must not
 * show the venue's hours as its own, nor its own as the venue's.
 */
export function ZoneNote({ timeZone, lead = '' }: { timeZone: string | null; lead?: string }) {
  const { t } = useT('timer');
  const note = timesZoneNote(timeZone);
  if (!note) return null;
  return (
    <span className="zone-note muted" data-testid="zone-note">
      {lead}
      <WithName
        text={t(note.shownIn === 'session' ? 'zone.session' : 'zone.machine', { zone: note.zone })}
        name={note.zone}
      />
    </span>
  );
}
