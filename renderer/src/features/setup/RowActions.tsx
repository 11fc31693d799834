import { useT } from '../../i18n';

/** Up/down buttons for reordering a list by keyboard or mouse; `name` says what moves, for screen readers. */
function MoveButtons({
  name,
  isFirst,
  isLast,
  onMove,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
}) {
  const { t } = useT('setup');
  return (
    <>
      <button
        type="button"
        className="icon small"
        aria-label={t('row.up', { name })}
        title={t('row.upTitle')}
        disabled={isFirst}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon small"
        aria-label={t('row.down', { name })}
        title={t('row.downTitle')}
        disabled={isLast}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}

/** Move up, move down and remove, for one row of an ordered list. */
export function RowActions({
  name,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useT('setup');
  return (
    <>
      <MoveButtons name={name} isFirst={isFirst} isLast={isLast} onMove={onMove} />
      <button
        type="button"
        className="link-button danger"
        aria-label={t('row.removeLabel', { name })}
        onClick={onRemove}
      >
        {t('row.remove')}
      </button>
    </>
  );
}
