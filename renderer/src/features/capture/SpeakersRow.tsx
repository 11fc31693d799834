import { memo, type RefObject } from 'react';
import type { Person } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { captureKeyLabel } from '../../keymap';
import { SpeakerPicker } from './SpeakerPicker';
import { SpeakerStrip } from './SpeakerStrip';

/**
 * Who speaks: the picker, the numbered strip and the audience button. Memoised (with stable
 * callbacks from the screen), so an add, which empties the box, does not render it again.
 */
export const SpeakersRow = memo(function SpeakersRow({
  people,
  numbers,
  speakerId,
  floorId,
  inputRef,
  onPick,
  onCancelPick,
  onOpenAudience,
}: {
  people: Person[];
  numbers: ReadonlyMap<string, number>;
  speakerId: string | null;
  floorId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string | null) => void;
  onCancelPick: () => void;
  onOpenAudience: () => void;
}) {
  const { t } = useT('capture');
  return (
    <div className="capture-row speakers-row">
      <SpeakerPicker
        people={people}
        speakerId={speakerId}
        inputRef={inputRef}
        onPick={onPick}
        onCancel={onCancelPick}
      />
      <SpeakerStrip
        people={people}
        numbers={numbers}
        speakerId={speakerId}
        floorId={floorId}
        onPick={onPick}
      />
      <button type="button" className="secondary small-button" onClick={onOpenAudience}>
        {t('box.audience')} <kbd>{captureKeyLabel('audience')}</kbd>
      </button>
    </div>
  );
});
