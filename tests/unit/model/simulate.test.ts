// simulate(): the output grid, the accuracy of the adaptive Dormand–Prince integration against a
// tight-tolerance run, and Trajectory.at(). (The independent RK4 of MODEL.md is in reference-implementation.test.ts.)

import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput, type Trajectory } from '../../../renderer/src/model/index';

/** Below these magnitudes a state counts as ~0 and is compared in absolute terms. */
const FLOORS = { C: 1e-3, S: 1e-6, Tp: 1e-3, Tm: 1e-3, X: 1e-12, Bp: 1e-6, I: 1e-3, Q: 1e-6, F: 1e-6 } as const;
type Key = keyof typeof FLOORS;
const KEYS = Object.keys(FLOORS) as Key[];

function relErr(a: number, b: number, floor: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), floor);
}

const MRD = { x0: 0.001, pbBlasts0: 0, treg: 4 };
const BSA_SMALL = 1.2;

const SCENARIOS: Array<{ name: string; input: SimulationInput }> = [
  {
    name: 'label-rr, two cycles (R/R)',
    input: { regimen: 'label-rr', days: 84 },
  },
  {
    name: 'mrd, two cycles (MRD)',
    input: { regimen: 'mrd', days: 84, parameters: MRD },
  },
  {
    name: 'nhl-step, high burden',
    input: { regimen: 'nhl-step', days: 42, parameters: { x0: 0.8 } },
  },
  {
    name: 'custom 5 → 15 µg/m²/day, BSA 1.2, a 3-day and a 10-day interruption',
    input: {
      regimen: {
        segments: [{ startDay: 0, endDay: 7, rate: 5, unit: 'ug/m2/day' }, { startDay: 7, endDay: 28, rate: 15, unit: 'ug/m2/day' }],
        laterCycles: [{ startDay: 0, endDay: 28, rate: 15, unit: 'ug/m2/day' }],
      },
      days: 70,
      parameters: { bsa: BSA_SMALL, treg: 7 },
      interruptions: [{ startDay: 10, durationDays: 3 }, { startDay: 50, durationDays: 10 }],
    },
  },
];

function series(tr: Trajectory, key: Key): Float64Array {
  return tr[key];
}

describe('the output grid', () => {
  it('holds the uniform 15-minute grid plus every regimen change point, sorted and unique', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84 });
    const t = Array.from(tr.t);
    expect(t[0]).toBe(0);
    expect(t[t.length - 1]).toBe(84);
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
    for (const c of [7, 28, 42, 70]) expect(t).toContain(c);
    expect(t.length).toBe(84 * 96 + 1); // change points are on the grid here
    expect(t[1]).toBe(15 / 1440);
  });

  it('adds off-grid change points and the end time', () => {
    const tr = simulate({ regimen: 'mrd', days: 10.01, interruptions: [{ startDay: 3.337, durationDays: 1 }], outputStepMinutes: 60 });
    const t = Array.from(tr.t);
    expect(t).toContain(3.337);
    expect(t).toContain(4.337);
    expect(t[t.length - 1]).toBe(10.01);
    for (let hour = 0; hour <= 240; hour++) expect(t).toContain(hour / 24);
    expect(t.length).toBe(241 + 3); // hourly grid + two change points + the end time
  });

  it('reports the derived outputs consistently with the states', () => {
    const tr = simulate({ regimen: 'flat-15', days: 3 });
    const p = tr.parameters;
    for (const i of [0, 10, 100, tr.length - 1]) {
      const C = (1000 * tr.A[i]!) / (p.vPerM2 * p.bsa);
      expect(tr.C[i]).toBeCloseTo(C, 9);
      expect(tr.Ek[i]).toBeCloseTo(C / (C + p.ec50Kill), 12);
      expect(tr.D[i]).toBeCloseTo(Math.max(0, C / (C + p.ec50Act) - tr.S[i]!), 12);
      expect(tr.Tt[i]).toBeCloseTo(tr.Tp[i]! + tr.Tm[i]!, 9);
      expect(tr.rateUgPerDay[i]).toBeCloseTo(15 * p.bsa, 12);
    }
  });
});

describe('integration accuracy', () => {
  it('every state is within 1e-6 relative of a tight-tolerance (rtol 1e-12) run at every output time', () => {
    const inputs = [
      ...SCENARIOS.map((s) => s.input),
      { regimen: 'flat-60', days: 42, parameters: { x0: 0.8 } } as SimulationInput,
      { regimen: 'flat-5', days: 84 } as SimulationInput,
      { regimen: 'no-step', days: 84, parameters: { ec50Bm: 500, tRef: 700, kX: 0.3, kQRec: 0.05 } } as SimulationInput,
    ];
    for (const input of inputs) {
      const fast = simulate(input);
      const tight = simulate({ ...input, rtol: 1e-12 });
      expect(fast.length).toBe(tight.length);
      for (const key of KEYS) {
        const a = series(fast, key);
        const b = series(tight, key);
        let worst = 0;
        for (let i = 0; i < fast.length; i++) worst = Math.max(worst, relErr(a[i]!, b[i]!, FLOORS[key]));
        expect(worst, `${key} in ${JSON.stringify(input.regimen)}`).toBeLessThan(1e-6);
      }
    }
  });

  it('at(t) between grid points is as accurate as the grid values (1e-6 of a tight run)', () => {
    const input: SimulationInput = { regimen: 'label-rr', days: 84 };
    const fast = simulate(input);
    const tight = simulate({ ...input, rtol: 1e-12 });
    for (const t of [0.0017, 0.1234, 0.5, 1.003, 7.0049, 7.2, 28.01, 42.1, 55.55, 83.999]) {
      const a = fast.at(t);
      const b = tight.at(t);
      for (const key of KEYS) {
        const k = key === 'I' ? 'I' : key;
        expect(relErr(a[k], b[k], FLOORS[key]), `${key} at ${t}`).toBeLessThan(1e-6);
      }
    }
  });

  it('at(t) returns the stored values on grid points and rejects times outside the run', () => {
    const tr = simulate({ regimen: 'mrd', days: 5 });
    const i = 200;
    expect(tr.at(tr.t[i]!).Tp).toBe(tr.Tp[i]);
    expect(() => tr.at(-1)).toThrow(/t:/);
    expect(() => tr.at(5.5)).toThrow(/t:/);
  });
});

describe('Trajectory.at near stored times', () => {
  it('returns the stored point for a time a rounding error away from it (no integrator underflow)', () => {
    const tr = simulate({ regimen: 'label-rr', days: 2 });
    let t = 0;
    for (let i = 0; i < 45; i++) t += 1 / 1440; // 45 minutes, accumulated with rounding error
    const k = tr.indexAt(45 / 1440);
    expect(() => tr.at(t)).not.toThrow();
    expect(tr.at(t).C).toBeCloseTo(tr.point(Math.abs(tr.t[k]! - 45 / 1440) < 1e-9 ? k : k + 1).C, 9);
  });
});
