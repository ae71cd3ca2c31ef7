// The web edition's review log as a resident relies on it: reviews persist in IndexedDB one record per event, two
// tabs appending at once lose none, an append interrupted by a closing tab or a failing write is replayed from the
// journal, every tab hears what was added, and an unreadable record is set aside with a notice — never dropped.
// IndexedDB is fake-indexeddb; tabs share one database and one localStorage (memoryStorage).
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newReviewId, type Review, type ReviewEvent, type ReviewsChange } from '../../../electron/common/reviews';
import { createJournal } from '../../../renderer/src/platform/journal';
import { createWebAtlas } from '../../../renderer/src/platform/web';
import { memoryStorage } from './memory-storage';

// Writes to the review records can be made to fail, as when the disk is full or the tab is torn down mid-write.
let failWrites = false;
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof import('idb-keyval')>();
  const createStore = (dbName: string, storeName: string) => {
    const store = original.createStore(dbName, storeName);
    return ((mode, callback) => (failWrites && mode === 'readwrite' ? Promise.reject(new Error('QuotaExceededError')) : store(mode, callback))) as typeof store;
  };
  return { ...original, createStore };
});

const T0 = Date.UTC(2026, 0, 5, 9);
let serial = 0;
function review(patch: Partial<Review> = {}): Review {
  serial += 1;
  const at = T0 + serial * 1000;
  return { type: 'review', id: newReviewId(at), at, card: 'bank:ics-grade-1', rating: 3, correct: true, ms: 6000, mode: 'tutor', ...patch };
}
let n = 0;
const freshDb = () => `web-reviews-${++n}`;
const tab = (db: string, storage: Storage = memoryStorage(), lifecycle: EventTarget | null = null) => createWebAtlas(db, storage, { lifecycle, locks: null });
const ids = (events: readonly ReviewEvent[]) => events.map((event) => event.id);
const journalOf = (db: string, storage: Storage) => createJournal(`atlas:journal:${db}:reviews`, (_entry): _entry is { events: ReviewEvent[] } => true, storage);

afterEach(() => {
  failWrites = false;
});

describe('reviews in the browser', () => {
  it('start empty and persist across tabs and reloads, sorted by time', async () => {
    const db = freshDb();
    const atlas = tab(db);
    expect(await atlas.getReviews()).toEqual({ value: { version: 1, events: [] } });
    const [a, b, c] = [review(), review(), review()];
    expect(await atlas.appendReviews([b])).toEqual({ count: 1 });
    expect(await atlas.appendReviews([c, a])).toEqual({ count: 3 });
    expect(await tab(db).getReviews()).toEqual({ value: { version: 1, events: [a, b, c] } });
  });

  it('ignore an id already stored and never overwrite it; an import reports duplicates and conflicts', async () => {
    const db = freshDb();
    const atlas = tab(db);
    const [a, b, c] = [review(), review(), review()];
    await atlas.appendReviews([a, b]);
    expect(await atlas.appendReviews([{ ...a, rating: 1 }])).toEqual({ count: 2 });
    expect(await atlas.importReviews([{ ...a }, { ...b, correct: false }, c, c])).toEqual({ added: 1, duplicates: 2, conflicts: 1, count: 3 });
    expect((await tab(db).getReviews()).value.events).toEqual([a, b, c]);
  });

  it('refuse invalid events and store nothing of the call', async () => {
    const db = freshDb();
    const atlas = tab(db);
    await expect(atlas.appendReviews([review(), { ...review(), rating: 6 } as never])).rejects.toThrow();
    expect((await atlas.getReviews()).value.events).toEqual([]);
  });
});

describe('two tabs reviewing at once', () => {
  it('lose no review: each event is its own record, added in a transaction of its own', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const [tabA, tabB] = [tab(db, storage), tab(db, storage)];
    const fromA = Array.from({ length: 40 }, () => review({ card: 'bank:from-a' }));
    const fromB = Array.from({ length: 40 }, () => review({ card: 'bank:from-b' }));
    await Promise.all(fromA.flatMap((event, index) => [tabA.appendReviews([event]), tabB.appendReviews([fromB[index]])]));
    const stored = (await tab(db, storage).getReviews()).value.events;
    expect(stored).toHaveLength(80);
    expect(new Set(ids(stored))).toEqual(new Set(ids([...fromA, ...fromB])));
    expect(journalOf(db, storage).pending()).toEqual([]);
  });

  it('each hear every added event, with the count after it; a message that is not a change is ignored', async () => {
    const db = freshDb();
    const [tabA, tabB] = [tab(db), tab(db)];
    const heard: Record<'a' | 'b', ReviewsChange[]> = { a: [], b: [] };
    tabA.onReviewsChanged((change) => heard.a.push(change));
    const stop = tabB.onReviewsChanged((change) => heard.b.push(change));
    const intruder = new BroadcastChannel(`atlas:${db}:reviews`);
    intruder.postMessage({ count: 'lots' });
    intruder.close();
    const a = review();
    await tabA.appendReviews([a]);
    await tabA.appendReviews([a]); // nothing added: nothing said
    await expect.poll(() => heard.b).toEqual([{ count: 1, events: [a] }]);
    stop();
    const b = review();
    await tabA.importReviews([b]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual({ a: [{ count: 1, events: [a] }, { count: 2, events: [b] }], b: [{ count: 1, events: [a] }] });
  });
});

describe('an append that did not reach IndexedDB', () => {
  it('(the tab closed mid-write) is replayed from the journal on the next load, once', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const a = review();
    journalOf(db, storage).append({ events: [a] }); // journalled; the IndexedDB write never happened
    const heard: ReviewsChange[] = [];
    const next = tab(db, storage);
    next.onReviewsChanged((change) => heard.push(change));
    expect((await next.getReviews()).value.events).toEqual([a]);
    expect((await next.getReviews()).value.events).toEqual([a]);
    expect(heard).toEqual([{ count: 1, events: [a] }]);
    expect(journalOf(db, storage).pending()).toEqual([]);
  });

  it('(the write failed) rejects, is still shown with a notice, and is stored on a later load', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const atlas = tab(db, storage);
    const a = review();
    failWrites = true;
    await expect(atlas.appendReviews([a])).rejects.toThrow('QuotaExceededError');
    const meanwhile = await atlas.getReviews();
    expect(meanwhile.value.events).toEqual([a]);
    expect(meanwhile.notice).toMatch(/could not be stored yet; they are kept and will be saved again next time/);
    failWrites = false;
    expect(await tab(db, storage).getReviews()).toEqual({ value: { version: 1, events: [a] } });
    expect(journalOf(db, storage).pending()).toEqual([]);
  });

  it('is written when the tab goes away (pagehide)', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    const page = new EventTarget();
    tab(db, storage, page);
    const a = review();
    journalOf(db, storage).append({ events: [a] });
    page.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect(await get(a.id, createStore(`${db}:reviews`, 'events'))).toEqual(a));
  });
});

describe('a damaged stored record', () => {
  it('is set aside (copied, then removed) with a notice; every other review is kept', async () => {
    const db = freshDb();
    const atlas = tab(db);
    const [a, b] = [review(), review()];
    await atlas.appendReviews([a, b]);
    const records = createStore(`${db}:reviews`, 'events');
    const broken = review();
    await set(broken.id, { ...broken, rating: 'good' }, records);
    await set('not-an-id', a, records);
    const loaded = await tab(db).getReviews();
    expect(loaded.value.events).toEqual([a, b]);
    expect(loaded.recoveredFrom).toBe('defaults');
    expect(loaded.notice).toBe('2 entries of your stored review history could not be read. BiTE Atlas kept the other 2 and set the unreadable ones aside; nothing was deleted.');
    expect(await tab(db).getReviews()).toEqual({ value: { version: 1, events: [a, b] } });
    const kv = createStore(db, 'kv');
    const keys = (await import('idb-keyval')).keys;
    const aside = (await keys<string>(kv)).filter((key) => key.startsWith('reviews.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await get(aside[0], kv)).toEqual(expect.arrayContaining([[broken.id, { ...broken, rating: 'good' }]]));
  });

  it('written by a newer version is left as it is, and the reviews this version can read are shown', async () => {
    const db = freshDb();
    const atlas = tab(db);
    const a = review();
    await atlas.appendReviews([a]);
    await set('reviews.format', 2, createStore(db, 'kv'));
    await set('0zzzzzzzz-0000-00000000', { type: 'note', text: 'v2' }, createStore(`${db}:reviews`, 'events'));
    const loaded = await tab(db).getReviews();
    expect(loaded.value.events).toEqual([a]);
    expect(loaded.notice).toMatch(/newer version of BiTE Atlas: this version shows the 1 entry it can read and leaves the other 1 entry untouched/);
    expect(await get('0zzzzzzzz-0000-00000000', createStore(`${db}:reviews`, 'events'))).toEqual({ type: 'note', text: 'v2' });
  });
});
