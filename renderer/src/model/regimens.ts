// Dosing regimens of MODEL.md §6 and the piecewise-constant infusion schedule R(t) built from them.
// Handles BSA conversion, label caps, cycles (28 days on, 14 off) and the ≤ 7-day / > 7-day interruption rule.

import { ModelInputError, requireNonNegative, requirePositive } from './errors';
import type { CitationKey } from './parameters';

export type RegimenId = 'label-rr' | 'weight-lt-45' | 'mrd' | 'flat-15' | 'nhl-step' | 'flat-60' | 'flat-5' | 'no-step';

/** The regimen ids of MODEL.md §6, in table order. */
export const REGIMEN_IDS: readonly RegimenId[] = ['label-rr', 'weight-lt-45', 'mrd', 'flat-15', 'nhl-step', 'flat-60', 'flat-5', 'no-step'];

export type DoseUnit = 'ug/day' | 'ug/m2/day';

/**
 * One constant-rate piece of a cycle, in cycle days: startDay 0 is the label's "day 1",
 * so the label's "days 1–7" is { startDay: 0, endDay: 7 }.
 */
export interface DoseSegment {
  readonly startDay: number;
  readonly endDay: number;
  readonly rate: number;
  readonly unit: DoseUnit;
  /** Upper limit of the converted rate in µg/day (label caps, e.g. 9 and 28 µg/day). */
  readonly capUgPerDay?: number;
}

export interface Regimen {
  readonly id: RegimenId | 'custom';
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly citations: readonly CitationKey[];
  /** Dosing of cycle 1 (cycle days). */
  readonly cycle1: readonly DoseSegment[];
  /** Dosing of cycles 2, 3, … (cycle days). */
  readonly laterCycles: readonly DoseSegment[];
  /** Infusion days per cycle (28). */
  readonly infusionDaysPerCycle: number;
  /** Treatment-free days after each cycle's infusion (14). */
  readonly offDaysPerCycle: number;
}

/** An interruption of the infusion, in absolute model days. */
export interface Interruption {
  readonly startDay: number;
  readonly durationDays: number;
}

/** Interruptions of at most this many days continue the same cycle; longer ones start a new cycle (label). */
export const INTERRUPTION_NEW_CYCLE_AFTER_DAYS = 7;

const seg = (startDay: number, endDay: number, rate: number, unit: DoseUnit, capUgPerDay?: number): DoseSegment =>
  Object.freeze(capUgPerDay === undefined ? { startDay, endDay, rate, unit } : { startDay, endDay, rate, unit, capUgPerDay });

/** A regimen as written in the table: later cycles repeat cycle 1 and cycles are 28 days on, 14 off, unless it says otherwise. */
type RegimenSpec = Omit<Regimen, 'laterCycles' | 'infusionDaysPerCycle' | 'offDaysPerCycle'> & Partial<Pick<Regimen, 'laterCycles' | 'infusionDaysPerCycle' | 'offDaysPerCycle'>>;

function regimen({ laterCycles, infusionDaysPerCycle = 28, offDaysPerCycle = 14, ...r }: RegimenSpec): Regimen {
  return Object.freeze({
    ...r, cycle1: Object.freeze([...r.cycle1]), laterCycles: Object.freeze([...(laterCycles ?? r.cycle1)]),
    infusionDaysPerCycle, offDaysPerCycle,
  });
}

/** The named regimens of MODEL.md §6 (ids exactly as there). */
export const regimens: Readonly<Record<RegimenId, Regimen>> = Object.freeze({
  'label-rr': regimen({
    id: 'label-rr', name: 'Label, relapsed/refractory (≥ 45 kg)',
    description: 'Cycle 1: 9 µg/day days 1–7, 28 µg/day days 8–28; later cycles 28 µg/day days 1–28; 14 days off between cycles.',
    source: 'L (the review prints µg/m²/day here; the trial and label use flat µg/day)',
    citations: ['label-us', 'label-eu', 'topp2015', 'ribera2015'],
    cycle1: [seg(0, 7, 9, 'ug/day'), seg(7, 28, 28, 'ug/day')],
    laterCycles: [seg(0, 28, 28, 'ug/day')],
  }),
  'weight-lt-45': regimen({
    id: 'weight-lt-45', name: 'Label, < 45 kg (BSA-based)',
    description: '5 µg/m²/day days 1–7 (max 9 µg/day), then 15 µg/m²/day (max 28 µg/day); later cycles 15 µg/m²/day from day 1.',
    source: 'L; S (paediatric phase II)',
    citations: ['label-us', 'label-eu', 'ribera2015'],
    cycle1: [seg(0, 7, 5, 'ug/m2/day', 9), seg(7, 28, 15, 'ug/m2/day', 28)],
    laterCycles: [seg(0, 28, 15, 'ug/m2/day', 28)],
  }),
  mrd: regimen({
    id: 'mrd', name: 'MRD-positive (BLAST)',
    description: '28 µg/day days 1–28, every cycle (the < 45 kg variant, 15 µg/m²/day, is a custom regimen).',
    source: 'L; P (BLAST)',
    citations: ['label-us', 'gokbuget2018'],
    cycle1: [seg(0, 28, 28, 'ug/day')],
  }),
  'flat-15': regimen({
    id: 'flat-15', name: 'Flat 15 µg/m²/day (what-if)',
    description: '15 µg/m²/day from day 1, no step.',
    source: 'S (GMALL cohort)',
    citations: ['ribera2015'],
    cycle1: [seg(0, 28, 15, 'ug/m2/day')],
  }),
  'nhl-step': regimen({
    id: 'nhl-step', name: 'NHL step 5 → 15 → 60 µg/m²/day (what-if)',
    description: '5 µg/m²/day days 1–7, 15 µg/m²/day days 8–14, 60 µg/m²/day days 15–28.',
    source: 'P (NHL what-if, IL-6 data)',
    citations: ['hosseini2020', 'hijazi2018'],
    cycle1: [seg(0, 7, 5, 'ug/m2/day'), seg(7, 14, 15, 'ug/m2/day'), seg(14, 28, 60, 'ug/m2/day')],
  }),
  'flat-60': regimen({
    id: 'flat-60', name: 'Flat 60 µg/m²/day (what-if)',
    description: '60 µg/m²/day from day 1.',
    source: 'P',
    citations: ['hosseini2020', 'hijazi2018'],
    cycle1: [seg(0, 28, 60, 'ug/m2/day')],
  }),
  'flat-5': regimen({
    id: 'flat-5', name: 'Flat 5 µg/m²/day (what-if)',
    description: '5 µg/m²/day from day 1, every cycle: the dose that alone fails to clear relapsed marrow.',
    source: 'P (dose finding)',
    citations: ['topp2015', 'hijazi2018'],
    cycle1: [seg(0, 28, 5, 'ug/m2/day')],
  }),
  'no-step': regimen({
    id: 'no-step', name: 'Label dose without the step (what-if)',
    description: '28 µg/day from day 1, every cycle: the label dose without its 9 µg/day first week.',
    source: 'L (why the step exists)',
    citations: ['label-us', 'label-eu', 'topp2015'],
    cycle1: [seg(0, 28, 28, 'ug/day')],
  }),
});

export function isRegimenId(id: string): id is RegimenId {
  return (REGIMEN_IDS as readonly string[]).includes(id);
}

/** A user-defined regimen. Omitted `laterCycles` repeat `segments`. */
export interface CustomRegimenSpec {
  readonly segments: readonly DoseSegment[];
  readonly laterCycles?: readonly DoseSegment[];
  readonly infusionDaysPerCycle?: number;
  readonly offDaysPerCycle?: number;
  readonly name?: string;
}

function validateSegments(field: string, segments: readonly DoseSegment[], infusionDays: number): DoseSegment[] {
  if (!Array.isArray(segments) || segments.length === 0) throw new ModelInputError(field, 'needs at least one dose segment');
  const out: DoseSegment[] = [];
  let prevEnd = 0;
  segments.forEach((s, i) => {
    const f = `${field}[${i}]`;
    if (s === null || typeof s !== 'object') throw new ModelInputError(f, 'must be a dose segment object');
    const startDay = requireNonNegative(`${f}.startDay`, s.startDay);
    const endDay = requireNonNegative(`${f}.endDay`, s.endDay);
    if (endDay <= startDay) throw new ModelInputError(`${f}.endDay`, `must be after startDay (got ${startDay}–${endDay})`);
    if (endDay > infusionDays) throw new ModelInputError(`${f}.endDay`, `must be ≤ ${infusionDays} infusion days per cycle (got ${endDay})`);
    if (i > 0 && startDay < prevEnd) {
      const prevStart = segments[i - 1]!.startDay;
      const why = startDay < prevStart ? 'segments are unordered' : 'overlaps the previous segment';
      throw new ModelInputError(`${f}.startDay`, `${why} (starts at ${startDay}, previous ends at ${prevEnd})`);
    }
    const rate = requireNonNegative(`${f}.rate`, s.rate);
    if (s.unit !== 'ug/day' && s.unit !== 'ug/m2/day') throw new ModelInputError(`${f}.unit`, `must be 'ug/day' or 'ug/m2/day' (got ${String(s.unit)})`);
    if (s.capUgPerDay !== undefined) requireNonNegative(`${f}.capUgPerDay`, s.capUgPerDay);
    prevEnd = endDay;
    out.push(seg(startDay, endDay, rate, s.unit, s.capUgPerDay));
  });
  return out;
}

/** Builds a validated custom regimen (overlapping or unordered segments → ModelInputError). */
export function customRegimen(spec: CustomRegimenSpec): Regimen {
  if (spec === null || typeof spec !== 'object') throw new ModelInputError('regimen', 'must be a regimen id or a custom regimen');
  const infusionDays = spec.infusionDaysPerCycle === undefined ? 28 : requirePositive('regimen.infusionDaysPerCycle', spec.infusionDaysPerCycle);
  const offDays = spec.offDaysPerCycle === undefined ? 14 : requireNonNegative('regimen.offDaysPerCycle', spec.offDaysPerCycle);
  const cycle1 = validateSegments('regimen.segments', spec.segments, infusionDays);
  const later = spec.laterCycles === undefined ? cycle1 : validateSegments('regimen.laterCycles', spec.laterCycles, infusionDays);
  return regimen({
    id: 'custom', name: spec.name ?? 'Custom regimen', description: 'User-defined regimen.', source: '—', citations: [],
    cycle1, laterCycles: later, infusionDaysPerCycle: infusionDays, offDaysPerCycle: offDays,
  });
}

/** A named regimen by id, a full Regimen object (validated) or a custom spec. */
export type RegimenInput = RegimenId | Regimen | CustomRegimenSpec;

export function resolveRegimen(input: RegimenInput): Regimen {
  if (typeof input === 'string') {
    if (!isRegimenId(input)) throw new ModelInputError('regimen', `unknown regimen '${input}' (known: ${REGIMEN_IDS.join(', ')})`);
    return regimens[input];
  }
  if (input === null || typeof input !== 'object') throw new ModelInputError('regimen', 'must be a regimen id or a custom regimen');
  if ('cycle1' in input) {
    if (input.id !== 'custom' && isRegimenId(input.id) && regimens[input.id] === input) return input;
    return customRegimen({
      segments: input.cycle1, laterCycles: input.laterCycles,
      infusionDaysPerCycle: input.infusionDaysPerCycle, offDaysPerCycle: input.offDaysPerCycle, name: input.name,
    });
  }
  return customRegimen(input);
}

/** Converts one segment's dose to µg/day with the patient's BSA and the segment's cap. */
export function segmentRateUgPerDay(s: DoseSegment, bsaM2: number): number {
  const r = s.unit === 'ug/m2/day' ? s.rate * bsaM2 : s.rate;
  return s.capUgPerDay === undefined ? r : Math.min(r, s.capUgPerDay);
}

/**
 * The piecewise-constant infusion rate on [0, endDay]: piece i has rate ratesUgPerDay[i] on
 * [startsDays[i], startsDays[i+1]) (the last piece ends at endDay). Adjacent pieces always differ
 * in rate, so every start after the first is a regimen change point.
 */
export interface RateSchedule {
  readonly startsDays: Float64Array;
  readonly ratesUgPerDay: Float64Array;
  readonly endDay: number;
  /** Start day of every cycle that begins before endDay (cycle n is index n−1). */
  readonly cycleStartsDays: readonly number[];
  /** Day on which each cycle's infusion ends (its 28th infusion day is complete), if before endDay. */
  readonly cycleInfusionEndsDays: readonly number[];
}

/** The change points of a schedule (piece starts after day 0), in days. */
export function changePoints(schedule: RateSchedule): Float64Array {
  return schedule.startsDays.subarray(1);
}

/** Rate in µg/day at time tDays (right-continuous: the new rate applies at a change point). */
export function rateAt(schedule: RateSchedule, tDays: number): number {
  const s = schedule.startsDays;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= tDays) lo = mid;
    else hi = mid - 1;
  }
  return schedule.ratesUgPerDay[lo]!;
}

function validateInterruptions(list: readonly Interruption[] | undefined): Interruption[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new ModelInputError('interruptions', 'must be a list of { startDay, durationDays }');
  const out: Interruption[] = [];
  let prevEnd = -Infinity;
  list.forEach((it, i) => {
    const f = `interruptions[${i}]`;
    if (it === null || typeof it !== 'object') throw new ModelInputError(f, 'must be { startDay, durationDays }');
    const startDay = requireNonNegative(`${f}.startDay`, it.startDay);
    const durationDays = requirePositive(`${f}.durationDays`, it.durationDays);
    if (startDay < prevEnd) {
      throw new ModelInputError(`${f}.startDay`, `interruptions are unordered or overlap (starts at ${startDay}, previous ends at ${prevEnd})`);
    }
    prevEnd = startDay + durationDays;
    out.push({ startDay, durationDays });
  });
  return out;
}

/**
 * Builds R(t) on [0, endDay] for a regimen, a BSA and optional interruptions.
 * Cycle n starts on day 42·(n−1) unless an interruption shifted it. An interruption pauses the
 * infusion; if it lasts ≤ 7 days the same cycle continues afterwards until it has had its 28
 * infusion days, if it lasts > 7 days a new cycle starts when the infusion resumes. An interruption
 * that begins during a treatment-free period does not change anything.
 */
export function buildSchedule(
  regimenIn: RegimenInput,
  bsaM2: number,
  endDay: number,
  interruptionsIn?: readonly Interruption[],
): RateSchedule {
  const reg = resolveRegimen(regimenIn);
  requirePositive('parameters.bsa', bsaM2);
  requirePositive('days', endDay);
  const interruptions = validateInterruptions(interruptionsIn);
  const infusionDays = reg.infusionDaysPerCycle;
  const cycleLength = infusionDays + reg.offDaysPerCycle;

  const starts: number[] = [];
  const rates: number[] = [];
  const push = (t0: number, rate: number): void => {
    if (starts.length > 0 && starts[starts.length - 1] === t0) {
      rates[rates.length - 1] = rate; // zero-length previous piece
    } else {
      starts.push(t0);
      rates.push(rate);
    }
    // merge with the piece before if the rate did not change
    const n = starts.length;
    if (n >= 2 && rates[n - 2] === rates[n - 1]) {
      starts.pop();
      rates.pop();
    }
  };

  const cycleStarts: number[] = [0];
  const infusionEnds: number[] = [];
  let t = 0;
  let cycle = 1;
  let tau = 0; // cycle day of time t
  let next = 0; // index of the next interruption
  const eps = 1e-12;
  let guard = 0;
  while (t < endDay - eps) {
    if (++guard > 1_000_000) throw new ModelInputError('regimen', 'schedule too long to build');
    const segs = cycle === 1 ? reg.cycle1 : reg.laterCycles;
    const interruption = interruptions[next];
    if (tau < infusionDays - eps) {
      // rate at cycle day tau and the next cycle day where it changes
      let rate = 0;
      let boundary = infusionDays;
      for (const s of segs) {
        if (tau < s.startDay - eps) { boundary = s.startDay; break; }
        if (tau < s.endDay - eps) { rate = segmentRateUgPerDay(s, bsaM2); boundary = s.endDay; break; }
      }
      const pieceEnd = t + (boundary - tau);
      if (interruption !== undefined && interruption.startDay < pieceEnd - eps) {
        const at = Math.max(interruption.startDay, t);
        if (at > t) push(t, rate);
        tau += at - t;
        push(at, 0);
        t = at + interruption.durationDays;
        next++;
        if (interruption.durationDays > INTERRUPTION_NEW_CYCLE_AFTER_DAYS) {
          cycle++;
          tau = 0;
          if (t < endDay - eps) cycleStarts.push(t);
        }
        continue;
      }
      push(t, rate);
      t = pieceEnd;
      tau = boundary;
      if (tau >= infusionDays - eps && t < endDay - eps) infusionEnds.push(t);
      else if (tau >= infusionDays - eps && Math.abs(t - endDay) <= eps) infusionEnds.push(endDay);
    } else {
      // treatment-free days; interruptions that start here change nothing
      const pieceEnd = t + (cycleLength - tau);
      while (interruptions[next] !== undefined && interruptions[next]!.startDay < pieceEnd - eps) next++;
      push(t, 0);
      t = pieceEnd;
      cycle++;
      tau = 0;
      if (t < endDay - eps) cycleStarts.push(t);
    }
  }
  // drop pieces that start at or after endDay
  while (starts.length > 1 && starts[starts.length - 1]! >= endDay - eps) {
    starts.pop();
    rates.pop();
  }
  return {
    startsDays: Float64Array.from(starts),
    ratesUgPerDay: Float64Array.from(rates),
    endDay,
    cycleStartsDays: Object.freeze(cycleStarts),
    cycleInfusionEndsDays: Object.freeze(infusionEnds),
  };
}
