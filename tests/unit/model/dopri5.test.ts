// The Dormand–Prince integrator on hostile systems: a right-hand side that turns non-finite must end
// in an IntegrationError (never loop), and rejected steps count toward the step limit.

import { describe, expect, it } from 'vitest';
import { Dopri5 } from '../../../renderer/src/model/dopri5';
import { IntegrationError, simulate } from '../../../renderer/src/model/index';
import type { OdeSystem } from '../../../renderer/src/model/ode';

function system(rhs: (y: Float64Array, dy: Float64Array) => void): OdeSystem {
  return { dimension: 1, rate: 0, rhs };
}

function run(integ: Dopri5, tEnd: number): unknown {
  const times = Float64Array.of(tEnd);
  const out = new Float64Array(1);
  try {
    integ.advance(0, tEnd, times, 0, 1, out, 1);
  } catch (e) {
    return e;
  }
  return null;
}

describe('Dopri5 on hostile input', () => {
  it('a right-hand side that is NaN from the start (non-finite first step) throws step-size underflow instead of looping', () => {
    const integ = new Dopri5(system((_y, dy) => { dy[0] = Number.NaN; }), 1e-6, Float64Array.of(1e-9));
    integ.y[0] = 1;
    const e = run(integ, 10);
    expect(e).toBeInstanceOf(IntegrationError);
    expect((e as IntegrationError).message).toMatch(/step size underflow at t = 0 days/);
    expect((e as IntegrationError).atDays).toBe(0);
  }, 5000);

  it('an infinite right-hand side (e.g. an infinite clearance) also ends as underflow', () => {
    const integ = new Dopri5(system((y, dy) => { dy[0] = -Infinity * y[0]!; }), 1e-6, Float64Array.of(1e-9));
    integ.y[0] = 1;
    expect(run(integ, 10)).toBeInstanceOf(IntegrationError);
  }, 5000);

  it('rejected steps count toward the step limit', () => {
    // finite at the start, NaN at every trial stage: every step is rejected (≈ 450 halvings to underflow)
    let calls = 0;
    const integ = new Dopri5(system((_y, dy) => { dy[0] = calls++ === 0 ? 1 : Number.NaN; }), 1e-6, Float64Array.of(1e-9));
    integ.y[0] = 1;
    integ.h = 0.1;
    integ.maxSteps = 100;
    const e = run(integ, 10) as IntegrationError;
    expect(e).toBeInstanceOf(IntegrationError);
    expect(e.message).toMatch(/more than 100 steps \(accepted \+ rejected\)/);
    expect(integ.stats.steps).toBe(0);
    expect(integ.stats.rejected).toBeLessThanOrEqual(101);
  }, 5000);

  it('simulate() honours a step budget: a too-small budget fails with an IntegrationError naming the time', () => {
    expect(() => simulate({ regimen: 'label-rr', days: 84, maxSteps: 1000 })).toThrow(IntegrationError);
    expect(simulate({ regimen: 'label-rr', days: 84, maxSteps: 5000 }).stats.steps).toBeLessThan(5000);
  });
});
