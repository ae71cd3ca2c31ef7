// The quiz's pure parts around a session: which card comes next in a review, custom filters, choosing a set,
// the exam summary; the store that appends answers (with the FSRS state they produced), undoes, flags, follows
// other windows and keeps a failed write pending; statistics; the Anki export.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type QuizCatalogue } from '../../../renderer/src/quiz/cards';
import type { QuizItem } from '../../../renderer/src/data/content';
import { EMPTY_FILTER, chooseSet, filterCards, nextReviewCard, summarizeExam, type SessionPlan } from '../../../renderer/src/quiz/session';
import { QuizStore, type ReviewEvent, type ReviewPort } from '../../../renderer/src/quiz/store';
import { Scheduler, foldLog, type DueQueue, type FoldEvent } from '../../../renderer/src/quiz/schedule';
import { answerTimes, dueForecast, groupStats, reviewsPerDay } from '../../../renderer/src/quiz/stats';
import { ankiCsv, ankiRow } from '../../../renderer/src/quiz/anki';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = new Date(2026, 11, 2, 9, 0).getTime();

function item(id: string, lesson: string, extra: Partial<QuizItem> = {}): QuizItem {
  return {
    id,
    lesson,
    section: 's',
    kind: 'vignette',
    difficulty: 2,
    tags: ['crs'],
    stem: `Stem of ${id}, with "quotes", a comma and <b>markup</b>.`,
    options: [
      { text: 'Right', correct: true, explanation: 'Why right.' },
      { text: 'Wrong', correct: false, explanation: 'Why wrong.' },
      { text: 'Other', correct: false, explanation: 'Why other.' },
    ],
    refs: ['ribera2015'],
    ...extra,
  };
}

const catalogue: QuizCatalogue = buildCatalogue(
  [item('a', 'l1'), item('b', 'l1', { difficulty: 1, tags: ['dosing'] }), item('c', 'l2', { kind: 'knowledge' })],
  [
    { id: 'crs', label: 'CRS' },
    { id: 'dosing', label: 'Dosing' },
  ],
  [],
  [],
);

/** A port in memory that can be told to fail, and that hears what "another window" appends. */
function memoryPort(initial: ReviewEvent[] = []) {
  const stored: ReviewEvent[] = [...initial];
  let fail = false;
  let listener: ((events: readonly ReviewEvent[]) => void) | null = null;
  const port: ReviewPort = {
    load: async () => ({ events: [...stored] }),
    append: async (events) => {
      if (fail) throw new Error('disk full');
      stored.push(...events);
    },
    subscribe: (l) => {
      listener = l;
      return () => (listener = null);
    },
  };
  return { port, stored, setFail: (f: boolean) => (fail = f), other: (events: ReviewEvent[]) => listener?.(events) };
}

describe('a review session’s next card', () => {
  const queue: DueQueue = {
    learning: [
      { card: 'bank:late', due: T0 + 15 * MIN },
      { card: 'bank:now', due: T0 - MIN },
    ].sort((x, y) => x.due - y.due),
    review: [{ card: 'bank:rev', due: T0 - DAY }],
    fresh: ['bank:new'],
    dueToday: 3,
  };

  it('takes a due learning card first, then reviews, then new cards, then learning cards within 20 minutes', () => {
    expect(nextReviewCard(queue, T0)).toBe('bank:now');
    expect(nextReviewCard(queue, T0, new Set(['bank:now']))).toBe('bank:rev');
    expect(nextReviewCard(queue, T0, new Set(['bank:now', 'bank:rev']))).toBe('bank:new');
    expect(nextReviewCard(queue, T0, new Set(['bank:now', 'bank:rev', 'bank:new']))).toBe('bank:late');
    expect(nextReviewCard({ ...queue, learning: [{ card: 'bank:later', due: T0 + 30 * MIN }], review: [], fresh: [] }, T0)).toBeNull();
  });
});

describe('custom sessions', () => {
  const scheduler = new Scheduler();
  const records = foldLog(
    [
      { type: 'review', id: 'r1', at: T0, card: 'bank:a', rating: 1, correct: false },
      { type: 'review', id: 'r2', at: T0 + MIN, card: 'bank:b', rating: 3, correct: true },
      { type: 'flag', id: 'f1', at: T0, card: 'bank:b' },
      { type: 'suspend', id: 's1', at: T0, card: 'bank:c' },
    ] as FoldEvent[],
    scheduler,
  );

  it('filters by lesson, tag, difficulty, flag, last answer wrong and never answered; suspended cards never', () => {
    const ids = (filter: Partial<typeof EMPTY_FILTER>) => filterCards(catalogue.cards, records, { ...EMPTY_FILTER, ...filter }).map((c) => c.id);
    expect(ids({})).toEqual(['bank:a', 'bank:b']);
    expect(ids({ lessons: ['l2'] })).toEqual([]);
    expect(ids({ tags: ['dosing'] })).toEqual(['bank:b']);
    expect(ids({ difficulties: [2] })).toEqual(['bank:a']);
    expect(ids({ flagged: true })).toEqual(['bank:b']);
    expect(ids({ wrong: true })).toEqual(['bank:a']);
    expect(ids({ unseen: true })).toEqual([]);
  });

  it('chooses cards never answered first, then the least recently answered', () => {
    const cards = buildCatalogue([item('a', 'l1'), item('b', 'l1'), item('n', 'l1')], catalogue.tags, [], []).cards;
    let k = 0;
    const random = () => ((k += 0.37) % 1);
    expect(chooseSet(cards, records, 1, random)).toEqual(['bank:n']);
    expect(chooseSet(cards, records, 2, random).sort()).toEqual(['bank:a', 'bank:n']);
  });

  it('summarises an exam: score, unanswered questions counted wrong, score by lesson, median time', () => {
    const plan: SessionPlan = { mode: 'exam', cards: ['bank:a', 'bank:b', 'bank:c'], explanations: 'end', minutes: 5 };
    const summary = summarizeExam(
      plan,
      [
        { card: 'bank:a', seed: 1, chosen: 0, correct: true, ms: 20_000, rating: 3, reviewId: 'x' },
        { card: 'bank:b', seed: 2, chosen: 1, correct: false, ms: 40_000, rating: 1, reviewId: 'y' },
      ],
      catalogue.byId,
    );
    expect(summary).toMatchObject({ correct: 1, total: 3, answered: 2, medianSeconds: 30 });
    expect(summary.wrong.map((w) => w.card)).toEqual(['bank:b', 'bank:c']);
    expect(summary.byLesson).toEqual([
      ['l1', 1, 2],
      ['l2', 0, 1],
    ]);
  });
});

describe('the quiz store', () => {
  it('appends each answer with the FSRS state it produced, so a reload folds the same records', async () => {
    const mem = memoryPort();
    const store = new QuizStore(mem.port, 0.9);
    await store.load();
    const first = store.answer({ card: 'bank:a', correct: false, ms: 12_345.6, mode: 'review', at: T0 });
    store.answer({ card: 'bank:a', correct: true, ms: 5000, mode: 'review', at: T0 + MIN, rating: 3 });
    await store.settled();
    expect(mem.stored).toHaveLength(2);
    expect(first).toMatchObject({ rating: 1, ms: 12_346, after: null });
    expect((mem.stored[1] as { after: string }).after).toBe(first.id);
    const reloaded = new QuizStore(mem.port, 0.9);
    await reloaded.load();
    expect(reloaded.getSnapshot().records.get('bank:a')!.snapshot).toEqual(store.getSnapshot().records.get('bank:a')!.snapshot);
  });

  it('undoes, flags and suspends by appending events (never rewriting one)', async () => {
    const mem = memoryPort();
    const store = new QuizStore(mem.port, 0.9);
    await store.load();
    const review = store.answer({ card: 'bank:a', correct: true, ms: 1, mode: 'tutor', at: T0 });
    store.undo(review.id, T0 + 1);
    store.setFlag('bank:a', true, T0 + 2);
    store.setSuspended('bank:b', true, T0 + 3);
    await store.settled();
    expect(mem.stored.map((e) => e.type)).toEqual(['review', 'undo', 'flag', 'suspend']);
    const records = store.getSnapshot().records;
    expect(records.get('bank:a')).toMatchObject({ snapshot: null, flagged: true, reviews: [] });
    expect(records.get('bank:b')!.suspended).toBe(true);
  });

  it('keeps answers whose write failed, says so, and writes them with the next one', async () => {
    const mem = memoryPort();
    const store = new QuizStore(mem.port, 0.9);
    await store.load();
    mem.setFail(true);
    store.answer({ card: 'bank:a', correct: true, ms: 1, mode: 'review', at: T0 });
    await store.settled();
    expect(store.getSnapshot().error).toBe('disk full');
    expect(store.getSnapshot().records.get('bank:a')!.reviews).toHaveLength(1);
    mem.setFail(false);
    store.answer({ card: 'bank:b', correct: true, ms: 1, mode: 'review', at: T0 + 1 });
    await store.settled();
    expect(mem.stored.map((e) => (e as { card: string }).card)).toEqual(['bank:a', 'bank:b']);
    expect(store.getSnapshot().error).toBeNull();
  });

  it('folds in what another window appended, once', async () => {
    const mem = memoryPort();
    const store = new QuizStore(mem.port, 0.9);
    await store.load();
    const event: ReviewEvent = { type: 'review', id: '0000000aa-0001-abcdefgh', at: T0, card: 'bank:c', rating: 3, correct: true, ms: 10, mode: 'review' };
    mem.other([event]);
    mem.other([event]);
    expect(store.getSnapshot().events).toHaveLength(1);
    expect(store.getSnapshot().records.get('bank:c')!.reviews).toHaveLength(1);
  });
});

describe('statistics', () => {
  const scheduler = new Scheduler();
  const events: FoldEvent[] = [
    { type: 'review', id: 'r1', at: T0 - 3 * DAY, card: 'bank:a', rating: 3, correct: true, ms: 10_000 },
    { type: 'review', id: 'r2', at: T0 - DAY, card: 'bank:a', rating: 1, correct: false, ms: 70_000 },
    { type: 'review', id: 'r3', at: T0 - DAY + MIN, card: 'bank:a', rating: 3, correct: true, ms: 20_000 },
    { type: 'review', id: 'r4', at: T0 - DAY, card: 'bank:c', rating: 3, correct: true, ms: 200_000 },
  ] as FoldEvent[];
  const records = foldLog(events, scheduler);

  it('counts accuracy and recall after a gap of a day or more, by lesson and by tag', () => {
    const byLesson = groupStats(catalogue, records, [{ id: 'l1', label: 'L1' }, { id: 'l2', label: 'L2' }], (id) => [catalogue.byId.get(id)!.lesson]);
    expect(byLesson[0]).toMatchObject({ reviews: 3, correct: 2, recalls: 1, recalled: 0 });
    expect(byLesson[0]!.accuracy).toBeCloseTo(2 / 3);
    expect(byLesson[1]).toMatchObject({ reviews: 1, correct: 1, recalls: 0, retention: null });
  });

  it('forecasts due cards per day, draws reviews per day and bins answer times', () => {
    const forecast = dueForecast(records, T0, 30);
    expect(forecast).toHaveLength(30);
    expect(forecast.reduce((s, d) => s + d.due, 0)).toBe(2);
    const days = reviewsPerDay(records, T0, 7);
    expect(days.reduce((s, d) => s + d.reviews, 0)).toBe(4);
    const times = answerTimes(records);
    expect(times.bins.map((b) => b.count)).toEqual([1, 1, 0, 1, 0, 1]);
    expect(times.medianSeconds).toBe(45);
  });
});

describe('the Anki export', () => {
  it('writes front (stem and lettered options), back (answer, why, the others, sources) and tags, escaped', () => {
    const [front, back, tags] = ankiRow(item('a', 'l1'));
    expect(front).toContain('&lt;b&gt;markup&lt;/b&gt;');
    // the options, lettered, in an order fixed by the item's id; the back names the right one by its letter
    const letters = [...front.matchAll(/<br>([A-C])\. (Right|Wrong|Other)/g)].map((m) => [m[1], m[2]]);
    expect(letters.map((l) => l[1]).sort()).toEqual(['Other', 'Right', 'Wrong']);
    const rightLetter = letters.find((l) => l[1] === 'Right')![0];
    expect(back.startsWith(`<b>${rightLetter}. Right</b><br>Why right.<br><br>`)).toBe(true);
    expect(back).toContain('Why wrong.');
    expect(back).toContain('Why other.');
    expect(ankiRow(item('a', 'l1'))).toEqual([front, back, tags]);
    expect(tags).toBe('bite-atlas bite-atlas::l1 bite-atlas::topic::crs bite-atlas::difficulty::2 bite-atlas::vignette');
    // over many items the right answer is not always in one place
    const places = new Set(Array.from({ length: 30 }, (_, k) => ankiRow(item(`q${k}`, 'l1'))[0].match(/<br>([A-C])\. Right/)![1]));
    expect(places.size).toBe(3);
    const csv = ankiCsv([item('a', 'l1'), item('b', 'l2')]);
    const lines = csv.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:Comma', '#html:true', '#notetype:Basic', '#deck:BiTE Atlas', '#columns:Front,Back,Tags', '#tags column:3']);
    expect(lines).toHaveLength(8);
    expect(lines[6]).toMatch(/^"Stem of a, with ""quotes"", a comma/);
  });
});
