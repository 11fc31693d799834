/** A window that is hidden gets no frames: the work runs after this long all the same. */
const HIDDEN_MS = 100;

/**
 * Runs `work` once the next frame is painted (in the task after it), so work the user does not see
 * (a save's call to the main process) does not hold back the frame that shows what they just did.
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, HIDDEN_MS);
}
