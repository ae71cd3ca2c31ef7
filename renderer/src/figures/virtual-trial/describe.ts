// Text alternatives of the virtual-trial figure, generated from its state and the cohorts: the description
// (share responding against the trials, median Tregs of responders and non-responders, the focused patient),
// one patient in words, and the data table of every patient. Pure.
import { regimens, type CohortPatient, type CohortResult, type ResponseLabel } from '../../model';
import type { FigureTable } from '../../ui/FigureFrame';
import { formatPercent, formatSignificant } from '../pkpd-explorer/format';
import { formatShare, respondedBy, trialStats, type TrialStats } from './geometry';
import { VT_COHORT_SIZE, type VirtualTrialState, type VtDay, type VtRegimen } from './state';
import { comparator } from './trials';

/** The regimens in words (short, for controls and sentences). */
export const REGIMEN_LABELS: Readonly<Record<VtRegimen, { short: string; dose: string }>> = {
  'flat-5': { short: 'Flat 5', dose: '5 µg/m²/day from day 1 (what-if)' },
  'label-rr': { short: 'Label 9 → 28', dose: '9 µg/day for a week, then 28 µg/day (the label)' },
  'flat-15': { short: 'Flat 15', dose: '15 µg/m²/day from day 1 (what-if)' },
};

export function regimenInWords(regimen: VtRegimen): string {
  return `${regimen} (${REGIMEN_LABELS[regimen].dose})`;
}

/** Below this marrow fraction the text says "< 10⁻⁸ %": far under one cell, the model's smaller numbers mean nothing more. */
export const TEXT_FLOOR_FRACTION = 1e-10;

/** Marrow blasts for text: "2.1 %", "3.4 × 10⁻⁵ %", or "< 10⁻⁸ %". */
export function formatBlasts(fraction: number): string {
  return fraction < TEXT_FLOOR_FRACTION ? '< 10⁻⁸ %' : formatPercent(fraction);
}

/** The same, as a table cell in percent without the unit. */
export function formatBlastsCell(fraction: number): string {
  return fraction < TEXT_FLOOR_FRACTION ? '< 10⁻⁸' : formatSignificant(fraction * 100, 2);
}

export function responseInWords(label: ResponseLabel | null): string {
  return label === null ? '—' : label;
}

/** A patient's inputs in clinical words (what the explorer takes) plus the marrow killing rate it does not. */
export function patientInputsInWords(p: CohortPatient): string {
  return (
    `marrow blasts ${formatSignificant(p.x0 * 100, 2)} % at the start, blood blasts ${formatSignificant(p.pbBlasts0 / 1000, 2)} × 10⁹/L, ` +
    `Tregs ${formatSignificant(p.treg, 2)} % of CD4⁺, T cells ${Math.round(p.t0)} /µL, marrow killing rate kBm ${formatSignificant(p.kBm, 2)} /day`
  );
}

/** "at day 28: 2.1 % (CR-like); at day 70: 2 × 10⁻⁷ % (MRD-negative-like)" */
export function patientOutcomeInWords(p: CohortPatient): string {
  const d28 = `at day 28 ${formatBlasts(p.X28)} (${p.response28})`;
  return p.X70 === null ? d28 : `${d28}; at day 70 ${formatBlasts(p.X70)} (${responseInWords(p.response70)})`;
}

export function patientInWords(p: CohortPatient, number: number): string {
  return `Patient ${number}: ${patientInputsInWords(p)}; marrow blasts ${patientOutcomeInWords(p)}.`;
}

function trialSentence(day: VtDay, stats: TrialStats): string {
  const topp = comparator(day === 28 ? 'topp-cycle1' : 'topp');
  if (day === 28) {
    return `At day 28, the end of cycle 1, ${stats.responders} of ${stats.size} (${formatShare(stats.share)}) have marrow blasts at or below 5 % (CR-like); in Topp 2015 about ${topp.sharePct} % reached CR/CRh in cycle 1 (${topp.derived}).`;
  }
  const tower = comparator('tower');
  return `By day 70, the end of cycle 2, ${stats.responders} of ${stats.size} (${formatShare(stats.share)}) were CR-like at day 28 or day 70; Topp 2015 reported ${topp.sharePct} % CR/CRh within two cycles, TOWER ${tower.sharePct} % CR/CRh/CRi.`;
}

function tregSentence(stats: TrialStats): string {
  const r = stats.medianTregResponders;
  const n = stats.medianTregNonResponders;
  if (r === null || n === null) return 'Every patient falls on the same side of the line, so responders and non-responders cannot be compared.';
  return `Median Tregs: ${formatSignificant(r, 2)} % in responders, ${formatSignificant(n, 2)} % in non-responders (Duell 2017 measured 4.8 against 10.3 %).`;
}

export interface DescribeInput {
  state: VirtualTrialState;
  /** The R/R cohort for the state's regimen and seed, or null while it runs. */
  rr: CohortResult | null;
  /** The MRD arm for the seed, or null while it runs. */
  mrd: CohortResult | null;
  /** The patient shown in the card (focused or hovered), 1-based, 0 = none. */
  patient: number;
}

/** The description a screen reader hears (also shown by "Describe"). */
export function describeVirtualTrial({ state, rr, mrd, patient }: DescribeInput): string {
  const head = `Virtual trial ${state.seed}: ${VT_COHORT_SIZE} virtual relapsed adults on ${regimenInWords(state.regimen)}, each one run of the atlas's model; the waterfall shows marrow blasts at day ${state.day}, bars coloured by ${state.colourBy === 'treg' ? 'Tregs' : 'burden at the start'}.`;
  if (!rr) return `${head} The trial is being simulated; the waterfall appears when every patient has been run.`;
  const stats = trialStats(rr, state.day);
  const sentences = [head, trialSentence(state.day, stats), tregSentence(stats)];
  const blast = comparator('blast');
  sentences.push(
    mrd
      ? `In the MRD arm of the same trial (${mrd.size} virtual MRD-positive adults on the mrd regimen), ${formatShare(mrd.summary.mrdNegative28)} are MRD-negative-like (below 0.01 %) at day 28; BLAST reported ${blast.sharePct} % complete MRD responses after cycle 1.`
      : 'The MRD arm of the trial is still being simulated.',
  );
  const p = patient > 0 ? rr.patients[patient - 1] : undefined;
  if (p) sentences.push(`Focused: ${patientInWords(p, patient)} ${respondedBy(p, state.day) ? 'A responder' : 'Not a responder'} by day ${state.day}.`);
  else sentences.push('Focus the waterfall and use the arrow keys to hear each patient; Enter opens the patient in the PK/PD explorer.');
  sentences.push('Illustrative model output, not for dosing decisions.');
  return sentences.join(' ');
}

export const TABLE_COLUMNS = [
  'Patient',
  'Marrow blasts at start (%)',
  'Blood blasts (× 10⁹/L)',
  'T cells (/µL)',
  'Tregs (% of CD4⁺)',
  'Marrow killing rate kBm (/day)',
  'Marrow blasts, day 28 (%)',
  'Marrow blasts, day 70 (%)',
  'Response, day 28',
  'Response, day 70',
];

/** Every patient of the R/R cohort: inputs and outcomes, in patient order. */
export function virtualTrialTable(rr: CohortResult): FigureTable {
  return {
    caption: `Virtual trial ${rr.seed}, ${regimens[rr.regimen].name}: every patient's inputs and marrow blasts at days 28 and 70 (model simulation; illustrative, not for dosing).`,
    columns: TABLE_COLUMNS,
    rows: rr.patients.map((p, i) => [
      String(i + 1),
      formatSignificant(p.x0 * 100, 3),
      formatSignificant(p.pbBlasts0 / 1000, 3),
      String(Math.round(p.t0)),
      formatSignificant(p.treg, 3),
      formatSignificant(p.kBm, 3),
      formatBlastsCell(p.X28),
      p.X70 === null ? '—' : formatBlastsCell(p.X70),
      p.response28,
      responseInWords(p.response70),
    ]),
  };
}
