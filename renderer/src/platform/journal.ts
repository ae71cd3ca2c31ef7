// A write-ahead journal for the web edition's storage. An update is written here synchronously (localStorage),
// before its asynchronous IndexedDB write begins, and settled once that write has finished. When the page is
// reloaded or closed in between — a reader changes a setting and closes the tab at once — the next load replays
// what is left, so a change is never lost. Replayed updates must be idempotent (settings patches and progress
// updates are: last value wins, read fractions only grow).

export interface JournalEntry<T> {
  seq: number;
  entry: T;
}

export interface Journal<T> {
  /** Records an update before it is written; returns its sequence number. */
  append(entry: T): number;
  /** Entries not yet settled, oldest first (up to `seq` when given). */
  pending(seq?: number): JournalEntry<T>[];
  /** Forgets every entry up to and including `seq` (its write has finished). */
  settle(seq: number): void;
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: writes still happen, only the crash-safety net is missing
  }
}

export function createJournal<T>(key: string, storage: Storage | null | undefined = defaultStorage()): Journal<T> {
  // Entries are kept in memory too, so a full or failing localStorage never loses the session's own updates.
  let memory: JournalEntry<T>[] = read();

  function read(): JournalEntry<T>[] {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((e): e is JournalEntry<T> => typeof e === 'object' && e !== null && typeof (e as JournalEntry<T>).seq === 'number' && 'entry' in e) : [];
    } catch {
      return []; // an unreadable journal holds nothing we could safely replay
    }
  }
  function write(): void {
    try {
      if (memory.length) storage?.setItem(key, JSON.stringify(memory));
      else storage?.removeItem(key);
    } catch {
      /* storage full or unavailable: the in-memory entries still get written to IndexedDB */
    }
  }
  return {
    append(entry) {
      const seq = (memory.at(-1)?.seq ?? 0) + 1;
      memory = [...memory, { seq, entry }];
      write();
      return seq;
    },
    pending(seq = Infinity) {
      return memory.filter((e) => e.seq <= seq);
    },
    settle(seq) {
      memory = memory.filter((e) => e.seq > seq);
      write();
    },
  };
}
