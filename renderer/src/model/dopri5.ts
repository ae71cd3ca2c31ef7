// Adaptive Dormand–Prince 5(4) integrator with Hairer's 4th-order dense output and a PI step controller.
// Allocation-free in the step loop; integrates one constant-input piece at a time (never across a change point).

import type { OdeSystem } from './ode';

// Butcher tableau (Dormand & Prince 1980). The nodes c = 1/5, 3/10, 4/5, 8/9, 1, 1 are not needed:
// the right-hand side does not depend on t within a constant-input piece.
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// error coefficients: 5th-order minus embedded 4th-order weights
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// dense output (Hairer, dopri5.f, CONTD5)
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

// step-size controller (Hairer's defaults with PI stabilisation)
const SAFE = 0.9;
const BETA = 0.04;
const EXPO1 = 0.2 - BETA * 0.75;
const FAC_MIN_INV = 5; // largest shrink factor 1/0.2
const FAC_MAX_INV = 0.1; // largest growth factor 10
/** Sign changes of the switching function smaller than this are ignored (it is ~0 there anyway). */
const SWITCH_EPS = 1e-13;

/** The integration could not proceed (step-size underflow, a non-finite step or the step limit). */
export class IntegrationError extends Error {
  /** Time [days] at which the integration stopped. */
  readonly atDays: number;

  constructor(message: string, atDays: number) {
    super(message);
    this.name = 'IntegrationError';
    this.atDays = atDays;
  }
}

export interface IntegratorStats {
  steps: number;
  rejected: number;
  evaluations: number;
  /** Steps shortened to end at a kink of the right-hand side (switching-function root). */
  kinks: number;
}

export class Dopri5 {
  readonly n: number;
  /** All solution components are ≥ 0 (the system says so): round-off negatives are projected to 0. */
  readonly nonNegative: boolean;
  /** Leading components the right-hand side reads (trailing quadrature states are never read). */
  readonly stageDimension: number;
  readonly system: OdeSystem;
  rtol: number;
  readonly atol: Float64Array;
  /** Current state; advance() leaves the state at its end time here. */
  y: Float64Array;
  /** Next step size to try [days]; carried over between pieces. */
  h = 0;
  maxStepDays = Infinity;
  maxSteps = 5_000_000;
  readonly stats: IntegratorStats = { steps: 0, rejected: 0, evaluations: 0, kinks: 0 };

  private y1: Float64Array;
  private ys: Float64Array;
  private k1: Float64Array;
  private k2: Float64Array;
  private k3: Float64Array;
  private k4: Float64Array;
  private k5: Float64Array;
  private k6: Float64Array;
  private k7: Float64Array;
  private r2: Float64Array;
  private r3: Float64Array;
  private r4: Float64Array;
  private r5: Float64Array;
  private facOld = 1e-4;
  private thetas = new Float64Array(64);

  constructor(system: OdeSystem, rtol: number, atol: Float64Array) {
    const n = system.dimension;
    this.n = n;
    this.stageDimension = system.feedbackDimension ?? n;
    this.nonNegative = system.nonNegative === true;
    this.system = system;
    this.rtol = rtol;
    this.atol = atol;
    this.y = new Float64Array(n);
    this.y1 = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.k5 = new Float64Array(n);
    this.k6 = new Float64Array(n);
    this.k7 = new Float64Array(n);
    this.r2 = new Float64Array(n);
    this.r3 = new Float64Array(n);
    this.r4 = new Float64Array(n);
    this.r5 = new Float64Array(n);
  }

  /** Hairer's initial step-size guess for the current state and input. */
  private initialStep(span: number): number {
    const n = this.n;
    const y = this.y;
    const k1 = this.k1;
    let dnf = 0;
    let dny = 0;
    for (let j = 0; j < n; j++) {
      const sk = this.atol[j]! + this.rtol * Math.abs(y[j]!);
      dnf += (k1[j]! / sk) ** 2;
      dny += (y[j]! / sk) ** 2;
    }
    let h = dnf <= 1e-10 || dny <= 1e-10 ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    h = Math.min(h, span);
    const ys = this.ys;
    for (let j = 0; j < n; j++) ys[j] = y[j]! + h * k1[j]!;
    this.system.rhs(ys, this.k2);
    this.stats.evaluations++;
    let der2 = 0;
    for (let j = 0; j < n; j++) {
      const sk = this.atol[j]! + this.rtol * Math.abs(y[j]!);
      der2 += ((this.k2[j]! - k1[j]!) / sk) ** 2;
    }
    der2 = Math.sqrt(der2) / h;
    const der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    const h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : Math.pow(0.01 / der12, 0.2);
    return Math.min(100 * h, h1, span);
  }

  /** Dense-output coefficients of the step just computed (y → y1 with size h). */
  private denseCoefficients(h: number): void {
    const n = this.n;
    const y = this.y, y1 = this.y1, k1 = this.k1, k3 = this.k3, k4 = this.k4, k5 = this.k5, k6 = this.k6, k7 = this.k7;
    const r2 = this.r2, r3 = this.r3, r4 = this.r4, r5 = this.r5;
    for (let j = 0; j < n; j++) {
      const ydiff = y1[j]! - y[j]!;
      const bspl = h * k1[j]! - ydiff;
      r2[j] = ydiff;
      r3[j] = bspl;
      r4[j] = ydiff - h * k7[j]! - bspl;
      r5[j] = h * (D1 * k1[j]! + D3 * k3[j]! + D4 * k4[j]! + D5 * k5[j]! + D6 * k6[j]! + D7 * k7[j]!);
    }
  }

  /** Writes the dense-output values for every times[i] in (t, tNew]; returns the next index. */
  private writeOutputs(t: number, tNew: number, h: number, times: Float64Array, iFrom: number, iTo: number, out: Float64Array, stride: number): number {
    const n = this.n;
    // collect the interior output times of this step as step fractions θ
    let iEnd = iFrom;
    while (iEnd < iTo && times[iEnd]! < tNew) iEnd++;
    const count = iEnd - iFrom;
    if (count > 0) {
      if (this.thetas.length < count) this.thetas = new Float64Array(Math.max(count, 2 * this.thetas.length));
      const thetas = this.thetas;
      const invH = 1 / h;
      for (let m = 0; m < count; m++) thetas[m] = (times[iFrom + m]! - t) * invH;
      this.denseCoefficients(h);
      const y = this.y, r2 = this.r2, r3 = this.r3, r4 = this.r4, r5 = this.r5;
      // state-major loops: the polynomial coefficients stay in registers, writes are contiguous
      for (let q = 0; q < n; q++) {
        const c0 = y[q]!, c2 = r2[q]!, c3 = r3[q]!, c4 = r4[q]!, c5 = r5[q]!;
        const base = q * stride + iFrom;
        if (this.nonNegative) {
          for (let m = 0; m < count; m++) {
            const th = thetas[m]!;
            const th1 = 1 - th;
            const v = c0 + th * (c2 + th1 * (c3 + th * (c4 + th1 * c5)));
            out[base + m] = v > 0 ? v : 0;
          }
        } else {
          for (let m = 0; m < count; m++) {
            const th = thetas[m]!;
            const th1 = 1 - th;
            out[base + m] = c0 + th * (c2 + th1 * (c3 + th * (c4 + th1 * c5)));
          }
        }
      }
    }
    let i = iEnd;
    if (i < iTo && times[i] === tNew) {
      const y1 = this.y1;
      if (this.nonNegative) {
        for (let q = 0; q < n; q++) out[q * stride + i] = y1[q]! > 0 ? y1[q]! : 0;
      } else {
        for (let q = 0; q < n; q++) out[q * stride + i] = y1[q]!;
      }
      i++;
    }
    return i;
  }

  /**
   * If the switching function changes sign inside the step y → y1 (size h), returns the step
   * fraction just past its root (found on the dense output); otherwise returns 1.
   */
  private switchFraction(h: number, s0: number, s1: number): number {
    const sys = this.system;
    if (!((s0 > SWITCH_EPS && s1 < -SWITCH_EPS) || (s0 < -SWITCH_EPS && s1 > SWITCH_EPS))) return 1;
    this.denseCoefficients(h);
    const n = this.n;
    const y = this.y, ys = this.ys, r2 = this.r2, r3 = this.r3, r4 = this.r4, r5 = this.r5;
    // Illinois-modified regula falsi on θ ∈ (0, 1); keep the far-side bracket end
    let a = 0, fa = s0, b = 1, fb = s1;
    let side = 0;
    for (let it = 0; it < 60 && b - a > 1e-11; it++) {
      let c = (a * fb - b * fa) / (fb - fa);
      if (!(c > a && c < b)) c = 0.5 * (a + b);
      const th1 = 1 - c;
      for (let q = 0; q < n; q++) ys[q] = y[q]! + c * (r2[q]! + th1 * (r3[q]! + c * (r4[q]! + th1 * r5[q]!)));
      const fc = sys.switchFunction!(ys);
      if ((fc > 0) === (fa > 0)) {
        a = c;
        fa = fc;
        if (side === -1) fb *= 0.5;
        side = -1;
      } else {
        b = c;
        fb = fc;
        if (side === 1) fa *= 0.5;
        side = 1;
      }
    }
    return b;
  }

  /**
   * One trial step of size h from (y, k1 = f(y)): fills k2…k7 and y1 and returns the scaled
   * RMS error estimate (≤ 1 means acceptable; NaN if the state blew up).
   */
  private trialStep(h: number): number {
    const n = this.n;
    const sys = this.system;
    const y = this.y, y1 = this.y1, ys = this.ys;
    const k1 = this.k1, k2 = this.k2, k3 = this.k3, k4 = this.k4, k5 = this.k5, k6 = this.k6, k7 = this.k7;
    // the stage states only need the components the right-hand side reads
    const m = this.stageDimension;
    const h21 = h * A21;
    const h31 = h * A31, h32 = h * A32;
    const h41 = h * A41, h42 = h * A42, h43 = h * A43;
    const h51 = h * A51, h52 = h * A52, h53 = h * A53, h54 = h * A54;
    const h61 = h * A61, h62 = h * A62, h63 = h * A63, h64 = h * A64, h65 = h * A65;
    const h71 = h * A71, h73 = h * A73, h74 = h * A74, h75 = h * A75, h76 = h * A76;
    for (let j = 0; j < m; j++) ys[j] = y[j]! + h21 * k1[j]!;
    sys.rhs(ys, k2);
    for (let j = 0; j < m; j++) ys[j] = y[j]! + h31 * k1[j]! + h32 * k2[j]!;
    sys.rhs(ys, k3);
    for (let j = 0; j < m; j++) ys[j] = y[j]! + h41 * k1[j]! + h42 * k2[j]! + h43 * k3[j]!;
    sys.rhs(ys, k4);
    for (let j = 0; j < m; j++) ys[j] = y[j]! + h51 * k1[j]! + h52 * k2[j]! + h53 * k3[j]! + h54 * k4[j]!;
    sys.rhs(ys, k5);
    for (let j = 0; j < m; j++) ys[j] = y[j]! + h61 * k1[j]! + h62 * k2[j]! + h63 * k3[j]! + h64 * k4[j]! + h65 * k5[j]!;
    sys.rhs(ys, k6);
    for (let j = 0; j < n; j++) y1[j] = y[j]! + h71 * k1[j]! + h73 * k3[j]! + h74 * k4[j]! + h75 * k5[j]! + h76 * k6[j]!;
    sys.rhs(y1, k7);
    const atol = this.atol;
    const rtol = this.rtol;
    let err = 0;
    for (let j = 0; j < n; j++) {
      const e = h * (E1 * k1[j]! + E3 * k3[j]! + E4 * k4[j]! + E5 * k5[j]! + E6 * k6[j]! + E7 * k7[j]!);
      const a = Math.abs(y[j]!);
      const b = Math.abs(y1[j]!);
      const r = e / (atol[j]! + rtol * (a > b ? a : b));
      err += r * r;
    }
    return Math.sqrt(err / n);
  }

  /**
   * Integrates this.y from tStart to tEnd with the system's current (constant) input.
   * For every i in [iFrom, iTo) with tStart ≤ times[i] ≤ tEnd, writes the state at times[i] to
   * out[q·stride + i] (q = state index). Returns the index of the first time not written.
   */
  advance(tStart: number, tEnd: number, times: Float64Array, iFrom: number, iTo: number, out: Float64Array, stride: number): number {
    const n = this.n;
    const sys = this.system;
    const stats = this.stats;
    const hasSwitch = sys.switchFunction !== undefined;

    let i = iFrom;
    while (i < iTo && times[i]! <= tStart) {
      for (let q = 0; q < n; q++) out[q * stride + i] = this.y[q]!;
      i++;
    }
    if (tEnd <= tStart) return i;

    sys.rhs(this.y, this.k1);
    stats.evaluations++;
    let sw0 = hasSwitch ? sys.switchFunction!(this.y) : 0;
    let h = this.h > 0 ? this.h : this.initialStep(tEnd - tStart);
    if (h > this.maxStepDays) h = this.maxStepDays;
    let t = tStart;
    let last: boolean;
    let rejectedBefore = false;
    let facOld = this.facOld;
    let lnFacOld = Math.log(facOld);
    let hNext: number;

    for (;;) {
      // rejected steps count too: a state that keeps failing the error test must not loop forever
      if (stats.steps + stats.rejected > this.maxSteps) {
        throw new IntegrationError(`integration needed more than ${this.maxSteps} steps (accepted + rejected) by t = ${t} days`, t);
      }
      const hTry = h;
      if (t + 1.01 * h >= tEnd) {
        h = tEnd - t;
        last = true;
      } else {
        last = false;
      }
      // a non-finite step (NaN from a state that blew up, or an infinite rate) counts as underflow
      if (!(h > Math.abs(t) * 1e-15 + 1e-300) || !Number.isFinite(h)) throw new IntegrationError(`step size underflow at t = ${t} days`, t);

      let err = this.trialStep(h);
      stats.evaluations += 6;
      let shortened = last;
      if (hasSwitch && err <= 1) {
        // a kink of the right-hand side inside the step: end the step just past it
        const s1 = sys.switchFunction!(this.y1);
        const frac = this.switchFraction(h, sw0, s1);
        if (frac < 1 - 1e-9) {
          h *= frac;
          last = false;
          shortened = true;
          err = this.trialStep(h);
          stats.evaluations += 6;
          stats.kinks++;
        }
      }
      // err is NaN if the state blew up: treat as a rejection with the largest shrink.
      // Powers via exp/log (Math.pow is markedly slower in V8); err = 0 gives fac11 = 0.
      const lnErr = err === err ? Math.log(err) : 50;
      const fac11 = Math.exp(EXPO1 * lnErr);

      if (err <= 1) {
        stats.steps++;
        let fac = Math.exp(EXPO1 * lnErr - BETA * lnFacOld);
        fac = Math.max(FAC_MAX_INV, Math.min(FAC_MIN_INV, fac / SAFE));
        let hNew = h / fac;
        if (rejectedBefore && hNew > h) hNew = h;
        facOld = err > 1e-4 ? err : 1e-4;
        lnFacOld = Math.log(facOld);
        const tNew = last ? tEnd : t + h;

        // outputs inside (t, tNew]
        if (i < iTo && times[i]! <= tNew) i = this.writeOutputs(t, tNew, h, times, i, iTo, out, stride);

        // accept: swap buffers (FSAL: f(y1) = k7 is the next step's k1)
        const yOld = this.y;
        this.y = this.y1;
        this.y1 = yOld;
        if (this.nonNegative) {
          // projection onto the invariant set y ≥ 0: only round-off-sized negatives (|y| ≲ atol) occur
          const yn = this.y;
          for (let j = 0; j < n; j++) if (yn[j]! < 0) yn[j] = 0;
        }
        const kOld = this.k1;
        this.k1 = this.k7;
        this.k7 = kOld;
        if (hasSwitch) sw0 = sys.switchFunction!(this.y);
        t = tNew;
        rejectedBefore = false;
        // a step shortened to land on tEnd or a kink says little about the next step size
        if (shortened && hTry > hNew) hNew = hTry;
        hNext = hNew > this.maxStepDays ? this.maxStepDays : hNew;
        if (last) break;
        h = hNext;
      } else {
        stats.rejected++;
        rejectedBefore = true;
        const shrink = Math.min(FAC_MIN_INV, fac11 / SAFE);
        h = h / shrink;
      }
    }

    this.facOld = facOld;
    this.h = hNext;
    return i;
  }
}
