// Benchmarks of the self-quiz (issue 14): building the due queue from a log of 10 000 reviews (fold + queue, as
// on opening the quiz; ≤ 20 ms median) and drawing and checking one model-computed item (a fresh instance of each
// template in turn, its options checked for exactly one right answer; ≤ 30 ms median).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { QuizItem } from '../../renderer/src/data/content';
import { buildCatalogue } from '../../renderer/src/quiz/catalogue';
import { Scheduler, buildDueQueue, encodeSnapshot, foldLog, type CardSnapshot, type FoldEvent, type RatingValue } from '../../renderer/src/quiz/schedule';
import { TEMPLATES } from '../../renderer/src/quiz/templates';
import { drawInstance } from '../../renderer/src/quiz/templates/template';
import { measure } from './bench-model';
import type { BenchResult } from './bench-types';

const DAY = 86_400_000;

/** A year of reviews as the quiz writes them: 10 000 events over the bank's cards, each with its FSRS state. */
export function syntheticLog(cards: readonly string[], count: number, scheduler: Scheduler, start: number): FoldEvent[] {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const last = new Map<string, { id: string; snapshot: CardSnapshot }>();
  const events: FoldEvent[] = [];
  for (let i = 0; i < count; i++) {
    const card = cards[Math.floor(random() * cards.length)]!;
    const at = start + Math.floor((i / count) * 365 * DAY);
    const rating = (random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4) as RatingValue;
    const previous = last.get(card);
    const fsrs = scheduler.next(previous?.snapshot ?? null, at, rating);
    const id = `${at.toString(36).padStart(9, '0')}-${(i % 1679616).toString(36).padStart(4, '0')}-bench000`;
    events.push({ type: 'review', id, at, card, rating, correct: rating > 1, ms: 30_000, fsrs: encodeSnapshot(fsrs), after: previous?.id ?? null });
    last.set(card, { id, snapshot: fsrs });
  }
  return events;
}

export async function runQuizBench(root = resolve(import.meta.dirname, '..', '..')): Promise<BenchResult[]> {
  const generated = (name: string) => JSON.parse(readFileSync(resolve(root, 'renderer/src/data/generated', name), 'utf8')) as unknown;
  const catalogue = buildCatalogue(generated('quiz/bank.json') as QuizItem[], generated('quiz/tags.json') as { id: string; label: string }[], TEMPLATES, []);
  const cards = catalogue.cards.map((c) => c.id);
  const scheduler = new Scheduler(0.9);
  const start = Date.UTC(2026, 0, 1);
  const log = syntheticLog(cards, 10_000, scheduler, start);
  const now = start + 366 * DAY;
  let sink = 0;

  const queueRuns = 50;
  const queue = measure(() => {
    const records = foldLog(log, new Scheduler(0.9));
    const due = buildDueQueue(cards, records, now);
    sink += due.dueToday + due.fresh.length;
  }, 10, queueRuns);

  let k = 0;
  const itemRuns = 200;
  const item = measure(() => {
    const template = TEMPLATES[k % TEMPLATES.length]!;
    const instance = drawInstance(template, 1000 + k++);
    if (instance.options.filter((o) => o.correct).length !== 1) throw new Error(`template ${template.id} drew an item without exactly one right answer`);
    sink += instance.options.length;
  }, 2 * TEMPLATES.length, itemRuns);

  // The slowest template on its own (fresh seeds each run), so that a median over all of them cannot hide one.
  let slowest = { id: '', median: 0, p95: 0 };
  for (const template of TEMPLATES) {
    let seed = 50_000;
    const own = measure(() => {
      sink += drawInstance(template, seed++).options.length;
    }, 3, 20);
    if (own.median > slowest.median) slowest = { id: template.id, median: own.median, p95: own.p95 };
  }

  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  return [
    { name: `quiz: due queue from 10 000 reviews (fold + queue, ${cards.length} cards)`, median: queue.median, p95: queue.p95, unit: 'ms', budget: 20, budgetKind: 'max', runs: queueRuns },
    { name: `quiz: draw and check one model-computed item (${TEMPLATES.length} templates in turn)`, median: item.median, p95: item.p95, unit: 'ms', budget: 30, budgetKind: 'max', runs: itemRuns },
    { name: `quiz: the slowest template alone (${slowest.id})`, median: slowest.median, p95: slowest.p95, unit: 'ms', budget: 30, budgetKind: 'max', runs: 20 },
  ];
}
