// @vitest-environment happy-dom
// The shared modal <dialog> hook: shown modally while open (the handler for first focus runs once, as it opens),
// closed when not (the reset handler runs then), and new handler functions from a parent do not reopen it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { useModalDialog, type ModalDialogEvents } from '../../../renderer/src/ui/modal-dialog';

function Dialog({ open, events }: { open: boolean; events: ModalDialogEvents }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open, events);
  return (
    <dialog ref={ref}>
      <button type="button">inside</button>
    </dialog>
  );
}

afterEach(cleanup);

describe('useModalDialog', () => {
  it('opens modally once, runs onShown as it opens and onHidden as it closes', () => {
    const onShown = vi.fn();
    const onHidden = vi.fn();
    const { container, rerender } = render(<Dialog open={false} events={{ onShown, onHidden }} />);
    const dialog = container.querySelector('dialog')!;
    const showModal = vi.spyOn(dialog, 'showModal');
    expect(dialog.open).toBe(false);
    expect(onHidden).toHaveBeenCalledTimes(1);

    rerender(<Dialog open events={{ onShown, onHidden }} />);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(true);
    expect(onShown).toHaveBeenCalledWith(dialog);

    // New handler functions on a re-render do not show it again.
    const onShownAgain = vi.fn();
    rerender(<Dialog open events={{ onShown: onShownAgain, onHidden }} />);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(onShownAgain).not.toHaveBeenCalled();

    rerender(<Dialog open={false} events={{ onShown, onHidden }} />);
    expect(dialog.open).toBe(false);
    expect(onHidden).toHaveBeenCalledTimes(2);
  });
});
