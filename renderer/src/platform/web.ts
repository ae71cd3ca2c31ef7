// The web edition of the AtlasApi: the same contract as the desktop preload, kept in the browser's
// IndexedDB (the review log one record per event: web-reviews.ts; settings and progress with a backup copy of each
// record so a damaged value is recovered, never dropped, and a
// write-ahead journal so an update is not lost when the page closes while it is being written). Tabs of one
// atlas never undo each other: every read-modify-write holds a Web Lock, entries carry their time and an older
// entry never overrides a newer stored value, and a closing tab writes what it still has pending (pagehide).
import { createStore, get, set, setMany, type UseStore } from 'idb-keyval';
import type { AtlasApi, Loaded, AppInfo } from '../../../electron/common/api';
import { DEFAULT_SETTINGS, repairSettings, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from '../../../electron/common/settings';
import { EMPTY_PROGRESS, applyProgressUpdate, knownLessonProgressUpdateSchema, progressSchema, type Progress, type LessonProgressUpdate } from '../../../electron/common/progress';
import { isAllowedExternalUrl } from '../../../electron/common/external-links';
import { tabBroadcast } from './broadcast';
import { createJournal, type Journal } from './journal';
import { createWebReviews } from './web-reviews';

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** Reads key and key.bak; validates; returns the first valid one with a notice when the main copy was damaged. */
async function loadValidated<T>(store: UseStore, key: string, validate: (raw: unknown) => T | null, fallback: T, label: string): Promise<Loaded<T>> {
  const [main, backup] = await Promise.all([get(key, store), get(`${key}.bak`, store)]);
  const current = main === undefined ? null : validate(main);
  if (current) return { value: current };
  if (main === undefined && backup === undefined) return { value: fallback };
  const fromBackup = backup === undefined ? null : validate(backup);
  if (main !== undefined) await set(`${key}.corrupt-${new Date().toISOString()}`, main, store);
  if (fromBackup) {
    await set(key, fromBackup, store);
    return { value: fromBackup, recoveredFrom: 'backup', notice: `Your saved ${label} were damaged and have been restored from the last good backup.` };
  }
  return { value: fallback, recoveredFrom: 'defaults', notice: `Your saved ${label} could not be read; defaults are in use and the damaged copy was kept.` };
}

/** When each field was last set (ISO time), stored beside the value: an older journal entry never overrides it. */
type FieldTimes = Record<string, string>;

/** Saves the value, its field times and (from the previous value) its backup in one IndexedDB transaction. */
async function saveWithBackup<T>(store: UseStore, key: string, value: T, times: FieldTimes | undefined): Promise<void> {
  const previous = await get(key, store);
  const entries: [IDBValidKey, unknown][] = [[key, value]];
  if (previous !== undefined) entries.unshift([`${key}.bak`, previous]);
  if (times) entries.push([`${key}.times`, times]);
  await setMany(entries, store);
}

/** A settings journal entry: the patch and when it was made. */
interface SettingsEntry {
  patch: SettingsPatch;
  at: string;
}
/** A progress journal entry: the update and when it was made. */
interface ProgressEntry {
  update: LessonProgressUpdate;
  at: string;
}

/** One stored record of the web edition: its key, validation, journal and how an entry applies to it. */
interface WebDocument<V, E> {
  key: 'settings' | 'progress';
  label: string;
  journal: Journal<E>;
  validate(raw: unknown): V | null;
  fallback: V;
  /** Applies one entry; `times` (when the record keeps field times) says when each field was last set. */
  apply(value: V, entry: E, times: FieldTimes): V;
  /** Whether field times are stored beside the value. */
  timed: boolean;
}

/** Settings fields take an entry's value only when the entry is not older than what set the field last. */
function applySettingsEntry(current: Settings, { patch, at }: SettingsEntry, times: FieldTimes): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || at < (times[field] ?? '')) continue;
    next[field] = value;
    times[field] = at;
  }
  return repairSettings(next);
}

export interface WebAtlasOptions {
  /** The Web Locks API that serialises read-modify-writes across tabs (default: navigator.locks when present). */
  locks?: Pick<LockManager, 'request'> | null;
  /** Where the page announces that it is going away (default: window); 'pagehide' writes what is pending. */
  lifecycle?: Pick<EventTarget, 'addEventListener'> | null;
}

export function createWebAtlas(dbName = 'bite-atlas', journalStorage?: Storage | null, options: WebAtlasOptions = {}): AtlasApi {
  const store = createStore(dbName, 'kv');
  // Another tab's announcement is followed by reading the stored settings: the messages of two tabs writing at
  // once may arrive in any order, the store (written under the lock) holds the newest of every field.
  const settingsChanges = tabBroadcast(
    dbName,
    'settings',
    (data) => {
      const parsed = settingsSchema.safeParse(data);
      return parsed.success ? parsed.data : undefined;
    },
    async () => (await loadSettings()).value,
  );
  const locks = options.locks !== undefined ? options.locks : typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  // Without Web Locks (an old browser, unit tests) read-modify-writes still run one after another in this tab.
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(name: string, task: () => Promise<T>): Promise<T> => {
    if (locks) return locks.request(`atlas:${dbName}:${name}`, task) as Promise<T>;
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  /**
   * Loads a record, applies the journal's unsettled updates (up to `upTo`; those of every tab) in order, saves
   * the result when there were any, and settles them: the one path for writes and for replaying after an
   * interrupted session, always under the record's lock. An entry that cannot be applied is dropped (it would
   * fail every time). When saving fails, a write rejects (the reader is told) while a read still returns the
   * updated value; either way the entries stay in the journal and are written on a later load.
   */
  const loadApplySave = async <V, E>(doc: WebDocument<V, E>, upTo?: string): Promise<Loaded<V>> => {
    const [loaded, storedTimes] = await Promise.all([loadValidated(store, doc.key, doc.validate, doc.fallback, doc.label), doc.timed ? get(`${doc.key}.times`, store) : undefined]);
    const pending = doc.journal.pending(upTo);
    if (!pending.length) return loaded;
    const times: FieldTimes = storedTimes && typeof storedTimes === 'object' ? { ...(storedTimes as FieldTimes) } : {};
    let value = loaded.value;
    for (const { entry } of pending) {
      try {
        value = doc.apply(value, entry, times);
      } catch {
        /* not applicable to this record: dropped below with the rest */
      }
    }
    try {
      await saveWithBackup(store, doc.key, value, doc.timed ? times : undefined);
    } catch (error) {
      if (upTo !== undefined) throw error;
      return { ...loaded, value, notice: `Your latest ${doc.label} changes could not be stored yet; they are kept and will be saved again next time.` };
    }
    doc.journal.settle(pending.map((e) => e.id));
    return { ...loaded, value };
  };
  const isSettingsEntry = (entry: unknown): entry is SettingsEntry =>
    typeof entry === 'object' && entry !== null && typeof (entry as { at?: unknown }).at === 'string' && settingsPatchSchema.safeParse((entry as { patch?: unknown }).patch).success;
  const isProgressEntry = (entry: unknown): entry is ProgressEntry =>
    typeof entry === 'object' && entry !== null && typeof (entry as { at?: unknown }).at === 'string' && knownLessonProgressUpdateSchema.safeParse((entry as { update?: unknown }).update).success;
  const settingsDoc: WebDocument<Settings, SettingsEntry> = {
    key: 'settings',
    label: 'settings',
    journal: createJournal(`atlas:journal:${dbName}:settings`, isSettingsEntry, journalStorage),
    validate: (raw) => (raw && typeof raw === 'object' ? repairSettings(raw) : null),
    fallback: { ...DEFAULT_SETTINGS },
    apply: applySettingsEntry,
    timed: true,
  };
  const progressDoc: WebDocument<Progress, ProgressEntry> = {
    key: 'progress',
    label: 'progress',
    journal: createJournal(`atlas:journal:${dbName}:progress`, isProgressEntry, journalStorage),
    validate: (raw) => {
      const parsed = progressSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    fallback: EMPTY_PROGRESS,
    // Order-independent: read fractions only grow, and an older entry never moves the last visit or heading back.
    apply: (current, { update, at }) => applyProgressUpdate(current, update, at),
    timed: false,
  };
  const loadSettings = (upTo?: string) => serialise('settings', () => loadApplySave(settingsDoc, upTo));
  const loadProgress = (upTo?: string) => serialise('progress', () => loadApplySave(progressDoc, upTo));

  // A tab going away writes what its journal still holds, so the other tabs find it stored, not only journalled.
  const lifecycle = options.lifecycle !== undefined ? options.lifecycle : typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;
  const reviews = createWebReviews(dbName, store, journalStorage);
  lifecycle?.addEventListener('pagehide', () => {
    void reviews.replay().catch(() => undefined);
    void loadProgress().catch(() => undefined);
    void loadSettings().catch(() => undefined);
  });

  return {
    edition: 'web',
    async appInfo(): Promise<AppInfo> {
      return { name: 'BiTE Atlas', version: APP_VERSION, platform: navigator.platform || 'web', edition: 'web' };
    },
    getSettings: () => loadSettings(),
    async setSettings(patch: SettingsPatch): Promise<Settings> {
      const id = settingsDoc.journal.append({ patch: settingsPatchSchema.parse(patch), at: new Date().toISOString() });
      const saved = (await loadSettings(id)).value;
      settingsChanges.announce(saved);
      return saved;
    },
    getProgress: () => loadProgress(),
    async updateLessonProgress(update: LessonProgressUpdate): Promise<Progress> {
      const id = progressDoc.journal.append({ update: knownLessonProgressUpdateSchema.parse(update), at: new Date().toISOString() });
      return (await loadProgress(id)).value;
    },
    getReviews: () => reviews.getReviews(),
    appendReviews: (events) => reviews.appendReviews(events),
    importReviews: (events) => reviews.importReviews(events),
    onReviewsChanged: (listener) => reviews.onReviewsChanged(listener),
    async openExternal(url: string): Promise<boolean> {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onSettingsChanged: (listener) => settingsChanges.subscribe(listener),
    // bite-atlas:// links open the desktop app; a browser tab never receives one.
    onOpenLink: () => () => undefined,
  };
}
