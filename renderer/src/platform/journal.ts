// A write-ahead journal for the web edition's storage. An update is written here synchronously (localStorage),
// before its asynchronous IndexedDB write begins, and settled once that write has finished. When the page is
// reloaded or closed in between — a reader changes a setting and closes the tab at once — the next load replays
// what is left, so a change is never lost. Replaying must be safe in any order and more than once: entries carry
// their time and the stores never let an older entry override a newer stored value (web.ts).
//
// Several tabs share one journal. Each entry is its own localStorage item (`<key>:<id>`), so appending and settling
// are single writes — two tabs never overwrite each other's list — and an entry another tab has settled is simply
// gone for this tab too. Only entries storage refused (full, disabled) live in this tab's memory. Entries that do
// not validate (a damaged store, another build) are dropped on reading rather than replayed. A journal of an
// earlier build (one item holding a list) is still read and settled.

export interface JournalEntry<T> {
  id: string;
  entry: T;
}

export interface Journal<T> {
  /** Records an update before it is written; returns its id. */
  append(entry: T): string;
  /** Unsettled entries, oldest first — up to and including `id` when given (none when `id` is already settled). */
  pending(id?: string): JournalEntry<T>[];
  /** Forgets these entries (their write has finished — in this tab or another). */
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
/** Ids sort in the order entries were made: time, then a counter, then a random tail (tabs in the same millisecond). */
const newId = () => `${Date.now().toString(36).padStart(9, '0')}-${(counter++ % 1679616).toString(36).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
const byId = <E extends { id: string }>(a: E, b: E) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createJournal<T>(key: string, isValid: (entry: unknown) => entry is T, storage: Storage | null | undefined = defaultStorage()): Journal<T> {
  const prefix = `${key}:`;
  // This tab's entries that storage refused: kept in memory, so a full or failing localStorage never loses them.
  let unstored: JournalEntry<T>[] = [];

  const attempt = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch {
      return false;
    }
  };
  function storedKeys(): string[] {
    const keys: string[] = [];
    attempt(() => {
      for (let index = 0; index < (storage?.length ?? 0); index += 1) {
        const name = storage!.key(index);
        if (name?.startsWith(prefix)) keys.push(name);
      }
    });
    return keys;
  }
  /** The list an earlier build kept under `key` itself. */
  function legacyEntries(): JournalEntry<T>[] {
    let parsed: unknown;
    if (!attempt(() => (parsed = JSON.parse(storage?.getItem(key) ?? '[]')))) return [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is JournalEntry<T> => typeof e === 'object' && e !== null && typeof (e as JournalEntry<T>).id === 'string' && isValid((e as JournalEntry<T>).entry));
  }
  function read(): JournalEntry<T>[] {
    const entries: JournalEntry<T>[] = [];
    for (const name of storedKeys()) {
      let entry: unknown;
      if (attempt(() => (entry = JSON.parse(storage?.getItem(name) ?? 'null'))) && isValid(entry)) entries.push({ id: name.slice(prefix.length), entry });
      else attempt(() => storage?.removeItem(name)); // an unreadable entry holds nothing we could safely replay
    }
    return [...legacyEntries(), ...[...entries, ...unstored].sort(byId)];
  }
  return {
    append(entry) {
      const id = newId();
      if (!storage || !attempt(() => storage.setItem(prefix + id, JSON.stringify(entry)))) unstored = [...unstored, { id, entry }].slice(-JOURNAL_LIMIT);
      const keys = storedKeys().sort();
      for (const name of keys.slice(0, Math.max(0, keys.length - JOURNAL_LIMIT))) attempt(() => storage?.removeItem(name));
      return id;
    },
    pending(id) {
      const entries = read();
      if (id === undefined) return entries;
      const end = entries.findIndex((e) => e.id === id);
      return end < 0 ? [] : entries.slice(0, end + 1);
    },
    settle(ids) {
      const done = new Set(ids);
      unstored = unstored.filter((e) => !done.has(e.id));
      for (const id of done) attempt(() => storage?.removeItem(prefix + id));
      const legacy = legacyEntries();
      if (legacy.some((e) => done.has(e.id))) {
        const left = legacy.filter((e) => !done.has(e.id));
        attempt(() => (left.length ? storage?.setItem(key, JSON.stringify(left)) : storage?.removeItem(key)));
      }
    },
  };
}
