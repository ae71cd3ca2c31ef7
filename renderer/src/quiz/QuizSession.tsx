// A quiz session on screen: one card at a time, answered by mouse or keyboard (A–F or 1–6 pick, Enter submits,
// 1–4 rate, Enter takes the suggested rating, F flags, U undoes the last rating), with the explanation after each
// answer (review, tutor) or only at the end (exam, against the clock). Every answer is written to the review log
// as it is given, so closing the window mid-session loses nothing.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ManagementCase } from '../figures/management-case/ManagementCase';
import { caseKind, type CaseState, type CaseStateAction } from '../figures/management-case/state';
import { startProgress, summarize } from '../figures/management-case/tree';
import { isTextEntryTarget } from '../ui/keys';
import type { QuizCatalogue } from './cards';
import { present, rightIndex, LETTERS, type Presented } from './present';
import { QuestionView } from './QuestionView';
import { RatingBar } from './RatingBar';
import { freshSeed } from './templates/template';
import { nextLearningDue, nextReviewCard, type SessionAnswer, type SessionPlan } from './session';
import { suggestedRating, type RatingValue } from './schedule';
import type { QuizStore } from './store';
import { useQuizSnapshot } from './context';

export interface QuizSessionProps {
  plan: SessionPlan;
  catalogue: QuizCatalogue;
  store: QuizStore;
  /** The session ended (finished, time up, or left): its answers. */
  onEnd(answers: SessionAnswer[], reason: 'finished' | 'time' | 'left'): void;
}

interface Current {
  presented: Presented;
  shownAt: number;
  selected: number | null;
  submitted: boolean;
  /** Management case: the walk (controlled here, so it restarts with the card). */
  caseState: CaseState | null;
}

const MODE_NAMES = { review: 'Review', tutor: 'Tutor', exam: 'Exam', custom: 'Custom session' } as const;

function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

function caseStateFor(caseId: string, catalogue: QuizCatalogue): CaseState {
  const data = catalogue.cases.get(caseId)!;
  return { caseId, progress: startProgress(data), others: {} };
}

/** The card on screen as an answer needs it: which card, which draw, since when. */
const shownOf = (c: Current) => ({ card: c.presented.card.id, seed: c.presented.seed, shownAt: c.shownAt });

export function QuizSession({ plan, catalogue, store, onEnd }: QuizSessionProps): ReactNode {
  const snapshot = useQuizSnapshot(store);
  const [answers, setAnswers] = useState<SessionAnswer[]>([]);
  const [index, setIndex] = useState(0);
  const [current, setCurrent] = useState<Current | null>(null);
  const [done, setDone] = useState<null | { nextDue: number | null }>(null);
  const [now, setNow] = useState(() => Date.now());
  const startedAt = useRef(Date.now());
  const endsAt = plan.minutes ? startedAt.current + plan.minutes * 60_000 : null;
  const reveal = plan.explanations === 'each';
  // The session's own element: a new question moves focus to its heading (read out by screen readers).
  const sessionRef = useRef<HTMLElement>(null);
  // The answers as of the last change, read when the session ends in the same event that added the last answer
  // (before React re-renders with it).
  const answersRef = useRef(answers);
  const changeAnswers = useCallback((change: (list: SessionAnswer[]) => SessionAnswer[]) => {
    answersRef.current = change(answersRef.current);
    setAnswers(answersRef.current);
  }, []);

  const show = useCallback(
    (cardId: string, seed = freshSeed()) => {
      const card = catalogue.byId.get(cardId);
      if (!card) return false;
      const presented = present(card, seed, catalogue);
      setCurrent({ presented, shownAt: Date.now(), selected: null, submitted: false, caseState: presented.type === 'case' ? caseStateFor(presented.caseId, catalogue) : null });
      setDone(null);
      requestAnimationFrame(() => sessionRef.current?.querySelector<HTMLElement>('.quiz-question-heading')?.focus({ preventScroll: false }));
      return true;
    },
    [catalogue],
  );

  /** Moves on: the next card of the set, or of the due queue; the end when there is none. */
  const advance = useCallback(
    (nextIndex: number) => {
      if (plan.mode === 'review') {
        const queue = store.dueQueue(catalogue, Date.now());
        const next = nextReviewCard(queue, Date.now());
        if (next) show(next);
        else {
          setCurrent(null);
          setDone({ nextDue: nextLearningDue(queue, Date.now()) });
        }
        return;
      }
      if (nextIndex >= plan.cards.length) {
        onEnd(answersRef.current, 'finished');
        return;
      }
      setIndex(nextIndex);
      show(plan.cards[nextIndex]!);
    },
    [plan, store, catalogue, show, onEnd],
  );

  // the first card
  useEffect(() => {
    advance(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // the exam clock
  useEffect(() => {
    if (!endsAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  useEffect(() => {
    if (endsAt && now >= endsAt) onEnd(answersRef.current, 'time');
  }, [now, endsAt, onEnd]);

  /** Stores one answer to the card shown (without `rating`, the answer rates it, as in an exam). */
  const storeAnswer = useCallback(
    (shown: { card: string; seed: number; shownAt: number }, correct: boolean, chosen: number | null, rating?: RatingValue) => {
      const at = Date.now();
      return store.answer({ card: shown.card, correct, ...(chosen === null ? {} : { chosen }), ms: at - shown.shownAt, mode: plan.mode, instance: String(shown.seed), ...(rating === undefined ? {} : { rating }), at });
    },
    [store, plan.mode],
  );

  // An answer shown with its explanation but not rated yet is not lost when the resident leaves — through a link
  // in the explanation, End session or closing the window: it is saved with the rating the answer suggests.
  const unratedRef = useRef<{ card: string; seed: number; correct: boolean; chosen: number | null; shownAt: number } | null>(null);

  const record = useCallback(
    (correct: boolean, chosen: number | null, rating: RatingValue) => {
      if (!current) return;
      unratedRef.current = null;
      const event = storeAnswer(shownOf(current), correct, chosen, rating);
      changeAnswers((list) => [...list, { card: current.presented.card.id, seed: current.presented.seed, chosen, correct, ms: event.ms, rating, reviewId: event.id }]);
    },
    [current, storeAnswer, changeAnswers],
  );

  const outcome = useMemo((): { correct: boolean; chosen: number | null } | null => {
    if (!current) return null;
    if (current.presented.type === 'choice') {
      return current.submitted ? { correct: current.selected === rightIndex(current.presented), chosen: current.selected } : null;
    }
    const data = catalogue.cases.get(current.presented.caseId)!;
    const summary = summarize(data, current.caseState!.progress);
    return summary.outcome ? { correct: summary.matched === summary.answered, chosen: null } : null;
  }, [current, catalogue]);

  useEffect(() => {
    unratedRef.current = current && outcome && reveal ? { card: current.presented.card.id, seed: current.presented.seed, correct: outcome.correct, chosen: outcome.chosen, shownAt: current.shownAt } : null;
  }, [current, outcome, reveal]);
  const saveUnrated = useCallback(() => {
    const unrated = unratedRef.current;
    if (!unrated) return;
    unratedRef.current = null;
    storeAnswer(unrated, unrated.correct, unrated.chosen, suggestedRating(unrated.correct));
  }, [storeAnswer]);
  useEffect(() => {
    window.addEventListener('pagehide', saveUnrated);
    return () => {
      window.removeEventListener('pagehide', saveUnrated);
      saveUnrated();
    };
  }, [saveUnrated]);

  const submit = useCallback(() => {
    if (!current || current.presented.type !== 'choice' || current.submitted || current.selected === null) return;
    const correct = current.selected === rightIndex(current.presented);
    setCurrent({ ...current, submitted: true });
    if (!reveal) {
      // exam style: recorded at once, rated by the answer, no feedback until the end
      const event = storeAnswer(shownOf(current), correct, current.selected);
      changeAnswers((list) => [...list, { card: current.presented.card.id, seed: current.presented.seed, chosen: current.selected, correct, ms: event.ms, rating: event.rating, reviewId: event.id }]);
      advance(index + 1);
    }
  }, [current, reveal, storeAnswer, advance, index, changeAnswers]);

  const rate = useCallback(
    (rating: RatingValue) => {
      if (!current || !outcome) return;
      record(outcome.correct, outcome.chosen, rating);
      advance(index + 1);
    },
    [current, outcome, record, advance, index],
  );

  const undo = useCallback(() => {
    const last = answers[answers.length - 1];
    if (!last?.reviewId) return;
    store.undo(last.reviewId, Date.now());
    changeAnswers((list) => list.slice(0, -1));
    // back to that card's place in the session (a suspended card in between has no answer to step over)
    if (plan.mode !== 'review') setIndex(Math.max(0, plan.cards.indexOf(last.card)));
    show(last.card, last.seed);
  }, [answers, store, plan.mode, plan.cards, show, changeAnswers]);

  const flagged = current ? (snapshot.records.get(current.presented.card.id)?.flagged ?? false) : false;
  const toggleFlag = useCallback(() => {
    if (current) store.setFlag(current.presented.card.id, !flagged, Date.now());
  }, [current, flagged, store]);

  const suspend = useCallback(() => {
    if (!current) return;
    store.setSuspended(current.presented.card.id, true, Date.now());
    advance(index + 1);
  }, [current, store, advance, index]);

  // keyboard
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntryTarget(event.target)) return;
      if (!current) return;
      const key = event.key.toLowerCase();
      const choice = current.presented.type === 'choice' ? current.presented : null;
      const answering = choice !== null && !current.submitted;
      const rating = (reveal || choice === null) && outcome !== null;
      if (answering) {
        const letter = LETTERS.findIndex((l) => l.toLowerCase() === key);
        const digit = /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
        const pick = !event.shiftKey && letter >= 0 ? letter : digit;
        if (pick >= 0 && pick < choice.options.length && !(key === 'f' && choice.options.length < 6)) {
          event.preventDefault();
          setCurrent({ ...current, selected: pick });
          return;
        }
        if (key === 'enter' && current.selected !== null) {
          event.preventDefault();
          submit();
          return;
        }
      } else if (current.presented.type === 'case' && outcome === null) {
        // A case branch: the same keys drive the case's own controls (so its focus moves as with a click).
        const root = document.querySelector<HTMLElement>('.quiz-case');
        const radios = [...(root?.querySelectorAll<HTMLInputElement>('.mc-step input[type="radio"]') ?? [])];
        const letter = LETTERS.findIndex((l) => l.toLowerCase() === key);
        const digit = /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
        const pick = !event.shiftKey && letter >= 0 ? letter : digit;
        if (pick >= 0 && pick < radios.length && !(key === 'f' && radios.length < 6) && !radios[pick]!.disabled) {
          event.preventDefault();
          radios[pick]!.focus();
          radios[pick]!.click();
          return;
        }
        if (key === 'enter' && (event.target as HTMLElement | null)?.tagName !== 'BUTTON') {
          const button = root?.querySelector<HTMLButtonElement>('.mc-step button[type="submit"]:not(:disabled)') ?? root?.querySelector<HTMLButtonElement>('.mc-nav-next');
          if (button) {
            event.preventDefault();
            button.click();
            return;
          }
        }
      } else if (rating) {
        if (/^[1-4]$/.test(key)) {
          event.preventDefault();
          rate(Number(key) as RatingValue);
          return;
        }
        if (key === 'enter' && (event.target as HTMLElement | null)?.tagName !== 'BUTTON') {
          event.preventDefault();
          rate(suggestedRating(outcome.correct));
          return;
        }
      }
      if (key === 'f') {
        event.preventDefault();
        toggleFlag();
      } else if (key === 'u' && reveal) {
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, reveal, outcome, submit, rate, toggleFlag, undo]);

  const total = plan.mode === 'review' ? null : plan.cards.length;
  const position = plan.mode === 'review' ? `${answers.length + 1}` : `${Math.min(index + 1, plan.cards.length)} of ${total}`;
  const queue = plan.mode === 'review' ? store.dueQueue(catalogue, Date.now()) : null;

  return (
    <section ref={sessionRef} className="quiz-session" aria-label={`${MODE_NAMES[plan.mode]} session`} data-mode={plan.mode}>
      <div className="quiz-session-bar">
        <span className="quiz-session-mode">{MODE_NAMES[plan.mode]}</span>
        {queue && (
          <span className="quiz-session-counts" aria-label="Left today">
            <span title="Learning">{queue.learning.length} learning</span> · <span title="Reviews due">{queue.review.length} due</span> · <span title="New">{queue.fresh.length} new</span>
          </span>
        )}
        {endsAt && (
          <span className="quiz-clock" role="timer" aria-label="Time left">
            {formatClock(endsAt - now)} left
          </span>
        )}
        <span className="quiz-session-tools">
          {current && (
            <>
              <button type="button" className="button secondary small" aria-pressed={flagged} onClick={toggleFlag} title="Flag this card (F)">
                {flagged ? '⚑ Flagged' : '⚐ Flag'}
              </button>
              {reveal && (
                <button type="button" className="button secondary small" onClick={suspend} title="Suspend: never show this card again until you unsuspend it (on the quiz's home)">
                  Suspend
                </button>
              )}
            </>
          )}
          {reveal && (
            <button type="button" className="button secondary small" onClick={undo} disabled={!answers.some((a) => a.reviewId)} title="Undo the last answer (U)">
              ↶ Undo
            </button>
          )}
          <button type="button" className="button secondary small" onClick={() => onEnd(answers, 'left')}>
            End session
          </button>
        </span>
      </div>
      {done && (
        <div className="quiz-done" role="status">
          <h2>Done for now</h2>
          <p>
            {answers.length ? `You answered ${answers.length} card${answers.length === 1 ? '' : 's'} in this session. ` : 'Nothing is due. '}
            {done.nextDue ? `A card in learning comes back at ${new Date(done.nextDue).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` : 'Nothing else is due today.'}
          </p>
          <button type="button" className="button" onClick={() => onEnd(answers, 'finished')}>
            Back to the quiz
          </button>
        </div>
      )}
      {current?.presented.type === 'choice' && (
        <QuestionView
          key={`${current.presented.card.id}:${current.presented.seed}`}
          question={current.presented}
          selected={current.selected}
          submitted={current.submitted}
          reveal={reveal}
          heading={`Question ${position}`}
          onSelect={(i) => setCurrent({ ...current, selected: i })}
          onSubmit={submit}
        />
      )}
      {current?.presented.type === 'case' && (
        <div className="quiz-case" data-card={current.presented.card.id} data-kind="case">
          <h2 className="quiz-question-heading" tabIndex={-1}>
            Question {position}: management case
          </h2>
          <ManagementCase
            id="quiz-case"
            quiz
            title={catalogue.cases.get(current.presented.caseId)!.name}
            state={current.caseState!}
            dispatch={(action: CaseStateAction) => setCurrent((c) => (c && c.caseState ? { ...c, caseState: caseKind.reduce(c.caseState, action) } : c))}
          />
        </div>
      )}
      {current && outcome && reveal && <RatingBar key={`rating:${current.presented.card.id}:${current.presented.seed}`} correct={outcome.correct} preview={store.getScheduler().preview(snapshot.records.get(current.presented.card.id)?.snapshot ?? null, Date.now())} onRate={rate} />}
    </section>
  );
}
