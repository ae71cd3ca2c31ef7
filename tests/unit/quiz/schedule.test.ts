// Scheduling with ts-fsrs, as a resident meets it: each rating moves the next due date exactly as ts-fsrs says,
// learning and relearning steps bring a card back the same day, undo takes a rating back, the fold of the log
// gives the same states whether it trusts the stored states or replays every review, and the due queue counts
// what is due today (study day from 04:00), leaves suspended cards out and limits new cards.
import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, type Grade } from 'ts-fsrs';
import {
  Scheduler,
  buildDueQueue,
  encodeSnapshot,
  foldLog,
  snapshotOf,
  studyDayStart,
  type CardSnapshot,
  type FoldEvent,
  type RatingValue,
} from '../../../renderer/src/quiz/schedule';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = new Date(2026, 11, 2, 9, 0).getTime(); // 09:00 local, 2 Dec 2026

/** A log of reviews made here, in order, each with the state it produced (as the quiz writes them). */
function reviewsOf(scheduler: Scheduler, steps: [card: string, at: number, rating: RatingValue][]): FoldEvent[] {
  const last = new Map<string, { id: string; snapshot: CardSnapshot }>();
  return steps.map(([card, at, rating], i) => {
    const previous = last.get(card) ?? null;
    const fsrsState = scheduler.next(previous?.snapshot ?? null, at, rating);
    const id = `r${String(i).padStart(5, '0')}`;
    last.set(card, { id, snapshot: fsrsState });
    return { type: 'review', id, at, card, rating, correct: rating > 1, fsrs: encodeSnapshot(fsrsState), after: previous?.id ?? null };
  });
}

describe('Scheduler (ts-fsrs)', () => {
  const scheduler = new Scheduler(0.9);
  const reference = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));

  it('moves the next due date for each rating exactly as ts-fsrs does, for a new and for a mature card', () => {
    let mature = createEmptyCard(new Date(T0));
    for (const [days, grade] of [[0, 3], [0.01, 3], [1, 3], [4, 3]] as const) mature = reference.next(mature, new Date(T0 + days * DAY), grade as Grade).card;
    for (const card of [createEmptyCard(new Date(T0)), mature]) {
      const at = T0 + 20 * DAY;
      const preview = scheduler.preview(card.reps ? snapshotOf(card) : null, at);
      for (const rating of [1, 2, 3, 4] as const) {
        const expected = reference.next(card, new Date(at), rating as Grade).card;
        expect(scheduler.next(card.reps ? snapshotOf(card) : null, at, rating)).toEqual(snapshotOf(expected));
        expect(preview[rating]).toBe(expected.due.getTime());
      }
      // and the ratings order the due dates: Again ≤ Hard ≤ Good ≤ Easy
      expect(preview[1]).toBeLessThanOrEqual(preview[2]);
      expect(preview[2]).toBeLessThanOrEqual(preview[3]);
      expect(preview[3]).toBeLessThanOrEqual(preview[4]);
    }
  });

  it('brings a new card back after the learning steps (1 min, 10 min) the same day, then graduates it', () => {
    const again = scheduler.next(null, T0, 1);
    expect(again.state).toBe(1);
    expect(again.due - T0).toBe(1 * MIN);
    const good = scheduler.next(again, T0 + MIN, 3);
    expect(good.state).toBe(1);
    expect(good.due - (T0 + MIN)).toBe(10 * MIN);
    const graduated = scheduler.next(good, T0 + 11 * MIN, 3);
    expect(graduated.state).toBe(2);
    expect(graduated.due - (T0 + 11 * MIN)).toBeGreaterThanOrEqual(DAY);
  });

  it('sends a forgotten review card to relearning, due again in 10 minutes, and counts the lapse', () => {
    let s = scheduler.next(null, T0, 4);
    expect(s.state).toBe(2);
    const lapse = scheduler.next(s, s.due, 1);
    expect(lapse.state).toBe(3);
    expect(lapse.due - s.due).toBe(10 * MIN);
    expect(lapse.lapses).toBe(1);
    s = scheduler.next(lapse, lapse.due, 3);
    expect(s.state).toBe(2);
  });

  it('rejects a desired retention outside 0.80–0.97, and a higher retention gives shorter intervals', () => {
    expect(() => new Scheduler(0.5)).toThrow(RangeError);
    expect(() => new Scheduler(0.99)).toThrow(RangeError);
    const relaxed = new Scheduler(0.8).next(null, T0, 4);
    const strict = new Scheduler(0.97).next(null, T0, 4);
    expect(strict.due).toBeLessThan(relaxed.due);
  });
});

describe('folding the review log', () => {
  const scheduler = new Scheduler(0.9);
  const steps: [string, number, RatingValue][] = [
    ['bank:a', T0, 1],
    ['bank:b', T0 + MIN, 3],
    ['bank:a', T0 + 2 * MIN, 3],
    ['bank:a', T0 + 13 * MIN, 3],
    ['bank:b', T0 + 15 * MIN, 4],
    ['bank:a', T0 + 3 * DAY, 2],
  ];

  it('gives the same card states from the stored states as from replaying every review through ts-fsrs', () => {
    const log = reviewsOf(scheduler, steps);
    const stripped = log.map((e) => (e.type === 'review' ? { ...e, fsrs: undefined, after: undefined } : e));
    const fast = foldLog(log, scheduler);
    const replayed = foldLog(stripped, scheduler);
    for (const card of ['bank:a', 'bank:b']) expect(fast.get(card)!.snapshot).toEqual(replayed.get(card)!.snapshot);
    expect(fast.get('bank:a')!.reviews).toHaveLength(4);
  });

  it('takes an undone rating back: the card returns to its state before it, and the next review builds on that', () => {
    const log = reviewsOf(scheduler, steps);
    const before = foldLog(log.slice(0, 3), scheduler).get('bank:a')!.snapshot;
    const undo: FoldEvent = { type: 'undo', id: 'u1', at: T0 + 14 * MIN, target: log[3]!.id };
    const withUndo = foldLog([...log.slice(0, 4), undo], scheduler).get('bank:a')!;
    expect(withUndo.snapshot).toEqual(before);
    expect(withUndo.reviews.map((r) => r.id)).toEqual([log[0]!.id, log[2]!.id]);
    // the last review was computed from the undone one: its stored state is not trusted, it is recomputed
    const after = foldLog([...log, undo], scheduler).get('bank:a')!;
    expect(after.snapshot).toEqual(scheduler.next(before, T0 + 3 * DAY, 2));
  });

  it('recomputes reviews merged in from another machine (stored states that do not follow on) and sorts them by time', () => {
    const here = reviewsOf(scheduler, [['bank:a', T0, 3], ['bank:a', T0 + 2 * DAY, 3]]);
    const elsewhere = reviewsOf(scheduler, [['bank:a', T0 + DAY, 1]]).map((e) => ({ ...e, id: 'x-elsewhere' }));
    const merged = foldLog([...here, ...elsewhere].reverse(), scheduler).get('bank:a')!;
    let expected = scheduler.next(null, T0, 3);
    expected = scheduler.next(expected, T0 + DAY, 1);
    expected = scheduler.next(expected, T0 + 2 * DAY, 3);
    expect(merged.snapshot).toEqual(expected);
  });

  it('keeps the last word on suspend and flag', () => {
    const records = foldLog(
      [
        { type: 'flag', id: 'f1', at: T0, card: 'bank:a' },
        { type: 'suspend', id: 's1', at: T0 + 1, card: 'bank:a' },
        { type: 'unflag', id: 'f2', at: T0 + 2, card: 'bank:a' },
        { type: 'flag', id: 'f3', at: T0 + 3, card: 'bank:b' },
      ],
      scheduler,
    );
    expect(records.get('bank:a')).toMatchObject({ suspended: true, flagged: false, snapshot: null });
    expect(records.get('bank:b')).toMatchObject({ suspended: false, flagged: true });
  });
});

describe('the due queue', () => {
  const scheduler = new Scheduler(0.9);
  const cards = ['bank:a', 'bank:b', 'bank:c', 'bank:d', 'tpl:e', 'case:f'];

  it('puts learning cards due now first, reviews due today next, and new cards up to the daily limit', () => {
    const log = reviewsOf(scheduler, [
      ['bank:a', T0 - 5 * DAY, 4], // review card, due in a few days → due today by now?
      ['bank:b', T0 - MIN, 1], // learning, due 1 min after → due now
      ['bank:c', T0 - 10 * DAY, 3],
      ['bank:c', T0 - 10 * DAY + 2 * MIN, 3],
      ['bank:c', T0 - 10 * DAY + 15 * MIN, 3],
    ]);
    const records = foldLog([...log, { type: 'suspend', id: 'zz', at: T0, card: 'case:f' }], scheduler);
    const queue = buildDueQueue(cards, records, T0, 1);
    expect(queue.learning.map((x) => x.card)).toEqual(['bank:b']);
    const dueCards = ['bank:a', 'bank:c'].filter((c) => records.get(c)!.snapshot!.due < studyDayStart(T0) + DAY);
    expect(queue.review.map((x) => x.card)).toEqual(dueCards.sort((x, y) => records.get(x)!.snapshot!.due - records.get(y)!.snapshot!.due));
    expect(queue.dueToday).toBe(1 + dueCards.length);
    // one new card a day, and bank:b was started today
    expect(queue.fresh).toEqual([]);
    expect(buildDueQueue(cards, records, T0, 3).fresh).toEqual(['bank:d', 'tpl:e']);
  });

  it('starts the study day at 04:00 local time', () => {
    const late = new Date(2026, 11, 3, 2, 30).getTime();
    expect(new Date(studyDayStart(late)).getDate()).toBe(2);
    expect(new Date(studyDayStart(late)).getHours()).toBe(4);
    expect(new Date(studyDayStart(new Date(2026, 11, 3, 4, 0).getTime())).getDate()).toBe(3);
  });

  it('lists learning cards due later today with their due time (a session shows them when due)', () => {
    const log = reviewsOf(scheduler, [['bank:a', T0, 1], ['bank:a', T0 + MIN, 3]]);
    const records = foldLog(log, scheduler);
    const queue = buildDueQueue(cards, records, T0 + 2 * MIN, 0);
    expect(queue.learning).toEqual([{ card: 'bank:a', due: T0 + 11 * MIN }]);
    expect(queue.dueToday).toBe(1);
  });
});
