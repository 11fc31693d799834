/** Up/down buttons for reordering a list by keyboard or mouse; `name` says what moves, for screen readers. */
export function MoveButtons({
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
  return (
    <>
      <button
        type="button"
        className="icon small"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={isFirst}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon small"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={isLast}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
