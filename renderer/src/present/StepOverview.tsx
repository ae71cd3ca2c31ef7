// The overview (O): every step of the lesson as a card in a grid — its number, title, figures and whether it is
// scripted — in a modal dialog; arrow keys move between cards, Enter opens one, Esc or O closes.
import { useRef, type KeyboardEvent } from 'react';
import { useModalDialog } from '../ui/modal-dialog';
import type { LessonMeta } from '../data/content';
import { figureLabel } from './labels';

export interface StepOverviewProps {
  open: boolean;
  meta: LessonMeta;
  current: number;
  onClose(): void;
  onChoose(step: number): void;
}

export function StepOverview({ open, meta, current, onClose, onChoose }: StepOverviewProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open, { onShown: (dialog) => dialog.querySelector<HTMLButtonElement>(`[data-step="${current}"]`)?.focus() });

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'o' || event.key === 'O') {
      event.preventDefault();
      onClose();
      return;
    }
    const cards = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('.overview-card') ?? []);
    const index = cards.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    // Cards per row, from the grid's layout.
    const top = cards[0]!.offsetTop;
    const perRow = Math.max(1, cards.filter((c) => c.offsetTop === top).length);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow, Home: -index, End: cards.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    cards[Math.min(cards.length - 1, Math.max(0, index + move))]?.focus();
  };

  return (
    <dialog ref={ref} className="present-overview" aria-labelledby="overview-title" onClose={onClose} onKeyDown={onKeyDown}>
      <h2 id="overview-title">
        All {meta.steps.length} steps of “{meta.title}”
      </h2>
      <p className="overview-hint">Arrow keys move, Enter opens a step, Esc closes.</p>
      <ol className="overview-grid">
        {meta.steps.map((step, i) => (
          <li key={i}>
            <button
              type="button"
              className="overview-card"
              data-step={i + 1}
              aria-current={i + 1 === current ? 'step' : undefined}
              onClick={() => onChoose(i + 1)}
            >
              <span className="overview-number">{i + 1}</span>
              <span className="overview-title">{step.title}</span>
              {step.figures.length > 0 && <span className="overview-meta">Figure: {step.figures.map((id) => figureLabel(meta, id)).join(', ')}</span>}
              {step.script && <span className="overview-meta overview-scripted">Scripted scenario</span>}
              {step.notes && <span className="overview-meta">Has speaker notes</span>}
            </button>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit" className="button secondary">
          Close
        </button>
      </form>
    </dialog>
  );
}
