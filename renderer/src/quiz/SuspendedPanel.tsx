// Cards the resident suspended ("never show this card again until you unsuspend it"): listed on the quiz's home
// with the lesson each belongs to, each with an Unsuspend button (and one for all). Nothing shows when none is.
import { useId, type ReactNode } from 'react';
import { lessons } from '../data/content';
import type { QuizCatalogue } from './cards';
import type { QuizSnapshot, QuizStore } from './store';

export function SuspendedPanel({ catalogue, snapshot, store }: { catalogue: QuizCatalogue; snapshot: QuizSnapshot; store: QuizStore }): ReactNode {
  const uid = useId();
  const suspended = [...snapshot.records.entries()].filter(([id, record]) => record.suspended && catalogue.byId.has(id)).map(([id]) => catalogue.byId.get(id)!);
  if (suspended.length === 0) return null;
  const lessonTitle = (slug: string) => lessons.find((l) => l.slug === slug)?.title ?? slug;
  const unsuspend = (ids: string[]) => {
    const at = Date.now();
    for (const id of ids) store.setSuspended(id, false, at);
  };
  return (
    <section className="quiz-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Suspended cards ({suspended.length})</h2>
      <p>These never come back in reviews or sessions until you unsuspend them.</p>
      <ul className="quiz-suspended">
        {suspended.map((card) => (
          <li key={card.id}>
            <span>
              {card.title} <span className="quiz-hint">— {lessonTitle(card.lesson)}</span>
            </span>{' '}
            <button type="button" className="button secondary small" onClick={() => unsuspend([card.id])} aria-label={`Unsuspend: ${card.title}`}>
              Unsuspend
            </button>
          </li>
        ))}
      </ul>
      {suspended.length > 1 && (
        <button type="button" className="button secondary" onClick={() => unsuspend(suspended.map((c) => c.id))}>
          Unsuspend all {suspended.length}
        </button>
      )}
    </section>
  );
}
