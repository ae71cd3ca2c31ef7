// Pharmacokinetics against the closed-form one-compartment infusion solution (MODEL.md §8):
// the integrated C(t) must match R/CL·(1 − e^(−CL/V·t)) to 1e-6 relative.

import { describe, expect, it } from 'vitest';
import {
  buildSchedule, concentrationAt, concentrationsAt, hoursToFallBelow, hoursToFractionOfSteadyState, killingEngagement,
  parameters, pkConstants, simulate, steadyStatePgPerMl, tregBrake,
} from '../../../renderer/src/model/index';

function closedFormPgPerMl(rateUgPerDay: number, clLPerDay: number, vL: number, tDays: number): number {
  return ((1000 * rateUgPerDay) / clLPerDay) * (1 - Math.exp((-clLPerDay / vL) * tDays));
}

describe('a constant infusion matches the closed-form solution', () => {
  it('flat 15 µg/m²/day: every output point within 1e-6 relative of R/CL·(1 − e^(−k t))', () => {
    const tr = simulate({ regimen: 'flat-15', days: 28 });
    const bsa = parameters.bsa.value;
    const cl = parameters.clPerM2.value * bsa;
    const v = parameters.vPerM2.value * bsa;
    let worst = 0;
    for (let i = 1; i < tr.length; i++) {
      const exact = closedFormPgPerMl(15 * bsa, cl, v, tr.t[i]!);
      worst = Math.max(worst, Math.abs(tr.C[i]! - exact) / exact);
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('also with a small BSA, a changed clearance and at off-grid times via at()', () => {
    const p = { bsa: 0.7, clPerM2: 30, vPerM2: 2.5 };
    const tr = simulate({ regimen: { segments: [{ startDay: 0, endDay: 28, rate: 9, unit: 'ug/day' }] }, days: 5, parameters: p });
    for (const t of [0.013, 0.1, 0.37, 1.234, 4.999]) {
      const exact = closedFormPgPerMl(9, p.clPerM2 * p.bsa, p.vPerM2 * p.bsa, t);
      expect(Math.abs(tr.at(t).C - exact) / exact).toBeLessThan(1e-6);
    }
  });

  it('a dose step at an off-grid time is integrated exactly up to it and continues from it', () => {
    const regimen = { segments: [{ startDay: 0, endDay: 2.3, rate: 9, unit: 'ug/day' as const }, { startDay: 2.3, endDay: 28, rate: 28, unit: 'ug/day' as const }] };
    const tr = simulate({ regimen, days: 4 });
    expect(Array.from(tr.t)).toContain(2.3);
    const p = tr.parameters;
    const schedule = buildSchedule(regimen, p.bsa, 4);
    let worst = 0;
    for (let i = 1; i < tr.length; i++) {
      const exact = concentrationAt(schedule, p, tr.t[i]!);
      worst = Math.max(worst, Math.abs(tr.C[i]! - exact) / exact);
    }
    expect(worst).toBeLessThan(1e-6);
  });
});

describe('closed-form helpers', () => {
  const p = { bsa: 1.88, clPerM2: 22.3, vPerM2: 1.61 };

  it('Css = 1000·R/CL in pg/mL', () => {
    expect(steadyStatePgPerMl(28, p)).toBeCloseTo((1000 * 28) / (22.3 * 1.88), 9);
  });

  it('t90 from zero is ln(10)·V/CL and a stop falls below 10 % in the same time', () => {
    const { kelPerDay } = pkConstants(p);
    const expectedHours = (Math.log(10) / kelPerDay) * 24;
    expect(hoursToFractionOfSteadyState(0, 673, kelPerDay, 0.9)).toBeCloseTo(expectedHours, 9);
    expect(hoursToFallBelow(673, 67.3, kelPerDay)).toBeCloseTo(expectedHours, 9);
    expect(hoursToFractionOfSteadyState(700, 673, kelPerDay, 0.9)).toBe(0);
  });

  it('concentrationAt follows interruptions exactly (zero during the pause, decaying)', () => {
    const schedule = buildSchedule('mrd', 1.88, 20, [{ startDay: 5, durationDays: 2 }]);
    const { kelPerDay, volumeL } = pkConstants(p);
    const atStop = concentrationAt(schedule, p, 5);
    expect(concentrationAt(schedule, p, 6)).toBeCloseTo(atStop * Math.exp(-kelPerDay), 9);
    expect(volumeL).toBeCloseTo(1.61 * 1.88, 12);
  });

  it('concentrationsAt equals concentrationAt bit for bit: on a trajectory grid, at the rate changes, before the start, in any order', () => {
    const schedule = buildSchedule('label-rr', 1.88, 84, [{ startDay: 5, durationDays: 2 }]);
    const grid = simulate({ regimen: 'label-rr', days: 84 }).t;
    const edges = Array.from(schedule.startsDays);
    const shuffled = [3.5, -1, 0, 84, 0.25, 7, 7, 6.999, 90, 28, 1e-9];
    for (const times of [grid, Float64Array.from(edges), shuffled]) {
      const many = concentrationsAt(schedule, p, times);
      expect(many).toHaveLength(times.length);
      for (let i = 0; i < times.length; i++) expect(Object.is(many[i], concentrationAt(schedule, p, times[i]!))).toBe(true);
    }
    expect(concentrationsAt(schedule, p, [])).toHaveLength(0);
  });

  it('Ek is half-maximal at ec50Kill and the Treg brake halves at tregRef', () => {
    expect(killingEngagement(20, { ec50Kill: 20 })).toBe(0.5);
    expect(tregBrake({ treg: 8.5, tregRef: 8.5, tregHill: 4 })).toBe(0.5);
    expect(tregBrake({ treg: 0, tregRef: 8.5, tregHill: 4 })).toBe(1);
  });
});
