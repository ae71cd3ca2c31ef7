// A write-ahead journal for the web edition's storage. An update is written here synchronously (localStorage),
// before its asynchronous IndexedDB write begins, and settled once that write has finished. When the page is
// reloaded or closed in between — a reader changes a setting and closes the tab at once — the next load replays
// what is left, so a change is never lost. Replayed updates must be idempotent (settings patches and progress
// updates are: last value wins, read fractions only grow).
//
// Several tabs may share one journal: every operation re-reads storage, and entries are settled by their own
// id, so one tab never drops another's unsettled entries. Entries that do not validate (a damaged store, an
// older build) are dropped on reading rather than replayed.

export interface JournalEntry<T> {
  id: string;
  entry: T;
}

export interface Journal<T> {
  /** Records an update before it is written; returns its id. */
  append(entry: T): string;
  /** Unsettled entries, oldest first — up to and including `id` when given. */
  pending(id?: string): JournalEntry<T>[];
  /** Forgets these entries (their write has finished). */
  settle(ids: readonly string[]): void;
}

/** At most this many unsettled entries are kept (the oldest go first): bounds the journal if storage keeps failing. */
export const JOURNAL_LIMIT = 500;

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: writes still happen, only the crash-safety net is missing
  }
}

let counter = 0;
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function createJournal<T>(key: string, isValid: (entry: unknown) => entry is T, storage: Storage | null | undefined = defaultStorage()): Journal<T> {
  // This tab's entries are also kept in memory, so a full or failing localStorage never loses them.
  let own: JournalEntry<T>[] = [];

  function read(): JournalEntry<T>[] {
    let stored: JournalEntry<T>[] = [];
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
      if (Array.isArray(parsed)) {
        stored = parsed.filter((e): e is JournalEntry<T> => typeof e === 'object' && e !== null && typeof (e as JournalEntry<T>).id === 'string' && isValid((e as JournalEntry<T>).entry));
      }
    } catch {
      stored = []; // an unreadable journal holds nothing we could safely replay
    }
    const ids = new Set(stored.map((e) => e.id));
    return [...stored, ...own.filter((e) => !ids.has(e.id))];
  }
  function write(entries: JournalEntry<T>[]): void {
    try {
      if (entries.length) storage?.setItem(key, JSON.stringify(entries));
      else storage?.removeItem(key);
    } catch {
      /* storage full or unavailable: this tab's entries are still held in memory */
    }
  }
  return {
    append(entry) {
      const item = { id: newId(), entry };
      own = [...own, item].slice(-JOURNAL_LIMIT);
      write(read().slice(-JOURNAL_LIMIT));
      return item.id;
    },
    pending(id) {
      const entries = read();
      if (id === undefined) return entries;
      const end = entries.findIndex((e) => e.id === id);
      return end < 0 ? [] : entries.slice(0, end + 1);
    },
    settle(ids) {
      const done = new Set(ids);
      own = own.filter((e) => !done.has(e.id));
      write(read().filter((e) => !done.has(e.id)));
    },
  };
}
