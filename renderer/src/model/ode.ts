// Right-hand side of the kinetics ODE (MODEL.md §2–3): PK, adaptation, T-cell redistribution and
// expansion, marrow and blood CD19⁺ cells, IL-6 and release capacity, plus ∫ of the CNS-risk signal N.

import type { ParameterValues } from './parameters';
import { tregBrake } from './pk';

/**
 * State vector layout. F is an extra quadrature state (never fed back): the cumulative CNS-risk signal
 * ∫ N dt with N = kMarg·D·Q·Tp / t0 (MODEL.md §7), dimensionless.
 */
export const STATE = { A: 0, S: 1, Tp: 2, Tm: 3, X: 4, Bp: 5, I: 6, Q: 7, F: 8 } as const;
export const STATE_NAMES = ['A', 'S', 'Tp', 'Tm', 'X', 'Bp', 'I', 'Q', 'F'] as const;
export type StateName = (typeof STATE_NAMES)[number];
export const STATE_COUNT = 9;

/** An ODE system driven by a piecewise-constant input `rate`; evaluated without allocation. */
export interface OdeSystem {
  readonly dimension: number;
  /** True if every solution component is ≥ 0 for non-negative initial values (an invariant). */
  readonly nonNegative?: boolean;
  /** Number of leading state components the right-hand side reads (default: all). */
  readonly feedbackDimension?: number;
  /** Current infusion rate [µg/day]; constant between change points. */
  rate: number;
  rhs(y: Float64Array, dy: Float64Array): void;
  /**
   * Optional switching function: the right-hand side is smooth except where this changes sign
   * (a kink such as max(0, ·)). The integrator ends steps at its roots instead of stepping across.
   */
  switchFunction?(y: Float64Array): number;
}

/** The kinetics model with all parameter combinations precomputed (no pow/alloc in rhs). */
export class KineticsSystem implements OdeSystem {
  readonly dimension = STATE_COUNT;
  /** F (index 8, ∫ N dt) is a pure quadrature: rhs never reads it. */
  readonly feedbackDimension = STATE_COUNT - 1;
  /** Every state of MODEL.md §1 is non-negative (amounts, counts, fractions, levels). */
  readonly nonNegative = true;
  rate = 0;

  readonly volumeL: number;
  readonly kel: number;
  readonly cPerA: number;
  readonly ec50Kill: number;
  readonly ec50Act: number;
  readonly kAdapt: number;
  readonly fT: number;
  readonly t0: number;
  readonly invCapT0: number;
  readonly rExpFT: number;
  readonly kContract: number;
  readonly kMarg: number;
  readonly kRet: number;
  readonly rLeuk: number;
  readonly kBmFT: number;
  readonly ec50Bm: number;
  readonly invTRef: number;
  readonly kX: number;
  readonly kMargInvT0: number;
  readonly deltaB: number;
  readonly influxB: number;
  readonly egress: number;
  readonly kSerialFT: number;
  readonly kB: number;
  readonly pIl6: number;
  readonly kIl6: number;
  readonly il6Base: number;
  readonly betaBm: number;
  readonly kZ: number;
  readonly kQUse: number;
  readonly kQRec: number;

  constructor(p: ParameterValues) {
    this.volumeL = p.vPerM2 * p.bsa;
    this.kel = (p.clPerM2 * p.bsa) / this.volumeL;
    this.cPerA = 1000 / this.volumeL;
    this.ec50Kill = p.ec50Kill;
    this.ec50Act = p.ec50Act;
    this.kAdapt = p.kAdapt;
    this.fT = tregBrake(p);
    this.t0 = p.t0;
    this.invCapT0 = 1 / (p.kCap * p.t0);
    this.rExpFT = p.rExp * this.fT;
    this.kContract = p.kContract;
    this.kMarg = p.kMarg;
    this.kRet = p.kRet;
    this.rLeuk = p.rLeuk;
    this.kBmFT = p.kBm * this.fT;
    this.ec50Bm = p.ec50Bm;
    this.invTRef = 1 / p.tRef;
    this.kX = p.kX;
    this.kMargInvT0 = p.kMarg / p.t0;
    this.deltaB = p.deltaB;
    this.influxB = p.deltaB * p.bNormal;
    this.egress = p.x0 > 0 ? (p.deltaB * p.pbBlasts0) / p.x0 : 0;
    this.kSerialFT = p.kSerial * this.fT;
    this.kB = p.kB;
    this.pIl6 = p.pIl6;
    this.kIl6 = p.kIl6;
    this.il6Base = p.il6Base;
    this.betaBm = p.betaBm;
    this.kZ = p.kZ;
    this.kQUse = p.kQUse;
    this.kQRec = p.kQRec;
  }

  rhs(y: Float64Array, dy: Float64Array): void {
    const A = y[0]!;
    const S = y[1]!;
    const Tp = y[2]!;
    const Tm = y[3]!;
    const X = y[4]!;
    const Bp = y[5]!;
    const I = y[6]!;
    const Q = y[7]!;

    const C = this.cPerA * A;
    const denK = 1 / (C + this.ec50Kill);
    const Ek = C * denK;
    const oneMinusEk = this.ec50Kill * denK;
    const Ea = C / (C + this.ec50Act);
    const Em = C / (C + this.ec50Bm);
    let D = Ea - S;
    if (D < 0) D = 0;
    const Tt = Tp + Tm;
    const g = this.rExpFT * Ek * (1 - Tt * this.invCapT0) - (this.kContract * oneMinusEk * (Tt - this.t0)) / Tt;
    const marg = this.kMarg * D * Tp;
    const ret = this.kRet * Tm;
    const zn = Bp + this.betaBm * X;
    const Z = zn / (zn + this.kZ);

    dy[0] = this.rate - this.kel * A;
    dy[1] = this.kAdapt * (Ea - S);
    dy[2] = -marg + ret + g * Tp;
    dy[3] = marg - ret + g * Tm;
    dy[4] = this.rLeuk * X * (1 - X) - (this.kBmFT * Em * Tt * this.invTRef * X) / (X + this.kX);
    dy[5] = this.influxB * oneMinusEk + this.egress * X - this.deltaB * Bp - (this.kSerialFT * Ek * Tp * Bp) / (Bp + this.kB);
    dy[6] = this.pIl6 * D * Q * Z - this.kIl6 * (I - this.il6Base);
    dy[7] = this.kQRec * (1 - Q) - this.kQUse * D * Q;
    dy[8] = this.kMargInvT0 * D * Q * Tp;
  }

  /** Ea − S: the activation novelty D = max(0, Ea − S) has a kink where this crosses 0. */
  switchFunction(y: Float64Array): number {
    const C = this.cPerA * y[0]!;
    return C / (C + this.ec50Act) - y[1]!;
  }

  /** Initial state of MODEL.md §1 (F = 0). */
  initialState(p: ParameterValues, out: Float64Array = new Float64Array(STATE_COUNT)): Float64Array {
    out[0] = 0;
    out[1] = 0;
    out[2] = p.t0;
    out[3] = 0;
    out[4] = p.x0;
    out[5] = p.bNormal + p.pbBlasts0;
    out[6] = p.il6Base;
    out[7] = 1;
    out[8] = 0;
    return out;
  }
}
