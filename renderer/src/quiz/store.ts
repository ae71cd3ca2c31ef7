// The quiz's view of the review log: the events (loaded once from the host's store, appended as the resident
// answers, followed when another window or tab appends), the card records folded from them, and the due queue.
// The host keeps the log safe (desktop: the main process's validated store; web: IndexedDB with a journal); this
// store only ever appends, so a review is never rewritten or lost here.
import { capAnswerMs, newReviewId, type Review, type ReviewEvent } from '../../../electron/common/reviews';
import type { QuizCatalogue } from './cards';
import { Scheduler, buildDueQueue, encodeSnapshot, foldLog, suggestedRating, type CardRecord, type DueQueue, type FoldEvent, type RatingValue } from './schedule';
import type { QuizMode } from './session';

export type { ReviewEvent };

/** Where the log lives: the host's review API (AtlasApi), or a memory port in tests. */
export interface ReviewPort {
  load(): Promise<{ events: readonly ReviewEvent[]; notice?: string }>;
  append(events: readonly ReviewEvent[]): Promise<void>;
  /** Events another window or tab appended (or all, after an import). */
  subscribe(listener: (events: readonly ReviewEvent[]) => void): () => void;
}

export interface QuizSnapshot {
  loaded: boolean;
  events: readonly ReviewEvent[];
  records: ReadonlyMap<string, CardRecord>;
  /** A notice from loading (recovered from a backup, …). */
  notice: string | null;
  /** Set when an append failed: the reason (the review stays in memory and is retried with the next one). */
  error: string | null;
}

export interface AnswerInput {
  card: string;
  correct: boolean;
  chosen?: number;
  ms: number;
  mode: QuizMode;
  instance?: string;
  /** The rating (default: suggested by the answer). */
  rating?: RatingValue;
  at: number;
}

export class QuizStore {
  private state: QuizSnapshot = { loaded: false, events: [], records: new Map(), notice: null, error: null };
  private readonly listeners = new Set<() => void>();
  private readonly ids = new Set<string>();
  private pending: ReviewEvent[] = [];
  private scheduler: Scheduler;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly port: ReviewPort,
    retention: number,
  ) {
    this.scheduler = new Scheduler(retention);
  }

  get retention(): number {
    return this.scheduler.retention;
  }

  getScheduler(): Scheduler {
    return this.scheduler;
  }

  async load(): Promise<void> {
    this.stopFollowing ??= this.port.subscribe((events) => this.merge(events));
    const { events, notice } = await this.port.load();
    this.merge(events, notice ?? null, true);
  }

  dispose(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
  }

  /** A new desired retention: the schedule of future reviews changes (past due dates stay as they were). */
  setRetention(retention: number): void {
    if (retention === this.scheduler.retention) return;
    this.scheduler = new Scheduler(retention);
    this.set({ records: foldLog(this.state.events as FoldEvent[], this.scheduler) });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QuizSnapshot => this.state;

  dueQueue(catalogue: QuizCatalogue, now: number, newPerDay?: number): DueQueue {
    return buildDueQueue(
      catalogue.cards.map((c) => c.id),
      this.state.records,
      now,
      newPerDay,
    );
  }

  /** Records an answer with its rating; returns the review event written. */
  answer(input: AnswerInput): Review {
    const record = this.state.records.get(input.card);
    const rating = input.rating ?? suggestedRating(input.correct);
    const previous = record?.reviews.length ? record.reviews[record.reviews.length - 1]!.id : null;
    const event: Review = {
      type: 'review',
      id: newReviewId(input.at),
      at: input.at,
      card: input.card,
      rating,
      correct: input.correct,
      ...(input.chosen === undefined ? {} : { chosen: input.chosen }),
      ms: capAnswerMs(input.ms),
      mode: input.mode,
      ...(input.instance === undefined ? {} : { instance: input.instance }),
      fsrs: encodeSnapshot(this.scheduler.next(record?.snapshot ?? null, input.at, rating)),
      after: previous,
    };
    this.write([event]);
    return event;
  }

  /** Takes back a review (U). */
  undo(reviewId: string, at: number): void {
    this.write([{ type: 'undo', id: newReviewId(at), at, target: reviewId }]);
  }

  setFlag(card: string, flagged: boolean, at: number): void {
    this.write([{ type: flagged ? 'flag' : 'unflag', id: newReviewId(at), at, card }]);
  }

  setSuspended(card: string, suspended: boolean, at: number): void {
    this.write([{ type: suspended ? 'suspend' : 'unsuspend', id: newReviewId(at), at, card }]);
  }

  private write(events: ReviewEvent[]): void {
    this.merge(events);
    this.pending.push(...events);
    void this.flush();
  }

  private flushing: Promise<void> | null = null;

  /** Sends pending events to the host, one batch at a time; a failure keeps them pending and says so. */
  private async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      while (this.pending.length) {
        const batch = this.pending.slice();
        try {
          await this.port.append(batch);
          this.pending = this.pending.slice(batch.length);
          if (this.state.error) this.set({ error: null });
        } catch (error) {
          this.set({ error: error instanceof Error ? error.message : String(error) });
          break;
        }
      }
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Waits until every event has reached the host (or failed). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private merge(incoming: readonly ReviewEvent[], notice?: string | null, loaded = false): void {
    const fresh = incoming.filter((e) => !this.ids.has(e.id));
    for (const e of fresh) this.ids.add(e.id);
    if (!fresh.length && !loaded) return;
    const events = fresh.length ? [...this.state.events, ...fresh] : this.state.events;
    this.set({
      events,
      records: fresh.length || loaded ? foldLog(events as FoldEvent[], this.scheduler) : this.state.records,
      ...(loaded ? { loaded: true, notice: notice ?? null } : {}),
    });
  }

  private set(patch: Partial<QuizSnapshot>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
