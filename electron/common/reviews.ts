// The self-quiz's review history, shared by the desktop shell (reviews.json through the document store) and the web
// edition (IndexedDB, one record per event): an append-only log of events whose fold is every card's state (ts-fsrs
// replays it in the renderer). The schema (versioned, with a migration hook), merging by id, and the export file.
// Never imports 'electron'. Uses zod/mini (the web edition ships these schemas to the browser).
import * as z from 'zod/mini';

/** Version of the log's format (the stored file, the web records and the export file). */
export const REVIEW_LOG_VERSION = 1;

/** A card: a bank item, a model-computed item template or a management case ("bank:crs-grade-2"). */
export const CARD_ID_PATTERN = /^(bank|tpl|case):[a-z0-9][a-z0-9-]{0,79}$/;
/**
 * An event id: creation time (ms, base 36, 9 digits), a per-process counter and a random tail, so ids sort in the
 * order they were made and two devices or tabs never make the same one ("0mhx3k2a1-0007-x8k2m0qz"); see newReviewId.
 */
export const REVIEW_ID_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{4}-[0-9a-z]{8}$/;
/** Time to answer is recorded up to 10 minutes (a resident who walked away has not thought for an hour). */
export const MAX_ANSWER_MS = 10 * 60 * 1000;
/** `at` bounds: from 2000 (a time in seconds instead of ms is refused) to the largest Date. */
export const EARLIEST_AT = Date.UTC(2000, 0, 1);
export const LATEST_AT = 8_640_000_000_000_000;
/**
 * Largest stored log (and export file). A review event is ~200 bytes as compact JSON and at most ~330 (an
 * 80-character card id, a 64-character instance, every optional field), so 48 MiB holds at least 150 000 events of
 * the largest kind — 100 000 is four years of 70 reviews a day — while a load stays well under a second.
 */
export const REVIEW_LOG_MAX_BYTES = 48 * 1024 * 1024;
/** Most events one append or import call may carry (a whole log fits). */
export const MAX_EVENTS_PER_CALL = 200_000;

/** A card's FSRS state as stored with a review: due|stability|difficulty|scheduledDays|learningSteps|reps|lapses|state|lastReview. */
export const FSRS_STATE_PATTERN = /^[0-9.e+-]+(\|[0-9.e+-]*){8}$/;

const reviewIdSchema = z.string().check(z.regex(REVIEW_ID_PATTERN, 'not a review id (time-counter-random, base 36)'));
const cardIdSchema = z.string().check(z.regex(CARD_ID_PATTERN, 'not a card id (bank:…, tpl:… or case:…)'));
const eventBase = {
  id: reviewIdSchema,
  /** When it happened: epoch milliseconds. */
  at: z.int().check(z.gte(EARLIEST_AT, 'a time before 2000 (seconds instead of milliseconds?)'), z.lte(LATEST_AT)),
};

export const reviewSchema = z.strictObject({
  type: z.literal('review'),
  ...eventBase,
  card: cardIdSchema,
  /** Again, Hard, Good, Easy. */
  rating: z.literal([1, 2, 3, 4], 'expected a rating 1, 2, 3 or 4'),
  correct: z.boolean(),
  /** Index of the option chosen (A–F). */
  chosen: z.optional(z.int().check(z.gte(0), z.lte(5))),
  /** Time to answer, capped at MAX_ANSWER_MS (see capAnswerMs). */
  ms: z.int().check(z.gte(0), z.lte(MAX_ANSWER_MS)),
  mode: z.enum(['review', 'tutor', 'exam', 'custom']),
  /** Seed of a model-computed item's instance (which inputs were drawn). No braces or quotes: see salvageReviewEvents. */
  instance: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._:+-]+$/, 'letters, digits and . _ : + - only'))),
  /**
   * The card's FSRS state after this review, as the renderer computed it (renderer/src/quiz/schedule.ts): nine numbers
   * joined by "|" — a string, not an object, so an event stays one flat JSON object (see salvageReviewEvents).
   */
  fsrs: z.optional(z.string().check(z.maxLength(240), z.regex(FSRS_STATE_PATTERN, 'nine numbers joined by "|"'))),
  /** The review of the same card this state was computed from (null: the card's first review). */
  after: z.optional(z.nullable(reviewIdSchema)),
});
export const undoSchema = z.strictObject({ type: z.literal('undo'), ...eventBase, target: reviewIdSchema });
export const cardMarkSchema = z.strictObject({ type: z.literal(['suspend', 'unsuspend', 'flag', 'unflag']), ...eventBase, card: cardIdSchema });
export const reviewEventSchema = z.discriminatedUnion('type', [reviewSchema, undoSchema, cardMarkSchema], 'expected type review, undo, suspend, unsuspend, flag or unflag');

export type Review = z.infer<typeof reviewSchema>;
export type ReviewEvent = z.infer<typeof reviewEventSchema>;
export type ReviewMode = Review['mode'];
export interface ReviewLog {
  version: 1;
  /** Sorted by (at, id); ids unique. */
  events: ReviewEvent[];
}

/** Arguments of appendReviews / importReviews: a list of valid events. */
export const reviewEventsSchema = z.array(reviewEventSchema).check(z.maxLength(MAX_EVENTS_PER_CALL));

/** What appendReviews resolves to: how many events the log holds afterwards. */
export interface AppendResult {
  count: number;
}
/** What importReviews resolves to: new events, events already there, events whose id is there with other content (kept as it was), and the count afterwards. */
export interface ImportResult {
  added: number;
  duplicates: number;
  conflicts: number;
  count: number;
}
/**
 * The `reviews-changed` push event: the log's count after a change and the events it added, so a window folds them
 * into what it has instead of re-reading the log. `events` is absent when a change added more than
 * REVIEWS_CHANGE_MAX_EVENTS (a large import); a listener whose known count plus `events.length` is not `count` (it
 * missed a change, or `events` is absent) re-reads with getReviews().
 */
export interface ReviewsChange {
  count: number;
  events?: ReviewEvent[];
}
export const REVIEWS_CHANGE_MAX_EVENTS = 1000;
export const reviewsChangeSchema = z.strictObject({
  count: z.int().check(z.gte(0)),
  events: z.optional(z.array(reviewEventSchema).check(z.maxLength(REVIEWS_CHANGE_MAX_EVENTS))),
});
/** The change to announce after `added` events made the log `count` long (none when nothing was added). */
export function reviewsChange(count: number, added: readonly ReviewEvent[]): ReviewsChange | undefined {
  if (added.length === 0) return undefined;
  return added.length > REVIEWS_CHANGE_MAX_EVENTS ? { count } : { count, events: [...added] };
}

let counter = 0;
/** A new event id for an event made at `nowMs` (see REVIEW_ID_PATTERN). */
export function newReviewId(nowMs: number = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  const tail = ((random[0] % 1_679_616) * 1_679_616 + (random[1] % 1_679_616)).toString(36).padStart(8, '0');
  counter = (counter + 1) % 1_679_616;
  return `${Math.floor(nowMs).toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${tail}`;
}

/** Milliseconds spent on a question as recorded: whole, not negative, at most MAX_ANSWER_MS. */
export function capAnswerMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(ms))) : MAX_ANSWER_MS;
}

/** Order of the log: by time, then id. */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** True when two events with the same id also say the same thing (field order does not matter). */
export function sameEvent(a: ReviewEvent, b: ReviewEvent): boolean {
  const fields = (event: ReviewEvent) => Object.entries(event).filter(([, value]) => value !== undefined);
  const left = fields(a);
  return left.length === fields(b).length && left.every(([key, value]) => (b as Record<string, unknown>)[key] === value);
}

/** Events already checked (frozen, so they cannot change afterwards): a log of 100 000 is re-checked in microseconds, not seconds. */
const checked = new WeakSet<object>();

/** One event checked, frozen and remembered as checked; undefined when it is not a valid event. */
export function parseReviewEvent(raw: unknown): ReviewEvent | undefined {
  if (typeof raw === 'object' && raw !== null && checked.has(raw)) return raw as ReviewEvent;
  const parsed = reviewEventSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const event = Object.freeze(parsed.data);
  checked.add(event);
  return event;
}

/**
 * Upgrades log data written in format `fromVersion` to the current one — the hook a format change adds a step to
 * (`MIGRATIONS[n]` turns format n into n + 1). Throws when there is no way up (so the caller salvages instead).
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {};
export function migrateReviewLog(data: unknown, fromVersion: number): unknown {
  let upgraded = data;
  for (let version = fromVersion; version < REVIEW_LOG_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from review log format ${version}`);
    upgraded = step(upgraded);
  }
  return upgraded;
}

/** A stored log of the current format: every event valid, ids unique; sorted. Undefined otherwise. */
export function parseReviewLog(data: unknown): ReviewLog | undefined {
  const record = data as Partial<ReviewLog> | null | undefined;
  if (!record || typeof record !== 'object' || record.version !== REVIEW_LOG_VERSION || !Array.isArray(record.events) || Object.keys(record).length !== 2) return undefined;
  const ids = new Set<string>();
  const events: ReviewEvent[] = [];
  let sorted = true;
  for (const raw of record.events) {
    const event = parseReviewEvent(raw);
    if (!event || ids.has(event.id)) return undefined;
    ids.add(event.id);
    if (events.length > 0 && compareEvents(events[events.length - 1], event) > 0) sorted = false;
    events.push(event);
  }
  return { version: REVIEW_LOG_VERSION, events: sorted ? events : events.sort(compareEvents) };
}

/**
 * Every valid event of damaged log data, first of each id; `dropped` counts what could not be kept. Data that is not
 * JSON (a truncated file) is searched as text: an event is a flat object whose strings hold no braces or quotes, so
 * each `{…}` without inner braces is one candidate.
 */
export function salvageReviewEvents(data: unknown, text?: string): { events: ReviewEvent[]; dropped: number } {
  let candidates: unknown[] = [];
  if (data !== undefined) {
    const events = (data as { events?: unknown } | null)?.events;
    candidates = Array.isArray(data) ? data : Array.isArray(events) ? events : [];
  } else if (text !== undefined) {
    for (const match of text.matchAll(/\{[^{}]*\}/g)) {
      try {
        candidates.push(JSON.parse(match[0]));
      } catch {
        candidates.push(undefined);
      }
    }
  }
  const merged = mergeReviewEvents([], candidates.map(parseReviewEvent).filter((event) => event !== undefined));
  return { events: merged.events, dropped: candidates.length - merged.events.length };
}

export interface MergeResult {
  /** The merged log: existing ∪ new, sorted by (at, id). */
  events: ReviewEvent[];
  /** The incoming events that were new, sorted. */
  added: ReviewEvent[];
  /** Incoming events already present with the same content (or repeated in `incoming`). */
  duplicates: number;
  /** Ids of incoming events whose id is present with other content: the existing event is kept. */
  conflicts: string[];
}

/**
 * Merges events by id: a new id is added; an id already present is a duplicate when the content is the same and a
 * conflict otherwise — the existing event is kept, never overwritten. `existing` must be a log (sorted, unique ids).
 */
export function mergeReviewEvents(existing: readonly ReviewEvent[], incoming: readonly ReviewEvent[]): MergeResult {
  const byId = new Map<string, ReviewEvent>();
  for (const event of existing) byId.set(event.id, event);
  const added: ReviewEvent[] = [];
  let duplicates = 0;
  const conflicts: string[] = [];
  for (const event of incoming) {
    const present = byId.get(event.id);
    if (!present) {
      byId.set(event.id, event);
      added.push(event);
    } else if (sameEvent(present, event)) duplicates += 1;
    else conflicts.push(event.id);
  }
  added.sort(compareEvents);
  const last = existing[existing.length - 1];
  // The usual append (events newer than the log) needs no sort of the whole log.
  const events = !last || added.length === 0 || compareEvents(last, added[0]) < 0 ? [...existing, ...added] : [...existing, ...added].sort(compareEvents);
  return { events, added, duplicates, conflicts };
}

/** The export file: `{ app, kind, version, exportedAt, events }`. */
export interface ReviewExport {
  app: 'bite-atlas';
  kind: 'review-log';
  version: 1;
  /** ISO time of the export. */
  exportedAt: string;
  events: ReviewEvent[];
}

const exportSchema = z.strictObject({
  app: z.literal('bite-atlas', 'not a BiTE Atlas file'),
  kind: z.literal('review-log', 'not a review log'),
  version: z.literal(REVIEW_LOG_VERSION),
  exportedAt: z.iso.datetime('expected an ISO date and time (2025-11-25T07:30:00.000Z)'),
  events: z.array(reviewEventSchema),
});

/** The export file of `events` made at `now`. */
export function makeReviewExport(events: readonly ReviewEvent[], now: Date = new Date()): ReviewExport {
  return { app: 'bite-atlas', kind: 'review-log', version: REVIEW_LOG_VERSION, exportedAt: now.toISOString(), events: [...events].sort(compareEvents) };
}

/** "events[12].rating" from a zod path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

/** What is wrong, in words (zod/mini carries no messages of its own, only codes). */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), raw);
  const bound = (issue: { origin: string }) => (issue.origin === 'string' || issue.origin === 'array' ? ` ${issue.origin === 'string' ? 'characters' : 'items'}` : '');
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing' : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${bound(issue)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${bound(issue)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((option) => JSON.stringify(option)).join(' or ')}`;
    case 'invalid_format':
      return `not in the expected format (${issue.format})`;
    default:
      return 'not valid';
  }
}

export type ParsedReviewExport = { ok: true; value: ReviewExport; duplicates: number; conflicts: string[] } | { ok: false; error: string };

/**
 * Reads an export file (its text, or the parsed JSON): the events, or an error that names the field ("events[3].rating:
 * expected a rating 1, 2, 3 or 4 (event 0mhx…)"). A file of a newer format is refused with that reason; an older
 * one goes through migrateReviewLog. Repeated ids in the file are reported as the merge would.
 */
export function parseReviewExport(input: unknown): ParsedReviewExport {
  let raw = input;
  if (typeof input === 'string') {
    // Characters, not bytes (no encoding of a whole file just to measure it): a cap against absurd files only.
    if (input.length > REVIEW_LOG_MAX_BYTES) return { ok: false, error: `the file is larger than ${REVIEW_LOG_MAX_BYTES / 1024 / 1024} MiB` };
    try {
      raw = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, error: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'the file does not hold a review export (an object with app, kind, version, exportedAt and events)' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version !== REVIEW_LOG_VERSION) {
    if (version > REVIEW_LOG_VERSION) return { ok: false, error: `version: the file was written by a newer version of BiTE Atlas (format ${version}; this version reads up to ${REVIEW_LOG_VERSION})` };
    try {
      raw = { ...raw, version: REVIEW_LOG_VERSION, events: (migrateReviewLog({ version, events: (raw as { events?: unknown }).events }, version) as { events?: unknown }).events };
    } catch {
      return { ok: false, error: `version: format ${version} cannot be read by this version of BiTE Atlas` };
    }
  }
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = fieldName(issue.path) || 'file';
    const index = issue.path[0] === 'events' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const id = index !== undefined ? (raw as { events: { id?: unknown }[] }).events[index]?.id : undefined;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? 's' : ''})` : '';
    return { ok: false, error: `${field}: ${describeIssue(issue, raw)}${typeof id === 'string' ? ` (event ${id.slice(0, 40)})` : ''}${more}` };
  }
  const merged = mergeReviewEvents([], parsed.data.events);
  return { ok: true, value: { ...parsed.data, events: merged.events }, duplicates: merged.duplicates, conflicts: merged.conflicts };
}

