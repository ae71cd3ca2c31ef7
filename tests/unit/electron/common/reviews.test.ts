// The review log's rules as both editions rely on them: a strict event schema, merging by id that never overwrites
// (a conflict is kept as it was and reported), salvage of every valid event of damaged data, and an export file
// whose errors name the field.
import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_MS,
  REVIEWS_CHANGE_MAX_EVENTS,
  REVIEW_ID_PATTERN,
  REVIEW_LOG_MAX_BYTES,
  capAnswerMs,
  makeReviewExport,
  mergeReviewEvents,
  migrateReviewLog,
  newReviewId,
  parseReviewEvent,
  parseReviewExport,
  parseReviewLog,
  reviewEventSchema,
  reviewsChange,
  salvageReviewEvents,
  type Review,
  type ReviewEvent,
} from '../../../../electron/common/reviews';

const T0 = Date.UTC(2026, 0, 5, 9);
let serial = 0;
function review(patch: Partial<Review> = {}): Review {
  serial += 1;
  return { type: 'review', id: newReviewId(T0 + serial), at: T0 + serial * 1000, card: 'bank:crs-grade-2-tocilizumab', rating: 3, correct: true, chosen: 1, ms: 8200, mode: 'review', ...patch };
}

describe('a review event', () => {
  it('of every kind validates', () => {
    const first = review({ card: 'tpl:il6-peak-time', instance: 'seed-4f1a.7', mode: 'exam', rating: 1, correct: false });
    const events: ReviewEvent[] = [
      first,
      { type: 'undo', id: newReviewId(T0), at: T0, target: first.id },
      ...(['suspend', 'unsuspend', 'flag', 'unflag'] as const).map((type) => ({ type, id: newReviewId(T0), at: T0, card: 'case:crs-grade-3' })),
    ];
    for (const event of events) expect(reviewEventSchema.safeParse(event).success, event.type).toBe(true);
  });

  it.each([
    ['a rating of 0', { rating: 0 }],
    ['a rating of 5', { rating: 5 }],
    ['a chosen option past F', { chosen: 6 }],
    ['a negative answer time', { ms: -1 }],
    ['an answer time past the cap', { ms: MAX_ANSWER_MS + 1 }],
    ['a fractional time', { at: T0 + 0.5 }],
    ['a time in seconds', { at: Math.floor(T0 / 1000) }],
    ['an unknown mode', { mode: 'cram' }],
    ['a card of an unknown kind', { card: 'deck:x' }],
    ['a card id with capitals', { card: 'bank:CRS' }],
    ['a card id of 81 characters after the kind', { card: `bank:${'a'.repeat(81)}` }],
    ['an instance of 65 characters', { instance: 'x'.repeat(65) }],
    ['an instance with braces', { instance: '{"a":1}' }],
    ['an id of another shape', { id: 'review-1' }],
    ['an extra field', { note: 'hi' }],
    ['correct as a string', { correct: 'yes' }],
  ])('is refused with %s', (_story, patch) => {
    expect(reviewEventSchema.safeParse({ ...review(), ...patch }).success).toBe(false);
  });

  it('has ids that are valid, unique and sort in the order they were made', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => newReviewId(T0 + Math.floor(index / 100)));
    for (const id of ids) expect(id).toMatch(REVIEW_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('records a time to answer that is whole, not negative and capped', () => {
    expect([capAnswerMs(1234.6), capAnswerMs(-5), capAnswerMs(3_600_000), capAnswerMs(Number.NaN)]).toEqual([1235, 0, MAX_ANSWER_MS, MAX_ANSWER_MS]);
  });

  it('once checked is frozen, so it cannot change behind the log', () => {
    const event = parseReviewEvent(review())!;
    expect(Object.isFrozen(event)).toBe(true);
    expect(parseReviewEvent(event)).toBe(event);
  });
});

describe('a stored log', () => {
  it('parses when every event is valid and ids are unique, sorted by time then id', () => {
    const [a, b, c] = [review(), review(), review()];
    const sameTime = { ...c, at: a.at };
    expect(parseReviewLog({ version: 1, events: [b, sameTime, a] })?.events.map((e) => e.id)).toEqual([a, sameTime].sort((x, y) => (x.id < y.id ? -1 : 1)).map((e) => e.id).concat(b.id));
  });

  it('is refused with a bad event, a repeated id, another version or extra fields', () => {
    const a = review();
    expect(parseReviewLog({ version: 1, events: [a, { ...a, rating: 9 }] })).toBeUndefined();
    expect(parseReviewLog({ version: 1, events: [a, { ...a }] })).toBeUndefined();
    expect(parseReviewLog({ version: 2, events: [a] })).toBeUndefined();
    expect(parseReviewLog({ version: 1, events: [a], extra: 1 })).toBeUndefined();
    expect(parseReviewLog([a])).toBeUndefined();
  });

  it('has a migration hook that refuses formats it cannot upgrade', () => {
    const log = { version: 1, events: [] };
    expect(migrateReviewLog(log, 1)).toBe(log);
    expect(() => migrateReviewLog(log, 0)).toThrow(/no migration from review log format 0/);
  });

  it('keeps every valid event of damaged data, the first of each id, and counts the rest', () => {
    const [a, b] = [review(), review()];
    expect(salvageReviewEvents({ version: 7, events: [b, 'junk', { ...a, rating: 0 }, a, { ...a, ms: 1 }] })).toEqual({ events: [a, b], dropped: 3 });
    expect(salvageReviewEvents([a])).toEqual({ events: [a], dropped: 0 });
    expect(salvageReviewEvents(42)).toEqual({ events: [], dropped: 0 });
  });

  it('keeps every whole event of a truncated file', () => {
    const events = [review(), review({ instance: 'seed:9' }), review()];
    const text = JSON.stringify({ document: 'reviews', version: 1, data: { version: 1, events } });
    const cut = text.slice(0, text.indexOf(events[2].id) + 5);
    expect(salvageReviewEvents(undefined, cut)).toEqual({ events: events.slice(0, 2), dropped: 0 });
    expect(salvageReviewEvents(undefined, JSON.stringify(events, null, 2).slice(0, -30))).toEqual({ events: events.slice(0, 2), dropped: 0 });
  });
});

describe('merging by id', () => {
  it('adds new events, counts duplicates and never overwrites a conflicting one', () => {
    const [a, b, c] = [review(), review(), review()];
    const changedB = { ...b, rating: 1 as const, correct: false };
    const result = mergeReviewEvents([a, b], [c, { ...a }, changedB, c]);
    expect(result.events).toEqual([a, b, c]);
    expect(result.events[1]).toBe(b);
    expect(result.added).toEqual([c]);
    expect(result.duplicates).toBe(2);
    expect(result.conflicts).toEqual([b.id]);
  });

  it('treats the same content with fields in another order as a duplicate', () => {
    const a = review();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as ReviewEvent;
    expect(mergeReviewEvents([a], [reordered])).toMatchObject({ added: [], duplicates: 1, conflicts: [] });
  });

  it('sorts the result by time, then id, also when older events arrive', () => {
    const events = Array.from({ length: 30 }, () => review());
    const shuffled = [...events].sort((x, y) => (x.id.slice(-3) < y.id.slice(-3) ? -1 : 1));
    const merged = mergeReviewEvents(events.filter((_, index) => index % 2 === 0), shuffled);
    expect(merged.events).toEqual(events);
    expect(merged.added).toEqual(events.filter((_, index) => index % 2 === 1));
  });

  it('announces a change with the events added, or only the count after a large import', () => {
    const a = review();
    expect(reviewsChange(5, [])).toBeUndefined();
    expect(reviewsChange(5, [a])).toEqual({ count: 5, events: [a] });
    expect(reviewsChange(9000, Array.from({ length: REVIEWS_CHANGE_MAX_EVENTS + 1 }, () => a))).toEqual({ count: 9000 });
  });
});

describe('the export file', () => {
  it('round-trips through JSON text, with a byte-order mark too', () => {
    const events = [review(), review({ type: 'review', mode: 'tutor' })];
    const file = makeReviewExport([events[1], events[0]], new Date('2026-02-01T10:00:00.000Z'));
    expect(file).toEqual({ app: 'bite-atlas', kind: 'review-log', version: 1, exportedAt: '2026-02-01T10:00:00.000Z', events });
    expect(parseReviewExport(`\uFEFF${JSON.stringify(file)}`)).toEqual({ ok: true, value: file, duplicates: 0, conflicts: [] });
  });

  it('reports ids repeated within the file as the merge would', () => {
    const a = review();
    const parsed = parseReviewExport({ ...makeReviewExport([a]), events: [a, a, { ...a, rating: 4 }] });
    expect(parsed).toMatchObject({ ok: true, duplicates: 1, conflicts: [a.id] });
  });

  const good = () => makeReviewExport([review(), review()], new Date(T0));
  const withEvent = (patch: Record<string, unknown>) => {
    const file = good();
    return { ...file, events: [file.events[0], { ...file.events[1], ...patch }] };
  };
  it.each([
    ['not JSON', '{"app": "bite-atlas", ', /^the file is not JSON/],
    ['not an object', '[]', /does not hold a review export/],
    ['another app', { ...good(), app: 'anki' }, /^app: not a BiTE Atlas file$/],
    ['another kind', { ...good(), kind: 'settings' }, /^kind: not a review log$/],
    ['a newer format', { ...good(), version: 2 }, /^version: the file was written by a newer version of BiTE Atlas \(format 2/],
    ['a format with no migration', { ...good(), version: 0 }, /^version: format 0 cannot be read/],
    ['a bad export time', { ...good(), exportedAt: 'yesterday' }, /^exportedAt: expected an ISO date and time/],
    ['no events', { ...good(), events: undefined }, /^events: missing$/],
    ['an extra field', { ...good(), owner: 'me' }, /^file: unknown field owner$/],
    ['a bad rating', withEvent({ rating: 7 }), /^events\[1\]\.rating: expected a rating 1, 2, 3 or 4 \(event [0-9a-z-]+\)$/],
    ['a missing answer time', withEvent({ ms: undefined }), /^events\[1\]\.ms: missing/],
    ['an unknown mode', withEvent({ mode: 'cram' }), /^events\[1\]\.mode: expected "review" or "tutor" or "exam" or "custom"/],
    ['an unknown event type', withEvent({ type: 'erase' }), /^events\[1\]\.type: expected type review, undo, suspend/],
    ['a bad card', withEvent({ card: 'deck:x' }), /^events\[1\]\.card: not a card id/],
    ['several problems', withEvent({ rating: 7, ms: -3 }), /^events\[1\]\.rating: .*\(and 1 more problem\)$/],
  ])('with %s is refused with an error naming the field', (_story, input, error) => {
    const parsed = parseReviewExport(typeof input === 'string' ? input : JSON.stringify(input));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(error);
  });

  it('larger than the cap is refused before parsing', () => {
    const parsed = parseReviewExport(' '.repeat(REVIEW_LOG_MAX_BYTES + 1));
    expect(parsed).toEqual({ ok: false, error: 'the file is larger than 48 MiB' });
  });
});

describe('the size cap', () => {
  it('holds 100 000 events of the largest kind', () => {
    const largest = review({ card: `bank:${'a'.repeat(80)}`, instance: 'x'.repeat(64), ms: MAX_ANSWER_MS, mode: 'custom', chosen: 5, correct: false });
    const bytesPerEvent = JSON.stringify(largest).length + 1;
    expect(bytesPerEvent * 100_000 + 100).toBeLessThan(REVIEW_LOG_MAX_BYTES);
  });
});
