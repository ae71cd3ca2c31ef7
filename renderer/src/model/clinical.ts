// Clinical inputs → model parameters (MODEL.md §5): users set clinical quantities, never rate constants.
// Also the EU label's pre-phase rule (marrow blasts ≥ 50 % or blood blasts > 15 × 10⁹/L).

import { ModelInputError, requireNonNegative, requirePositive } from './errors';
import type { ParameterValues } from './parameters';

export interface ClinicalInputs {
  /** Marrow blasts in % (MRD-level burden: 0.01–0.1 %). → x0 = % / 100 */
  readonly marrowBlastsPct?: number;
  /** Peripheral blasts in 10⁹/L (G/L). → pbBlasts0 = value × 1000 cells/µL */
  readonly peripheralBlastsGPerL?: number;
  /** Regulatory T cells, % of CD4⁺. → treg */
  readonly tregPct?: number;
  /** Baseline blood T cells per µL. → t0 */
  readonly tCellsPerUl?: number;
  /** Body-surface area in m². → bsa */
  readonly bsaM2?: number;
}

/** Maps clinical quantities to parameter overrides (only the ones given). Bad values → ModelInputError. */
export function fromClinical(inputs: ClinicalInputs): Partial<ParameterValues> {
  if (inputs === null || typeof inputs !== 'object') throw new ModelInputError('clinical', 'must be an object of clinical inputs');
  const out: Partial<ParameterValues> = {};
  for (const key of Object.keys(inputs)) {
    if (!['marrowBlastsPct', 'peripheralBlastsGPerL', 'tregPct', 'tCellsPerUl', 'bsaM2'].includes(key)) {
      throw new ModelInputError(`clinical.${key}`, 'unknown clinical input');
    }
  }
  if (inputs.marrowBlastsPct !== undefined) {
    const pct = requireNonNegative('clinical.marrowBlastsPct', inputs.marrowBlastsPct);
    if (pct > 100) throw new ModelInputError('clinical.marrowBlastsPct', `must be ≤ 100 (got ${pct})`);
    out.x0 = pct / 100;
  }
  if (inputs.peripheralBlastsGPerL !== undefined) {
    out.pbBlasts0 = requireNonNegative('clinical.peripheralBlastsGPerL', inputs.peripheralBlastsGPerL) * 1000;
  }
  if (inputs.tregPct !== undefined) {
    const pct = requireNonNegative('clinical.tregPct', inputs.tregPct);
    if (pct > 100) throw new ModelInputError('clinical.tregPct', `must be ≤ 100 (got ${pct})`);
    out.treg = pct;
  }
  if (inputs.tCellsPerUl !== undefined) out.t0 = requirePositive('clinical.tCellsPerUl', inputs.tCellsPerUl);
  if (inputs.bsaM2 !== undefined) out.bsa = requirePositive('clinical.bsaM2', inputs.bsaM2);
  return out;
}

/**
 * The EU label's pre-phase rule: dexamethasone pre-phase if marrow blasts ≥ 50 % or blood blasts > 15 × 10⁹/L.
 * (The source review wrote "> 50 %"; MODEL.md §5 quotes the review. The atlas teaches the label, as the management
 * cases' rules.ts does, so the explorer and the cases agree at exactly 50 %.)
 */
export function needsPrePhase(p: Pick<ParameterValues, 'x0' | 'pbBlasts0'>): boolean {
  return p.x0 >= 0.5 || p.pbBlasts0 > 15000;
}
