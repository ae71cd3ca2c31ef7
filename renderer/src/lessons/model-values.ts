// The named quantities lessons can quote live with <ModelValue name="…" />: each is computed by the
// shared model (a scenario of MODEL.md §8 on a regimen) — never typed into the prose. Simulations are
// cached per scenario and regimen, so a lesson with many values runs each simulation once.
import {
  SCENARIOS,
  killingEngagement,
  marrowEngagement,
  metrics,
  pkConstants,
  regimens,
  resolveParameters,
  segmentRateUgPerDay,
  simulate,
  steadyStatePgPerMl,
  tregBrake,
  type Metrics,
  type ParameterName,
  type ParameterValues,
  type RegimenId,
  type ScenarioId,
  type Trajectory,
} from '../model';
import { receptorOccupancy } from '../model';
import { MODEL_VALUE_NAMES, type ModelValueName } from './component-names';

/** What a scenario's numbers are computed for, in words ("the model's MRD-positive scenario"). */
function scenarioBasis(id: ScenarioId): string {
  return `the model's ${SCENARIOS[id].label} scenario`;
}

export interface ModelValueRequest {
  name: string;
  regimen?: string;
  level?: string;
  scenario?: string;
}

export interface ModelQuantity {
  value: number;
  unit: string;
  /** Default number of significant digits when shown. */
  digits: number;
  /** What the number is, for screen readers and the tooltip. */
  label: string;
  /** What it was computed for: the default adult's parameters, or a scenario on a regimen (set by computeModelValue). */
  basis?: string;
}

interface Context {
  scenario: ScenarioId;
  regimen: RegimenId;
  p: ParameterValues;
  request: ModelValueRequest;
  /** Metrics of an 84-day (two-cycle) simulation of this scenario and regimen (cached). */
  metrics(): Metrics;
  /**
   * The same simulation with some parameters changed on top of the scenario (e.g. Treg 12 %), summarised
   * (cached per change). With no change it is the scenario's own run.
   */
  run(extra?: Partial<Record<ParameterName, number>>): RunSummary;
}

/** What the lessons quote from one simulation: its metrics and a few trajectory readings. */
export interface RunSummary {
  metrics: Metrics;
  /**
   * Days from the end of cycle 1's infusion until blood CD19⁺ cells are back to 90 % of the no-drug normal
   * B-cell level (bNormal); null if not within the run.
   */
  bCellRecoveryDaysAfterStop: number | null;
}

/** Length of every lesson simulation: two cycles (MODEL.md §6: day 0 of cycle 2 is day 42). */
const RUN_DAYS = 84;

const runCache = new Map<string, RunSummary>();

/** First time after `from` when blood CD19⁺ cells reach `level` (bisection on at()), or null. */
function firstBpAtLeast(tr: Trajectory, level: number, from: number): number | null {
  const t = tr.t;
  for (let i = tr.indexAt(from); i < tr.length; i++) {
    if (t[i]! < from || tr.Bp[i]! < level) continue;
    let lo = Math.max(from, i > 0 ? t[i - 1]! : from);
    let hi = t[i]!;
    for (let it = 0; it < 50 && hi - lo > 1e-9; it++) {
      const mid = 0.5 * (lo + hi);
      if (tr.at(mid).Bp >= level) hi = mid;
      else lo = mid;
    }
    return hi;
  }
  return null;
}

function summarise(tr: Trajectory): RunSummary {
  const stop = tr.schedule.cycleInfusionEndsDays[0];
  const back = stop === undefined ? null : firstBpAtLeast(tr, 0.9 * tr.parameters.bNormal, stop);
  return { metrics: metrics(tr), bCellRecoveryDaysAfterStop: stop === undefined || back === null ? null : back - stop };
}

function contextFor(request: ModelValueRequest): Context {
  const scenario = (request.scenario ?? 'rr') as ScenarioId;
  const spec = SCENARIOS[scenario];
  if (!spec) throw new Error(`ModelValue: unknown scenario "${request.scenario}" (known: ${Object.keys(SCENARIOS).join(', ')})`);
  const regimen = (request.regimen ?? spec.regimen) as RegimenId;
  if (!regimens[regimen]) throw new Error(`ModelValue: unknown regimen "${request.regimen}"`);
  const p = resolveParameters(spec.parameters);
  const run = (extra: Partial<Record<ParameterName, number>> = {}): RunSummary => {
    const changes = Object.entries(extra).sort(([a], [b]) => a.localeCompare(b));
    const key = `${scenario}|${regimen}|${changes.map(([k, v]) => `${k}=${v}`).join(',')}`;
    let summary = runCache.get(key);
    if (!summary) {
      summary = summarise(simulate({ regimen, days: RUN_DAYS, parameters: { ...spec.parameters, ...extra } }));
      runCache.set(key, summary);
    }
    return summary;
  };
  return { scenario, regimen, p, request, run, metrics: () => run().metrics };
}

/** Steady state [pg/mL] of the dose level `level` (in the regimen's own unit) of the context's regimen. */
function cssOfLevel(ctx: Context): { css: number; label: string } {
  const regimen = regimens[ctx.regimen];
  const level = Number(ctx.request.level);
  const segment = [...regimen.cycle1, ...regimen.laterCycles].find((s) => s.rate === level);
  if (!segment) throw new Error(`ModelValue: regimen "${ctx.regimen}" has no dose level ${ctx.request.level}`);
  const unit = segment.unit === 'ug/day' ? 'µg/day' : 'µg/m²/day';
  return { css: steadyStatePgPerMl(segmentRateUgPerDay(segment, ctx.p.bsa), ctx.p), label: `${level} ${unit}` };
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`ModelValue: the model gives no ${what} for this scenario`);
  return value;
}

/** Treg share of CD4⁺ T cells for the "high Treg" variant: the non-responder level of MODEL.md's RSP-2. */
const HIGH_TREG_PCT = 12;

const COMPUTE: Record<ModelValueName, (ctx: Context) => ModelQuantity> = {
  halfLifeHours: ({ p }) => ({ value: (Math.LN2 / pkConstants(p).kelPerDay) * 24, unit: 'h', digits: 2, label: 'model elimination half-life' }),
  timeToSteadyStateHours: ({ p }) => ({ value: (Math.log(10) / pkConstants(p).kelPerDay) * 24, unit: 'h', digits: 2, label: 'model time to 90 % of steady state' }),
  clearanceLPerHour: ({ p }) => ({ value: pkConstants(p).clearanceLPerDay / 24, unit: 'L/h', digits: 2, label: 'model clearance' }),
  volumeL: ({ p }) => ({ value: pkConstants(p).volumeL, unit: 'L', digits: 2, label: 'model central volume' }),
  cssPgPerMl: (ctx) => {
    const { css, label } = cssOfLevel(ctx);
    return { value: css, unit: 'pg/mL', digits: 3, label: `model steady-state concentration at ${label}` };
  },
  cd19OccupancyPct: (ctx) => {
    const { css, label } = cssOfLevel(ctx);
    return { value: 100 * receptorOccupancy(css, 'cd19'), unit: '%', digits: 2, label: `fraction of CD19 bound at steady state on ${label}` };
  },
  cd3OccupancyPct: (ctx) => {
    const { css, label } = cssOfLevel(ctx);
    return { value: 100 * receptorOccupancy(css, 'cd3'), unit: '%', digits: 1, label: `fraction of CD3 bound at steady state on ${label}` };
  },
  killingEngagementPct: (ctx) => {
    const { css, label } = cssOfLevel(ctx);
    return { value: 100 * killingEngagement(css, ctx.p), unit: '%', digits: 2, label: `blood killing engagement Ek at steady state on ${label}` };
  },
  marrowEngagementPct: (ctx) => {
    const { css, label } = cssOfLevel(ctx);
    return { value: 100 * marrowEngagement(css, ctx.p), unit: '%', digits: 2, label: `marrow killing engagement Em at steady state on ${label}` };
  },
  ec50KillPgPerMl: ({ p }) => ({ value: p.ec50Kill, unit: 'pg/mL', digits: 2, label: 'concentration for half-maximal killing in blood (ec50Kill)' }),
  ec50BmPgPerMl: ({ p }) => ({ value: p.ec50Bm, unit: 'pg/mL', digits: 2, label: 'serum concentration for half-maximal marrow killing (ec50Bm)' }),
  tRefPerUl: ({ p }) => ({ value: p.tRef, unit: 'cells/µL', digits: 2, label: 'fixed reference T-cell count of the marrow killing term (tRef)' }),
  il6PeakPgPerMl: (ctx) => {
    const peak = required(ctx.metrics().il6PeakByCycle[0], 'cycle-1 IL-6 peak');
    return { value: peak.peakPgPerMl, unit: 'pg/mL', digits: 2, label: 'model cycle-1 IL-6 peak' };
  },
  il6PeakHours: (ctx) => {
    const peak = required(ctx.metrics().il6PeakByCycle[0], 'cycle-1 IL-6 peak');
    return { value: (peak.peakDay - peak.startDay) * 24, unit: 'h', digits: 2, label: 'hours from the start of infusion to the model IL-6 peak' };
  },
  il6Cycle2Ratio: (ctx) => {
    const [c1, c2] = ctx.metrics().il6PeakByCycle;
    return { value: required(c2, 'cycle-2 IL-6 peak').peakPgPerMl / required(c1, 'cycle-1 IL-6 peak').peakPgPerMl, unit: '', digits: 2, label: 'cycle-2 IL-6 peak as a fraction of cycle 1' };
  },
  tCellNadirHours: (ctx) => ({ value: required(ctx.metrics().tCellNadir, 'T-cell nadir').day * 24, unit: 'h', digits: 2, label: 'hours to the blood T-cell nadir' }),
  tCellNadirPct: (ctx) => ({ value: 100 * required(ctx.metrics().tCellNadir, 'T-cell nadir').fractionOfBaseline, unit: '%', digits: 2, label: 'blood T cells at the nadir, % of baseline' }),
  tCellRecoveryDays: (ctx) => ({ value: required(ctx.metrics().tCellRecoveryDay, 'T-cell recovery'), unit: 'days', digits: 2, label: 'days until blood T cells are back to baseline' }),
  tCellFoldDay21: (ctx) => ({ value: required(ctx.metrics().tCellFoldDay21, 'day-21 T-cell count'), unit: '×', digits: 2, label: 'blood T cells at day 21 relative to baseline' }),
  bCellDepletionDays: (ctx) => ({ value: required(ctx.metrics().bCellDepletionDay, 'B-cell depletion'), unit: 'days', digits: 2, label: 'days until blood CD19⁺ cells are below 1 % of baseline' }),
  marrowBlastsDay28Pct: (ctx) => ({ value: 100 * required(ctx.metrics().marrowBlastsDay28, 'day-28 marrow blasts'), unit: '%', digits: 2, label: 'marrow blasts at day 28' }),
  marrowBlastsDay42Pct: (ctx) => ({
    value: 100 * required(ctx.metrics().marrowBlastsDay42, 'day-42 marrow blasts'),
    unit: '%',
    digits: 2,
    label: 'marrow blasts at day 42, the end of the 14-day break after cycle 1',
  }),
  marrowBlastsDay28LowTCellsPct: (ctx) => {
    const t0 = ctx.p.tRef / 2;
    return {
      value: 100 * required(ctx.run({ t0 }).metrics.marrowBlastsDay28, 'day-28 marrow blasts'),
      unit: '%',
      digits: 2,
      label: `marrow blasts at day 28 with blood T cells at ${t0} cells/µL (half the reference count tRef)`,
    };
  },
  marrowBlastsDay28HighTregPct: (ctx) => ({
    value: 100 * required(ctx.run({ treg: HIGH_TREG_PCT }).metrics.marrowBlastsDay28, 'day-28 marrow blasts'),
    unit: '%',
    digits: 2,
    label: `marrow blasts at day 28 with Tregs at ${HIGH_TREG_PCT} % of CD4⁺ T cells`,
  }),
  bCellRecoveryDaysAfterStop: (ctx) => ({
    value: required(ctx.run().bCellRecoveryDaysAfterStop, 'B-cell recovery after the stop'),
    unit: 'days',
    digits: 2,
    label: "days from the end of cycle 1's infusion until blood CD19⁺ cells are back to 90 % of the normal B-cell level",
  }),
  cnsRiskIndex: (ctx) => ({ value: required(ctx.metrics().cnsRiskIndex, 'CNS-risk index'), unit: '', digits: 2, label: 'illustrative CNS-risk index of cycle 1 (peak of the CNS-risk signal during the infusion)' }),
  cnsRiskIndexCycle2: (ctx) => ({
    value: required(ctx.metrics().cnsRiskIndexByCycle.find((c) => c.cycle === 2), 'cycle-2 CNS-risk index').value,
    unit: '',
    digits: 2,
    label: 'illustrative CNS-risk index of cycle 2 (peak of the CNS-risk signal during the infusion)',
  }),
  cnsRiskExposureCycle1: (ctx) => ({
    value: required(ctx.metrics().cnsRiskExposureByCycle.find((c) => c.cycle === 1 && c.complete), 'cycle-1 CNS-risk exposure').value,
    unit: '',
    digits: 2,
    label: 'illustrative CNS-risk exposure of cycle 1 (the CNS-risk signal summed over days 0–14)',
  }),
  cnsRiskExposureCycle2: (ctx) => ({
    value: required(ctx.metrics().cnsRiskExposureByCycle.find((c) => c.cycle === 2 && c.complete), 'cycle-2 CNS-risk exposure').value,
    unit: '',
    digits: 2,
    label: 'illustrative CNS-risk exposure of cycle 2 (the CNS-risk signal summed over days 0–14 of the cycle)',
  }),
  cnsRiskStepPeakRatio: (ctx) => ({
    value: required(ctx.metrics().cnsRiskStepPeaks.find((c) => c.cycle === 1), 'CNS-risk peak after a dose step').ratioToCycleStartPeak,
    unit: '',
    digits: 2,
    label: 'peak of the CNS-risk signal after the cycle-1 dose step, as a fraction of the first peak (illustrative)',
  }),
  crsIndexGrade: (ctx) => ({ value: required(ctx.metrics().crsIndex, 'CRS index').grade, unit: '', digits: 1, label: 'illustrative CRS index band (0–4)' }),
  tregBrakePct: ({ p }) => ({ value: 100 * tregBrake(p), unit: '%', digits: 2, label: `Treg brake fT at Treg ${p.treg} % (100 % = no brake)` }),
};

export function computeModelValue(request: ModelValueRequest): ModelQuantity {
  if (!(MODEL_VALUE_NAMES as readonly string[]).includes(request.name)) {
    throw new Error(`ModelValue: unknown quantity "${request.name}" (known: ${MODEL_VALUE_NAMES.join(', ')})`);
  }
  const context = contextFor(request);
  let simulated = false;
  const quantity = COMPUTE[request.name as ModelValueName]({
    ...context,
    metrics() {
      simulated = true;
      return context.metrics();
    },
    run(extra) {
      simulated = true;
      return context.run(extra);
    },
  });
  // Quantities computed from parameters alone depend on the scenario only when one was asked for.
  const basis = simulated
    ? `${scenarioBasis(context.scenario)}, ${regimens[context.regimen].name}`
    : request.scenario !== undefined
      ? scenarioBasis(context.scenario)
      : "the model's default adult parameters";
  return { ...quantity, basis };
}

/** Rounds to `digits` significant digits, never showing more precision than the model deserves. */
export function formatSignificant(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toPrecision(digits));
  return rounded.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

