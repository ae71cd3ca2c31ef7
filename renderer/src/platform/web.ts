// The web edition of the AtlasApi: the same contract as the desktop preload, kept in the browser's
// IndexedDB (with a backup copy of each record so a damaged value is recovered, never dropped, and a
// write-ahead journal so an update is not lost when the page closes while it is being written).
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { AtlasApi, Loaded, AppInfo } from '../../../electron/common/api';
import { DEFAULT_SETTINGS, repairSettings, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from '../../../electron/common/settings';
import { EMPTY_PROGRESS, applyProgressUpdate, knownLessonProgressUpdateSchema, progressSchema, type Progress, type LessonProgressUpdate } from '../../../electron/common/progress';
import { isAllowedExternalUrl } from '../../../electron/common/external-links';
import { createJournal, type Journal } from './journal';

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

async function saveWithBackup<T>(store: UseStore, key: string, value: T): Promise<void> {
  const previous = await get(key, store);
  if (previous !== undefined) await set(`${key}.bak`, previous, store);
  await set(key, value, store);
}

/**
 * Settings changes between tabs of one origin: a tab that saved settings posts them on a BroadcastChannel, the
 * others validate what they receive and tell their listeners. The saving tab tells its own listeners directly.
 */
function settingsBroadcast(dbName: string) {
  const listeners = new Set<(settings: Settings) => void>();
  let channel: BroadcastChannel | null | undefined;
  const open = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`atlas:${dbName}:settings`);
    (channel as { unref?: () => void } | null)?.unref?.(); // Node (unit tests): do not keep the process alive
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        const parsed = settingsSchema.safeParse(event.data);
        if (parsed.success) for (const listener of [...listeners]) listener(parsed.data);
      };
    }
    return channel;
  };
  return {
    subscribe(listener: (settings: Settings) => void): () => void {
      open();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    announce(settings: Settings): void {
      for (const listener of [...listeners]) listener(settings);
      try {
        open()?.postMessage(settings);
      } catch {
        /* a closed channel: other tabs read the stored value when they next load */
      }
    },
  };
}

export function createWebAtlas(dbName = 'bite-atlas', journalStorage?: Storage | null): AtlasApi {
  const store = createStore(dbName, 'kv');
  const settingsChanges = settingsBroadcast(dbName);
  const validateSettings = (raw: unknown): Settings | null => {
    if (!raw || typeof raw !== 'object') return null;
    const repaired = repairSettings(raw);
    return repaired;
  };
  const validateProgress = (raw: unknown): Progress | null => {
    const parsed = progressSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  // Read-modify-write operations run one after another, so quick successive updates never overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  /**
   * Loads a record, applies the journal's unsettled updates (up to `upTo`) in order, saves the result when
   * there were any, and settles them: the one path for writes and for replaying after an interrupted session.
   * An entry that cannot be applied is dropped (it would fail every time). When saving fails, a write rejects
   * (the reader is told) while a read still returns the updated value; either way the entries stay in the
   * journal and are written on a later load.
   */
  const loadApplySave = async <V, E>(
    key: string,
    journal: Journal<E>,
    validate: (raw: unknown) => V | null,
    fallback: V,
    label: string,
    apply: (value: V, entry: E) => V,
    upTo?: string,
  ): Promise<Loaded<V>> => {
    const loaded = await loadValidated(store, key, validate, fallback, label);
    const pending = journal.pending(upTo);
    if (!pending.length) return loaded;
    let value = loaded.value;
    for (const { entry } of pending) {
      try {
        value = apply(value, entry);
      } catch {
        /* not applicable to this record: dropped below with the rest */
      }
    }
    try {
      await saveWithBackup(store, key, value);
    } catch (error) {
      if (upTo !== undefined) throw error;
      return { ...loaded, value, notice: `Your latest ${label} changes could not be stored yet; they are kept and will be saved again next time.` };
    }
    journal.settle(pending.map((e) => e.id));
    return { ...loaded, value };
  };
  const isSettingsPatch = (entry: unknown): entry is SettingsPatch => settingsPatchSchema.safeParse(entry).success;
  const isProgressEntry = (entry: unknown): entry is { update: LessonProgressUpdate; at: string } =>
    typeof entry === 'object' && entry !== null && typeof (entry as { at?: unknown }).at === 'string' && knownLessonProgressUpdateSchema.safeParse((entry as { update?: unknown }).update).success;
  const settingsJournal = createJournal(`atlas:journal:${dbName}:settings`, isSettingsPatch, journalStorage);
  const progressJournal = createJournal(`atlas:journal:${dbName}:progress`, isProgressEntry, journalStorage);
  const applySettings = (current: Settings, patch: SettingsPatch) => repairSettings({ ...current, ...patch });
  const applyProgress = (current: Progress, { update, at }: { update: LessonProgressUpdate; at: string }) => applyProgressUpdate(current, update, at);
  const loadSettings = (upTo?: string) => loadApplySave('settings', settingsJournal, validateSettings, { ...DEFAULT_SETTINGS }, 'settings', applySettings, upTo);
  const loadProgress = (upTo?: string) => loadApplySave('progress', progressJournal, validateProgress, EMPTY_PROGRESS, 'progress', applyProgress, upTo);
  return {
    edition: 'web',
    async appInfo(): Promise<AppInfo> {
      return { name: 'BiTE Atlas', version: APP_VERSION, platform: navigator.platform || 'web', edition: 'web' };
    },
    getSettings: () => serialise(() => loadSettings()),
    async setSettings(patch: SettingsPatch): Promise<Settings> {
      const id = settingsJournal.append(settingsPatchSchema.parse(patch));
      const saved = await serialise(async () => (await loadSettings(id)).value);
      settingsChanges.announce(saved);
      return saved;
    },
    getProgress: () => serialise(() => loadProgress()),
    async updateLessonProgress(update: LessonProgressUpdate): Promise<Progress> {
      const id = progressJournal.append({ update: knownLessonProgressUpdateSchema.parse(update), at: new Date().toISOString() });
      return serialise(async () => (await loadProgress(id)).value);
    },
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
