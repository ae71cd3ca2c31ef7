// The quiz's data for React: the catalogue (bank, templates, cases) and the review-log store, loaded once per
// window and shared by the quiz page, the home page's "due today" line and the sidebar.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAtlas } from '../state/services';
import { loadCatalogue, type QuizCatalogue } from './cards';
import { platformReviewPort } from './port';
import { DEFAULT_RETENTION } from './schedule';
import { QuizStore, type QuizSnapshot } from './store';

let shared: { store: QuizStore; loading: Promise<void> } | null = null;

/** The window's one quiz store (created and loaded on first use). */
export function quizStore(platform: Parameters<typeof platformReviewPort>[0], retention: number): { store: QuizStore; loading: Promise<void> } {
  if (!shared) {
    const store = new QuizStore(platformReviewPort(platform), retention);
    shared = { store, loading: store.load() };
  }
  return shared;
}

export function useQuizSnapshot(store: QuizStore): QuizSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

export interface QuizData {
  catalogue: QuizCatalogue | null;
  store: QuizStore;
  snapshot: QuizSnapshot;
  error: string | null;
}

/** Loads the catalogue and the log; follows the desired-retention setting. */
export function useQuizData(): QuizData {
  const { platform, settings, addNotice } = useAtlas();
  const retention = settings.retention ?? DEFAULT_RETENTION;
  const { store, loading } = quizStore(platform, retention);
  const snapshot = useQuizSnapshot(store);
  const [catalogue, setCatalogue] = useState<QuizCatalogue | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([loadCatalogue(), loading])
      .then(([c]) => live && setCatalogue(c))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [loading]);
  useEffect(() => store.setRetention(retention), [store, retention]);
  const notice = snapshot.notice;
  useEffect(() => {
    if (notice) addNotice({ tone: 'warning', text: notice });
  }, [notice, addNotice]);
  return { catalogue, store, snapshot, error };
}
