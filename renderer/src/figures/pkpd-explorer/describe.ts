// Text alternatives of the PK/PD explorer, generated from the model state: the description at the cursor
// time, the data table at the regimen's landmarks, and the readouts of metrics(). Pure; no DOM.
import { EC90_LEUKAEMIA_PG_PER_ML, MODEL_DISCLAIMER, needsPrePhase, parameters, type Metrics, type ParameterName, type ParameterValues, type RegimenId, type TrajectoryPoint } from '../../model';
import type { FigureTable } from '../../ui/FigureFrame';
import { formatDayTime } from '../../ui/clock';
import { capitalise, formatDrugLevel, formatHours, formatPercent, formatRate, formatSignificant, formatSpan } from './format';
import type { RegimenLandmark } from './landmarks';
import type { ExplorerInputs } from './scenario';


/** Drug level in words against the 470 pg/mL EC90. */
export function drugInWords(cPgPerMl: number): string {
  if (cPgPerMl < 1) return 'drug below 1 pg/mL';
  const relation = cPgPerMl >= EC90_LEUKAEMIA_PG_PER_ML ? 'above' : 'below';
  return `drug ${formatSignificant(cPgPerMl, 3)} pg/mL (${relation} the ${EC90_LEUKAEMIA_PG_PER_ML} pg/mL EC90)`;
}

/** "1.3×" — a count relative to its baseline. */
export function foldInWords(value: number, baseline: number): string {
  return `${formatSignificant(value / baseline, 2)}×`;
}

/** The cycle (1-based) a time belongs to, from the cycles' start days. */
export function cycleAt(tDays: number, cycleStartsDays: readonly number[]): number {
  let cycle = 1;
  cycleStartsDays.forEach((start, i) => {
    if (start <= tDays) cycle = i + 1;
  });
  return cycle;
}

/** The IL-6 clause: the peak of the cycle the cursor is in, and whether it is still ahead. */
export function il6PeakInWords(metrics: Metrics, tDays: number): string {
  const peaks = metrics.il6PeakByCycle;
  if (peaks.length === 0) return 'no IL-6 peak in the run';
  const cycle = cycleAt(tDays, peaks.map((p) => p.startDay));
  const peak = peaks.find((p) => p.cycle === cycle) ?? peaks[0]!;
  const value = `${formatSignificant(peak.peakPgPerMl, 3)} pg/mL`;
  const when = formatHours((peak.peakDay - peak.startDay) * 24);
  const after = peak.cycle === 1 ? '' : ` after the cycle starts`;
  if (tDays < peak.peakDay) return `IL-6 still rising to its cycle-${peak.cycle} peak of ${value} at ${when}${after}`;
  const first = peaks[0]!;
  const comparison = peak.cycle === 1 ? '' : ` (cycle 1: ${formatSignificant(first.peakPgPerMl, 3)} pg/mL)`;
  return `cycle-${peak.cycle} IL-6 peak ${value} at ${when}${after}${comparison}`;
}

export interface DescribeInput {
  regimenId: RegimenId;
  /** Model state at the cursor time. */
  point: TrajectoryPoint;
  metrics: Metrics;
  inputs: ExplorerInputs;
  /** Baseline blood T cells [cells/µL]. */
  t0: number;
  /** Rate constants set in the advanced panel. */
  overrides?: Readonly<Partial<Record<ParameterName, number>>>;
}

/** The patient in words (the clinical inputs). */
export function patientInWords(inputs: ExplorerInputs): string {
  return (
    `marrow blasts ${formatSignificant(inputs.marrowBlastsPct, 2)} %, blood blasts ${formatSignificant(inputs.peripheralBlastsGPerL, 2)} × 10⁹/L, ` +
    `Treg ${formatSignificant(inputs.tregPct, 2)} % of CD4⁺, baseline T cells ${Math.round(inputs.tCellsPerUl)} /µL, BSA ${inputs.bsaM2} m²`
  );
}

/** The screen-reader description of the explorer at the cursor time. */
export function describeExplorer({ regimenId, point, metrics, inputs, t0, overrides = {} }: DescribeInput): string {
  const infusing = point.rateUgPerDay > 0 ? `infusing ${formatRate(point.rateUgPerDay)} µg/day` : 'no infusion';
  const now =
    `${capitalise(formatDayTime(point.t))} on ${regimenId} (${infusing}): ${drugInWords(point.C)}, ` +
    `blood T cells ${foldInWords(point.Tp, t0)} baseline, CD19⁺ cells ${formatSignificant(point.Bp, 2)} /µL, ` +
    `marrow blasts ${formatPercent(point.X)}, IL-6 ${formatSignificant(point.I, 2)} pg/mL; ${il6PeakInWords(metrics, point.t)}.`;
  const changed = Object.entries(overrides).map(([name, v]) => `${name} ${formatSignificant(v!, 3)} (default ${formatSignificant(parameters[name as ParameterName].value, 3)})`);
  const patient = `Patient: ${patientInWords(inputs)}.${changed.length ? ` Rate constants changed: ${changed.join(', ')}.` : ''}`;
  const outcome =
    metrics.marrowBlastsEndOfCycle1 === null
      ? ''
      : ` End of cycle-1 infusion: marrow blasts ${formatPercent(metrics.marrowBlastsEndOfCycle1)}, ${metrics.responseEndOfCycle1}${
          metrics.crsIndex ? `; CRS index ${metrics.crsIndex.label}` : ''
        }.`;
  return `${now} ${patient}${outcome} ${MODEL_DISCLAIMER}`;
}

// ── data table ──

export const TABLE_COLUMNS = [
  'Landmark',
  'Time',
  'Serum blinatumomab (pg/mL)',
  'Blood T cells (/µL)',
  'Marginated T cells (/µL)',
  'CD19⁺ cells in blood (/µL)',
  'Marrow blasts (%)',
  'IL-6 (pg/mL)',
] as const;

/** Values of all five charted quantities at the start, at each landmark and at the end of the run. */
export function landmarkTable(at: (tDays: number) => TrajectoryPoint, landmarks: readonly RegimenLandmark[], endDays: number, regimenId: RegimenId): FigureTable {
  const rows = landmarks.map((l) => [l.label, l.tDays] as const);
  if (!landmarks.some((l) => Math.abs(l.tDays - endDays) < 1e-9)) rows.push(['End of the run', endDays]);
  return {
    caption: `Model values at the landmarks of ${regimenId} over two cycles (values at the instant of each landmark, before a new rate has acted). ${MODEL_DISCLAIMER}`,
    columns: [...TABLE_COLUMNS],
    rows: rows.map(([label, t]) => {
      const p = at(t);
      return [
        label,
        formatDayTime(t),
        formatDrugLevel(p.C),
        String(Math.round(p.Tp)),
        String(Math.round(p.Tm)),
        formatSignificant(p.Bp, 2),
        formatSignificant(p.X * 100, 2),
        formatSignificant(p.I, 2),
      ];
    }),
  };
}

// ── readouts of metrics() ──

export interface Readout {
  id: string;
  term: string;
  value: string;
}

/** The model's metrics as labelled readouts (all illustrative), in teaching order. */
export function explorerReadouts(metrics: Metrics, parameters: Pick<ParameterValues, 'x0' | 'pbBlasts0' | 't0'>): Readout[] {
  const out: Readout[] = [];
  const seen = new Set<number>();
  for (const level of metrics.doseLevels) {
    if (seen.has(level.rateUgPerDay)) continue;
    seen.add(level.rateUgPerDay);
    const relation = level.cssPgPerMl >= EC90_LEUKAEMIA_PG_PER_ML ? 'above' : 'below';
    out.push({
      id: `css-${formatRate(level.rateUgPerDay)}`,
      term: `Css at ${formatRate(level.rateUgPerDay)} µg/day`,
      value: `${formatSignificant(level.cssPgPerMl, 3)} pg/mL (${relation} the EC90); 90 % of it within ${formatHours(level.hoursTo90PctCss)}`,
    });
  }
  if (metrics.tCellNadir) {
    out.push({
      id: 't-nadir',
      term: 'Blood T-cell nadir',
      value: `${formatPercent(metrics.tCellNadir.fractionOfBaseline)} of baseline at ${formatSpan(metrics.tCellNadir.day)} after the start`,
    });
  }
  for (const dip of metrics.tCellStepDips) {
    out.push({
      id: `t-dip-${dip.stepDay}`,
      term: `T-cell dip after the dose step (label day ${formatSignificant(dip.stepDay + 1, 3)})`,
      value: `${formatPercent(dip.fractionOfPreStep)} of the pre-step count at ${formatSpan(dip.nadirDay - dip.stepDay)} after the step`,
    });
  }
  out.push({
    id: 'b-depletion',
    term: 'Blood CD19⁺ < 1 % of baseline',
    value: metrics.bCellDepletionDay === null ? 'not reached' : `after ${formatSpan(metrics.bCellDepletionDay)}`,
  });
  for (const peak of metrics.il6PeakByCycle) {
    out.push({
      id: `il6-${peak.cycle}`,
      term: `IL-6 peak, cycle ${peak.cycle}`,
      value: `${formatSignificant(peak.peakPgPerMl, 3)} pg/mL at ${formatHours((peak.peakDay - peak.startDay) * 24)} after the cycle starts`,
    });
  }
  out.push({ id: 'marrow-28', term: 'Marrow blasts at day 28', value: metrics.marrowBlastsDay28 === null ? '—' : formatPercent(metrics.marrowBlastsDay28) });
  out.push({ id: 'response', term: 'Response, end of cycle-1 infusion', value: metrics.responseEndOfCycle1 ?? '—' });
  out.push({ id: 'crs', term: 'CRS index (illustrative bands)', value: metrics.crsIndex ? metrics.crsIndex.label : '—' });
  // Only cycle 1: the index (marginated T-cell flux) grows with the expanded T cells of later cycles,
  // while neurotoxicity clusters in cycle 1 — a limit of the teaching model (see its README).
  out.push({
    id: 'cns',
    term: 'CNS-risk index, cycle 1 (illustrative)',
    value: metrics.cnsRiskIndex === null ? '—' : formatSignificant(metrics.cnsRiskIndex, 2),
  });
  out.push({
    id: 'pre-phase',
    term: 'Pre-phase rule, EU label (marrow ≥ 50 % or blood blasts > 15 × 10⁹/L)',
    value: needsPrePhase(parameters) ? 'met: dexamethasone pre-phase first (not modelled)' : 'not met',
  });
  return out;
}
