// The numbers behind the quiz's statistics, from the card records (reviews still in force): accuracy and recall
// after a gap by lesson and by topic, the due forecast, reviews per day for the calendar, and time per question.
import type { QuizCatalogue } from './cards';
import { studyDayStart, type CardRecord } from './schedule';
import { median } from './session';

const DAY_MS = 86_400_000;

export interface GroupStats {
  id: string;
  label: string;
  reviews: number;
  correct: number;
  /** Share right (null: no reviews). */
  accuracy: number | null;
  /** Reviews that came a day or more after the card's previous one: a real test of memory. */
  recalls: number;
  recalled: number;
  /** Share of those right (null: none yet). */
  retention: number | null;
}

interface Tally {
  reviews: number;
  correct: number;
  recalls: number;
  recalled: number;
}

const share = (part: number, whole: number) => (whole ? part / whole : null);

function toStats(id: string, label: string, t: Tally): GroupStats {
  return { id, label, ...t, accuracy: share(t.correct, t.reviews), retention: share(t.recalled, t.recalls) };
}

/** Accuracy and recall after a gap, grouped by `keysOf(card)` (a card may count in several groups, e.g. tags). */
export function groupStats(catalogue: QuizCatalogue, records: ReadonlyMap<string, CardRecord>, groups: readonly { id: string; label: string }[], keysOf: (cardId: string) => readonly string[]): GroupStats[] {
  const tallies = new Map(groups.map((g) => [g.id, { reviews: 0, correct: 0, recalls: 0, recalled: 0 } as Tally]));
  for (const [cardId, record] of records) {
    if (!catalogue.byId.has(cardId)) continue;
    const keys = keysOf(cardId);
    record.reviews.forEach((review, k) => {
      const gap = k > 0 ? review.at - record.reviews[k - 1]!.at : 0;
      for (const key of keys) {
        const t = tallies.get(key);
        if (!t) continue;
        t.reviews += 1;
        if (review.correct) t.correct += 1;
        if (k > 0 && gap >= DAY_MS) {
          t.recalls += 1;
          if (review.correct) t.recalled += 1;
        }
      }
    });
  }
  return groups.map((g) => toStats(g.id, g.label, tallies.get(g.id)!));
}

/** Cards due on each of the next `days` study days (day 0 includes everything overdue). */
export function dueForecast(records: ReadonlyMap<string, CardRecord>, now: number, days = 30): { day: number; date: number; due: number }[] {
  const start = studyDayStart(now);
  const out = Array.from({ length: days }, (_, day) => ({ day, date: start + day * DAY_MS, due: 0 }));
  for (const record of records.values()) {
    if (record.suspended || !record.snapshot || record.snapshot.state === 0) continue;
    const day = Math.max(0, Math.floor((record.snapshot.due - start) / DAY_MS));
    if (day < days) out[day]!.due += 1;
  }
  return out;
}

/** Reviews per study day over the last `days` days (oldest first), for the calendar. */
export function reviewsPerDay(records: ReadonlyMap<string, CardRecord>, now: number, days = 182): { date: number; reviews: number }[] {
  const end = studyDayStart(now) + DAY_MS;
  const first = end - days * DAY_MS;
  const out = Array.from({ length: days }, (_, k) => ({ date: first + k * DAY_MS, reviews: 0 }));
  for (const record of records.values()) {
    for (const review of record.reviews) {
      const k = Math.floor((review.at - first) / DAY_MS);
      if (k >= 0 && k < days) out[k]!.reviews += 1;
    }
  }
  return out;
}

export interface TimeBin {
  label: string;
  /** Upper bound in seconds (exclusive). */
  below: number;
  count: number;
}

/** Time to answer: a histogram and the median, in seconds (answers given in this atlas, with `ms`). */
export function answerTimes(records: ReadonlyMap<string, CardRecord>): { bins: TimeBin[]; medianSeconds: number | null } {
  const bins: TimeBin[] = [
    { label: '< 15 s', below: 15, count: 0 },
    { label: '15–30 s', below: 30, count: 0 },
    { label: '30–60 s', below: 60, count: 0 },
    { label: '1–1.5 min', below: 90, count: 0 },
    { label: '1.5–3 min', below: 180, count: 0 },
    { label: '≥ 3 min', below: Infinity, count: 0 },
  ];
  const seconds: number[] = [];
  for (const record of records.values()) {
    for (const review of record.reviews) {
      if (review.ms === undefined) continue;
      const s = review.ms / 1000;
      seconds.push(s);
      bins.find((b) => s < b.below)!.count += 1;
    }
  }
  seconds.sort((a, b) => a - b);
  return { bins, medianSeconds: median(seconds) };
}
