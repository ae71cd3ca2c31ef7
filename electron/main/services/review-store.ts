// The desktop review log: reviews.json under userData, one use of the document store (atomic saves with a .bak,
// migration, recovery). Append-only: events are merged by id, never changed or dropped; a damaged log keeps every
// event that can still be read (of the file, of its backup, even of a truncated file), and a newer version's log is
// set aside rather than left to block saving.
import {
  REVIEW_LOG_MAX_BYTES,
  REVIEW_LOG_VERSION,
  mergeReviewEvents,
  migrateReviewLog,
  parseReviewLog,
  reviewsChange,
  salvageReviewEvents,
  type AppendResult,
  type ImportResult,
  type ReviewEvent,
  type ReviewLog,
  type ReviewsChange,
} from '../../common/reviews';
import { DocumentStore, type DocumentSpec } from './document-store';

export const REVIEWS_FILE_NAME = 'reviews.json';

const emptyLog = (): ReviewLog => ({ version: REVIEW_LOG_VERSION, events: [] });
const reviews = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;

export const reviewsDocument: DocumentSpec<ReviewLog> = {
  fileName: REVIEWS_FILE_NAME,
  label: 'review history',
  version: REVIEW_LOG_VERSION,
  maxBytes: REVIEW_LOG_MAX_BYTES,
  compact: true,
  newerFile: 'recover',
  defaults: emptyLog,
  parse: parseReviewLog,
  // Version 0 (no envelope) never existed for this file; a bare log or export copied here is salvaged whole.
  migrate: migrateReviewLog,
  salvage: (data, text) => {
    const { events, dropped } = salvageReviewEvents(data, text);
    const lost = dropped > 0 || data === undefined;
    const kept = events.length > 0 ? `the ${reviews(events.length)} it could still read${dropped > 0 ? ` (${reviews(dropped)} could not be read)` : ''}` : undefined;
    return { value: { version: REVIEW_LOG_VERSION, events }, lost, kept };
  },
  combine: (backup, salvaged) => ({ version: REVIEW_LOG_VERSION, events: mergeReviewEvents(backup.events, salvaged.events).events }),
  // No shrink: a review is never dropped to make room; an append that would pass the cap is refused with a message.
};

export class ReviewStore extends DocumentStore<ReviewLog> {
  private readonly changeListeners = new Set<(change: ReviewsChange) => void>();

  constructor(directory: string, now?: () => Date) {
    super(reviewsDocument, { directory, now });
  }

  /** Adds the events whose id is not in the log yet (ids already present are ignored) and saves; resolves once saved. */
  async append(events: readonly ReviewEvent[]): Promise<AppendResult> {
    const { count, conflicts } = await this.merge(events);
    if (conflicts.length > 0) console.warn(`[atlas] review events ignored: their id is in the log with other content (${conflicts.slice(0, 5).join(', ')}${conflicts.length > 5 ? ', …' : ''})`);
    return { count };
  }

  /** Merges an imported log: new events are added; an id already present keeps its event (a conflict when the content differs). */
  async import(events: readonly ReviewEvent[]): Promise<ImportResult> {
    const { count, added, duplicates, conflicts } = await this.merge(events);
    return { added: added.length, duplicates, conflicts: conflicts.length, count };
  }

  /** Calls `listener` after every change that added events (see ReviewsChange); returns the function that stops it. */
  onChange(listener: (change: ReviewsChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private async merge(events: readonly ReviewEvent[]) {
    let result: ReturnType<typeof mergeReviewEvents> | undefined;
    let told = false;
    // Told from the store's own notification, which comes once the change applies (also when saving then fails);
    // a notification of another change that is applied first (result not made yet) is not this one's.
    const stop = this.subscribe(() => {
      if (!result || told) return;
      told = true;
      const change = reviewsChange(result.events.length, result.added);
      if (change) for (const listener of [...this.changeListeners]) listener(change);
    });
    try {
      const log = await this.modify((current) => {
        result = mergeReviewEvents(current.events, events);
        return result.added.length === 0 ? current : { version: REVIEW_LOG_VERSION, events: result.events };
      });
      return { ...result!, count: log.events.length };
    } finally {
      stop();
    }
  }
}
