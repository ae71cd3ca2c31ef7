// User stories for the desktop review log on a real folder: reviews persist across restarts and are only ever
// added (an id already there is kept as it was); every window hears what was added; and a damaged log — truncated,
// not JSON, one bad event among good ones, a newer version's, oversized, with a byte-order mark — keeps every event
// that can still be read, recovers the backup, sets the damaged file aside and says so in words.
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_LOG_MAX_BYTES, makeReviewExport, newReviewId, type Review, type ReviewEvent, type ReviewsChange } from '../../../../../electron/common/reviews';
import { DocumentStore } from '../../../../../electron/main/services/document-store';
import { REVIEWS_FILE_NAME, ReviewStore, reviewsDocument } from '../../../../../electron/main/services/review-store';

const NOW = new Date('2026-01-05T09:00:00.000Z');
const STAMP = '2026-01-05T09-00-00-000Z';
let directory: string;
let serial = 0;

function review(patch: Partial<Review> = {}): Review {
  serial += 1;
  const at = NOW.getTime() + serial * 1000;
  return { type: 'review', id: newReviewId(at), at, card: 'bank:crs-grade-2-tocilizumab', rating: 3, correct: true, ms: 7000, mode: 'review', ...patch };
}
const reviews = (count: number) => Array.from({ length: count }, () => review());
const open = () => new ReviewStore(directory, () => NOW);
const fileOf = (events: unknown[], version = 1) => JSON.stringify({ document: 'reviews', version, data: { version, events } });
const write = (name: string, text: string) => writeFile(join(directory, name), text);
const names = async () => (await readdir(directory)).sort();
const ids = (events: readonly ReviewEvent[]) => events.map((event) => event.id);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-reviews-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('a resident reviewing', () => {
  it('starts with an empty log and no file', async () => {
    expect(await open().get()).toEqual({ value: { version: 1, events: [] } });
    expect(await names()).toEqual([]);
  });

  it('keeps every review across a restart, in a compact versioned file with the previous one as .bak', async () => {
    const [a, b] = reviews(2);
    const store = open();
    expect(await store.append([a])).toEqual({ count: 1 });
    expect(await store.append([b])).toEqual({ count: 2 });
    expect((await open().get()).value.events).toEqual([a, b]);
    const text = await readFile(join(directory, REVIEWS_FILE_NAME), 'utf8');
    expect(text).toBe(`${fileOf([a, b])}\n`);
    expect(await readFile(join(directory, `${REVIEWS_FILE_NAME}.bak`), 'utf8')).toBe(`${fileOf([a])}\n`);
  });

  it('ignores an id already in the log, also with other content, and never overwrites it', async () => {
    const a = review();
    const store = open();
    await store.append([a]);
    expect(await store.append([{ ...a }, { ...a, rating: 1 }])).toEqual({ count: 1 });
    expect((await open().get()).value.events).toEqual([a]);
  });

  it('loses no review when many are appended at once', async () => {
    const store = open();
    const batch = reviews(40);
    await Promise.all(batch.map((event) => store.append([event])));
    expect(ids((await open().get()).value.events)).toEqual(ids(batch));
  });

  it('tells listeners what each change added and the count after it, not changes that added nothing', async () => {
    const store = open();
    const heard: ReviewsChange[] = [];
    store.onChange((change) => heard.push(change));
    const [a, b, c] = reviews(3);
    await Promise.all([store.append([a]), store.append([b, c])]);
    await store.append([a]);
    expect(heard).toEqual([
      { count: 1, events: [a] },
      { count: 3, events: [b, c] },
    ]);
  });

  it('refuses an invalid event and keeps the log as it was', async () => {
    const store = open();
    await expect(store.append([{ ...review(), rating: 9 } as never])).rejects.toThrow(/Refusing to save invalid review history/);
    expect((await store.get()).value.events).toEqual([]);
  });

  it('refuses an append that would make the log larger than its cap, and says so', async () => {
    const small = new DocumentStore({ ...reviewsDocument, maxBytes: 1024 }, { directory });
    await small.modify((log) => ({ ...log, events: reviews(3) }));
    await expect(small.modify((log) => ({ ...log, events: [...log.events, ...reviews(10)] }))).rejects.toThrow(/review history would be larger than 1024 bytes/);
    expect((await small.get()).value.events).toHaveLength(3);
  });
});

describe('importing an exported log', () => {
  it('adds new events, counts duplicates and keeps the existing event on a conflict', async () => {
    const [a, b, c] = reviews(3);
    const store = open();
    await store.append([a, b]);
    expect(await store.import([{ ...a }, { ...b, rating: 1, correct: false }, c])).toEqual({ added: 1, duplicates: 1, conflicts: 1, count: 3 });
    expect((await open().get()).value.events).toEqual([a, b, c]);
  });

  it('places older imported events in time order', async () => {
    const [older, newer] = reviews(2);
    const store = open();
    await store.append([newer]);
    await store.import([older]);
    expect(ids((await open().get()).value.events)).toEqual([older.id, newer.id]);
  });
});

describe('a damaged log', () => {
  it('truncated, with a backup: the backup together with every whole event of the damaged file, which is kept aside', async () => {
    const events = reviews(5);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf(events.slice(0, 2)));
    const full = fileOf(events);
    await write(REVIEWS_FILE_NAME, full.slice(0, full.indexOf(events[4].id)));
    const loaded = await open().get();
    expect(ids(loaded.value.events)).toEqual(ids(events.slice(0, 4)));
    expect(loaded.recoveredFrom).toBe('backup');
    expect(loaded.notice).toBe(
      'The saved review history file was damaged (it is not valid JSON), so BiTE Atlas restored the last good backup together with the 4 entries it could still read. ' +
        `The damaged file was kept as reviews.corrupt-${STAMP}.json.`,
    );
    expect(await names()).toEqual([`reviews.corrupt-${STAMP}.json`, REVIEWS_FILE_NAME, `${REVIEWS_FILE_NAME}.bak`]);
    expect((await open().get()).value.events).toEqual(loaded.value.events);
  });

  it('truncated, without a backup: every whole event, a notice, the damaged file kept', async () => {
    const events = reviews(3);
    const full = fileOf(events);
    await write(REVIEWS_FILE_NAME, full.slice(0, -10));
    const loaded = await open().get();
    expect(ids(loaded.value.events)).toEqual(ids(events.slice(0, 2)));
    expect(loaded.notice).toMatch(/^The saved review history could not be read \(the file is not valid JSON\) and no usable backup was found, so BiTE Atlas kept the 2 entries it could still read\. Nothing was deleted: the damaged file was kept as reviews\.corrupt-/);
  });

  it('not JSON at all: the backup', async () => {
    const events = reviews(2);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf(events));
    await write(REVIEWS_FILE_NAME, '\u0000\u0000garbage');
    const loaded = await open().get();
    expect(loaded).toMatchObject({ value: { events }, recoveredFrom: 'backup' });
  });

  it('with one invalid event among valid ones: every valid event (also those newer than the backup), and the count of the lost one', async () => {
    const events = reviews(4);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf(events.slice(0, 1)));
    await write(REVIEWS_FILE_NAME, fileOf([events[0], events[1], { ...events[2], rating: 0 }, events[3]]));
    const loaded = await open().get();
    expect(ids(loaded.value.events)).toEqual(ids([events[0], events[1], events[3]]));
    expect(loaded.notice).toMatch(/damaged \(it does not hold valid data\), so BiTE Atlas restored the last good backup together with the 3 entries it could still read \(1 entry could not be read\)/);
    const store = open();
    await store.append([review()]);
    expect((await open().get()).value.events).toHaveLength(4);
  });

  it('with one invalid event and both files damaged: every valid event of both', async () => {
    const events = reviews(3);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf([events[0], { bad: true }]));
    await write(REVIEWS_FILE_NAME, fileOf([{ ...events[1], mode: 'cram' }, events[2]]));
    const loaded = await open().get();
    expect(ids(loaded.value.events)).toEqual(ids([events[0], events[2]]));
    expect(loaded.recoveredFrom).toBe('defaults');
    expect(loaded.notice).toMatch(/so BiTE Atlas kept the 2 entries it could still read\. Nothing was deleted: the damaged files were kept as reviews\.corrupt-.*\.json and reviews\.bak\.corrupt-.*\.json/);
  });

  it('written by a newer version: set aside (never overwritten), the backup with what can still be read, and saving goes on', async () => {
    const events = reviews(3);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf(events.slice(0, 1)));
    const newer = fileOf([...events.slice(0, 2), { type: 'note', id: newReviewId(NOW.getTime()), at: NOW.getTime(), text: 'v2 only' }], 2);
    await write(REVIEWS_FILE_NAME, newer);
    const store = open();
    const loaded = await store.get();
    expect(ids(loaded.value.events)).toEqual(ids(events.slice(0, 2)));
    expect(loaded.notice).toBe(
      'The saved review history file was written by a newer version of BiTE Atlas (format 2; this version reads up to 1), so BiTE Atlas restored the last good backup ' +
        `together with the 2 entries it could still read (1 entry could not be read). The newer file was kept as reviews.newer-${STAMP}.json.`,
    );
    expect(loaded.unsavedReason).toBeUndefined();
    expect(await readFile(join(directory, `reviews.newer-${STAMP}.json`), 'utf8')).toBe(newer);
    await store.append([events[2]]);
    expect(ids((await open().get()).value.events)).toEqual(ids(events));
  });

  it('written by a newer version, every event readable and no backup: still set aside and said', async () => {
    const events = reviews(2);
    await write(REVIEWS_FILE_NAME, fileOf(events, 3));
    const loaded = await open().get();
    expect(loaded.value.events).toEqual(events);
    expect(loaded.notice).toMatch(/written by a newer version of BiTE Atlas \(format 3.*kept the 2 entries it could still read\. Nothing was deleted: the file was kept as reviews\.newer-/);
  });

  it('larger than the cap: not read, recovered from the backup and kept aside', async () => {
    const events = reviews(2);
    await write(`${REVIEWS_FILE_NAME}.bak`, fileOf(events));
    await write(REVIEWS_FILE_NAME, fileOf(events));
    await truncate(join(directory, REVIEWS_FILE_NAME), REVIEW_LOG_MAX_BYTES + 1); // sparse: no disk used
    const loaded = await open().get();
    expect(loaded).toMatchObject({ value: { events }, recoveredFrom: 'backup' });
    expect(loaded.notice).toMatch(new RegExp(`damaged \\(it is larger than ${REVIEW_LOG_MAX_BYTES} bytes\\), so BiTE Atlas restored the last good backup\\. The damaged file was kept as reviews\\.corrupt-`));
  });

  it('with a UTF-8 byte-order mark (saved by an editor) loads as it is, without a notice', async () => {
    const events = reviews(2);
    await write(REVIEWS_FILE_NAME, `\uFEFF${JSON.stringify({ document: 'reviews', version: 1, data: { version: 1, events } }, null, 2)}`);
    expect(await open().get()).toEqual({ value: { version: 1, events } });
  });

  it('that is an export file copied in its place: every event, without a notice', async () => {
    const events = reviews(2);
    await write(REVIEWS_FILE_NAME, JSON.stringify(makeReviewExport(events)));
    expect(await open().get()).toEqual({ value: { version: 1, events } });
  });
});
