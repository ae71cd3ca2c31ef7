// The web edition's review log: IndexedDB, one record per event keyed by its id (database `<atlas>:reviews`, store
// `events`), so an append adds records and never rewrites a list — two tabs appending at once both land. Each append
// is journalled first (replayed on the next load when the tab closed mid-write), and every tab hears of added events
// (onReviewsChanged) over a BroadcastChannel. The same contract as the desktop's reviews.json (electron/common/api.ts).
import { createStore, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Loaded } from '../../../electron/common/api';
import {
  REVIEW_LOG_VERSION,
  compareEvents,
  mergeReviewEvents,
  parseReviewEvent,
  reviewEventsSchema,
  reviewsChange,
  reviewsChangeSchema,
  sameEvent,
  type AppendResult,
  type ImportResult,
  type ReviewEvent,
  type ReviewLog,
  type ReviewsChange,
} from '../../../electron/common/reviews';
import { tabBroadcast } from './broadcast';
import { createJournal } from './journal';

/** A journal entry: the events of one append or import, before they are in IndexedDB. */
interface ReviewsEntry {
  events: ReviewEvent[];
}
const isReviewsEntry = (entry: unknown): entry is ReviewsEntry =>
  typeof entry === 'object' && entry !== null && reviewEventsSchema.safeParse((entry as { events?: unknown }).events).success;

const entryCount = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** Key in the atlas's key-value store of the format the event records are in (a newer format's records are left alone). */
const FORMAT_KEY = 'reviews.format';

interface Added {
  added: ReviewEvent[];
  duplicates: number;
  conflicts: string[];
  /** Records in the store after this transaction. */
  count: number;
}

/**
 * Adds each event whose id is not stored yet, in one readwrite transaction — IndexedDB runs those of all tabs one at
 * a time, so checking and adding cannot interleave with another tab's — and counts the store at its end. An id
 * already stored keeps its record: a duplicate when the content is the same, a conflict otherwise.
 */
function addEvents(records: UseStore, incoming: readonly ReviewEvent[]): Promise<Added> {
  const unique = mergeReviewEvents([], incoming); // an id repeated within the call: the first is kept
  return records('readwrite', (store) => {
    const result: Added = { added: [], duplicates: unique.duplicates, conflicts: [...unique.conflicts], count: 0 };
    // Requests run in the order they are made: the count is made after the last check, so after every add.
    const countAll = () => {
      const request = store.count();
      request.onsuccess = () => (result.count = request.result);
    };
    unique.events.forEach((event, index) => {
      const request = store.get(event.id);
      request.onsuccess = () => {
        const stored: unknown = request.result;
        const present = stored === undefined ? undefined : parseReviewEvent(stored);
        if (stored === undefined) {
          store.add(event, event.id);
          result.added.push(event);
        } else if (present && sameEvent(present, event)) result.duplicates += 1;
        else result.conflicts.push(event.id);
        if (index === unique.events.length - 1) countAll();
      };
    });
    if (unique.events.length === 0) countAll();
    return promisifyRequest(store.transaction).then(() => result);
  });
}

export interface WebReviews {
  getReviews(): Promise<Loaded<ReviewLog>>;
  appendReviews(events: ReviewEvent[]): Promise<AppendResult>;
  importReviews(events: ReviewEvent[]): Promise<ImportResult>;
  onReviewsChanged(listener: (change: ReviewsChange) => void): () => void;
  /** Writes what the journal still holds (a closing tab; the start of getReviews). */
  replay(): Promise<void>;
}

/** `kv` is the atlas's key-value store (the format marker and unreadable records set aside live there). */
export function createWebReviews(dbName: string, kv: UseStore, journalStorage?: Storage | null): WebReviews {
  const records = createStore(`${dbName}:reviews`, 'events');
  const journal = createJournal(`atlas:journal:${dbName}:reviews`, isReviewsEntry, journalStorage);
  const changes = tabBroadcast<ReviewsChange>(dbName, 'reviews', (data) => {
    const parsed = reviewsChangeSchema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  });
  const announce = ({ count, added }: Added) => {
    const change = reviewsChange(count, added);
    if (change) changes.announce(change);
  };

  /** Adds the events (journalled first: an interrupted write is replayed later); settles the entry once stored. */
  async function write(events: ReviewEvent[]): Promise<Added> {
    const checked = reviewEventsSchema.parse(events);
    const id = journal.append({ events: checked });
    const result = await addEvents(records, checked);
    journal.settle([id]);
    announce(result);
    return result;
  }

  async function replay(): Promise<void> {
    const pending = journal.pending();
    if (pending.length === 0) return;
    const result = await addEvents(records, pending.flatMap(({ entry }) => entry.events));
    journal.settle(pending.map(({ id }) => id));
    announce(result);
  }

  /** Every stored event that is valid; unreadable records are set aside (copied to the key-value store, then removed) and reported. */
  async function load(): Promise<Loaded<ReviewLog>> {
    const [stored, format] = await Promise.all([entries<IDBValidKey, unknown>(records), get<unknown>(FORMAT_KEY, kv)]);
    const events: ReviewEvent[] = [];
    const unreadable: [IDBValidKey, unknown][] = [];
    for (const [key, value] of stored) {
      const event = parseReviewEvent(value);
      if (event && event.id === key) events.push(event);
      else unreadable.push([key, value]);
    }
    const value: ReviewLog = { version: REVIEW_LOG_VERSION, events: events.sort(compareEvents) };
    // Format 1 is the first; a later format adds its upgrade here (migrateReviewLog) before writing its number.
    // (Best effort: storage that refuses writes must not keep the reviews it holds from being read.)
    if (format === undefined) await set(FORMAT_KEY, REVIEW_LOG_VERSION, kv).catch(() => undefined);
    if (unreadable.length === 0) return { value };
    if (typeof format === 'number' && format > REVIEW_LOG_VERSION) {
      return { value, notice: `Your review history was last written by a newer version of BiTE Atlas: this version shows the ${entryCount(events.length)} it can read and leaves the other ${entryCount(unreadable.length)} untouched.` };
    }
    try {
      await set(`reviews.corrupt-${new Date().toISOString()}`, unreadable, kv);
      await records('readwrite', (store) => {
        for (const [key] of unreadable) store.delete(key);
        return promisifyRequest(store.transaction);
      });
    } catch {
      return { value, recoveredFrom: 'defaults', notice: `${entryCount(unreadable.length)} of your stored review history could not be read. BiTE Atlas kept the other ${events.length} and left the unreadable ones untouched.` };
    }
    return {
      value,
      recoveredFrom: 'defaults',
      notice: `${entryCount(unreadable.length)} of your stored review history could not be read. BiTE Atlas kept the other ${events.length} and set the unreadable ones aside; nothing was deleted.`,
    };
  }

  return {
    async getReviews() {
      let unstored: ReviewEvent[] = [];
      try {
        await replay();
      } catch {
        unstored = journal.pending().flatMap(({ entry }) => entry.events);
      }
      const loaded = await load();
      if (unstored.length === 0) return loaded;
      // Reviews the journal holds but IndexedDB refused: shown now, written on a later load.
      const note = 'Your latest reviews could not be stored yet; they are kept and will be saved again next time.';
      return { ...loaded, value: { ...loaded.value, events: mergeReviewEvents(loaded.value.events, unstored).events }, notice: loaded.notice ? `${loaded.notice} ${note}` : note };
    },
    async appendReviews(events) {
      return { count: (await write(events)).count };
    },
    async importReviews(events) {
      const { added, duplicates, conflicts, count } = await write(events);
      return { added: added.length, duplicates, conflicts: conflicts.length, count };
    },
    onReviewsChanged: (listener) => changes.subscribe(listener),
    replay,
  };
}
