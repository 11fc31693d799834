import type { Person } from '../../../../shared/model/session';
import { useT } from '../../i18n';

/**
 * The numbered speakers, Ctrl+1 … Ctrl+9. A person keeps their number for the whole session (new
 * people get the next free one), so the strip never renumbers under the rapporteur's fingers.
 */
export function SpeakerStrip({
  people,
  numbers,
  speakerId,
  floorId,
  onPick,
}: {
  people: readonly Person[];
  numbers: ReadonlyMap<string, number>;
  speakerId: string | null;
  floorId: string | null;
  onPick: (id: string) => void;
}) {
  const { t } = useT('capture');
  const numbered = people
    .map((p) => ({ p, n: numbers.get(p.id) }))
    .filter((x): x is { p: Person; n: number } => x.n !== undefined && x.n <= 9)
    .sort((a, b) => a.n - b.n);
  return (
    <ol className="speaker-strip" aria-label={t('speaker.numbered')}>
      {numbered.map(({ p, n }) => (
        <li key={p.id}>
          <button
            type="button"
            className="speaker-chip"
            aria-pressed={p.id === speakerId}
            title={`Ctrl+${n}`}
            onClick={() => onPick(p.id)}
          >
            <kbd>{n}</kbd> <bdi>{p.name}</bdi>
            {p.id === floorId && <span className="floor-mark"> {t('speaker.hasFloor')}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}
