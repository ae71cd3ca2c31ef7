// Text alternatives of the cytokine figure, generated from the simulated grid and the view state: the
// screen-reader description (also shown by "Describe") and the data table of peaks and indices. Pure.
import { formatDayTime } from '../../ui/clock';
import type { FigureTable } from '../../ui/FigureFrame';
import { valueAt } from '../common/chart-geometry';
import { formatHours, formatPgPerMl } from './geometry';
import { BURDEN_OPTIONS, DOSING_OPTIONS, WINDOW_DAYS, burdenOption, dosingOption, gridCell, type BurdenId, type DosingId, type Grid, type GridCell } from './scenarios';
import { MODEL_DISCLAIMER } from '../../model';

export interface CytokineViewState {
  burden: BurdenId;
  /** Regimens whose curves are drawn, in any order. */
  shown: readonly DosingId[];
  /** Clock time (model days since the start of the infusion). */
  tDays: number;
}

export function formatIndex(v: number): string {
  return v.toFixed(2);
}

function formatCells(v: number): string {
  return String(Math.round(v));
}

function percentLower(from: number, to: number): number {
  return Math.round((1 - to / from) * 100);
}

function cellSentence(cell: GridCell, tDays: number): string {
  const d = dosingOption(cell.dosing);
  const il6Now = valueAt(cell.trajectory.t, cell.trajectory.I, tDays);
  const tNow = valueAt(cell.trajectory.t, cell.trajectory.Tp, tDays);
  const parts = [
    `${capitalise(d.shortLabel)}: IL-6 now ${formatPgPerMl(il6Now)} pg/mL, blood T cells ${formatCells(tNow)}/µL`,
    `cycle-1 IL-6 peak ${formatPgPerMl(cell.il6PeakPgPerMl)} pg/mL at ${formatHours(cell.il6PeakHours)} h (illustrative CRS band ${cell.crsBand})`,
  ];
  if (cell.stepBump) parts.push(`a smaller bump of ${formatPgPerMl(cell.stepBump.pgPerMl)} pg/mL after the day-8 step`);
  parts.push(`CNS-risk index ${formatIndex(cell.cnsRiskIndex)}`);
  return `${parts.join('; ')}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The description a screen reader hears for the current burden, regimens and time. */
export function describeCytokine(grid: Grid, state: CytokineViewState): string {
  const burden = burdenOption(state.burden);
  const shown = DOSING_OPTIONS.filter((d) => state.shown.includes(d.id));
  const head = `${burden.shortLabel}, ${formatDayTime(Math.max(0, state.tDays))}.`;
  if (shown.length === 0) {
    return `${head} No regimen is shown: tick a regimen to draw its IL-6 and T-cell curves. The dot chart still compares every regimen at both burdens.`;
  }
  const sentences = [head, ...shown.map((d) => cellSentence(gridCell(grid, d.id, state.burden), state.tDays))];
  const flat = gridCell(grid, 'flat-15', state.burden);
  const stepped = gridCell(grid, 'weight-lt-45', state.burden);
  if (state.shown.includes('flat-15') && state.shown.includes('weight-lt-45')) {
    sentences.push(
      `Starting low and stepping up lowers the IL-6 peak by ${percentLower(flat.il6PeakPgPerMl, stepped.il6PeakPgPerMl)} % and the CNS-risk index by ${percentLower(flat.cnsRiskIndex, stepped.cnsRiskIndex)} %.`,
    );
  }
  const first = shown[0]!;
  const other = BURDEN_OPTIONS.find((b) => b.id !== state.burden)!;
  const here = gridCell(grid, first.id, state.burden);
  const there = gridCell(grid, first.id, other.id);
  // Compared as shown: a value that reads the same at both burdens is said once ("stays at …").
  const changeText = (there: string, here: string, unit = '') => (there === here ? `would stay at ${here}${unit}` : `would be ${there}${unit} instead of ${here}`);
  sentences.push(
    `At ${other.id} burden the ${first.shortLabel} IL-6 peak ${changeText(formatPgPerMl(there.il6PeakPgPerMl), formatPgPerMl(here.il6PeakPgPerMl), ' pg/mL')}, while its CNS-risk index ${changeText(formatIndex(there.cnsRiskIndex), formatIndex(here.cnsRiskIndex))}.`,
  );
  sentences.push(MODEL_DISCLAIMER);
  return sentences.join(' ');
}

export const TABLE_COLUMNS = [
  'Regimen',
  'Burden',
  'Cycle-1 IL-6 peak (pg/mL)',
  'Peak time (h after start)',
  'Illustrative CRS band',
  'IL-6 peak after the step (pg/mL)',
  'Blood T-cell nadir, week 1 (/µL)',
  'CNS-risk index (illustrative)',
];

/** One row per regimen × burden: the peaks, peak times and indices the charts show. */
export function cytokineTable(grid: Grid): FigureTable {
  const rows: (string | number)[][] = [];
  for (const d of DOSING_OPTIONS) {
    for (const b of BURDEN_OPTIONS) {
      const cell = gridCell(grid, d.id, b.id);
      rows.push([
        d.label,
        b.shortLabel,
        formatPgPerMl(cell.il6PeakPgPerMl),
        formatHours(cell.il6PeakHours),
        String(cell.crsBand),
        cell.stepBump ? formatPgPerMl(cell.stepBump.pgPerMl) : '— (no step)',
        `${formatCells(cell.tCellNadirPerUl)} at ${formatHours(cell.tCellNadirDay * 24)} h`,
        formatIndex(cell.cnsRiskIndex),
      ]);
    }
  }
  return {
    caption: `Cycle-1 IL-6 peak, illustrative CRS band, blood T-cell nadir and illustrative CNS-risk index for each regimen and burden (model simulation, first ${WINDOW_DAYS} days). ${MODEL_DISCLAIMER}`,
    columns: TABLE_COLUMNS,
    rows,
  };
}
