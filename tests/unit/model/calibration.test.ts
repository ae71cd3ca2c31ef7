// Calibration targets of MODEL.md §8 (version 2), one test per target id, on the default parameters.
// Each test runs the target's own compute() from renderer/src/model/targets.ts — the definition the
// atlas's Model page shows — and asserts it passes; checks the page does not show are kept below as extras.
// Scenarios: MRD = x0 0.001, pbBlasts0 0, treg 4; R/R = defaults; high burden = x0 0.8.

import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_TARGETS, CalibrationRuns, TARGET_GROUPS, marrowEngagement, seriesExtremum, steadyStatePgPerMl, resolveParameters,
  type TargetGroup,
} from '../../../renderer/src/model/index';

const MRD = { x0: 0.001, pbBlasts0: 0, treg: 4 } as const;
const DEFAULTS = resolveParameters();
const runs = new CalibrationRuns();

/** Assertions beyond the target's pass/fail, on the same (cached) runs the target used. */
const extras: Readonly<Record<string, () => void>> = {
  'PK-6': () => {
    const { tr, m } = runs.run('label-rr', 28);
    expect(m.doseLevels.map((d) => d.startDay)).toEqual([0, 7]);
    for (const level of m.doseLevels) expect(tr.at(level.startDay + 1).C).toBeGreaterThanOrEqual(0.9 * level.cssPgPerMl);
  },
  'PK-7': () => {
    const { tr, m } = runs.run('label-rr', 42);
    const stop = m.stops.find((s) => s.day === 28)!;
    expect(tr.at(28 + 8 / 24).C).toBeLessThan(0.1 * stop.previousCssPgPerMl);
  },
  'PK-8': () => {
    // nhl-step's first week is 5 µg/m²/day at the default BSA
    expect(runs.run('nhl-step', 28).m.doseLevels[0]!.rateUgPerDay).toBeCloseTo(5 * 1.88, 10);
  },
  'PD-T1': () => {
    expect(runs.run('mrd', 84, MRD).m.tCellNadir!.fractionOfBaseline).toBeLessThan(1);
  },
  'PD-T3': () => {
    // the 84-day run the target reads gives the same day-21 fold as a 21-day run
    expect(runs.run('mrd', 21, MRD).m.tCellFoldDay21!).toBeCloseTo(runs.run('mrd', 84, MRD).m.tCellFoldDay21!, 6);
  },
  'CK-3': () => {
    expect(runs.run('nhl-step', 28, { x0: 0.8 }).m.il6CycleStartPeaks[0]!.peakDay).toBeLessThan(7);
  },
  'CK-4': () => {
    expect(runs.run('nhl-step', 28, { x0: 0.8 }).m.il6StepBumps.map((b) => b.stepDay)).toEqual([7, 14]);
  },
  'CK-5': () => {
    expect(runs.run('label-rr', 84).m.il6PeakByCycle.map((p) => p.startDay)).toEqual([0, 42]);
  },
  'RSP-1': () => {
    expect(runs.run('label-rr', 84).m.responseEndOfCycle1).toBe('CR-like');
  },
  'RSP-2': () => {
    expect(runs.run('label-rr', 84, { treg: 12 }).m.responseEndOfCycle1).toBe('no response');
  },
  'RSP-3': () => {
    expect(runs.run('mrd', 84, MRD).m.responseEndOfCycle1).toBe('MRD-negative-like');
  },
  'DR-1': () => {
    // the trajectory carries the same Em once the first dose level is at steady state
    const em = marrowEngagement(steadyStatePgPerMl(9, DEFAULTS), DEFAULTS);
    expect(runs.run('label-rr', 84).tr.at(6.5).Em).toBeCloseTo(em, 6);
  },
  'DR-3': () => {
    // blood killing saturates, marrow killing does not
    expect(marrowEngagement(steadyStatePgPerMl(5 * DEFAULTS.bsa, DEFAULTS), DEFAULTS)).toBeLessThan(0.6);
  },
  'CK-8': () => {
    expect(runs.run('mrd', 84, MRD).m.il6PeakByCycle.map((p) => p.startDay)).toEqual([0, 42]);
  },
  'CK-9': () => {
    expect(runs.run('label-rr', 84).tr.at(3).rateUgPerDay).toBeGreaterThan(0); // the infusion still runs
  },
  'CNS-1': () => {
    expect(runs.run('label-rr', 84).m.cnsRiskExposureByCycle.map((c) => [c.startDay, c.complete])).toEqual([[0, true], [42, true]]);
  },
  'CNS-2': () => {
    expect(runs.run('label-rr', 84).m.cnsRiskIndexByCycle.map((c) => c.startDay)).toEqual([0, 42]);
  },
  'CNS-3': () => {
    const { tr, m } = runs.run('label-rr', 84);
    const step = m.cnsRiskStepPeaks.find((s) => s.cycle === 1 && s.stepDay === 7)!;
    expect(step.value / seriesExtremum(tr, 'N', 0, 7)!.value).toBeCloseTo(step.ratioToCycleStartPeak, 9);
  },
};

const fast = CALIBRATION_TARGETS.filter((t) => !t.slow);
const groups = [...new Set(fast.map((t) => t.group))] as TargetGroup[];

for (const group of groups) {
  describe(TARGET_GROUPS[group], () => {
    for (const target of fast.filter((t) => t.group === group)) {
      it(`${target.id}: ${target.statement} (${target.tolerance})`, () => {
        const result = target.compute(runs);
        expect(result.pass, `${target.id} reached ${result.value}`).toBe(true);
        expect(result.value).not.toMatch(/NaN|not found/);
        extras[target.id]?.();
      });
    }
  });
}

describe('the extra checks', () => {
  it('belong to known targets', () => {
    for (const id of Object.keys(extras)) expect(fast.some((t) => t.id === id), id).toBe(true);
  });
});
