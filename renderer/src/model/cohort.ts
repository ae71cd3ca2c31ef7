// The virtual cohort of MODEL.md §12: seeded virtual patients (burden, T cells, marrow killing rate,
// Tregs), each one full simulate() run, so a trial's response rate emerges from the model.
// Plain data in and out (structured-clone friendly), run in chunks with a progress callback for a worker.

import { isCrLike, isMrdNegative, responseLabel, type ResponseLabel } from './clinical-constants';
import { ModelInputError } from './errors';
import { Mulberry32 } from './prng';
import { isRegimenId, REGIMEN_IDS, type RegimenId } from './regimens';
import { simulate } from './simulate';

export type CohortArm = 'rr' | 'mrd';
export const COHORT_ARMS: readonly CohortArm[] = Object.freeze(['rr', 'mrd'] as const);

/** Patients per arm in MODEL.md §12. */
export const COHORT_DEFAULT_SIZE = 200;
/** Seed used when none is given. */
export const COHORT_DEFAULT_SEED = 1;
/** Largest cohort accepted (a bound against runaway requests: 10 000 runs take ~10 s). */
export const COHORT_MAX_SIZE = 10_000;
/** Output grid of a cohort run [minutes]: the marrow moves slowly, only X(28) and X(70) are read. */
export const COHORT_OUTPUT_STEP_MINUTES = 240;

/** The regimen each arm runs unless overridden: `label-rr` for R/R, `mrd` for MRD. */
export const COHORT_DEFAULT_REGIMEN: Readonly<Record<CohortArm, RegimenId>> = Object.freeze({ rr: 'label-rr', mrd: 'mrd' });
/** Simulated days per arm: R/R two cycles (to the end of cycle 2's infusion, day 70), MRD one cycle (day 28). */
export const COHORT_DAYS: Readonly<Record<CohortArm, number>> = Object.freeze({ rr: 70, mrd: 28 });

/** The sampled inputs of one virtual patient (parameter names as in MODEL.md §4); all others at their defaults. */
export interface CohortPatientInputs {
  x0: number;
  pbBlasts0: number;
  t0: number;
  kBm: number;
  treg: number;
}

/** One virtual patient: inputs and outcomes. X70 and response70 only in the R/R arm (null in MRD). */
export interface CohortPatient extends CohortPatientInputs {
  /** Marrow blast fraction at day 28 (end of cycle 1's infusion). */
  X28: number;
  /** Marrow blast fraction at day 70 (end of cycle 2's infusion); R/R arm only. */
  X70: number | null;
  response28: ResponseLabel;
  response70: ResponseLabel | null;
}

export interface CohortSpec {
  arm: CohortArm;
  /** Seed of the PRNG (an integer; default COHORT_DEFAULT_SEED). Same seed → same cohort. */
  seed?: number;
  /** Number of patients (default 200). */
  size?: number;
  /** Regimen override (default: label-rr for R/R, mrd for MRD), e.g. flat-5 or flat-15 for the R/R arm. */
  regimen?: RegimenId;
}

/** Shares as fractions 0–1 of the arm. */
export interface CohortSummary {
  /** Share with X(28) ≤ 0.05 (CR-like at the end of cycle 1). */
  responders28: number;
  /** Share with X(28) ≤ 0.05 or X(70) ≤ 0.05 (CR-like in cycle 1 or 2); null for the MRD arm (one cycle). */
  responders70: number | null;
  /** Share with X(28) < 1e-4 (MRD-negative-like at the end of cycle 1). */
  mrdNegative28: number;
}

export interface CohortResult {
  arm: CohortArm;
  seed: number;
  size: number;
  regimen: RegimenId;
  days: number;
  patients: CohortPatient[];
  summary: CohortSummary;
}

export interface CohortProgress {
  done: number;
  total: number;
}

function clip(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

const LOGIT_07 = Math.log(0.7 / 0.3);

/**
 * Standard normal numbers by the Box–Muller transform of a mulberry32 stream: each pair of uniforms
 * (u1, u2), u1 taken as 1 − next() so it lies in (0, 1], gives z = √(−2 ln u1)·cos(2π u2) and then
 * z' = √(−2 ln u1)·sin(2π u2). Draws come in that order; nothing is cached across instances.
 */
export class NormalStream {
  private readonly rng: Mulberry32;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    this.rng = new Mulberry32(seed);
  }

  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = 1 - this.rng.next();
    const u2 = this.rng.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    const a = 2 * Math.PI * u2;
    this.spare = r * Math.sin(a);
    this.hasSpare = true;
    return r * Math.cos(a);
  }
}

/**
 * Samples one patient from the stream (MODEL.md §12). Four standard normals per patient, drawn in this
 * order: z1 → x0, z2 → t0, z3 → kBm, z4 → treg (one Box–Muller pair for x0/t0, one for kBm/treg).
 *  - R/R: x0 = clip(logistic(logit(0.7) + 1.0·z1), 0.05, 0.97); pbBlasts0 = 2000·x0
 *  - MRD: x0 = clip(0.003·e^(1.0·z1), 0.001, 0.05); pbBlasts0 = 0
 *  - both: t0 = clip(1000·e^(0.5·z2), 100, 3000); kBm = 0.036·e^(0.35·z3); treg = clip(6·e^(0.45·z4), 0.5, 40)
 */
export function samplePatient(arm: CohortArm, z: NormalStream): CohortPatientInputs {
  const z1 = z.next();
  const z2 = z.next();
  const z3 = z.next();
  const z4 = z.next();
  const x0 = arm === 'rr' ? clip(1 / (1 + Math.exp(-(LOGIT_07 + 1.0 * z1))), 0.05, 0.97) : clip(0.003 * Math.exp(1.0 * z1), 0.001, 0.05);
  return {
    x0,
    pbBlasts0: arm === 'rr' ? 2000 * x0 : 0,
    t0: clip(1000 * Math.exp(0.5 * z2), 100, 3000),
    kBm: 0.036 * Math.exp(0.35 * z3),
    treg: clip(6 * Math.exp(0.45 * z4), 0.5, 40),
  };
}

interface ResolvedSpec {
  arm: CohortArm;
  seed: number;
  size: number;
  regimen: RegimenId;
}

/** Validates a cohort spec (ModelInputError naming the field). */
export function resolveCohortSpec(spec: CohortSpec): ResolvedSpec {
  if (spec === null || typeof spec !== 'object') throw new ModelInputError('cohort', 'must be { arm, seed?, size?, regimen? }');
  if (spec.arm !== 'rr' && spec.arm !== 'mrd') throw new ModelInputError('cohort.arm', `must be 'rr' or 'mrd' (got ${String(spec.arm)})`);
  const seed = spec.seed ?? COHORT_DEFAULT_SEED;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new ModelInputError('cohort.seed', `must be an integer from 0 to 4294967295 (got ${String(seed)})`);
  }
  const size = spec.size ?? COHORT_DEFAULT_SIZE;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1 || size > COHORT_MAX_SIZE) {
    throw new ModelInputError('cohort.size', `must be an integer from 1 to ${COHORT_MAX_SIZE} (got ${String(size)})`);
  }
  const regimen = spec.regimen ?? COHORT_DEFAULT_REGIMEN[spec.arm];
  if (typeof regimen !== 'string' || !isRegimenId(regimen)) {
    throw new ModelInputError('cohort.regimen', `unknown regimen '${String(regimen)}' (known: ${REGIMEN_IDS.join(', ')})`);
  }
  return { arm: spec.arm, seed, size, regimen };
}

/** The sampled inputs of every patient of a cohort (fast: no simulation). Patient i is the same for any size > i. */
export function sampleCohort(spec: CohortSpec): CohortPatientInputs[] {
  const s = resolveCohortSpec(spec);
  const z = new NormalStream(s.seed);
  const out: CohortPatientInputs[] = [];
  for (let i = 0; i < s.size; i++) out.push(samplePatient(s.arm, z));
  return out;
}

/**
 * Simulates one virtual patient: its inputs overlaid on the default parameters, the arm's regimen (or
 * `regimen`), 70 days for R/R and 28 for MRD on the 4-hour grid; returns inputs, X28, X70 and labels.
 */
export function runCohortPatient(arm: CohortArm, inputs: CohortPatientInputs, regimen: RegimenId = COHORT_DEFAULT_REGIMEN[arm]): CohortPatient {
  const days = COHORT_DAYS[arm];
  const tr = simulate({
    regimen,
    days,
    parameters: { x0: inputs.x0, pbBlasts0: inputs.pbBlasts0, t0: inputs.t0, kBm: inputs.kBm, treg: inputs.treg },
    outputStepMinutes: COHORT_OUTPUT_STEP_MINUTES,
  });
  const X28 = tr.at(28).X;
  const X70 = arm === 'rr' ? tr.at(70).X : null;
  return {
    x0: inputs.x0, pbBlasts0: inputs.pbBlasts0, t0: inputs.t0, kBm: inputs.kBm, treg: inputs.treg,
    X28, X70, response28: responseLabel(X28), response70: X70 === null ? null : responseLabel(X70),
  };
}

/** Shares of responders in a list of patients (fractions 0–1). */
export function summarizeCohort(arm: CohortArm, patients: readonly CohortPatient[]): CohortSummary {
  const n = patients.length;
  let r28 = 0;
  let r70 = 0;
  let mrdNeg = 0;
  for (const p of patients) {
    if (isCrLike(p.X28)) r28++;
    if (isCrLike(p.X28) || (p.X70 !== null && isCrLike(p.X70))) r70++;
    if (isMrdNegative(p.X28)) mrdNeg++;
  }
  const share = (k: number): number => (n === 0 ? 0 : k / n);
  return { responders28: share(r28), responders70: arm === 'rr' ? share(r70) : null, mrdNegative28: share(mrdNeg) };
}

/**
 * A cohort run that advances in chunks (for a Web Worker or an idle callback): `step(k)` simulates up
 * to k more patients and returns the progress; `result()` once done.
 */
export class CohortRunner {
  readonly arm: CohortArm;
  readonly seed: number;
  readonly size: number;
  readonly regimen: RegimenId;
  private readonly inputs: CohortPatientInputs[];
  private readonly patients: CohortPatient[] = [];

  constructor(spec: CohortSpec) {
    const s = resolveCohortSpec(spec);
    this.arm = s.arm;
    this.seed = s.seed;
    this.size = s.size;
    this.regimen = s.regimen;
    this.inputs = sampleCohort(s);
  }

  get done(): number {
    return this.patients.length;
  }

  get finished(): boolean {
    return this.patients.length >= this.size;
  }

  step(maxPatients: number): CohortProgress {
    const end = Math.min(this.size, this.patients.length + Math.max(1, Math.floor(maxPatients)));
    for (let i = this.patients.length; i < end; i++) this.patients.push(runCohortPatient(this.arm, this.inputs[i]!, this.regimen));
    return { done: this.patients.length, total: this.size };
  }

  result(): CohortResult {
    if (!this.finished) throw new Error(`cohort not finished (${this.patients.length} of ${this.size} patients)`);
    return {
      arm: this.arm, seed: this.seed, size: this.size, regimen: this.regimen, days: COHORT_DAYS[this.arm],
      patients: this.patients.map((p) => ({ ...p })), summary: summarizeCohort(this.arm, this.patients),
    };
  }
}

/**
 * Runs a whole cohort synchronously, in chunks of `chunkSize` patients, calling `onProgress` after each
 * chunk (a worker posts it to the page). Same spec → same result.
 */
export function runCohort(spec: CohortSpec, onProgress?: (p: CohortProgress) => void, chunkSize = 20): CohortResult {
  const runner = new CohortRunner(spec);
  while (!runner.finished) {
    const progress = runner.step(chunkSize);
    onProgress?.(progress);
  }
  return runner.result();
}
