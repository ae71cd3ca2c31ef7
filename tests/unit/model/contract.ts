// Test helper (not a test): the MODEL.md contract written out independently of the model code —
// §4 default parameters and a deliberately simple fixed-step RK4 implementation of the §2–3 equations.

/** MODEL.md §4 defaults, copied from the contract (not from the model's table). */
export const CONTRACT_DEFAULTS = {
  bsa: 1.88, clPerM2: 22.3, vPerM2: 1.61, ec50Kill: 20, ec50Act: 1000, kAdapt: 2.0, treg: 5, tregRef: 8.5,
  tregHill: 4, t0: 1000, kMarg: 12, kRet: 0.7, rExp: 0.12, kCap: 3, kContract: 0.1, x0: 0.5, rLeuk: 0.03,
  kBm: 0.056, kX: 0.3, bNormal: 150, pbBlasts0: 1000, deltaB: 1.0, kSerial: 10, kB: 1500, pIl6: 60000,
  kIl6: 50, il6Base: 2, betaBm: 20000, kZ: 2000, kQUse: 18, kQRec: 0.05,
} as const;

export type ContractParams = { -readonly [K in keyof typeof CONTRACT_DEFAULTS]: number };

export interface ReferenceSeries {
  t: number[];
  C: number[];
  S: number[];
  Tp: number[];
  Tm: number[];
  X: number[];
  Bp: number[];
  I: number[];
  Q: number[];
}

/** A piecewise-constant infusion written out by hand: rate [µg/day] from each start day on. */
export interface HandSchedule {
  starts: number[];
  rates: number[];
}

/**
 * Fixed-step classical RK4 of MODEL.md §1–3 (state A, S, Tp, Tm, X, Bp, I, Q), stepping exactly onto
 * every rate change, sampled every `sampleMinutes`. Deliberately plain: arrays, no tricks.
 */
export function referenceRk4(overrides: Partial<ContractParams>, schedule: HandSchedule, days: number, stepMinutes = 1, sampleMinutes = 15): ReferenceSeries {
  const p: ContractParams = { ...CONTRACT_DEFAULTS, ...overrides };
  const V = p.vPerM2 * p.bsa;
  const CL = p.clPerM2 * p.bsa;
  const fT = 1 / (1 + Math.pow(p.treg / p.tregRef, p.tregHill));
  const egress = p.x0 > 0 ? (p.deltaB * p.pbBlasts0) / p.x0 : 0;

  const f = (R: number, y: number[]): number[] => {
    const [A, S, Tp, Tm, X, Bp, I, Q] = y as [number, number, number, number, number, number, number, number];
    const C = (1000 * A) / V;
    const Ek = C / (C + p.ec50Kill);
    const Ea = C / (C + p.ec50Act);
    const D = Math.max(0, Ea - S);
    const Tt = Tp + Tm;
    const g = p.rExp * Ek * fT * (1 - Tt / (p.kCap * p.t0)) - (p.kContract * (1 - Ek) * (Tt - p.t0)) / Tt;
    const Z = (Bp + p.betaBm * X) / (Bp + p.betaBm * X + p.kZ);
    return [
      R - (CL / V) * A,
      p.kAdapt * (Ea - S),
      -p.kMarg * D * Tp + p.kRet * Tm + g * Tp,
      p.kMarg * D * Tp - p.kRet * Tm + g * Tm,
      p.rLeuk * X * (1 - X) - (p.kBm * Ek * fT * (Tt / p.t0) * X) / (X + p.kX),
      p.deltaB * p.bNormal * (1 - Ek) + egress * X - p.deltaB * Bp - (p.kSerial * Ek * fT * Tp * Bp) / (Bp + p.kB),
      p.pIl6 * D * Q * Z - p.kIl6 * (I - p.il6Base),
      p.kQRec * (1 - Q) - p.kQUse * D * Q,
    ];
  };

  let y = [0, 0, p.t0, 0, p.x0, p.bNormal + p.pbBlasts0, p.il6Base, 1];
  const out: ReferenceSeries = { t: [], C: [], S: [], Tp: [], Tm: [], X: [], Bp: [], I: [], Q: [] };
  const record = (minutes: number): void => {
    out.t.push(minutes / 1440);
    out.C.push((1000 * y[0]!) / V);
    out.S.push(y[1]!);
    out.Tp.push(y[2]!);
    out.Tm.push(y[3]!);
    out.X.push(y[4]!);
    out.Bp.push(y[5]!);
    out.I.push(y[6]!);
    out.Q.push(y[7]!);
  };
  const totalMinutes = Math.round(days * 1440);
  const rateAtMinute = (m: number): number => {
    let r = 0;
    for (let k = 0; k < schedule.starts.length; k++) if (schedule.starts[k]! * 1440 <= m + 1e-9) r = schedule.rates[k]!;
    return r;
  };
  const h = stepMinutes / 1440;
  record(0);
  for (let m = 0; m < totalMinutes; m += stepMinutes) {
    const R = rateAtMinute(m); // change points lie on whole minutes in these tests
    const k1 = f(R, y);
    const k2 = f(R, y.map((v, j) => v + (h / 2) * k1[j]!));
    const k3 = f(R, y.map((v, j) => v + (h / 2) * k2[j]!));
    const k4 = f(R, y.map((v, j) => v + h * k3[j]!));
    y = y.map((v, j) => v + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!));
    if ((m + stepMinutes) % sampleMinutes === 0) record(m + stepMinutes);
  }
  return out;
}
