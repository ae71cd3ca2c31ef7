// A quiz session as pure data: which cards it asks, what the resident answered, and what comes next.
//   review  — the due queue: learning cards when due, then reviews due today, then new cards; rated 1–4 after each
//   tutor   — a chosen set, the explanation right after each answer, rated 1–4
//   exam    — a chosen set against the clock, explanations only at the end (rated by the answer: right → Good,
//             wrong → Again), then a summary with a review of the wrong answers
//   custom  — a set built by lesson, tag, difficulty, flagged or previously wrong, in tutor or exam style
import type { QuizCard } from './cards';
import { LEARN_AHEAD_MS, type CardRecord, type DueQueue, type RatingValue } from './schedule';

export type QuizMode = 'review' | 'tutor' | 'exam' | 'custom';

export interface SessionPlan {
  mode: QuizMode;
  /** The set asked (tutor, exam, custom); the review mode draws from the due queue instead. */
  cards: readonly string[];
  /** Explanations after each answer, or only at the end (exam style). */
  explanations: 'each' | 'end';
  /** Exam style: minutes for the whole set (null: untimed). */
  minutes: number | null;
}

/** One answered question of the session. */
export interface SessionAnswer {
  card: string;
  seed: number;
  /** Option index chosen (null: a case, or time ran out before an answer). */
  chosen: number | null;
  correct: boolean;
  ms: number;
  /** The rating given (exam: derived from the answer). */
  rating: RatingValue | null;
  /** The review event written for it (what undo takes back). */
  reviewId: string | null;
}

/** Seconds per question in a timed exam (a board exam allows about 90 s). */
export const EXAM_SECONDS_PER_QUESTION = 90;

/**
 * The next card of a review session: a learning card that is due, else the most overdue review, else a new card,
 * else a learning card due within the learn-ahead window; null when nothing is left for today.
 */
export function nextReviewCard(queue: DueQueue, now: number, skip: ReadonlySet<string> = new Set()): string | null {
  const dueLearning = queue.learning.find((x) => x.due <= now && !skip.has(x.card));
  if (dueLearning) return dueLearning.card;
  const review = queue.review.find((x) => !skip.has(x.card));
  if (review) return review.card;
  const fresh = queue.fresh.find((c) => !skip.has(c));
  if (fresh) return fresh;
  const ahead = queue.learning.find((x) => x.due <= now + LEARN_AHEAD_MS && !skip.has(x.card));
  return ahead ? ahead.card : null;
}

/** When the next learning card of today comes back, if none can be shown now. */
export function nextLearningDue(queue: DueQueue, now: number): number | null {
  const later = queue.learning.filter((x) => x.due > now + LEARN_AHEAD_MS);
  return later.length ? Math.min(...later.map((x) => x.due)) : null;
}

export interface CardFilter {
  lessons: readonly string[];
  tags: readonly string[];
  difficulties: readonly (1 | 2 | 3)[];
  kinds: readonly QuizCard['kind'][];
  /** Only flagged cards. */
  flagged: boolean;
  /** Only cards whose last answer was wrong. */
  wrong: boolean;
  /** Only cards never answered. */
  unseen: boolean;
}

export const EMPTY_FILTER: CardFilter = { lessons: [], tags: [], difficulties: [], kinds: [], flagged: false, wrong: false, unseen: false };

/** Cards that pass the filter (an empty list of lessons, tags, difficulties or kinds means all). Suspended cards never. */
export function filterCards(cards: readonly QuizCard[], records: ReadonlyMap<string, CardRecord>, filter: CardFilter): QuizCard[] {
  return cards.filter((card) => {
    const record = records.get(card.id);
    if (record?.suspended) return false;
    if (filter.lessons.length && !filter.lessons.includes(card.lesson)) return false;
    if (filter.tags.length && !card.tags.some((t) => filter.tags.includes(t))) return false;
    if (filter.difficulties.length && !filter.difficulties.includes(card.difficulty)) return false;
    if (filter.kinds.length && !filter.kinds.includes(card.kind)) return false;
    if (filter.flagged && !record?.flagged) return false;
    const last = record?.reviews[record.reviews.length - 1];
    if (filter.wrong && !(last && !last.correct)) return false;
    if (filter.unseen && last) return false;
    return true;
  });
}

/** `count` cards from the list, unseen ones first, then the least recently answered; shuffled by `random`. */
export function chooseSet(cards: readonly QuizCard[], records: ReadonlyMap<string, CardRecord>, count: number, random: () => number): string[] {
  const lastAt = (card: QuizCard) => {
    const reviews = records.get(card.id)?.reviews;
    return reviews?.length ? reviews[reviews.length - 1]!.at : -Infinity;
  };
  const keyed = cards.map((card) => ({ id: card.id, at: lastAt(card), tie: random() }));
  keyed.sort((a, b) => a.at - b.at || a.tie - b.tie);
  const chosen = keyed.slice(0, count);
  for (let i = chosen.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
  }
  return chosen.map((c) => c.id);
}

/** Median of sorted numbers (null for none). */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (!n) return null;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

export interface ExamSummary {
  answered: number;
  correct: number;
  total: number;
  /** Answers that were wrong or not given, in the order asked. */
  wrong: SessionAnswer[];
  /** Seconds per answered question (median). */
  medianSeconds: number | null;
  /** Score by lesson: [lesson, right, asked]. */
  byLesson: [string, number, number][];
}

export function summarizeExam(plan: SessionPlan, answers: readonly SessionAnswer[], cards: ReadonlyMap<string, QuizCard>): ExamSummary {
  const times = answers.filter((a) => a.chosen !== null).map((a) => a.ms / 1000).sort((a, b) => a - b);
  const lessons = new Map<string, [number, number]>();
  for (const card of plan.cards) {
    const lesson = cards.get(card)?.lesson ?? '?';
    const answer = answers.find((a) => a.card === card);
    const entry = lessons.get(lesson) ?? [0, 0];
    lessons.set(lesson, [entry[0] + (answer?.correct ? 1 : 0), entry[1] + 1]);
  }
  const unanswered: SessionAnswer[] = plan.cards
    .filter((card) => !answers.some((a) => a.card === card))
    .map((card) => ({ card, seed: 0, chosen: null, correct: false, ms: 0, rating: null, reviewId: null }));
  return {
    answered: answers.filter((a) => a.chosen !== null || a.correct).length,
    correct: answers.filter((a) => a.correct).length,
    total: plan.cards.length,
    wrong: [...answers.filter((a) => !a.correct), ...unanswered],
    medianSeconds: median(times),
    byLesson: [...lessons.entries()].map(([lesson, [right, asked]]) => [lesson, right, asked]),
  };
}
