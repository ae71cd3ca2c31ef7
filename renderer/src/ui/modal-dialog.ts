// A native <dialog> shown modally while `open` (the browser traps focus in it and Escape closes it) and closed when
// not: the help overlay, the presentation's overview and its go-to dialog.
import { useEffect, useRef, type RefObject } from 'react';

export interface ModalDialogEvents {
  /** As it opens: where focus goes first. */
  onShown?(dialog: HTMLDialogElement): void;
  /** Whenever it is (or stays) closed: what is cleared for the next time. */
  onHidden?(): void;
}

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean, events: ModalDialogEvents = {}): void {
  // The latest handlers, without re-running the effect when a parent passes new functions.
  const latest = useRef(events);
  latest.current = events;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      latest.current.onShown?.(dialog);
    }
    if (!open) {
      if (dialog.open) dialog.close();
      latest.current.onHidden?.();
    }
  }, [ref, open]);
}
