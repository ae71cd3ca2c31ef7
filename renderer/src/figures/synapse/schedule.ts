// Pure model side of the synapse figure: which simulation each dose runs, when each stage is reached
// (from the model's PK, killing engagement and serial-killing rate), the story clock ↔ hours mapping and
// the live readouts (concentration, CD19/CD3 occupancy, Ek, IL-6) at any time after infusion start.
import { DEFAULT_LYSIS_SETTINGS, metrics, picogramsPerMlToMolar, receptorOccupancy, simulate, type RegimenId, type SimulationInput, type Trajectory, type TrajectoryPoint } from '../../model';
import { STAGES, STAGE_COUNT } from './stages';

export const SYNAPSE_DOSES = ['full', 'start'] as const;
export type SynapseDose = (typeof SYNAPSE_DOSES)[number];

export interface DoseOption {
  id: SynapseDose;
  rateUgPerDay: number;
  regimen: RegimenId;
  /** Radio-button label. */
  label: string;
  /** Where the dose comes from, for the caption and the description. */
  note: string;
}

export const DOSE_OPTIONS: Readonly<Record<SynapseDose, DoseOption>> = {
  full: {
    id: 'full',
    rateUgPerDay: 28,
    regimen: 'mrd',
    label: '28 µg/day (full dose)',
    note: 'the full adult dose from the start, as in the mrd regimen (R/R patients reach it on day 8)',
  },
  start: {
    id: 'start',
    rateUgPerDay: 9,
    regimen: 'label-rr',
    label: '9 µg/day (R/R start)',
    note: 'the first week of cycle 1 of the label-rr regimen',
  },
};

export const DEFAULT_DOSE: SynapseDose = 'full';
export const DOSE_ORDER: readonly SynapseDose[] = ['full', 'start'];

/** The figure follows the first day of the infusion (longer if the first kill comes late). */
export const WINDOW_HOURS = 24;
/** Days simulated (both regimens hold one constant rate for all of them). */
export const SIMULATED_DAYS = 3;
/** Shortest time shown after the release (stage 7), hours. */
const MIN_HOURS_AFTER_RELEASE = 6;

/** Simulation input for a dose: the model's default patient (R/R: 50 % marrow blasts, 1.0 × 10⁹/L blood blasts). */
export function simulationInputFor(dose: SynapseDose): SimulationInput {
  return { regimen: DOSE_OPTIONS[dose].regimen, days: SIMULATED_DAYS };
}

export interface SynapseTimeline {
  dose: SynapseDose;
  rateUgPerDay: number;
  /** Hours after infusion start at which each of the 7 stages is reached (first is 0). */
  stageStartsHours: readonly number[];
  /** End of the clock, hours after infusion start. */
  endHours: number;
  /** Hours at which C reaches ec50Kill (Ek = 0.5): a contact is then more likely to engage than not. */
  effectiveHours: number;
  /** Hours at which the synapse ends, the blast dies and the T cell lets go (the median blast's kill). */
  killHours: number;
  /** Length of the synapse (minutes): the agent model's synapse share of the handling time 1/(kSerial·Ek·fT). */
  synapseMinutes: number;
  /** Kills per engaged T cell per day at the kill time: kSerial·Ek·fT. */
  killsPerEngagedTCellPerDay: number;
  /** Whether the median blast was killed within the simulated days (false: stages 3–7 are placed late). */
  killReached: boolean;
  cssPgPerMl: number;
  hoursTo90PctCss: number;
  il6PeakHours: number | null;
  il6PeakPgPerMl: number | null;
  ec50KillPgPerMl: number;
  il6BasePgPerMl: number;
}

/** Within this many days of an output time, read the stored point (0.1 ms; see trajectoryAt). */
const GRID_SNAP_DAYS = 1e-9;

/**
 * The trajectory at a time, reading the stored output point when t is (almost) on one: Trajectory.at
 * re-integrates from the preceding output point and fails with a step-size underflow when t lies a
 * rounding error past it (e.g. 45 min reached by adding minutes).
 */
export function trajectoryAt(tr: Trajectory, tDays: number): TrajectoryPoint {
  const t = Math.min(tr.days, Math.max(0, tDays));
  const k = tr.indexAt(t);
  if (t - tr.t[k]! < GRID_SNAP_DAYS) return tr.point(k);
  if (k + 1 < tr.length && tr.t[k + 1]! - t < GRID_SNAP_DAYS) return tr.point(k + 1);
  return tr.at(t);
}

/** First time (days) at which a rising series crosses `level`, refined by bisection on the trajectory. */
function firstCrossingDays(tr: Trajectory, values: ArrayLike<number>, level: number, read: (tDays: number) => number): number | null {
  if (values[0]! >= level) return tr.t[0]!;
  for (let i = 1; i < tr.length; i++) {
    if (values[i]! >= level) {
      let lo = tr.t[i - 1]!;
      let hi = tr.t[i]!;
      for (let k = 0; k < 40; k++) {
        const mid = 0.5 * (lo + hi);
        if (read(mid) >= level) hi = mid;
        else lo = mid;
      }
      return hi;
    }
  }
  return null;
}

/**
 * Median time (days) to the kill of a blood blast present at the start: the model's serial-killing term
 * kSerial·Ek·fT·Tp·Bp/(Bp + kB) gives each blast the hazard kSerial·Ek·fT·Tp/(Bp + kB) per day; the
 * median is where its integral reaches ln 2. Null if not reached within the trajectory.
 */
export function medianKillDays(tr: Trajectory): number | null {
  const p = tr.parameters;
  const hazard = (tDays: number): number => {
    const q = trajectoryAt(tr, tDays);
    return (p.kSerial * q.Ek * tr.fT * q.Tp) / (q.Bp + p.kB);
  };
  // Simpson's rule on [a, b] (the hazard rises steeply in the first minutes, as the drug arrives).
  const simpson = (a: number, b: number): number => ((b - a) / 6) * (hazard(a) + 4 * hazard(0.5 * (a + b)) + hazard(b));
  let cumulative = 0;
  for (let i = 1; i < tr.length; i++) {
    const a = tr.t[i - 1]!;
    const b = tr.t[i]!;
    const increment = simpson(a, b);
    if (cumulative + increment < Math.LN2) {
      cumulative += increment;
      continue;
    }
    // The crossing is in this output interval: walk it in 30 pieces, then interpolate within one.
    const pieces = 30;
    const dt = (b - a) / pieces;
    for (let j = 0; j < pieces; j++) {
      const piece = simpson(a + j * dt, a + (j + 1) * dt);
      if (cumulative + piece >= Math.LN2) return a + (j + (piece > 0 ? (Math.LN2 - cumulative) / piece : 0)) * dt;
      cumulative += piece;
    }
    return b;
  }
  return null;
}

/** When each stage is reached, from the model (see SynapseTimeline for what each time means). */
export function buildTimeline(tr: Trajectory, dose: SynapseDose): SynapseTimeline {
  const p = tr.parameters;
  const m = metrics(tr);
  const level = m.doseLevels[0];
  const cssPgPerMl = level?.cssPgPerMl ?? 0;
  const hoursTo90PctCss = level?.hoursTo90PctCss ?? Number.NaN;
  const simulatedHours = tr.days * 24;

  const effectiveDays = firstCrossingDays(tr, tr.C, p.ec50Kill, (t) => trajectoryAt(tr, t).C);
  const effectiveHours = effectiveDays === null ? simulatedHours / 4 : effectiveDays * 24;

  const killDays = medianKillDays(tr);
  const killReached = killDays !== null;
  const killHours = killReached ? Math.max(killDays * 24, effectiveHours + 0.25) : simulatedHours - MIN_HOURS_AFTER_RELEASE;
  const ekAtKill = trajectoryAt(tr, killHours / 24).Ek;
  const killsPerEngagedTCellPerDay = p.kSerial * ekAtKill * tr.fT;
  const synapseMinutes = killsPerEngagedTCellPerDay > 0 ? (DEFAULT_LYSIS_SETTINGS.synapseShare / killsPerEngagedTCellPerDay) * 1440 : 60;

  // The synapse ends at the kill; it cannot start before the drug is effective.
  const synapseStartHours = Math.max(effectiveHours + 0.25 * (killHours - effectiveHours), killHours - synapseMinutes / 60);
  const within = killHours - synapseStartHours;
  // Drawing choice: the synapse's model-given length is split into quarters for stages 3–6.
  const stageStartsHours = [0, effectiveHours, synapseStartHours, synapseStartHours + 0.25 * within, synapseStartHours + 0.5 * within, synapseStartHours + 0.75 * within, killHours];
  const endHours = Math.min(simulatedHours, Math.max(WINDOW_HOURS, killHours + MIN_HOURS_AFTER_RELEASE));

  const peak = m.il6PeakByCycle[0];
  return {
    dose,
    rateUgPerDay: DOSE_OPTIONS[dose].rateUgPerDay,
    stageStartsHours,
    endHours,
    effectiveHours,
    killHours,
    synapseMinutes,
    killsPerEngagedTCellPerDay,
    killReached,
    cssPgPerMl,
    hoursTo90PctCss,
    il6PeakHours: peak ? peak.peakDay * 24 : null,
    il6PeakPgPerMl: peak ? peak.peakPgPerMl : null,
    ec50KillPgPerMl: p.ec50Kill,
    il6BasePgPerMl: p.il6Base,
  };
}

// ── The story clock ──────────────────────────────────────────────────────────────────────────────────
// The figure clock runs in "story units": one unit per stage (0–7), so every stage gets the same share
// of the timeline and of playing time, and reduced-motion frames land one per stage. Within a stage,
// units map linearly to hours after infusion start; everything drawn and read out uses those hours.

/** Clock range in story units. */
export const STORY_END = STAGE_COUNT;

function knots(timeline: SynapseTimeline): number[] {
  return [...timeline.stageStartsHours, timeline.endHours];
}

/** Hours after infusion start at a story position. */
export function hoursAtProgress(timeline: SynapseTimeline, progress: number): number {
  const k = knots(timeline);
  const p = Math.min(STORY_END, Math.max(0, progress));
  const i = Math.min(STAGE_COUNT - 1, Math.floor(p));
  return k[i]! + (p - i) * (k[i + 1]! - k[i]!);
}

/** Story position of a time (hours after infusion start): the inverse of hoursAtProgress. */
export function progressAtHours(timeline: SynapseTimeline, hours: number): number {
  const k = knots(timeline);
  if (hours <= k[0]!) return 0;
  for (let i = 0; i < STAGE_COUNT; i++) {
    const a = k[i]!;
    const b = k[i + 1]!;
    if (hours < b) return b > a ? i + (hours - a) / (b - a) : i;
  }
  return STORY_END;
}

/** Stage index (0–6) at a story position. */
export function stageIndexAt(progress: number): number {
  return Math.min(STAGE_COUNT - 1, Math.max(0, Math.floor(progress)));
}

/** Where in its stage (0–1) a story position is. */
export function stagePhaseAt(progress: number): number {
  const p = Math.min(STORY_END, Math.max(0, progress));
  return p - stageIndexAt(p);
}

export interface TimelineLandmark {
  progress: number;
  hours: number;
  label: string;
}

/** Landmarks for the time controls: every stage, the drug reaching 90 % of steady state, the IL-6 peak. */
export function timelineLandmarks(timeline: SynapseTimeline): TimelineLandmark[] {
  const out: TimelineLandmark[] = STAGES.map((stage, i) => ({ progress: i, hours: timeline.stageStartsHours[i]!, label: `Stage ${i + 1}: ${stage.name}` }));
  const extra = (hours: number | null, label: string): void => {
    if (hours === null || !Number.isFinite(hours) || hours <= 0 || hours >= timeline.endHours) return;
    out.push({ progress: progressAtHours(timeline, hours), hours, label });
  };
  extra(timeline.hoursTo90PctCss, 'Drug reaches 90 % of steady state');
  extra(timeline.il6PeakHours, 'Serum IL-6 peaks');
  out.push({ progress: STORY_END, hours: timeline.endHours, label: `End of the first ${Math.round(timeline.endHours)} h` });
  return out.sort((a, b) => a.progress - b.progress);
}

// ── Readouts ─────────────────────────────────────────────────────────────────────────────────────────

export interface SynapseReadout {
  hours: number;
  concentrationPgPerMl: number;
  concentrationPicomolar: number;
  /** Fraction (0–1) of the dose's steady-state concentration. */
  fractionOfSteadyState: number;
  /** Equilibrium fraction (0–1) of CD19 / CD3 carrying a drug molecule (binding.ts). */
  cd19Occupancy: number;
  cd3Occupancy: number;
  killingEngagement: number;
  activationSignal: number;
  il6PgPerMl: number;
}

/** Everything the figure reads from the model at a time (hours after infusion start). */
export function readoutAt(tr: Trajectory, timeline: SynapseTimeline, hours: number): SynapseReadout {
  const h = Math.min(tr.days * 24, Math.max(0, hours));
  const point = trajectoryAt(tr, h / 24);
  const c = Math.max(0, point.C);
  return {
    hours: h,
    concentrationPgPerMl: c,
    concentrationPicomolar: picogramsPerMlToMolar(c) * 1e12,
    fractionOfSteadyState: timeline.cssPgPerMl > 0 ? c / timeline.cssPgPerMl : 0,
    cd19Occupancy: receptorOccupancy(c, 'cd19'),
    cd3Occupancy: receptorOccupancy(c, 'cd3'),
    killingEngagement: point.Ek,
    activationSignal: point.Ea,
    il6PgPerMl: point.I,
  };
}

/** Reference drug level for the drawing: about the full dose's steady state (pg/mL). */
export const DRAWING_REFERENCE_PG_PER_ML = 700;

/** How much drug the drawing shows: free molecules (∝ C) and CD19-bound ones (∝ occupancy), 1 ≈ full-dose steady state. */
export function drawingLevels(readout: SynapseReadout): { freeLevel: number; boundLevel: number } {
  return {
    freeLevel: readout.concentrationPgPerMl / DRAWING_REFERENCE_PG_PER_ML,
    boundLevel: readout.cd19Occupancy / receptorOccupancy(DRAWING_REFERENCE_PG_PER_ML, 'cd19'),
  };
}

/** Serum IL-6 (pg/mL) above baseline represented by one drawn cytokine dot. */
export const IL6_PER_DOT_PG_PER_ML = 8;
/** Most cytokine dots drawn at once. */
export const MAX_CYTOKINE_DOTS = 24;

/** Number of cytokine dots for a serum IL-6 level: one per 8 pg/mL above baseline, at most 24. */
export function cytokineDotCount(il6PgPerMl: number, il6BasePgPerMl: number): number {
  return Math.min(MAX_CYTOKINE_DOTS, Math.max(0, Math.round((il6PgPerMl - il6BasePgPerMl) / IL6_PER_DOT_PG_PER_ML)));
}

// ── One run per dose ─────────────────────────────────────────────────────────────────────────────────

export interface SynapseModel {
  tr: Trajectory;
  timeline: SynapseTimeline;
}

const runs = new Map<SynapseDose, SynapseModel>();

/** The model run behind a dose (simulated once per session: the figure's inputs are only the dose). */
export function synapseModel(dose: SynapseDose): SynapseModel {
  let run = runs.get(dose);
  if (!run) {
    const tr = simulate(simulationInputFor(dose));
    run = { tr, timeline: buildTimeline(tr, dose) };
    runs.set(dose, run);
  }
  return run;
}
