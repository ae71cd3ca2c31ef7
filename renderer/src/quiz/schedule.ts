// Spaced repetition with ts-fsrs. A card's state is a fold of the append-only review log: each review, in time
// order, moves the card on through ts-fsrs (FSRS-6, short-term learning and relearning steps on); an undo takes
// back the review it names; suspend/flag are the last word of their kind.
//
// Replaying 10 000 reviews through ts-fsrs takes ~100 ms, so each review also stores the card's FSRS state after it
// (`fsrs`) and the review it was computed from (`after`). The fold trusts a stored state only when `after` is the
// card's previous review in the merged log — true for every review made here, in order. Reviews imported from
// another machine, or made after an undo elsewhere, do not match and are recomputed through ts-fsrs. The due queue
// is then a single pass over the log.
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

export type RatingValue = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<RatingValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The learning state of a card, as stored with a review (plain numbers: times in epoch ms). */
export interface CardSnapshot {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
}

/** The subset of a review event the scheduler reads (electron/common/reviews.ts holds the full schema). */
export interface ScheduledReview {
  id: string;
  at: number;
  card: string;
  rating: RatingValue;
  correct: boolean;
  /** Time to answer. */
  ms?: number;
  /** The card's state after this review, encoded (encodeSnapshot). */
  fsrs?: string;
  after?: string | null;
}

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.8;
export const MAX_RETENTION = 0.97;

/** Learning steps of a new card and relearning steps after a lapse (the same day, before the card graduates). */
export const LEARNING_STEPS = ['1m', '10m'] as const;
export const RELEARNING_STEPS = ['10m'] as const;

export function snapshotOf(card: Card): CardSnapshot {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardSnapshot['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

const SNAPSHOT_FIELDS = ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'] as const;

/** A snapshot as stored with a review: its nine numbers joined by "|" (lastReview empty when null). */
export function encodeSnapshot(snapshot: CardSnapshot): string {
  return SNAPSHOT_FIELDS.map((field) => (snapshot[field] === null ? '' : String(snapshot[field]))).join('|');
}

/** The snapshot a review stored, or null when the text is not one (then the review is replayed instead). */
export function decodeSnapshot(text: string): CardSnapshot | null {
  const parts = text.split('|');
  if (parts.length !== SNAPSHOT_FIELDS.length) return null;
  const values = parts.map((p, k) => (k === 8 && p === '' ? null : Number(p)));
  if (values.some((v, k) => (k === 8 ? v !== null && !Number.isFinite(v) : !Number.isFinite(v)))) return null;
  const state = values[7]!;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return null;
  return {
    due: values[0]!,
    stability: values[1]!,
    difficulty: values[2]!,
    scheduledDays: values[3]!,
    learningSteps: values[4]!,
    reps: values[5]!,
    lapses: values[6]!,
    state,
    lastReview: values[8] ?? null,
  };
}

export function cardOf(snapshot: CardSnapshot | null, now: number): Card {
  if (!snapshot) return createEmptyCard(new Date(now));
  return {
    due: new Date(snapshot.due),
    stability: snapshot.stability,
    difficulty: snapshot.difficulty,
    elapsed_days: 0,
    scheduled_days: snapshot.scheduledDays,
    learning_steps: snapshot.learningSteps,
    reps: snapshot.reps,
    lapses: snapshot.lapses,
    state: snapshot.state as State,
    ...(snapshot.lastReview === null ? {} : { last_review: new Date(snapshot.lastReview) }),
  };
}

/** ts-fsrs at a desired retention; fuzz on (ts-fsrs seeds it from the card, so the same history gives the same dates). */
export class Scheduler {
  readonly retention: number;
  private readonly engine: FSRS;

  constructor(retention = DEFAULT_RETENTION) {
    if (!(retention >= MIN_RETENTION && retention <= MAX_RETENTION)) throw new RangeError(`desired retention must be between ${MIN_RETENTION} and ${MAX_RETENTION} (got ${retention})`);
    this.retention = retention;
    this.engine = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true, enable_short_term: true, learning_steps: [...LEARNING_STEPS], relearning_steps: [...RELEARNING_STEPS] }));
  }

  /** The card's state after a review with this rating at time `at`. */
  next(snapshot: CardSnapshot | null, at: number, rating: RatingValue): CardSnapshot {
    return snapshotOf(this.engine.next(cardOf(snapshot, at), new Date(at), rating as Grade).card);
  }

  /** When the card would next be due for each rating (shown on the rating buttons). */
  preview(snapshot: CardSnapshot | null, at: number): Record<RatingValue, number> {
    const card = cardOf(snapshot, at);
    const out = {} as Record<RatingValue, number>;
    for (const rating of [1, 2, 3, 4] as const) out[rating] = this.engine.next(card, new Date(at), rating as Grade).card.due.getTime();
    return out;
  }

  /** Probability of recall now (0–1; 0 for a card never reviewed). */
  retrievability(snapshot: CardSnapshot | null, now: number): number {
    if (!snapshot || snapshot.state === 0) return 0;
    return this.engine.get_retrievability(cardOf(snapshot, now), new Date(now), false);
  }
}

/** The rating a reader's answer suggests: wrong → Again, right → Good (Enter accepts it). */
export function suggestedRating(correct: boolean): RatingValue {
  return correct ? 3 : 1;
}

/** What the log says about one card. */
export interface CardRecord {
  card: string;
  /** FSRS state after the last review still in force (null: never reviewed). */
  snapshot: CardSnapshot | null;
  /** Reviews still in force (undone ones left out), oldest first. */
  reviews: ScheduledReview[];
  suspended: boolean;
  flagged: boolean;
}

/** The events of the log the fold reads (a review, an undo, or a suspend/flag toggle). */
export type FoldEvent =
  | ({ type: 'review' } & ScheduledReview)
  | { type: 'undo'; id: string; at: number; target: string }
  | { type: 'suspend' | 'unsuspend' | 'flag' | 'unflag'; id: string; at: number; card: string };

const byTime = (a: { at: number; id: string }, b: { at: number; id: string }) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Folds the log into each card's record. Events may come in any order; they are applied by (time, id). */
export function foldLog(events: readonly FoldEvent[], scheduler: Scheduler): Map<string, CardRecord> {
  const undone = new Set<string>();
  for (const e of events) if (e.type === 'undo') undone.add(e.target);
  const sorted = isSorted(events) ? events : [...events].sort(byTime);
  const records = new Map<string, CardRecord>();
  const recordOf = (card: string) => {
    let record = records.get(card);
    if (!record) {
      record = { card, snapshot: null, reviews: [], suspended: false, flagged: false };
      records.set(card, record);
    }
    return record;
  };
  for (const e of sorted) {
    if (e.type === 'undo') continue;
    const record = recordOf(e.card);
    switch (e.type) {
      case 'review': {
        if (undone.has(e.id)) break;
        const previous = record.reviews.length ? record.reviews[record.reviews.length - 1]!.id : null;
        const stored = e.fsrs !== undefined && e.after === previous ? decodeSnapshot(e.fsrs) : null;
        record.snapshot = stored ?? scheduler.next(record.snapshot, e.at, e.rating);
        record.reviews.push(e);
        break;
      }
      case 'suspend':
      case 'unsuspend':
        record.suspended = e.type === 'suspend';
        break;
      case 'flag':
      case 'unflag':
        record.flagged = e.type === 'flag';
        break;
    }
  }
  return records;
}

function isSorted(events: readonly { at: number; id: string }[]): boolean {
  for (let i = 1; i < events.length; i += 1) if (byTime(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

/** The study day starts at 04:00 local time (as in Anki), so a late-night session still counts as that day. */
export const DAY_START_HOUR = 4;

/** Start of the study day that contains `now` (epoch ms, local time). */
export function studyDayStart(now: number, hour = DAY_START_HOUR): number {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}

/** Start of the next study day. */
export function studyDayEnd(now: number, hour = DAY_START_HOUR): number {
  const start = new Date(studyDayStart(now, hour));
  start.setDate(start.getDate() + 1);
  return start.getTime();
}

/** Cards due in learning may be shown this much before they are due when nothing else is left (as in Anki). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;
export const DEFAULT_NEW_PER_DAY = 20;

export interface DueCard {
  card: string;
  due: number;
}

export interface DueQueue {
  /** Learning and relearning cards due before the study day ends, soonest first (a session shows them when due). */
  learning: DueCard[];
  /** Review cards due by the end of the study day, most overdue first. */
  review: DueCard[];
  /** New cards offered today (the daily limit less those already started today), in bank order. */
  fresh: string[];
  /** Cards due today that are not new: what "N due today" counts. */
  dueToday: number;
}

/**
 * The due queue: every card of the bank (in bank order) against its record. Suspended cards are left out.
 * New cards are limited per study day; a card counts as started on the day of its first review in force.
 */
export function buildDueQueue(cards: readonly string[], records: ReadonlyMap<string, CardRecord>, now: number, newPerDay = DEFAULT_NEW_PER_DAY): DueQueue {
  const dayStart = studyDayStart(now);
  const dayEnd = studyDayEnd(now);
  const learning: DueCard[] = [];
  const review: DueCard[] = [];
  const fresh: string[] = [];
  let startedToday = 0;
  let dueToday = 0;
  for (const card of cards) {
    const record = records.get(card);
    if (record?.suspended) continue;
    const snapshot = record?.snapshot ?? null;
    if (!snapshot || snapshot.state === 0) {
      fresh.push(card);
      continue;
    }
    if (record!.reviews[0]!.at >= dayStart) startedToday += 1;
    if (snapshot.due >= dayEnd) continue;
    dueToday += 1;
    (snapshot.state === 2 ? review : learning).push({ card, due: snapshot.due });
  }
  learning.sort((a, b) => a.due - b.due);
  review.sort((a, b) => a.due - b.due);
  return { learning, review, fresh: fresh.slice(0, Math.max(0, newPerDay - startedToday)), dueToday };
}
