// The self-quiz screen (#/quiz, #/quiz/stats): loads the bank and the review log, then shows the quiz's home, a
// session, an exam's summary, or the statistics. Its own chunk, loaded when the quiz is opened.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAtlas } from '../state/services';
import { useQuizData } from './context';
import { QuizHome } from './QuizHome';
import { QuizSession } from './QuizSession';
import { ExamSummaryView } from './ExamSummaryView';
import { StatsView } from './StatsView';
import type { SessionAnswer, SessionPlan } from './session';
import { DEFAULT_RETENTION } from './schedule';
import './quiz.css';

type Screen = { name: 'home' } | { name: 'session'; plan: SessionPlan; key: number } | { name: 'summary'; plan: SessionPlan; answers: SessionAnswer[]; reason: 'finished' | 'time' | 'left' };

export default function QuizPage({ view }: { view?: 'stats' }): ReactNode {
  const { catalogue, store, snapshot, error } = useQuizData();
  const { settings, updateSettings } = useAtlas();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [now, setNow] = useState(() => Date.now());
  const retention = settings.retention ?? DEFAULT_RETENTION;

  // the due counts follow the clock (a learning card comes due; a new study day starts at 04:00)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (view === 'stats') setScreen({ name: 'home' });
  }, [view]);

  const queue = useMemo(() => (catalogue ? store.dueQueue(catalogue, now) : null), [catalogue, store, now, snapshot.records]); // eslint-disable-line react-hooks/exhaustive-deps
  const onEnd = useCallback((plan: SessionPlan) => (answers: SessionAnswer[], reason: 'finished' | 'time' | 'left') => {
    setNow(Date.now());
    if (plan.explanations === 'end' && (answers.length > 0 || reason === 'time')) setScreen({ name: 'summary', plan, answers, reason });
    else setScreen({ name: 'home' });
  }, []);

  if (error) {
    return (
      <div className="quiz-page">
        <h1>Self-quiz</h1>
        <p role="alert">The question bank could not be loaded: {error}</p>
      </div>
    );
  }
  if (!catalogue || !snapshot.loaded || !queue) {
    return (
      <p className="loading" role="status">
        Loading the question bank and your review history…
      </p>
    );
  }
  // What the home and statistics screens read: the questions, the review log, and the store that writes it.
  const bank = { catalogue, snapshot, store };
  if (view === 'stats') {
    return (
      <div className="quiz-page">
        <StatsView {...bank} now={now} />
      </div>
    );
  }
  return (
    <div className="quiz-page">
      {screen.name === 'home' && (
        <QuizHome
          {...bank}
          queue={queue}
          retention={retention}
          onRetention={(value) => void updateSettings({ retention: value })}
          onStart={(plan) => setScreen({ name: 'session', plan, key: Date.now() })}
        />
      )}
      {screen.name === 'session' && <QuizSession key={screen.key} plan={screen.plan} catalogue={catalogue} store={store} onEnd={onEnd(screen.plan)} />}
      {screen.name === 'summary' && <ExamSummaryView plan={screen.plan} answers={screen.answers} reason={screen.reason} catalogue={catalogue} onDone={() => setScreen({ name: 'home' })} onRetry={(cards) => setScreen({ name: 'session', plan: { mode: 'tutor', cards, explanations: 'each', minutes: null }, key: Date.now() })} />}
    </div>
  );
}
