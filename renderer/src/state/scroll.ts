// Where the next screen should scroll to when it is a return (Back/Forward) rather than a new visit: the
// address-bar sync sets it from the history entry, the screen takes it once it has rendered.
let pending: number | undefined;

export function setRestoreScroll(y: number): void {
  pending = y;
}

/** The scroll position to restore (once), or undefined for a new visit. */
export function takeRestoreScroll(): number | undefined {
  const y = pending;
  pending = undefined;
  return y;
}
