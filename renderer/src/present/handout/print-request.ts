// Ctrl+P on a lesson prints its handout, not the screen: the shell asks for a print here before it opens the
// handout, and the handout prints once its figures are drawn. Kept apart from the handout view (its own chunk).
let pending = false;

/** The next handout to be drawn opens the print dialog when ready. */
export function requestHandoutPrint(): void {
  pending = true;
}

/** Whether a print was asked for (and forgets the request). */
export function takeHandoutPrintRequest(): boolean {
  const asked = pending;
  pending = false;
  return asked;
}
