// The web edition's write-ahead journal: an update survives the page closing before its IndexedDB write
// finishes and is replayed on the next load; damaged entries are dropped, not replayed; two tabs never drop
// each other's entries; a failed write is kept for later.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createJournal, JOURNAL_LIMIT } from '../../../renderer/src/platform/journal';
import { createWebAtlas } from '../../../renderer/src/platform/web';
import { memoryStorage } from './memory-storage';

// IndexedDB writes can be made to fail, as when the disk is full.
let failWrites = false;
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof import('idb-keyval')>();
  return {
    ...original,
    set: (...args: Parameters<typeof original.set>) => (failWrites ? Promise.reject(new Error('QuotaExceededError')) : original.set(...args)),
    setMany: (...args: Parameters<typeof original.setMany>) => (failWrites ? Promise.reject(new Error('QuotaExceededError')) : original.setMany(...args)),
  };
});

const isString = (e: unknown): e is string => typeof e === 'string';
const isObject = (e: unknown): e is object => typeof e === 'object' && e !== null;
let n = 0;
const freshDb = () => `journal-test-${++n}`;

describe('journal', () => {
  it('keeps entries in order until they are settled', () => {
    const storage = memoryStorage();
    const journal = createJournal('j', isString, storage);
    const a = journal.append('a');
    const b = journal.append('b');
    expect(createJournal('j', isString, storage).pending().map((e) => e.entry)).toEqual(['a', 'b']);
    expect(journal.pending(a).map((e) => e.entry)).toEqual(['a']);
    journal.settle([a]);
    expect(createJournal('j', isString, storage).pending().map((e) => e.entry)).toEqual(['b']);
    journal.settle([b]);
    expect(storage.getItem('j')).toBeNull();
  });

  it('drops unreadable or invalid entries instead of replaying them', () => {
    const storage = memoryStorage();
    storage.setItem('j', '{broken');
    expect(createJournal('j', isString, storage).pending()).toEqual([]);
    storage.setItem('j', JSON.stringify([{ id: 'x', entry: 'ok' }, 'junk', { id: 'y', entry: null }, { entry: 'no id' }]));
    expect(createJournal('j', isString, storage).pending()).toEqual([{ id: 'x', entry: 'ok' }]);
  });

  it('keeps this tab’s entries in memory when storage refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const journal = createJournal('j', isString, storage);
    const id = journal.append('kept');
    expect(journal.pending()).toEqual([{ id, entry: 'kept' }]);
  });

  it('never loses another tab’s entries', () => {
    const storage = memoryStorage();
    const tabA = createJournal('j', isString, storage);
    const tabB = createJournal('j', isString, storage);
    const a = tabA.append('from A');
    const b = tabB.append('from B');
    tabA.settle([a]);
    expect(createJournal('j', isString, storage).pending()).toEqual([{ id: b, entry: 'from B' }]);
  });

  it('is bounded', () => {
    const journal = createJournal('j', isString, memoryStorage());
    for (let i = 0; i < JOURNAL_LIMIT + 20; i++) journal.append(String(i));
    const pending = journal.pending();
    expect(pending).toHaveLength(JOURNAL_LIMIT);
    expect(pending.at(-1)!.entry).toBe(String(JOURNAL_LIMIT + 19));
  });
});

describe('web storage with the journal', () => {
  it('settles the journal once a write has finished', async () => {
    const storage = memoryStorage();
    const atlas = createWebAtlas(freshDb(), storage);
    await atlas.setSettings({ reducedMotion: 'reduce' });
    await atlas.updateLessonProgress({ slug: 'what-a-bite-is', readFraction: 0.4 });
    expect(storage.length).toBe(0);
  });

  it('replays a settings change and a progress update whose writes were cut off by closing the page', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    await createWebAtlas(db, storage).setSettings({ theme: 'dark' });
    // The previous page recorded these and closed before writing them to IndexedDB.
    createJournal('atlas:journal:' + db + ':settings', isObject, storage).append({ patch: { reducedMotion: 'reduce', textScale: 1.25 }, at: new Date().toISOString() });
    createJournal('atlas:journal:' + db + ':progress', isObject, storage).append({ update: { slug: 'immune-synapse', readFraction: 0.7 }, at: '2026-11-25T10:00:00.000Z' });

    const next = createWebAtlas(db, storage);
    const settings = await next.getSettings();
    expect(settings.value).toMatchObject({ theme: 'dark', reducedMotion: 'reduce', textScale: 1.25 });
    const progress = await next.getProgress();
    expect(progress.value.lessons['immune-synapse']).toMatchObject({ readFraction: 0.7, lastOpenedAt: '2026-11-25T10:00:00.000Z' });
    expect(storage.length).toBe(0);
    // Replayed once: a third page sees the same values and an empty journal.
    expect((await createWebAtlas(db, storage).getSettings()).value).toMatchObject({ reducedMotion: 'reduce', textScale: 1.25 });
  });

  it('drops a damaged journal entry and still loads', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    storage.setItem(`atlas:journal:${db}:progress`, JSON.stringify([{ id: 'bad', entry: null }, { id: 'bad2', entry: { update: { slug: 5 }, at: 'x' } }]));
    storage.setItem(`atlas:journal:${db}:settings`, JSON.stringify([{ id: 'bad', entry: { theme: 'neon' } }]));
    const atlas = createWebAtlas(db, storage);
    await expect(atlas.getProgress()).resolves.toMatchObject({ value: { lessons: {} } });
    await expect(atlas.getSettings()).resolves.toMatchObject({ value: { theme: 'system' } });
    await expect(atlas.updateLessonProgress({ slug: 'what-a-bite-is', readFraction: 0.1 })).resolves.toBeTruthy();
  });

  it('does not journal an invalid update', async () => {
    const storage = memoryStorage();
    const atlas = createWebAtlas(freshDb(), storage);
    await expect(atlas.setSettings({ theme: 'neon' as never })).rejects.toThrow();
    expect(storage.length).toBe(0);
  });

  it('keeps an update whose write failed, says so when reading, and writes it on a later load', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const atlas = createWebAtlas(db, storage);
    failWrites = true;
    try {
      await expect(atlas.setSettings({ theme: 'dark' })).rejects.toThrow('QuotaExceededError');
      const read = await createWebAtlas(db, storage).getSettings();
      expect(read.value.theme).toBe('dark');
      expect(read.notice).toMatch(/kept and will be saved again/);
    } finally {
      failWrites = false;
    }
    expect((await createWebAtlas(db, storage).getSettings()).notice).toBeUndefined();
    expect(storage.length).toBe(0);
    expect((await createWebAtlas(db, storage).getSettings()).value.theme).toBe('dark');
  });
});
