// An independent implementation of MODEL.md version 2, written straight from the specification: the
// §2–3 equations, the §6 regimens and cycle rule (R(t) re-derived here, not read from the model), and
// the §7 CNS-risk signal N, integrated with a plain fixed-step classical RK4 on a 1-minute grid. The
// model's simulate() (adaptive Dormand–Prince) and the command line must agree with it to 1e-4 relative
// on every state at every 15-minute output time, with an absolute floor for states near zero.
// Nothing is imported from renderer/src/model here except simulate/metrics, the things under test.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metrics, simulate, type SimulationInput, type Trajectory } from '../../../renderer/src/model/index';
import { CONTRACT_DEFAULTS, type ContractParams } from './contract';

// ── §6: regimens and R(t), re-derived ──

/** One constant piece of a cycle: [start, end) in cycle days (day 0 = the label's "day 1"). */
interface Piece {
  from: number;
  to: number;
  dose: number;
  perM2: boolean;
  cap?: number;
}
const flat = (dose: number, perM2: boolean): Piece[] => [{ from: 0, to: 28, dose, perM2 }];
/** MODEL.md §6 table: cycle 1 and later cycles; 28 infusion days, then 14 off. */
const SPEC_REGIMENS: Record<string, { first: Piece[]; later: Piece[] }> = {
  'label-rr': { first: [{ from: 0, to: 7, dose: 9, perM2: false }, { from: 7, to: 28, dose: 28, perM2: false }], later: flat(28, false) },
  'weight-lt-45': {
    first: [{ from: 0, to: 7, dose: 5, perM2: true, cap: 9 }, { from: 7, to: 28, dose: 15, perM2: true, cap: 28 }],
    later: [{ from: 0, to: 28, dose: 15, perM2: true, cap: 28 }],
  },
  mrd: { first: flat(28, false), later: flat(28, false) },
  'flat-15': { first: flat(15, true), later: flat(15, true) },
  'nhl-step': {
    first: [{ from: 0, to: 7, dose: 5, perM2: true }, { from: 7, to: 14, dose: 15, perM2: true }, { from: 14, to: 28, dose: 60, perM2: true }],
    later: [{ from: 0, to: 7, dose: 5, perM2: true }, { from: 7, to: 14, dose: 15, perM2: true }, { from: 14, to: 28, dose: 60, perM2: true }],
  },
  'flat-60': { first: flat(60, true), later: flat(60, true) },
  'flat-5': { first: flat(5, true), later: flat(5, true) },
  'no-step': { first: flat(28, false), later: flat(28, false) },
};

const MIN_PER_DAY = 1440;
const CYCLE_MIN = 42 * MIN_PER_DAY;

/** R [µg/day] at minute m (integer arithmetic on minutes: change points are whole days). */
function specRate(regimen: string, bsa: number, m: number): number {
  const spec = SPEC_REGIMENS[regimen]!;
  const cycle = Math.floor(m / CYCLE_MIN);
  const tau = m - cycle * CYCLE_MIN;
  if (tau >= 28 * MIN_PER_DAY) return 0;
  for (const p of cycle === 0 ? spec.first : spec.later) {
    if (tau >= p.from * MIN_PER_DAY && tau < p.to * MIN_PER_DAY) {
      const r = p.perM2 ? p.dose * bsa : p.dose;
      return p.cap === undefined ? r : Math.min(r, p.cap);
    }
  }
  return 0;
}

/** A schedule written out by hand (for interruptions): rate [µg/day] from each start day on. */
interface HandSchedule {
  starts: number[];
  rates: number[];
}

// ── §2–3 and §7: the equations ──

const N_STATES = 9; // A, S, Tp, Tm, X, Bp, I, Q, F (= ∫ N dt)

function makeRhs(p: ContractParams): (R: number, y: Float64Array, dy: Float64Array) => void {
  const V = p.vPerM2 * p.bsa;
  const CL = p.clPerM2 * p.bsa;
  const fT = 1 / (1 + Math.pow(p.treg / p.tregRef, p.tregHill));
  const egress = p.x0 > 0 ? (p.deltaB * p.pbBlasts0) / p.x0 : 0;
  return (R, y, dy) => {
    const A = y[0]!, S = y[1]!, Tp = y[2]!, Tm = y[3]!, X = y[4]!, Bp = y[5]!, I = y[6]!, Q = y[7]!;
    const C = (1000 * A) / V;
    const Ek = C / (C + p.ec50Kill);
    const Ea = C / (C + p.ec50Act);
    const Em = C / (C + p.ec50Bm);
    const D = Math.max(0, Ea - S);
    const Tt = Tp + Tm;
    const g = p.rExp * Ek * fT * (1 - Tt / (p.kCap * p.t0)) - (p.kContract * (1 - Ek) * (Tt - p.t0)) / Tt;
    const Z = (Bp + p.betaBm * X) / (Bp + p.betaBm * X + p.kZ);
    dy[0] = R - (CL / V) * A;
    dy[1] = p.kAdapt * (Ea - S);
    dy[2] = -p.kMarg * D * Tp + p.kRet * Tm + g * Tp;
    dy[3] = p.kMarg * D * Tp - p.kRet * Tm + g * Tm;
    dy[4] = p.rLeuk * X * (1 - X) - (p.kBm * Em * fT * (Tt / p.tRef) * X) / (X + p.kX);
    dy[5] = p.deltaB * p.bNormal * (1 - Ek) + egress * X - p.deltaB * Bp - (p.kSerial * Ek * fT * Tp * Bp) / (Bp + p.kB);
    dy[6] = p.pIl6 * D * Q * Z - p.kIl6 * (I - p.il6Base);
    dy[7] = p.kQRec * (1 - Q) - p.kQUse * D * Q;
    dy[8] = (p.kMarg * D * Q * Tp) / p.t0; // N, the CNS-risk signal
  };
}

interface Reference {
  t: number[];
  C: number[];
  S: number[];
  Tp: number[];
  Tm: number[];
  X: number[];
  Bp: number[];
  I: number[];
  Q: number[];
  F: number[];
  /** max of N over every RK4 step, per 42-day cycle */
  nMaxByCycle: number[];
}

/** Classical RK4 with a fixed step of `stepMinutes`, sampled every 15 minutes. */
function referenceRun(overrides: Partial<ContractParams>, rate: (minute: number, bsa: number) => number, days: number, stepMinutes = 1): Reference {
  const p: ContractParams = { ...CONTRACT_DEFAULTS, ...overrides };
  const f = makeRhs(p);
  const V = p.vPerM2 * p.bsa;
  const y = Float64Array.of(0, 0, p.t0, 0, p.x0, p.bNormal + p.pbBlasts0, p.il6Base, 1, 0);
  const k1 = new Float64Array(N_STATES), k2 = new Float64Array(N_STATES), k3 = new Float64Array(N_STATES), k4 = new Float64Array(N_STATES);
  const tmp = new Float64Array(N_STATES);
  const out: Reference = { t: [], C: [], S: [], Tp: [], Tm: [], X: [], Bp: [], I: [], Q: [], F: [], nMaxByCycle: [] };
  const record = (minutes: number): void => {
    out.t.push(minutes / MIN_PER_DAY);
    out.C.push((1000 * y[0]!) / V);
    out.S.push(y[1]!);
    out.Tp.push(y[2]!);
    out.Tm.push(y[3]!);
    out.X.push(y[4]!);
    out.Bp.push(y[5]!);
    out.I.push(y[6]!);
    out.Q.push(y[7]!);
    out.F.push(y[8]!);
  };
  const h = stepMinutes / MIN_PER_DAY;
  const total = Math.round(days * MIN_PER_DAY);
  record(0);
  for (let m = 0; m < total; m += stepMinutes) {
    const R = rate(m, p.bsa); // constant over the step: every change point lies on the step grid
    f(R, y, k1);
    const cycle = Math.floor(m / CYCLE_MIN);
    out.nMaxByCycle[cycle] = Math.max(out.nMaxByCycle[cycle] ?? 0, k1[8]!);
    for (let j = 0; j < N_STATES; j++) tmp[j] = y[j]! + (h / 2) * k1[j]!;
    f(R, tmp, k2);
    for (let j = 0; j < N_STATES; j++) tmp[j] = y[j]! + (h / 2) * k2[j]!;
    f(R, tmp, k3);
    for (let j = 0; j < N_STATES; j++) tmp[j] = y[j]! + h * k3[j]!;
    f(R, tmp, k4);
    for (let j = 0; j < N_STATES; j++) y[j] = y[j]! + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!);
    if ((m + stepMinutes) % 15 === 0) record(m + stepMinutes);
  }
  return out;
}

const specSchedule = (regimen: string) => (m: number, bsa: number): number => specRate(regimen, bsa, m);
const handSchedule = (s: HandSchedule) => (m: number): number => {
  let r = 0;
  for (let k = 0; k < s.starts.length; k++) if (Math.round(s.starts[k]! * MIN_PER_DAY) <= m) r = s.rates[k]!;
  return r;
};

// ── comparison ──

/** Below these magnitudes a state counts as ~0 and is compared in absolute terms. */
const FLOORS = { C: 1e-3, S: 1e-6, Tp: 1e-3, Tm: 1e-3, X: 1e-12, Bp: 1e-6, I: 1e-3, Q: 1e-6, F: 1e-6 } as const;
type Key = keyof typeof FLOORS;
const KEYS = Object.keys(FLOORS) as Key[];
const TOLERANCE = 1e-4;

function relErr(a: number, b: number, floor: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), floor);
}

function worstByState(get: (key: Key) => ArrayLike<number> | undefined, t: ArrayLike<number>, ref: Reference): Partial<Record<Key, number>> {
  expect(t.length).toBe(ref.t.length);
  for (let i = 0; i < t.length; i++) expect(Math.abs(t[i]! - ref.t[i]!)).toBeLessThan(1e-12);
  const worst: Partial<Record<Key, number>> = {};
  for (const key of KEYS) {
    const a = get(key);
    if (a === undefined) continue;
    let w = 0;
    for (let i = 0; i < t.length; i++) w = Math.max(w, relErr(a[i]!, ref[key][i]!, FLOORS[key]));
    worst[key] = w;
  }
  return worst;
}

const fromTrajectory = (tr: Trajectory) => (key: Key): Float64Array => tr[key];

const MRD = { x0: 0.001, pbBlasts0: 0, treg: 4 };
const HIGH = { x0: 0.8 };

interface Case {
  name: string;
  regimen: string;
  parameters?: Partial<ContractParams>;
  days?: number;
}

const CASES: Case[] = [
  { name: 'label-rr, R/R defaults', regimen: 'label-rr' },
  { name: 'flat-5, R/R defaults', regimen: 'flat-5' },
  { name: 'no-step, R/R defaults', regimen: 'no-step' },
  { name: 'mrd, MRD scenario', regimen: 'mrd', parameters: MRD },
  { name: 'weight-lt-45, MRD, BSA 1.2 (6 → 18 µg/day, under the caps)', regimen: 'weight-lt-45', parameters: { ...MRD, bsa: 1.2 } },
  { name: 'weight-lt-45, high burden, BSA 1.88 (capped at 9 → 28 µg/day)', regimen: 'weight-lt-45', parameters: HIGH },
  { name: 'label-rr, ec50Bm 600', regimen: 'label-rr', parameters: { ec50Bm: 600 } },
  { name: 'label-rr, tRef 1500 and t0 600', regimen: 'label-rr', parameters: { tRef: 1500, t0: 600 } },
  { name: 'label-rr, kX 0.4', regimen: 'label-rr', parameters: { kX: 0.4 } },
  { name: 'mrd, MRD, kQRec 0.08', regimen: 'mrd', parameters: { ...MRD, kQRec: 0.08 } },
  { name: 'nhl-step, high burden', regimen: 'nhl-step', parameters: HIGH, days: 42 },
  { name: 'flat-60, high burden, treg 12', regimen: 'flat-60', parameters: { ...HIGH, treg: 12 }, days: 42 },
];

describe('independent reference implementation of MODEL.md v2 (fixed-step RK4, R(t) from §6)', () => {
  it('derives R(t) of §6 as the model does: the step only in cycle 1, 14 days off, caps and BSA', () => {
    expect([0, 6.99, 7, 27.99, 28, 41.99, 42, 50, 69.99, 70].map((d) => specRate('label-rr', 1.88, Math.round(d * MIN_PER_DAY))))
      .toEqual([9, 9, 28, 28, 0, 0, 28, 28, 28, 0]);
    expect(specRate('weight-lt-45', 1.2, 0)).toBeCloseTo(6, 12);
    expect(specRate('weight-lt-45', 1.88, 0)).toBe(9);
    expect(specRate('weight-lt-45', 1.88, 43 * MIN_PER_DAY)).toBe(28);
    expect(specRate('nhl-step', 1.5, 57 * MIN_PER_DAY)).toBeCloseTo(90, 12);
  });

  for (const c of CASES) {
    it(`simulate() agrees to 1e-4 relative on every state: ${c.name}`, () => {
      const days = c.days ?? 84;
      const tr = simulate({ regimen: c.regimen as SimulationInput['regimen'], days, parameters: c.parameters ?? {} });
      const ref = referenceRun(c.parameters ?? {}, specSchedule(c.regimen), days);
      const worst = worstByState(fromTrajectory(tr), tr.t, ref);
      for (const key of KEYS) expect(worst[key]!, `${key}: ${worst[key]}`).toBeLessThan(TOLERANCE);
    });
  }

  it('simulate() agrees with interruptions (a 3-day and a 10-day one, custom 5 → 15 µg/m²/day, BSA 1.2)', () => {
    const bsa = 1.2;
    const tr = simulate({
      regimen: {
        segments: [{ startDay: 0, endDay: 7, rate: 5, unit: 'ug/m2/day' }, { startDay: 7, endDay: 28, rate: 15, unit: 'ug/m2/day' }],
        laterCycles: [{ startDay: 0, endDay: 28, rate: 15, unit: 'ug/m2/day' }],
      },
      days: 70,
      parameters: { bsa, treg: 7 },
      interruptions: [{ startDay: 10, durationDays: 3 }, { startDay: 50, durationDays: 10 }],
    });
    // §6 rule written out: ≤ 7 days continues cycle 1 to 28 infusion days (ends day 31), 14 off, cycle 2
    // from day 45; > 7 days at day 50 starts a new cycle when the infusion resumes on day 60
    const hand = { starts: [0, 7, 10, 13, 31, 45, 50, 60], rates: [5 * bsa, 15 * bsa, 0, 15 * bsa, 0, 15 * bsa, 0, 15 * bsa] };
    // the plain RK4 steps across the kink of D = max(0, Ea − S) when the infusion resumes (an O(h²)
    // error: 7e-5 at 1 min); a 30-s step keeps the reference itself well inside the check
    const ref = referenceRun({ bsa, treg: 7 }, handSchedule(hand), 70, 0.5);
    const worst = worstByState(fromTrajectory(tr), tr.t, ref);
    for (const key of KEYS) expect(worst[key]!, `${key}: ${worst[key]}`).toBeLessThan(TOLERANCE);
  });

  it('the CNS-risk index (max N over a cycle) and exposure (∫ N over days 0–14) agree with the reference', () => {
    const tr = simulate({ regimen: 'label-rr', days: 84 });
    const m = metrics(tr);
    const ref = referenceRun({}, specSchedule('label-rr'), 84);
    const at = (day: number): number => ref.F[Math.round(day * 96)]!;
    expect(m.cnsRiskIndexByCycle.map((c) => c.startDay)).toEqual([0, 42]);
    for (const [n, c0] of [[0, 0], [1, 42]] as const) {
      expect(Math.abs(m.cnsRiskIndexByCycle[n]!.value / ref.nMaxByCycle[n]! - 1)).toBeLessThan(1e-4);
      expect(Math.abs(m.cnsRiskExposureByCycle[n]!.value / (at(c0 + 14) - at(c0)) - 1)).toBeLessThan(1e-4);
    }
  });
});

// ── the command line against the same reference ──

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cliJson(args: string[]): Record<string, number[]> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'build/scripts/model-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number[]>;
}

describe('the command line agrees with the reference implementation', () => {
  const cliCases: Array<{ name: string; args: string[]; regimen: string; parameters: Partial<ContractParams> }> = [
    { name: 'label-rr, overridden ec50Bm, tRef, kX and kQRec', args: ['--regimen', 'label-rr', '--set', 'ec50Bm=350', '--set', 'tRef=800', '--set', 'kX=0.2', '--set', 'kQRec=0.02'], regimen: 'label-rr', parameters: { ec50Bm: 350, tRef: 800, kX: 0.2, kQRec: 0.02 } },
    { name: 'mrd, MRD scenario', args: ['--regimen', 'mrd', '--set', 'x0=0.001', '--set', 'pbBlasts0=0', '--set', 'treg=4'], regimen: 'mrd', parameters: MRD },
  ];
  for (const c of cliCases) {
    it(`every printed state within 1e-4 relative: ${c.name}`, () => {
      const out = cliJson([...c.args, '--days', '84']);
      const ref = referenceRun(c.parameters, specSchedule(c.regimen), 84);
      const names: Partial<Record<Key, string>> = { C: 'C', S: 'S', Tp: 'Tp', Tm: 'Tm', X: 'X', Bp: 'Bp', I: 'IL6', Q: 'Q' };
      const worst = worstByState((key) => (names[key] === undefined ? undefined : out[names[key]!]), out['t']!, ref);
      expect(Object.keys(worst).sort()).toEqual(['Bp', 'C', 'I', 'Q', 'S', 'Tm', 'Tp', 'X']);
      for (const [key, w] of Object.entries(worst)) expect(w, `${key}: ${w}`).toBeLessThan(TOLERANCE);
    });
  }
});
