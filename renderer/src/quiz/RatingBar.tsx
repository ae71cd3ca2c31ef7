// After an answer: how well did you know it? Again / Hard / Good / Easy (keys 1–4), each with when the card
// comes back, the one the answer suggests marked (Enter takes it).
import { useRef, type ReactNode } from 'react';
import { RATING_LABELS, suggestedRating, type RatingValue } from './schedule';

export interface RatingBarProps {
  correct: boolean;
  /** When the card is next due for each rating (epoch ms). */
  preview: Record<RatingValue, number>;
  onRate(rating: RatingValue): void;
}

/** "1 min", "10 min", "3 h", "4 days", "2.1 months". */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30.5) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`;
  const months = days / 30.44;
  if (months < 12) return `${Number(months.toFixed(1))} months`;
  return `${Number((days / 365.25).toFixed(1))} years`;
}

const HINTS: Record<RatingValue, string> = {
  1: 'wrong, or a guess',
  2: 'right, with effort',
  3: 'right',
  4: 'right, instantly',
};

export function RatingBar({ correct, preview, onRate }: RatingBarProps): ReactNode {
  const suggested = suggestedRating(correct);
  const now = useRef(Date.now()).current;
  return (
    <div className="quiz-rating" role="group" aria-label="How well did you know it?">
      <p className="quiz-rating-prompt">
        How well did you know it? <span className="quiz-hint">Keys 1–4; Enter takes {RATING_LABELS[suggested]}.</span>
      </p>
      <div className="quiz-rating-buttons">
        {([1, 2, 3, 4] as const).map((rating) => (
          <button
            key={rating}
            type="button"
            className={`button quiz-rate quiz-rate-${rating}${rating === suggested ? ' is-suggested' : ''}`}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={String(rating)}
            aria-describedby={undefined}
          >
            <span className="quiz-rate-label">
              <kbd>{rating}</kbd> {RATING_LABELS[rating]}
            </span>
            <span className="quiz-rate-when">{formatInterval(preview[rating] - now)}</span>
            <span className="visually-hidden">: {HINTS[rating]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
