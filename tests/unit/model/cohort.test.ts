// The virtual cohort of MODEL.md §12: seeded sampling exactly as specified, per-patient outcomes,
// summary shares, chunked runs with progress, regimen overrides, and the targets VP-1 … VP-4.

import { describe, expect, it } from 'vitest';
import {
  CalibrationRuns, CohortRunner, COHORT_DEFAULT_SEED, findTarget, ModelInputError, NormalStream, runCohort, runCohortPatient, sampleCohort, simulate,
  summarizeCohort, type CohortPatient, type CohortResult,
} from '../../../renderer/src/model/index';
import { Mulberry32 } from '../../../renderer/src/model/prng';

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

// the two arms at the default seed, run once for all tests (through the calibration targets' shared runs)
const runs = new CalibrationRuns();
const rr = (): CohortResult => runs.cohort('rr');
const mrd = (): CohortResult => runs.cohort('mrd');

const respondedByDay70 = (p: CohortPatient): boolean => p.X28 <= 0.05 || (p.X70 !== null && p.X70 <= 0.05);

// VP-1 … VP-4 are defined in renderer/src/model/targets.ts (the Model page shows the same definitions).
const expectTargetPasses = (id: string): void => {
  const target = findTarget(id)!;
  expect(target.slow).toBe(true);
  const result = target.compute(runs);
  expect(result.pass, `${id} reached ${result.value}`).toBe(true);
};

describe('virtual cohort: targets (default seed 1, N = 200 per arm)', () => {
  it('VP-1: R/R share with X(28) ≤ 5 % is 25–45 %', () => {
    expectTargetPasses('VP-1');
    const s = rr().summary.responders28;
    expect(s).toBeGreaterThanOrEqual(0.25);
    expect(s).toBeLessThanOrEqual(0.45);
  });

  it('VP-2: R/R share ≤ 5 % at day 28 or day 70 is 35–50 %', () => {
    expectTargetPasses('VP-2');
    const s = rr().summary.responders70!;
    expect(s).toBeGreaterThanOrEqual(0.35);
    expect(s).toBeLessThanOrEqual(0.5);
    expect(s).toBeGreaterThanOrEqual(rr().summary.responders28);
  });

  it('VP-3: MRD share with X(28) < 1e-4 is 70–85 %', () => {
    expectTargetPasses('VP-3');
    const s = mrd().summary.mrdNegative28;
    expect(s).toBeGreaterThanOrEqual(0.7);
    expect(s).toBeLessThanOrEqual(0.85);
  });

  it('VP-4: median treg of R/R non-responders is > 7 % and above that of responders', () => {
    expectTargetPasses('VP-4');
    const patients = rr().patients;
    const non = median(patients.filter((p) => !respondedByDay70(p)).map((p) => p.treg));
    const resp = median(patients.filter(respondedByDay70).map((p) => p.treg));
    expect(non).toBeGreaterThan(7);
    expect(non).toBeGreaterThan(resp);
  });
});

describe('virtual cohort: sampling as specified', () => {
  it('draws four Box–Muller normals per patient in the order x0, t0, kBm, treg', () => {
    const u = new Mulberry32(42);
    const z: number[] = [];
    for (let k = 0; k < 4; k++) {
      const u1 = 1 - u.next();
      const u2 = u.next();
      const r = Math.sqrt(-2 * Math.log(u1));
      z.push(r * Math.cos(2 * Math.PI * u2), r * Math.sin(2 * Math.PI * u2));
    }
    const [a, b] = sampleCohort({ arm: 'rr', seed: 42, size: 2 });
    const logistic = (v: number): number => 1 / (1 + Math.exp(-v));
    const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
    const x0 = clip(logistic(Math.log(0.7 / 0.3) + z[0]!), 0.05, 0.97);
    expect(a).toEqual({
      x0, pbBlasts0: 2000 * x0, t0: clip(1000 * Math.exp(0.5 * z[1]!), 100, 3000), kBm: 0.036 * Math.exp(0.35 * z[2]!),
      treg: clip(6 * Math.exp(0.45 * z[3]!), 0.5, 40),
    });
    expect(b!.t0).toBe(clip(1000 * Math.exp(0.5 * z[5]!), 100, 3000));
    const [m] = sampleCohort({ arm: 'mrd', seed: 42, size: 1 });
    expect(m).toEqual({ ...a, x0: clip(0.003 * Math.exp(z[0]!), 0.001, 0.05), pbBlasts0: 0 });
  });

  it('keeps every input inside its clip range, and the normals are standard (mean 0, SD 1)', () => {
    for (const p of sampleCohort({ arm: 'rr', seed: 7, size: 2000 })) {
      expect(p.x0).toBeGreaterThanOrEqual(0.05);
      expect(p.x0).toBeLessThanOrEqual(0.97);
      expect(p.pbBlasts0).toBeCloseTo(2000 * p.x0, 9);
      expect(p.t0).toBeGreaterThanOrEqual(100);
      expect(p.t0).toBeLessThanOrEqual(3000);
      expect(p.treg).toBeGreaterThanOrEqual(0.5);
      expect(p.treg).toBeLessThanOrEqual(40);
      expect(p.kBm).toBeGreaterThan(0);
    }
    for (const p of sampleCohort({ arm: 'mrd', seed: 7, size: 2000 })) {
      expect(p.x0).toBeGreaterThanOrEqual(0.001);
      expect(p.x0).toBeLessThanOrEqual(0.05);
      expect(p.pbBlasts0).toBe(0);
    }
    const z = new NormalStream(3);
    let sum = 0;
    let sq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const v = z.next();
      sum += v;
      sq += v * v;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(sq / n) - 1)).toBeLessThan(0.03);
  });

  it('is deterministic: the same seed gives the same cohort; patient i does not depend on the size', () => {
    const a = sampleCohort({ arm: 'rr', seed: 9, size: 30 });
    expect(sampleCohort({ arm: 'rr', seed: 9, size: 30 })).toEqual(a);
    expect(sampleCohort({ arm: 'rr', seed: 9, size: 10 })).toEqual(a.slice(0, 10));
    expect(sampleCohort({ arm: 'rr', seed: 10, size: 30 })).not.toEqual(a);
    expect(runCohort({ arm: 'mrd', seed: 5, size: 8 })).toEqual(runCohort({ arm: 'mrd', seed: 5, size: 8 }));
    expect(COHORT_DEFAULT_SEED).toBe(1);
    expect(rr().seed).toBe(1);
  });
});

describe('virtual cohort: outcomes and API', () => {
  it('each patient is one simulate() run: X28 and X70 as in a direct run of its parameters', () => {
    const p = rr().patients[17]!;
    const tr = simulate({ regimen: 'label-rr', days: 84, parameters: { x0: p.x0, pbBlasts0: p.pbBlasts0, t0: p.t0, kBm: p.kBm, treg: p.treg } });
    expect(Math.abs(tr.at(28).X / p.X28 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(tr.at(70).X / p.X70! - 1)).toBeLessThan(1e-5);
    const m = mrd().patients[3]!;
    expect(m.X70).toBeNull();
    expect(m.response70).toBeNull();
  });

  it('labels and shares follow the thresholds (≤ 0.05 CR-like, < 1e-4 MRD-negative-like)', () => {
    for (const p of [...rr().patients, ...mrd().patients]) {
      expect(p.response28).toBe(p.X28 < 1e-4 ? 'MRD-negative-like' : p.X28 <= 0.05 ? 'CR-like' : 'no response');
    }
    const pts = rr().patients;
    expect(rr().summary.responders28).toBe(pts.filter((p) => p.X28 <= 0.05).length / pts.length);
    expect(rr().summary.responders70).toBe(pts.filter(respondedByDay70).length / pts.length);
    expect(rr().summary.mrdNegative28).toBe(pts.filter((p) => p.X28 < 1e-4).length / pts.length);
    expect(summarizeCohort('mrd', mrd().patients).responders70).toBeNull();
  });

  it('runs in chunks with progress and returns plain, structured-clone-safe data', () => {
    const progress: Array<[number, number]> = [];
    const r = runCohort({ arm: 'mrd', seed: 2, size: 25 }, (p) => progress.push([p.done, p.total]), 10);
    expect(progress).toEqual([[10, 25], [20, 25], [25, 25]]);
    expect(structuredClone(r)).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const runner = new CohortRunner({ arm: 'mrd', seed: 2, size: 25 });
    expect(() => runner.result()).toThrow(/not finished/);
    while (!runner.finished) runner.step(7);
    expect(runner.result()).toEqual(r);
    expect(runCohortPatient('mrd', sampleCohort({ arm: 'mrd', seed: 2, size: 1 })[0]!)).toEqual(r.patients[0]);
  });

  it('supports a regimen override for the R/R arm (flat-5, label-rr, flat-15): dose moves the response rate', () => {
    const size = 60;
    const flat5 = runCohort({ arm: 'rr', size, regimen: 'flat-5' });
    const label = runCohort({ arm: 'rr', size, regimen: 'label-rr' });
    const flat15 = runCohort({ arm: 'rr', size, regimen: 'flat-15' });
    expect(flat5.regimen).toBe('flat-5');
    expect(label).toEqual({ ...runCohort({ arm: 'rr', size }), regimen: 'label-rr' });
    expect(flat5.summary.responders70!).toBeLessThan(label.summary.responders70!);
    expect(flat15.summary.responders70!).toBeGreaterThanOrEqual(label.summary.responders70!);
  });

  it('rejects bad specs with a ModelInputError naming the field', () => {
    expect(() => runCohort({ arm: 'x' as never })).toThrow(ModelInputError);
    expect(() => runCohort({ arm: 'rr', size: 0 })).toThrow(/cohort\.size/);
    expect(() => runCohort({ arm: 'rr', seed: -1 })).toThrow(/cohort\.seed/);
    expect(() => runCohort({ arm: 'rr', seed: 1.5 })).toThrow(/cohort\.seed/);
    expect(() => runCohort({ arm: 'rr', regimen: 'flat-30' as never })).toThrow(/cohort\.regimen/);
  });
});
