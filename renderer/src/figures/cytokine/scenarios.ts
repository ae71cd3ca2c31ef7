// The cytokine figure's scenario grid (pure, no DOM): which regimens and burdens it compares, how each
// cell maps to a simulate() input, and the readouts each cell yields from the shared model's metrics().
import {
  SCENARIOS,
  metrics,
  regimens,
  resolveParameters,
  segmentRateUgPerDay,
  simulate,
  type Metrics,
  type ParameterName,
  type RegimenId,
  type Trajectory,
} from '../../model';

import { DOSING_SHORT_LABELS, WINDOW_DAYS, type BurdenId, type DosingId } from './state';

export { WINDOW_DAYS, stepDayOf, figureLandmarks, type BurdenId, type DosingId } from './state';

export interface DosingOption {
  id: DosingId;
  regimen: RegimenId;
  /** "flat" or "stepped": the comparison the figure is about. */
  kind: 'flat' | 'stepped';
  /** Long label for controls and the data table. */
  label: string;
  /** Short label for chart legends and descriptions. */
  shortLabel: string;
  /** Line colour (a theme token). */
  color: string;
  /** SVG stroke-dasharray ('' = solid): flat vs stepped is never told by colour alone. */
  dash: string;
  /** Shown when the figure first opens. */
  shownByDefault: boolean;
  /** A what-if, not a label regimen. */
  whatIf: boolean;
}

export interface BurdenOption {
  id: BurdenId;
  label: string;
  shortLabel: string;
  /** Parameter overrides: the MRD and high-burden scenarios of MODEL.md §8. */
  parameters: Partial<Record<ParameterName, number>>;
}

/** Model patient's body-surface area (m²): the default of the shared parameter table. */
export const BSA_M2 = resolveParameters({}).bsa;

function ugPerDay(regimen: RegimenId, segmentIndex: number): number {
  const segment = regimens[regimen].cycle1[segmentIndex];
  if (!segment) throw new Error(`regimen ${regimen} has no cycle-1 segment ${segmentIndex}`);
  return Math.round(segmentRateUgPerDay(segment, BSA_M2));
}

export const DOSING_OPTIONS: readonly DosingOption[] = [
  {
    id: 'flat-15',
    regimen: 'flat-15',
    kind: 'flat',
    label: `Flat 15 µg/m²/day from day 1 (≈ ${ugPerDay('flat-15', 0)} µg/day), no step`,
    shortLabel: DOSING_SHORT_LABELS['flat-15'],
    color: 'var(--series-il6)',
    dash: '',
    shownByDefault: true,
    whatIf: false,
  },
  {
    id: 'weight-lt-45',
    regimen: 'weight-lt-45',
    kind: 'stepped',
    label: `Stepped 5 → 15 µg/m²/day (capped at ${ugPerDay('weight-lt-45', 0)} → ${ugPerDay('weight-lt-45', 1)} µg/day), step on day 8`,
    shortLabel: DOSING_SHORT_LABELS['weight-lt-45'],
    color: 'var(--series-drug)',
    dash: '8 5',
    shownByDefault: true,
    whatIf: false,
  },
  {
    id: 'flat-60',
    regimen: 'flat-60',
    kind: 'flat',
    label: `Flat 60 µg/m²/day from day 1 (≈ ${ugPerDay('flat-60', 0)} µg/day; what-if, lymphoma dose)`,
    shortLabel: DOSING_SHORT_LABELS['flat-60'],
    color: 'var(--series-blast)',
    dash: '2 4',
    shownByDefault: false,
    whatIf: true,
  },
];

export const BURDEN_OPTIONS: readonly BurdenOption[] = [
  {
    id: 'low',
    label: 'Low: MRD-level (0.1 % marrow blasts, no blood blasts)',
    shortLabel: 'Low burden (MRD)',
    parameters: SCENARIOS.mrd.parameters,
  },
  {
    id: 'high',
    label: 'High: 80 % marrow blasts',
    shortLabel: 'High burden (80 % blasts)',
    parameters: SCENARIOS['high-burden'].parameters,
  },
];

export function dosingOption(id: DosingId): DosingOption {
  const option = DOSING_OPTIONS.find((o) => o.id === id);
  if (!option) throw new Error(`unknown dosing option ${id}`);
  return option;
}

export function burdenOption(id: BurdenId): BurdenOption {
  const option = BURDEN_OPTIONS.find((o) => o.id === id);
  if (!option) throw new Error(`unknown burden option ${id}`);
  return option;
}

/** What one regimen × burden cell of the grid shows. */
export interface GridCell {
  dosing: DosingId;
  burden: BurdenId;
  trajectory: Trajectory;
  metrics: Metrics;
  /** Cycle-1 IL-6 peak. */
  il6PeakPgPerMl: number;
  il6PeakHours: number;
  /** Illustrative CRS index (band of the cycle-1 IL-6 peak; not an ASTCT grade). */
  crsBand: number;
  crsBandLabel: string;
  /** IL-6 peak after the dose step (null for flat regimens). */
  stepBump: { pgPerMl: number; day: number } | null;
  /** Illustrative CNS-risk index of cycle 1 (marginated-T flux over days 0–7 / t0). */
  cnsRiskIndex: number;
  /** Lowest blood T-cell count in the first week, and when. */
  tCellNadirPerUl: number;
  tCellNadirDay: number;
  /** Blood T-cell dip after the step (null for flat regimens). */
  stepDip: { perUl: number; day: number } | null;
  /** Blood T cells at the start (t0). */
  tCellBaselinePerUl: number;
}

/** The simulate() input of one cell: a pure function of the cell, so it can be tested and replayed. */
export function simulationInput(dosing: DosingId, burden: BurdenId): { regimen: RegimenId; days: number; parameters: Partial<Record<ParameterName, number>> } {
  return { regimen: dosingOption(dosing).regimen, days: WINDOW_DAYS, parameters: { ...burdenOption(burden).parameters } };
}

export function simulateCell(dosing: DosingId, burden: BurdenId): GridCell {
  const trajectory = simulate(simulationInput(dosing, burden));
  const m = metrics(trajectory);
  const peak = m.il6PeakByCycle[0];
  const crs = m.crsIndex;
  const nadir = m.tCellNadir;
  if (!peak || !crs || !nadir || m.cnsRiskIndex === null) throw new Error(`model gave no cycle-1 metrics for ${dosing} × ${burden}`);
  const bump = m.il6StepBumps.find((b) => b.cycle === 1) ?? null;
  const dip = m.tCellStepDips[0] ?? null;
  return {
    dosing,
    burden,
    trajectory,
    metrics: m,
    il6PeakPgPerMl: peak.peakPgPerMl,
    il6PeakHours: (peak.peakDay - peak.startDay) * 24,
    crsBand: crs.grade,
    crsBandLabel: crs.label,
    stepBump: bump ? { pgPerMl: bump.peakPgPerMl, day: bump.peakDay } : null,
    cnsRiskIndex: m.cnsRiskIndex,
    tCellNadirPerUl: nadir.tpPerUl,
    tCellNadirDay: nadir.day,
    stepDip: dip ? { perUl: dip.nadirPerUl, day: dip.nadirDay } : null,
    tCellBaselinePerUl: trajectory.parameters.t0,
  };
}

export type Grid = ReadonlyMap<string, GridCell>;

export function cellKey(dosing: DosingId, burden: BurdenId): string {
  return `${dosing}|${burden}`;
}

/** Simulates every regimen × burden cell (6 runs of 10 days, a few ms in all). */
export function simulateGrid(): Grid {
  const grid = new Map<string, GridCell>();
  for (const d of DOSING_OPTIONS) for (const b of BURDEN_OPTIONS) grid.set(cellKey(d.id, b.id), simulateCell(d.id, b.id));
  return grid;
}

export function gridCell(grid: Grid, dosing: DosingId, burden: BurdenId): GridCell {
  const cell = grid.get(cellKey(dosing, burden));
  if (!cell) throw new Error(`grid has no cell ${dosing} × ${burden}`);
  return cell;
}

let cachedGrid: Grid | null = null;

/** The grid is the same for every reader (no sliders): simulate once per session. */
export function sharedGrid(): Grid {
  cachedGrid ??= simulateGrid();
  return cachedGrid;
}
