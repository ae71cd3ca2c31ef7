// The web edition's write-ahead journal: an update survives the page closing before its IndexedDB write
// finishes, and is replayed (once) on the next load.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createJournal } from '../../../renderer/src/platform/journal';
import { createWebAtlas } from '../../../renderer/src/platform/web';

/** A minimal in-memory Storage, standing in for localStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

let n = 0;
const freshDb = () => `journal-test-${++n}`;

describe('journal', () => {
  it('keeps entries in order until they are settled', () => {
    const storage = memoryStorage();
    const journal = createJournal<string>('j', storage);
    const a = journal.append('a');
    const b = journal.append('b');
    expect(b).toBeGreaterThan(a);
    expect(createJournal<string>('j', storage).pending().map((e) => e.entry)).toEqual(['a', 'b']);
    expect(journal.pending(a).map((e) => e.entry)).toEqual(['a']);
    journal.settle(a);
    expect(createJournal<string>('j', storage).pending().map((e) => e.entry)).toEqual(['b']);
    journal.settle(b);
    expect(storage.getItem('j')).toBeNull();
  });

  it('treats an unreadable journal as empty', () => {
    const storage = memoryStorage();
    storage.setItem('j', '{broken');
    expect(createJournal('j', storage).pending()).toEqual([]);
    storage.setItem('j', JSON.stringify([{ seq: 1, entry: 'ok' }, 'junk', { nope: 1 }]));
    expect(createJournal('j', storage).pending()).toEqual([{ seq: 1, entry: 'ok' }]);
  });

  it('still works in memory when storage refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const journal = createJournal<number>('j', storage);
    const seq = journal.append(1);
    expect(journal.pending()).toEqual([{ seq, entry: 1 }]);
  });
});

describe('web storage with the journal', () => {
  it('settles the journal once a write has finished', async () => {
    const storage = memoryStorage();
    const atlas = createWebAtlas(freshDb(), storage);
    await atlas.setSettings({ reducedMotion: 'reduce' });
    await atlas.updateLessonProgress({ slug: 'a', readFraction: 0.4 });
    expect(storage.length).toBe(0);
  });

  it('replays a settings change and a progress update whose writes were cut off by closing the page', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    await createWebAtlas(db, storage).setSettings({ theme: 'dark' });
    // The previous page recorded these and closed before writing them to IndexedDB.
    createJournal('atlas:journal:' + db + ':settings', storage).append({ reducedMotion: 'reduce', textScale: 1.25 });
    createJournal('atlas:journal:' + db + ':progress', storage).append({ update: { slug: 'b', readFraction: 0.7 }, at: '2026-11-25T10:00:00.000Z' });

    const next = createWebAtlas(db, storage);
    const settings = await next.getSettings();
    expect(settings.value).toMatchObject({ theme: 'dark', reducedMotion: 'reduce', textScale: 1.25 });
    const progress = await next.getProgress();
    expect(progress.value.lessons.b).toMatchObject({ readFraction: 0.7, lastOpenedAt: '2026-11-25T10:00:00.000Z' });
    expect(storage.length).toBe(0);
    // Replayed once: a third page sees the same values and an empty journal.
    expect((await createWebAtlas(db, storage).getSettings()).value).toMatchObject({ reducedMotion: 'reduce', textScale: 1.25 });
  });

  it('does not journal an invalid update', async () => {
    const storage = memoryStorage();
    const atlas = createWebAtlas(freshDb(), storage);
    await expect(atlas.setSettings({ theme: 'neon' as never })).rejects.toThrow();
    expect(storage.length).toBe(0);
  });
});
