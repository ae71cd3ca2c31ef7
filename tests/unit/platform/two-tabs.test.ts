// Two tabs of the web edition never undo each other: their read-modify-writes take turns under a Web Lock, an
// older journal entry never overrides a newer stored value (per-field times), an entry another tab has settled is
// gone for its own tab too, and a closing tab writes what it still has pending. Tabs here share one IndexedDB
// (fake-indexeddb) and one localStorage; the browser version of these stories is tests/e2e/two-tabs.spec.ts.
import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJournal } from '../../../renderer/src/platform/journal';
import { createWebAtlas } from '../../../renderer/src/platform/web';
import { memoryStorage } from './memory-storage';

// IndexedDB writes can be made to fail, as when the disk is full or the tab is torn down mid-write.
let failWrites = false;
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof import('idb-keyval')>();
  const gate = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A) => (failWrites ? Promise.reject(new Error('QuotaExceededError')) : fn(...args));
  return { ...original, set: gate(original.set), setMany: gate(original.setMany) };
});

/** One Web Locks manager for the "browser": requests for one name run one at a time, and it records overlaps. */
function sharedLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const held = new Map<string, number>();
  const stats = { names: new Set<string>(), maxHeld: 0 };
  return {
    stats,
    request: ((name: string, task: () => Promise<unknown>) => {
      stats.names.add(name);
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        held.set(name, (held.get(name) ?? 0) + 1);
        stats.maxHeld = Math.max(stats.maxHeld, held.get(name)!);
        try {
          return await task();
        } finally {
          held.set(name, held.get(name)! - 1);
        }
      });
      tails.set(name, run.catch(() => undefined));
      return run;
    }) as LockManager['request'],
  };
}

const failingStorage = (): Storage => ({ ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } });
let n = 0;
const freshDb = () => `two-tabs-${++n}`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => {
  failWrites = false;
});

describe('two tabs changing settings', () => {
  it('take turns under one Web Lock per record, and both changes land', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const locks = sharedLocks();
    const tabA = createWebAtlas(db, storage, { locks, lifecycle: null });
    const tabB = createWebAtlas(db, storage, { locks, lifecycle: null });
    await Promise.all([
      ...[1, 1.125, 1.25].map((textScale) => tabA.setSettings({ textScale })),
      ...(['dark', 'light', 'projector'] as const).map((theme) => tabB.setSettings({ theme })),
      tabA.updateLessonProgress({ slug: 'what-a-bite-is', readFraction: 0.4 }),
      tabB.updateLessonProgress({ slug: 'immune-synapse', readFraction: 0.6 }),
    ]);
    expect(locks.stats.names).toEqual(new Set([`atlas:${db}:settings`, `atlas:${db}:progress`]));
    expect(locks.stats.maxHeld).toBe(1);
    const third = createWebAtlas(db, storage, { locks, lifecycle: null });
    expect((await third.getSettings()).value).toMatchObject({ theme: 'projector', textScale: 1.25 });
    expect(Object.keys((await third.getProgress()).value.lessons).sort()).toEqual(['immune-synapse', 'what-a-bite-is']);
  });

  it('an older change another tab could not see never overrides a newer one', async () => {
    const db = freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Tab A (its localStorage full) chooses dark; the write fails, so the change lives in A's memory only.
    const tabA = createWebAtlas(db, failingStorage(), { lifecycle: null });
    failWrites = true;
    await expect(tabA.setSettings({ theme: 'dark' })).rejects.toThrow();
    failWrites = false;
    await tick();
    // Later, tab B chooses light and saves it.
    const tabB = createWebAtlas(db, memoryStorage(), { lifecycle: null });
    await tabB.setSettings({ theme: 'light' });
    // When A next reads, its older dark is written — but it does not undo B's newer light.
    expect((await tabA.getSettings()).value.theme).toBe('light');
    expect((await createWebAtlas(db, memoryStorage(), { lifecycle: null }).getSettings()).value.theme).toBe('light');
  });

  it('a change another tab has already written is dropped by its own tab, not replayed over newer ones', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const tabA = createWebAtlas(db, storage, { lifecycle: null });
    const tabB = createWebAtlas(db, storage, { lifecycle: null });
    failWrites = true;
    await expect(tabA.setSettings({ theme: 'dark' })).rejects.toThrow();
    failWrites = false;
    expect((await tabB.getSettings()).value.theme).toBe('dark'); // B writes A's journalled change and settles it
    await tick();
    await tabB.setSettings({ theme: 'projector' });
    expect((await tabA.getSettings()).value.theme).toBe('projector');
    expect(createJournal(`atlas:journal:${db}:settings`, (_entry): _entry is unknown => true, storage).pending()).toEqual([]);
  });
});

describe('reading progress in two tabs', () => {
  it('never moves a lesson’s last visit or heading back when an older update arrives late', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const journal = createJournal(`atlas:journal:${db}:progress`, (_entry): _entry is unknown => true, storage);
    const tab = createWebAtlas(db, storage, { lifecycle: null });
    await tab.updateLessonProgress({ slug: 'serial-lysis', readFraction: 0.5, lastHeading: 'newer-heading' });
    // An update from 2020, left in the journal by a tab that closed before writing it.
    journal.append({ update: { slug: 'serial-lysis', readFraction: 0.9, lastHeading: 'older-heading' }, at: '2020-01-01T00:00:00.000Z' });
    const lesson = (await tab.getProgress()).value.lessons['serial-lysis'];
    expect(lesson).toMatchObject({ readFraction: 0.9, lastHeading: 'newer-heading', firstOpenedAt: '2020-01-01T00:00:00.000Z' });
    expect(lesson.lastOpenedAt > '2020-01-01T00:00:00.000Z').toBe(true);
  });

  it('is written when a tab goes away (pagehide), so the other tabs find it stored', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const page = new EventTarget();
    createWebAtlas(db, storage, { lifecycle: page });
    // Journalled by this tab just before it was hidden; its IndexedDB write had not happened yet.
    createJournal(`atlas:journal:${db}:progress`, (_entry): _entry is unknown => true, storage).append({ update: { slug: 'clinical-evidence', readFraction: 0.7 }, at: new Date().toISOString() });
    page.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect(((await get('progress', createStore(db, 'kv'))) as { lessons: Record<string, unknown> } | undefined)?.lessons).toHaveProperty('clinical-evidence'));
    expect(storage.length).toBe(0);
  });
});
