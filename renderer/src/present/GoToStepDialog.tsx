// Go to a step (G): a small modal dialog — type the step's number, Enter goes there; a number outside the lesson
// is refused with a message beside the field.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useModalDialog } from '../ui/modal-dialog';
import '../ui/figure-frame.css';

export interface GoToStepDialogProps {
  open: boolean;
  count: number;
  onClose(): void;
  onGo(step: number): void;
}

export function GoToStepDialog({ open, count, onClose, onGo }: GoToStepDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useModalDialog(ref, open, {
    onShown: () => inputRef.current?.focus(),
    // Emptied as it closes, not as it opens: a number typed at once after G is never wiped by a late reset.
    onHidden: () => {
      setValue('');
      setError(null);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < 1 || n > count) {
      setError(`Type a step number from 1 to ${count}.`);
      return;
    }
    onGo(n);
  };

  return (
    <dialog ref={ref} className="present-goto" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Go to step</h2>
        <label htmlFor={`${id}-input`}>Step number (1–{count})</label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="ff-field"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="goto-error" role="alert">
            {error}
          </p>
        )}
        <div className="goto-actions">
          <button type="submit" className="button">
            Go
          </button>
          <button type="button" className="button secondary" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
