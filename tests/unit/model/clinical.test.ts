// Clinical inputs → parameters (MODEL.md §5): users set clinical quantities, never raw rate constants.

import { describe, expect, it } from 'vitest';
import { fromClinical, ModelInputError, needsPrePhase, simulate } from '../../../renderer/src/model/index';

describe('fromClinical', () => {
  it('maps marrow blasts %, blood blasts (10⁹/L), Treg %, T cells and BSA to x0, pbBlasts0, treg, t0, bsa', () => {
    expect(fromClinical({ marrowBlastsPct: 35, peripheralBlastsGPerL: 2.5, tregPct: 9, tCellsPerUl: 800, bsaM2: 1.6 }))
      .toEqual({ x0: 0.35, pbBlasts0: 2500, treg: 9, t0: 800, bsa: 1.6 });
  });

  it('only sets what is given', () => {
    expect(fromClinical({ marrowBlastsPct: 0.05 })).toEqual({ x0: 0.0005 });
  });

  it('feeds simulate(), with explicit parameter overrides applied afterwards', () => {
    const tr = simulate({ regimen: 'mrd', days: 1, clinical: { marrowBlastsPct: 0.1, tregPct: 4 }, parameters: { treg: 6 } });
    expect(tr.parameters.x0).toBeCloseTo(0.001, 15);
    expect(tr.parameters.treg).toBe(6);
    expect(tr.X[0]).toBeCloseTo(0.001, 15);
  });

  it('flags the EU label\'s pre-phase rule (marrow blasts ≥ 50 % or blood blasts > 15 × 10⁹/L)', () => {
    expect(needsPrePhase({ x0: 0.6, pbBlasts0: 0 })).toBe(true);
    expect(needsPrePhase({ x0: 0.2, pbBlasts0: 20000 })).toBe(true);
    expect(needsPrePhase({ x0: 0.5, pbBlasts0: 1000 })).toBe(true);
    expect(needsPrePhase({ x0: 0.49, pbBlasts0: 15000 })).toBe(false);
  });

  it('rejects impossible values, naming the input', () => {
    expect(() => fromClinical({ marrowBlastsPct: 101 })).toThrow(ModelInputError);
    expect(() => fromClinical({ tregPct: -1 })).toThrow(/clinical\.tregPct/);
    expect(() => fromClinical({ bsaM2: 0 })).toThrow(/clinical\.bsaM2/);
    expect(() => fromClinical({ weightKg: 70 } as never)).toThrow(/clinical\.weightKg: unknown/);
  });
});
