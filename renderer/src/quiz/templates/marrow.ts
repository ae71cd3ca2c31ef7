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
  const all: Distractor[] = [
    { value: startFraction, why: `That is the starting burden (${blastsText(startFraction)}): it assumes the marrow barely changes in a cycle.` },
    { value: answer * 10, why: 'Ten times too many: the model’s marrow clears further than that.' },
    { value: answer / 10, why: 'Ten times too few: the model’s marrow does not clear that far in one cycle.' },
    { value: answer * 3, why: 'Too many: the model clears the marrow further.' },
    { value: answer / 3, why: 'Too few: the model does not clear the marrow that far.' },
    { value: answer * 2, why: 'Too many: the model clears the marrow further.' },
    { value: answer / 30, why: 'Far too few: the model does not clear the marrow that far in one cycle.' },
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
