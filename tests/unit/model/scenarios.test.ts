// Model-owned scenarios (MODEL.md §8) and clinical constants: one definition each, consistent with the
// contract, with fromClinical and with the response labels of metrics().

import { describe, expect, it } from 'vitest';
import {
  BLINATUMOMAB_MASS_KDA, BLINATUMOMAB_MW_G_PER_MOL, CR_LIKE_MAX_BLASTS, EC90_LEUKAEMIA_PG_PER_ML, fractionToPercent, fromClinical,
  isCrLike, isMrdNegative, isScenarioId, metrics, MRD_NEGATIVE_MAX_BLASTS, percentToFraction, resolveParameters, responseLabel,
  SCENARIO_IDS, SCENARIOS, scenarioInput, scenarioParameters, simulate, steadyStatePgPerMl,
} from '../../../renderer/src/model/index';
import { BLINATUMOMAB_MW_G_PER_MOL as BINDING_MW } from '../../../renderer/src/model/binding';
import { CONTRACT_SCENARIOS } from './contract';

describe('scenarios of MODEL.md §8', () => {
  it('are rr, mrd and high-burden with the contract\'s overrides, human labels and regimens', () => {
    expect([...SCENARIO_IDS]).toEqual(['rr', 'mrd', 'high-burden']);
    for (const id of SCENARIO_IDS) {
      expect(SCENARIOS[id].id).toBe(id);
      expect(SCENARIOS[id].parameters).toEqual(CONTRACT_SCENARIOS[id]);
      expect(SCENARIOS[id].label.length).toBeGreaterThan(3);
      expect(SCENARIOS[id].description.length).toBeGreaterThan(10);
    }
    expect([SCENARIOS.rr.regimen, SCENARIOS.mrd.regimen, SCENARIOS['high-burden'].regimen]).toEqual(['label-rr', 'mrd', 'label-rr']);
    expect(isScenarioId('mrd')).toBe(true);
    expect(isScenarioId('low')).toBe(false);
    expect(Object.isFrozen(SCENARIOS.mrd.parameters)).toBe(true);
  });

  it('state every clinical input in clinical units, and fromClinical maps them back to exactly the scenario', () => {
    expect(SCENARIOS.rr.clinical).toEqual({ marrowBlastsPct: 50, peripheralBlastsGPerL: 1, tregPct: 5, tCellsPerUl: 1000, bsaM2: 1.88 });
    expect(SCENARIOS.mrd.clinical).toEqual({ marrowBlastsPct: 0.1, peripheralBlastsGPerL: 0, tregPct: 4, tCellsPerUl: 1000, bsaM2: 1.88 });
    expect(SCENARIOS['high-burden'].clinical.marrowBlastsPct).toBe(80);
    for (const id of SCENARIO_IDS) {
      expect(resolveParameters(fromClinical(SCENARIOS[id].clinical))).toEqual(scenarioParameters(id));
    }
  });

  it('scenarioInput and scenarioParameters build the simulation of a scenario', () => {
    expect(scenarioInput('mrd')).toEqual({ regimen: 'mrd', days: 84, parameters: { x0: 0.001, pbBlasts0: 0, treg: 4 } });
    expect(scenarioInput('high-burden', { regimen: 'flat-15', days: 10, parameters: { treg: 12 }, outputStepMinutes: 30 }))
      .toEqual({ regimen: 'flat-15', days: 10, parameters: { x0: 0.8, treg: 12 }, outputStepMinutes: 30 });
    expect(scenarioParameters('mrd', { treg: 9 }).treg).toBe(9);
    expect(scenarioParameters('rr')).toEqual(resolveParameters());
  });
});

describe('clinical constants', () => {
  it('hold the response thresholds as fractions, with exact percent helpers', () => {
    expect(CR_LIKE_MAX_BLASTS).toBe(0.05);
    expect(MRD_NEGATIVE_MAX_BLASTS).toBe(1e-4);
    expect(fractionToPercent(CR_LIKE_MAX_BLASTS)).toBe(5);
    expect(fractionToPercent(MRD_NEGATIVE_MAX_BLASTS)).toBe(0.01);
    expect(percentToFraction(5)).toBe(CR_LIKE_MAX_BLASTS);
    expect(percentToFraction(0.01)).toBe(MRD_NEGATIVE_MAX_BLASTS);
    expect([isCrLike(0.05), isCrLike(0.0500001), isMrdNegative(1e-4), isMrdNegative(0.99e-4)]).toEqual([true, false, false, true]);
    expect([responseLabel(0.2), responseLabel(0.03), responseLabel(5e-5)]).toEqual(['no response', 'CR-like', 'MRD-negative-like']);
  });

  it('metrics() labels responses with the same thresholds', () => {
    const m = metrics(simulate({ regimen: 'label-rr', days: 42 }));
    expect(m.responseEndOfCycle1).toBe(responseLabel(m.marrowBlastsEndOfCycle1!));
  });

  it('hold the EC90 (470 pg/mL) between the Css of 5 and 15 µg/m²/day, and the molecule\'s mass once', () => {
    expect(EC90_LEUKAEMIA_PG_PER_ML).toBe(470);
    const p = resolveParameters();
    expect(steadyStatePgPerMl(5 * p.bsa, p)).toBeLessThan(EC90_LEUKAEMIA_PG_PER_ML);
    expect(steadyStatePgPerMl(15 * p.bsa, p)).toBeGreaterThan(EC90_LEUKAEMIA_PG_PER_ML);
    expect(BLINATUMOMAB_MASS_KDA).toBe(54.1);
    expect(BLINATUMOMAB_MW_G_PER_MOL).toBe(54_100);
    expect(BINDING_MW).toBe(BLINATUMOMAB_MW_G_PER_MOL);
  });
});
