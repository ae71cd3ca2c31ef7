// Words and numbers of the synapse figure, generated from the model state: time and value formats, the
// screen-reader description of the current moment, and the data table of the stages.
import type { FigureTable } from '../../ui/FigureFrame';
import type { Trajectory } from '../../model';
import { receptorOccupancy } from '../../model';
import { DOSE_OPTIONS, readoutAt, type SynapseReadout, type SynapseTimeline } from './schedule';
import { STAGES, STAGE_COUNT } from './stages';

/** "0 h 03 min", "5 h 49 min", "24 h 00 min". */
export function formatElapsed(hours: number): string {
  const totalMinutes = Math.max(0, Math.round(hours * 60));
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes - h * 60;
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

/** "Minute 3", "Hour 5.8", "Hour 18". */
export function formatMoment(hours: number): string {
  if (hours < 1) return `Minute ${Math.round(hours * 60)}`;
  return hours < 10 ? `Hour ${hours.toFixed(1)}` : `Hour ${Math.round(hours)}`;
}

/** Concentrations: one decimal below 10 pg/mL, whole numbers above. */
export function formatConcentration(pgPerMl: number): string {
  if (pgPerMl <= 0) return '0';
  return pgPerMl < 10 ? pgPerMl.toFixed(1) : String(Math.round(pgPerMl));
}

/** A fraction as a percentage with two significant digits, never in exponent form: 0.0080 → "0.80". */
export function formatPercent(fraction: number): string {
  const pct = fraction * 100;
  if (!(pct > 0)) return '0';
  if (pct >= 10) return String(Math.round(pct));
  if (pct < 1e-6) return '< 0.000001';
  return pct.toPrecision(2); // plain notation down to 1e-6
}

/** Killing engagement as 0.00–1.00. */
export function formatEngagement(ek: number): string {
  return ek.toFixed(2);
}

/** "1 in 120": how many receptors there are per bound one at an occupancy. */
export function oneIn(fraction: number): string {
  if (!(fraction > 0)) return 'none';
  const n = 1 / fraction;
  const rounded = n >= 1000 ? Math.round(n / 1000) * 1000 : n >= 100 ? Math.round(n / 10) * 10 : Math.round(n);
  return `1 in ${rounded.toLocaleString('en-GB')}`;
}

export interface DescribeInput {
  readout: SynapseReadout;
  stageIndex: number;
  timeline: SynapseTimeline;
}

/** The screen-reader description of the current moment (FigureFrame `description`). */
export function describeSynapse({ readout, stageIndex, timeline }: DescribeInput): string {
  const stage = STAGES[Math.min(STAGE_COUNT - 1, Math.max(0, stageIndex))]!;
  const head =
    `${formatMoment(readout.hours)} of an infusion of ${timeline.rateUgPerDay} µg/day: serum blinatumomab ${formatConcentration(readout.concentrationPgPerMl)} pg/mL; ` +
    `${formatPercent(readout.cd19Occupancy)} % of CD19 and ${formatPercent(readout.cd3Occupancy)} % of CD3 bound; ` +
    `killing engagement ${formatEngagement(readout.killingEngagement)}.`;
  let detail = stage.describe;
  if (stage.id === 'activation' || stage.id === 'perforin') detail += ` (serum IL-6 ${formatConcentration(readout.il6PgPerMl)} pg/mL)`;
  if (stage.id === 'release') detail += `; at this drug level an engaged T cell can kill about ${Math.round(timeline.killsPerEngagedTCellPerDay)} blasts a day`;
  return `${head} Stage ${stageIndex + 1} of ${STAGE_COUNT} — ${detail}. The CD19-negative bystander is untouched.`;
}

/** Column headers of the stage table. */
export const TABLE_COLUMNS = [
  'Stage',
  'Reached (after infusion start)',
  'Serum blinatumomab (pg/mL)',
  'CD19 bound (%)',
  'CD3 bound (%)',
  'Killing engagement Ek',
  'Serum IL-6 (pg/mL)',
] as const;

/** A formatted value as a number for the table (right-aligned), or as text when it is not one. */
function cell(text: string): string | number {
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

function tableRow(label: string, r: SynapseReadout): (string | number)[] {
  return [
    label,
    formatElapsed(r.hours),
    cell(formatConcentration(r.concentrationPgPerMl)),
    cell(formatPercent(r.cd19Occupancy)),
    cell(formatPercent(r.cd3Occupancy)),
    cell(formatEngagement(r.killingEngagement)),
    cell(formatConcentration(r.il6PgPerMl)),
  ];
}

/** The data-table alternative: every stage with its time and the model's values then, plus the window's end. */
export function stageTable(tr: Trajectory, timeline: SynapseTimeline): FigureTable {
  const rows = STAGES.map((stage, i) => tableRow(`${i + 1}. ${stage.name}`, readoutAt(tr, timeline, timeline.stageStartsHours[i]!)));
  rows.push(tableRow(`End of the first ${Math.round(timeline.endHours)} h`, readoutAt(tr, timeline, timeline.endHours)));
  return {
    caption: `When each stage is reached at ${timeline.rateUgPerDay} µg/day (${DOSE_OPTIONS[timeline.dose].note}), with the model’s values at that moment. Occupancy is C/(C + dissociation constant), with 1.49 nM for CD19 and 260 nM for CD3.`,
    columns: [...TABLE_COLUMNS],
    rows,
  };
}

/** The "not to scale" note: how few receptors carry drug at the dose's steady state. */
export function scaleNote(timeline: SynapseTimeline): string {
  const css = timeline.cssPgPerMl;
  return (
    `Not to scale: at the steady state of ${timeline.rateUgPerDay} µg/day (${formatConcentration(css)} pg/mL) only about ${oneIn(receptorOccupancy(css, 'cd19'))} CD19 molecules ` +
    `and ${oneIn(receptorOccupancy(css, 'cd3'))} CD3 molecules carry blinatumomab; each drawn molecule stands for many.`
  );
}
