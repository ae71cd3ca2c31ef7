// Invariants over 10 000 random parameter sets drawn (seeded) inside the plausible ranges of the table:
// no negative state, no NaN or infinity, fractions stay in [0, 1], T cells stay below kCap·t0.

import { describe, expect, it } from 'vitest';
import { Mulberry32, PARAMETER_NAMES, REGIMEN_IDS, parameters, simulate, type ParameterValues } from '../../../renderer/src/model/index';

const SETS = 10_000;
const DAYS = 10; // covers the first dose, the day-8 steps and the cytokine burst; shorter keeps the sweep fast

describe('invariants over random parameter sets', () => {
  it(`${SETS} seeded random parameter sets inside the plausible ranges keep every state finite, non-negative and bounded`, () => {
    const rng = new Mulberry32(20240611);
    const failures: string[] = [];
    let checkedPoints = 0;
    for (let s = 0; s < SETS; s++) {
      const p: Partial<ParameterValues> = {};
      for (const name of PARAMETER_NAMES) {
        const [lo, hi] = parameters[name].range;
        p[name] = lo + (hi - lo) * rng.next();
      }
      const regimen = REGIMEN_IDS[Math.floor(rng.next() * REGIMEN_IDS.length)]!;
      const interruptions = rng.next() < 0.25 ? [{ startDay: 1 + 6 * rng.next(), durationDays: 0.5 + 9 * rng.next() }] : undefined;
      const tr = simulate({ regimen, days: DAYS, parameters: p, interruptions, outputStepMinutes: 60 });
      const cap = p.kCap! * p.t0! * (1 + 1e-6);
      for (let i = 0; i < tr.length; i++) {
        const v = [tr.A[i]!, tr.S[i]!, tr.Tp[i]!, tr.Tm[i]!, tr.X[i]!, tr.Bp[i]!, tr.I[i]!, tr.Q[i]!, tr.F[i]!];
        const bad = v.some((x) => !Number.isFinite(x) || x < 0)
          || tr.X[i]! > 1 || tr.Q[i]! > 1 || tr.S[i]! > 1
          || tr.Tp[i]! + tr.Tm[i]! > cap;
        if (bad) {
          failures.push(`set ${s} (${regimen}) at t=${tr.t[i]}: ${v.join(', ')}`);
          break;
        }
        checkedPoints++;
      }
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
    expect(checkedPoints).toBeGreaterThanOrEqual(SETS * (DAYS * 24 + 1)); // every hourly point of every set
  });
});
