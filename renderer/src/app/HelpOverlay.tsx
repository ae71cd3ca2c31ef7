// The keyboard-shortcut help (`?`): a modal dialog built on the native <dialog> element, so focus is
// trapped and Escape closes it.
import { useRef } from 'react';
import { useModalDialog } from '../ui/modal-dialog';
import { ColumnHeads } from '../ui/ColumnHeads';
import { PRESENT_SHORTCUTS, QUIZ_SHORTCUTS, SHORTCUTS, type Shortcut } from './shortcuts';

export function HelpOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return (
    <dialog
      ref={ref}
      className="help-overlay"
      aria-labelledby="help-title"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="help-content">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <ShortcutTable shortcuts={SHORTCUTS} caption="Everywhere" />
      <ShortcutTable shortcuts={QUIZ_SHORTCUTS} caption="In a self-quiz session" />
      <ShortcutTable shortcuts={PRESENT_SHORTCUTS} caption="While presenting" />
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          Close
        </button>
      </form>
      </div>
    </dialog>
  );
}

function ShortcutTable({ shortcuts, caption }: { shortcuts: readonly Shortcut[]; caption: string }) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <ColumnHeads names={['Keys', 'Action']} />
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.description}>
            <td>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && (s.alternatives ? ' / ' : ' + ')}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{s.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
