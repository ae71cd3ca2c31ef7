// The agent-based serial-lysis micro-model (MODEL.md §9): deterministic replay, kill rate per engaged
// T cell = kSerial·Ek·fT, the in-vitro targets (Hoffmann 2005) and bystanders that are never killed.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  AGENT_KIND, CELL_STATE, createLysisWorld, killingEngagement, ModelInputError, parameters, simulate, tregBrake,
  type LysisWorld,
} from '../../../renderer/src/model/index';

function runMinutes(world: LysisWorld, minutes: number, dt = 1): void {
  for (let m = 0; m < minutes; m += dt) world.step(dt);
}

function sameState(a: LysisWorld, b: LysisWorld): boolean {
  const eq = (x: ArrayLike<number>, y: ArrayLike<number>): boolean => x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => Object.is(v, y[i]));
  return eq(a.x, b.x) && eq(a.y, b.y) && eq(a.state, b.state) && eq(a.partner, b.partner) && eq(a.killCount, b.killCount) && eq(a.timer, b.timer);
}

describe('determinism', () => {
  it('same seed and inputs → identical states, step by step', () => {
    const opts = { seed: 42, effectorToTarget: 0.2, nT: 60, concentrationPgPerMl: 100, bystanderFraction: 0.5 };
    const a = createLysisWorld(opts);
    const b = createLysisWorld(opts);
    for (let k = 0; k < 300; k++) {
      a.step(1);
      b.step(1);
    }
    expect(sameState(a, b)).toBe(true);
    expect(a.counters()).toEqual(b.counters());
    const c = createLysisWorld({ ...opts, seed: 43 });
    runMinutes(c, 300);
    expect(sameState(a, c)).toBe(false);
  });

  it('a snapshot restores the world exactly: replay from it gives the same frames', () => {
    const w = createLysisWorld({ seed: 7, effectorToTarget: 0.25, nT: 80, concentrationPgPerMl: 300 });
    runMinutes(w, 120);
    const snap = w.snapshot();
    runMinutes(w, 200);
    const after = w.snapshot();
    w.restore(snap);
    expect(w.timeMinutes).toBe(120);
    runMinutes(w, 200);
    expect(w.snapshot()).toEqual(after);
  });

  it('the state is typed arrays a renderer can draw directly', () => {
    const w = createLysisWorld({ seed: 1, effectorToTarget: 0.25, nT: 400, concentrationPgPerMl: 100 });
    expect(w.count).toBe(2000);
    expect(w.x).toBeInstanceOf(Float64Array);
    expect(w.kind).toBeInstanceOf(Uint8Array);
    expect(w.state).toBeInstanceOf(Uint8Array);
    expect(w.killCount).toBeInstanceOf(Uint16Array);
    expect(Array.from(w.kind.subarray(0, 400)).every((k) => k === AGENT_KIND.T)).toBe(true);
    for (let i = 0; i < w.count; i++) {
      expect(w.x[i]).toBeGreaterThanOrEqual(0);
      expect(w.x[i]).toBeLessThan(w.widthUm);
    }
  });

  it('each kind of agent sits in one contiguous range, and the ranges tile the arrays in order', () => {
    const w = createLysisWorld({ seed: 3, effectorToTarget: 0.2, nT: 50, concentrationPgPerMl: 100, escapeFraction: 0.1, bystanderFraction: 0.5 });
    const order = [AGENT_KIND.T, AGENT_KIND.CD19, AGENT_KIND.ESCAPE, AGENT_KIND.BYSTANDER] as const;
    const sizes = [w.nT, w.nTargets, w.nEscape, w.nBystanders];
    expect(sizes.every((n) => n > 0)).toBe(true);
    let next = 0;
    order.forEach((kind, k) => {
      const { from, to } = w.agentsOf(kind);
      expect([from, to - from]).toEqual([next, sizes[k]]);
      expect(Array.from(w.kind.subarray(from, to)).every((x) => x === kind)).toBe(true);
      next = to;
    });
    expect(next).toBe(w.count);
  });
});

describe('serial killing rate', () => {
  for (const [c, treg] of [[100, 5], [1000, 0], [30, 10]] as const) {
    it(`mean kills per engaged T cell per day is within 10 % of kSerial·Ek·fT (C = ${c} pg/mL, Treg ${treg} %)`, () => {
      // targets in excess (E:T 1:60); a long window (25 kill cycles after 3 of warm-up) so that the
      // synchronised start of the T cells does not bias the count at the window edges
      const w = createLysisWorld({ seed: 11, effectorToTarget: 1 / 60, nT: 40, concentrationPgPerMl: c, tregPct: treg });
      const expected = parameters.kSerial.value * killingEngagement(c, { ec50Kill: parameters.ec50Kill.value })
        * tregBrake({ treg, tregRef: parameters.tregRef.value, tregHill: parameters.tregHill.value });
      expect(w.counters().expectedKillsPerEngagedTCellPerDay).toBeCloseTo(expected, 12);
      const cycleMinutes = 1440 / expected;
      runMinutes(w, Math.ceil(3 * cycleMinutes), 2);
      const a = w.counters();
      runMinutes(w, Math.ceil(25 * cycleMinutes), 2);
      const b = w.counters();
      expect(b.tCellsEverEngaged).toBe(40);
      const measured = ((b.kills - a.kills) / (b.engagedTCellMinutes - a.engagedTCellMinutes)) * 1440;
      expect(Math.abs(measured - expected) / expected).toBeLessThan(0.1);
    });
  }

  it('reads kSerial from the shared parameter table (halving it halves the kill rate)', () => {
    const w = createLysisWorld({ seed: 3, effectorToTarget: 0.1, nT: 10, concentrationPgPerMl: 100, parameters: { kSerial: 5 } });
    expect(w.counters().expectedKillsPerEngagedTCellPerDay).toBeCloseTo(5 * killingEngagement(100, { ec50Kill: 20 }) * w.fT, 12);
  });
});

describe('in vitro (Hoffmann 2005)', () => {
  const world = createLysisWorld({ seed: 2005, effectorToTarget: 0.2, nT: 300, concentrationPgPerMl: 100 });
  const at9h = { mean: 0, shareWithTwo: 0 };
  beforeAll(() => {
    runMinutes(world, 9 * 60);
    let withTwo = 0;
    for (let i = 0; i < world.nT; i++) if (world.killCount[i]! >= 2) withTwo++;
    at9h.mean = world.counters().meanKillsPerTCell;
    at9h.shareWithTwo = withTwo / world.nT;
    runMinutes(world, 15 * 60);
  });

  it('≥ 95 % of targets are dead within 24 h at E:T 1:5 and 100 pg/mL', () => {
    const c = world.counters();
    expect(c.targetsInitial).toBe(1500);
    expect(c.targetsKilled / c.targetsInitial).toBeGreaterThanOrEqual(0.95);
  });

  it('single T cells make ≥ 2 kills within 9 h', () => {
    expect(at9h.mean).toBeGreaterThanOrEqual(2);
    expect(at9h.shareWithTwo).toBeGreaterThanOrEqual(0.9);
  });

  it('a lone T cell among five targets kills at least twice within 9 h (20 seeds)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const w = createLysisWorld({ seed, effectorToTarget: 0.2, nT: 1, concentrationPgPerMl: 100 });
      runMinutes(w, 9 * 60);
      expect(w.killCount[0], `seed ${seed}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('specificity', () => {
  it('CD19⁻ bystanders and a CD19⁻ escape clone are never killed, even at high drug levels', () => {
    const w = createLysisWorld({ seed: 5, effectorToTarget: 0.2, nT: 100, concentrationPgPerMl: 2000, bystanderFraction: 1, escapeFraction: 0.3 });
    expect(w.nBystanders).toBe(500);
    expect(w.nEscape).toBe(150);
    runMinutes(w, 36 * 60, 2);
    const c = w.counters();
    expect(c.targetsKilled).toBeGreaterThan(0.9 * c.targetsInitial);
    expect(c.bystandersAlive).toBe(500);
    expect(c.escapeAlive).toBe(150);
    for (let i = 0; i < w.count; i++) {
      if (w.kind[i] === AGENT_KIND.BYSTANDER || w.kind[i] === AGENT_KIND.ESCAPE) expect(w.state[i]).toBe(CELL_STATE.ALIVE);
    }
  });

  it('without drug nothing is killed', () => {
    const w = createLysisWorld({ seed: 9, effectorToTarget: 0.2, nT: 50, concentrationPgPerMl: 0 });
    runMinutes(w, 600, 5);
    expect(w.counters().kills).toBe(0);
  });
});

describe('in-vivo drug level from the shared PK', () => {
  it('follows the model concentration of a regimen', () => {
    const w = createLysisWorld({ seed: 1, effectorToTarget: 0.2, nT: 20, regimen: 'label-rr', startDay: 6.5 });
    const tr = simulate({ regimen: 'label-rr', days: 10 });
    expect(w.concentrationPgPerMl()).toBeCloseTo(tr.at(6.5).C, 3);
    runMinutes(w, 24 * 60, 5);
    expect(Math.abs(w.concentrationPgPerMl() - tr.at(7.5).C) / tr.at(7.5).C).toBeLessThan(1e-6);
  });

  it('bad options are rejected, naming the field', () => {
    expect(() => createLysisWorld({ seed: 1, effectorToTarget: 0, nT: 10, concentrationPgPerMl: 100 })).toThrow(ModelInputError);
    expect(() => createLysisWorld({ seed: 1, effectorToTarget: 0.2, nT: 10 })).toThrow(/concentrationPgPerMl/);
    expect(() => createLysisWorld({ seed: 1, effectorToTarget: 0.2, nT: 10, concentrationPgPerMl: -5 })).toThrow(/concentrationPgPerMl/);
    expect(() => createLysisWorld({ seed: 1, effectorToTarget: 0.2, nT: 10, concentrationPgPerMl: 5, parameters: { foo: 1 } as never })).toThrow(/parameters\.foo/);
  });
});
