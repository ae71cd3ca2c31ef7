// The home page's line about the self-quiz: "N due today" and a link to review them (loaded after the page).
import { useEffect, useState, type ReactNode } from 'react';
import { routeHref } from '../state/route';
import { useQuizData } from './context';

export default function DueCard(): ReactNode {
  const { catalogue, store, snapshot } = useQuizData();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!catalogue || !snapshot.loaded) return <p className="home-quiz">&nbsp;</p>;
  const queue = store.dueQueue(catalogue, now);
  return (
    <p className="home-quiz">
      <a href={routeHref({ name: 'quiz' })}>
        Self-quiz: <strong data-due-today={queue.dueToday}>{queue.dueToday} due today</strong>
        {queue.fresh.length ? `, ${queue.fresh.length} new` : ''} →
      </a>
    </p>
  );
}
