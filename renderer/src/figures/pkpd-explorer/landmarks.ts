// Landmarks of a regimen for the explorer's charts, time controls and data table — derived from the
// model's rate schedule (change points, cycle starts, infusion ends), never typed in per regimen.
import { changePoints, type RateSchedule } from '../../model';
import { formatRate } from './format';

export type LandmarkKind = 'start' | 'dose-step' | 'dose-lowered' | 'end-of-infusion' | 'cycle-start' | 'interruption' | 'resumed';

export interface RegimenLandmark {
  tDays: number;
  kind: LandmarkKind;
  /** Cycle the landmark belongs to (1-based). */
  cycle: number;
  /** Full label for controls and the table, e.g. "Dose step 9 → 28 µg/day". */
  label: string;
  /** Short label drawn above the chart rule, e.g. "9→28" (whole µg/day). */
  shortLabel: string;
}

const SAME_DAY = 1e-9;

function cycleOf(schedule: RateSchedule, tDays: number): number {
  let cycle = 1;
  schedule.cycleStartsDays.forEach((start, i) => {
    if (start <= tDays + SAME_DAY) cycle = i + 1;
  });
  return cycle;
}

function includesDay(days: readonly number[], tDays: number): boolean {
  return days.some((d) => Math.abs(d - tDays) <= SAME_DAY);
}

/**
 * Every landmark of a schedule in time order: the start of infusion, each dose step, the end of each
 * cycle's infusion, the start of each later cycle, and any interruption or change in between.
 */
export function regimenLandmarks(schedule: RateSchedule): RegimenLandmark[] {
  const rates = schedule.ratesUgPerDay;
  const startRate = rates[0] ?? 0;
  const out: RegimenLandmark[] = [
    { tDays: 0, kind: 'start', cycle: 1, label: `Start of infusion (${formatRate(startRate)} µg/day)`, shortLabel: 'start' },
  ];
  const points = changePoints(schedule);
  for (let k = 0; k < points.length; k++) {
    const tDays = points[k]!;
    const before = rates[k]!;
    const after = rates[k + 1]!;
    const cycle = cycleOf(schedule, tDays);
    if (after > 0 && includesDay(schedule.cycleStartsDays, tDays)) {
      out.push({ tDays, kind: 'cycle-start', cycle, label: `Cycle ${cycle} starts (${formatRate(after)} µg/day)`, shortLabel: `C${cycle}` });
    } else if (after === 0 && includesDay(schedule.cycleInfusionEndsDays, tDays)) {
      out.push({ tDays, kind: 'end-of-infusion', cycle, label: `End of infusion, cycle ${cycle}`, shortLabel: `stop C${cycle}` });
    } else if (after === 0) {
      out.push({ tDays, kind: 'interruption', cycle, label: `Infusion interrupted (cycle ${cycle})`, shortLabel: 'pause' });
    } else if (before === 0) {
      out.push({ tDays, kind: 'resumed', cycle, label: `Infusion resumes (${formatRate(after)} µg/day)`, shortLabel: 'resume' });
    } else if (after > before) {
      out.push({ tDays, kind: 'dose-step', cycle, label: `Dose step ${formatRate(before)} → ${formatRate(after)} µg/day`, shortLabel: `${Math.round(before)}→${Math.round(after)}` });
    } else {
      out.push({ tDays, kind: 'dose-lowered', cycle, label: `Dose lowered ${formatRate(before)} → ${formatRate(after)} µg/day`, shortLabel: `${Math.round(before)}→${Math.round(after)}` });
    }
  }
  // an infusion that ends exactly at the end of the run is also a landmark
  for (const end of schedule.cycleInfusionEndsDays) {
    if (!out.some((l) => Math.abs(l.tDays - end) <= SAME_DAY)) {
      const cycle = cycleOf(schedule, end);
      out.push({ tDays: end, kind: 'end-of-infusion', cycle, label: `End of infusion, cycle ${cycle}`, shortLabel: `stop C${cycle}` });
    }
  }
  return out.sort((a, b) => a.tDays - b.tDays);
}

/** The landmarks inside a time window (inclusive). */
export function landmarksIn(landmarks: readonly RegimenLandmark[], domainDays: readonly [number, number]): RegimenLandmark[] {
  return landmarks.filter((l) => l.tDays >= domainDays[0] - SAME_DAY && l.tDays <= domainDays[1] + SAME_DAY);
}

/**
 * Labels for the landmark rules above a chart: each short label is kept only if it does not overlap the
 * previous kept one (labels are centred on their rule; widths estimated at `charPx` per character).
 * Dropped labels become '' — the rule stays, and the time controls name every landmark in full.
 */
export function chartLandmarkLabels(
  landmarks: readonly RegimenLandmark[],
  domainDays: readonly [number, number],
  plotWidthPx: number,
  charPx = 6.5,
): { tDays: number; label: string }[] {
  const span = domainDays[1] - domainDays[0] || 1;
  let lastRight = -Infinity;
  return landmarks
    .filter((l) => l.kind !== 'start' && l.tDays >= domainDays[0] && l.tDays <= domainDays[1])
    .map((l) => {
      const x = ((l.tDays - domainDays[0]) / span) * plotWidthPx;
      const half = (l.shortLabel.length * charPx) / 2;
      if (x - half < lastRight + 4) return { tDays: l.tDays, label: '' };
      lastRight = x + half;
      return { tDays: l.tDays, label: l.shortLabel };
    });
}
