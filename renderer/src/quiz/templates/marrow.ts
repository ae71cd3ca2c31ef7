// Shared by the marrow templates: the model's marrow blasts at a day, the response lines (CR-like ≤ 5 %,
// MRD-negative-like < 0.01 %) and the distractors a reader picks for a marrow burden.
import { CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS, simulate, type ClinicalInputs, type RegimenId } from '../../model';
import { formatPercent } from '../../figures/pkpd-explorer/format';
import type { Distractor } from './kit';

export { CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS };

/** Marrow blast fraction (0–1) at `day` (the output grid is coarse: only that day is read). */
export function marrowBlastsAt(regimen: RegimenId, clinical: ClinicalInputs, day = 28): number {
  return simulate({ regimen, days: day, clinical, outputStepMinutes: 360 }).at(day).X;
}

/** "3.1 %" (or "2.4 × 10⁻⁵ %") for a marrow blast fraction. */
export const blastsText = (fraction: number): string => formatPercent(fraction, 2);

/** Marrow distractors that hold for any question about blasts at day 28 (values ≤ 100 %). */
export function marrowDistractors(answer: number, startFraction: number): Distractor[] {
  const shown = blastsText(answer);
  const all: Distractor[] = [
    { value: startFraction, why: `That is the starting burden (${blastsText(startFraction)}): it assumes T-cell killing barely dents the marrow in one cycle; the model’s marrow ends at ${shown}.` },
    { value: answer * 10, why: `A whole log short of the model’s ${shown}: picking it underrates how killing speeds up per blast once blasts get scarce (first-order at low burden, not a fixed number a day).` },
    { value: answer / 10, why: `A log beyond the model’s ${shown}: that would need the marrow to clear at the blood’s pace, where killing is near its maximum; the model engages marrow killing far less.` },
    { value: answer * 3, why: `Three times the model’s ${shown}: picking it treats the full-dose weeks as no stronger than the first; in the model the marrow’s killing engagement rises with the level.` },
    { value: answer / 3, why: `A third of the model’s ${shown}: picking it lets the T cells’ expansion speed killing up without limit; the Treg brake and the cap on expansion hold it back.` },
    { value: answer * 2, why: `Twice the model’s ${shown}: picking it keeps killing at its slow high-burden pace to the end; the last blasts go faster.` },
    { value: answer / 30, why: `Far below the model’s ${shown}: that is the kind of clearance the model gives at MRD level, where each T cell faces few blasts; this marrow started at ${blastsText(startFraction)}.` },
  ];
  // a marrow holds at most all blasts: wrong answers above 95 % would read as impossible, not as slips
  return all.filter((d) => d.value <= 0.95 || d.value === startFraction);
}

/** The explanation sentence placing a day-28 value against the response lines. */
export function responseWords(fraction: number): string {
  if (fraction < MRD_NEGATIVE_MAX_BLASTS) return 'below the 0.01 % line (MRD-negative-like)';
  if (fraction <= CR_LIKE_MAX_BLASTS) return 'at or below the 5 % line (CR-like)';
  return 'above the 5 % line (no CR-like response)';
}
