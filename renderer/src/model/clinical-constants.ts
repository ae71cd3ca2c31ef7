// Clinical constants the model, its metrics and the figures share (one definition each, one unit each):
// the response thresholds on the marrow blast fraction, the leukaemia-line EC90 and the molecule's mass.

import type { CitationKey } from './parameters';

/** Marrow blast fraction (0–1) at or below which a response is CR-like (X ≤ 0.05, i.e. ≤ 5 % blasts). */
export const CR_LIKE_MAX_BLASTS = 0.05;
/** Marrow blast fraction (0–1) below which a response is MRD-negative-like (X < 1e-4, i.e. < 0.01 %). */
export const MRD_NEGATIVE_MAX_BLASTS = 1e-4;

/** Serum level [pg/mL] giving 90 % of maximal killing of leukaemia cell lines ex vivo (asco2013). */
export const EC90_LEUKAEMIA_PG_PER_ML = 470;

/** Molecular mass of blinatumomab [kDa] (science.md §4.1: 54.1 kDa; the ASCO 2013 abstract says "55 kD"). */
export const BLINATUMOMAB_MASS_KDA = 54.1;
/** Molar mass of blinatumomab [g/mol] (= BLINATUMOMAB_MASS_KDA × 1000). */
export const BLINATUMOMAB_MW_G_PER_MOL = BLINATUMOMAB_MASS_KDA * 1000;

/** Where each clinical constant comes from (for provenance displays). */
export const CLINICAL_CONSTANT_SOURCES: Readonly<Record<'crLike' | 'mrdNegative' | 'ec90' | 'mass', { readonly citations: readonly CitationKey[]; readonly note: string }>> = Object.freeze({
  crLike: Object.freeze({ citations: Object.freeze(['topp2015', 'ribera2015'] as CitationKey[]), note: 'CR/CRh requires < 5 % marrow blasts; the model calls X ≤ 0.05 CR-like.' }),
  mrdNegative: Object.freeze({ citations: Object.freeze(['gokbuget2018', 'topp2015'] as CitationKey[]), note: 'MRD negativity is < 10⁻⁴ blasts (one in 10 000 cells).' }),
  ec90: Object.freeze({ citations: Object.freeze(['asco2013'] as CitationKey[]), note: 'EC90 on leukaemia cell lines, ASCO 2013 abstract 3048: the rationale for ≥ 15 µg/m²/day.' }),
  mass: Object.freeze({ citations: Object.freeze(['asco2013', 'ribera2015'] as CitationKey[]), note: '54.1 kDa (science.md §4.1); the ASCO 2013 abstract says "55 kD".' }),
});

/** Response label at the end of a cycle, from the marrow blast fraction. */
export type ResponseLabel = 'MRD-negative-like' | 'CR-like' | 'no response';

/** True when a marrow blast fraction is CR-like (≤ 5 %; MRD-negative-like counts as CR-like too). */
export function isCrLike(blastFraction: number): boolean {
  return blastFraction <= CR_LIKE_MAX_BLASTS;
}

/** True when a marrow blast fraction is MRD-negative-like (< 1e-4). */
export function isMrdNegative(blastFraction: number): boolean {
  return blastFraction < MRD_NEGATIVE_MAX_BLASTS;
}

/** The response label of a marrow blast fraction: MRD-negative-like, CR-like or no response. */
export function responseLabel(blastFraction: number): ResponseLabel {
  if (isMrdNegative(blastFraction)) return 'MRD-negative-like';
  if (isCrLike(blastFraction)) return 'CR-like';
  return 'no response';
}

/** A fraction (0–1) as a percentage (0–100): fractionToPercent(CR_LIKE_MAX_BLASTS) === 5 (exact for both thresholds). */
export function fractionToPercent(fraction: number): number {
  return fraction * 100;
}

/** A percentage (0–100) as a fraction (0–1): percentToFraction(5) === CR_LIKE_MAX_BLASTS. */
export function percentToFraction(percent: number): number {
  return percent / 100;
}
