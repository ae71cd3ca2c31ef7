// Command line of the shared kinetics model (MODEL.md §10, §12): prints a trajectory or a virtual cohort
// as JSON or CSV. Bad input — including physically absurd values outside a parameter's hard bounds and
// inputs the integrator cannot handle — exits with code 2 and ONE line on stderr naming the input.
// Usage: npm run --silent model -- --regimen label-rr --days 42 [--set name=value …] [--step-min 15] [--format json|csv]
//        npm run --silent model -- --cohort rr|mrd [--seed N] [--size N] [--regimen ID] [--format json|csv]

import { pathToFileURL } from 'node:url';
import {
  COHORT_DEFAULT_SEED, COHORT_DEFAULT_SIZE, COHORT_MAX_SIZE, DEFAULT_MAX_STEPS, DEFAULT_OUTPUT_STEP_MINUTES, IntegrationError,
  isParameterName, isRegimenId, MAX_DAYS, metrics, MODEL_DISCLAIMER, ModelInputError, PARAMETER_NAMES, parameters,
  REGIMEN_IDS, runCohort, simulate, validateParameterValue,
  type CohortArm, type CohortResult, type ParameterName, type RegimenId, type Trajectory,
} from '../../renderer/src/model/index';

/** Bounds of the output step [minutes]: 0.01 min (0.6 s) to one day. */
export const STEP_MIN_BOUNDS = [0.01, 1440] as const;

const HELP = `BiTE Atlas kinetics model — prints a simulated trajectory or a virtual cohort (${MODEL_DISCLAIMER})

Usage:
  npm run --silent model -- --regimen ID --days N [--set name=value ...] [--step-min M] [--max-steps N] [--format json|csv]
  npm run --silent model -- --cohort rr|mrd [--seed N] [--size N] [--regimen ID] [--format json|csv]

Options:
  --regimen ID        one of: ${REGIMEN_IDS.join(', ')} (with --cohort: overrides the arm's regimen)
  --days N            simulated days, 0 < N ≤ ${MAX_DAYS}; cycles are 28 days on, 14 off
  --set name=value    override a parameter (repeatable), e.g. --set treg=12 --set x0=0.8; values outside a
                      parameter's hard bounds (physically absurd) are rejected
  --step-min M        output grid step in minutes (${STEP_MIN_BOUNDS[0]}–${STEP_MIN_BOUNDS[1]}, default ${DEFAULT_OUTPUT_STEP_MINUTES}); regimen change points are always included
  --max-steps N       integrator step budget, accepted + rejected (1000–${DEFAULT_MAX_STEPS}, default ${DEFAULT_MAX_STEPS})
  --cohort ARM        print a virtual cohort (MODEL.md §12): rr (label-rr, two cycles) or mrd (mrd, one cycle)
  --seed N            cohort seed, an integer 0–4294967295 (default ${COHORT_DEFAULT_SEED}); same seed, same cohort
  --size N            cohort size, 1–${COHORT_MAX_SIZE} (default ${COHORT_DEFAULT_SIZE})
  --format json|csv   output format (default json)
  --help              show this help

Numbers are plain decimals (12, 0.5, 5e-3); hex, octal, binary, Infinity and NaN are rejected.

Trajectory output: t (days), C (pg/mL), Tp, Tm (cells/µL), X (marrow blast fraction), Bp (CD19⁺ cells/µL),
IL6 (pg/mL), Q, S on the uniform grid plus every regimen change point; JSON adds "parameters" and "metrics".
Cohort output: JSON { arm, seed, patients: [{ x0, pbBlasts0, t0, kBm, treg, X28, X70 (rr only) }], summary:
{ responders28, responders70, mrdNegative28 } } (shares 0–1); CSV one row per patient with response labels.
Bad input exits with code 2 and one line on stderr.

Parameters: ${PARAMETER_NAMES.join(', ')}
`;

export class UsageError extends Error {}

export interface TrajectoryOptions {
  mode: 'trajectory';
  regimen: RegimenId;
  days: number;
  stepMinutes: number;
  maxSteps: number;
  format: 'json' | 'csv';
  overrides: Partial<Record<ParameterName, number>>;
}

export interface CohortOptions {
  mode: 'cohort';
  arm: CohortArm;
  seed: number;
  size: number;
  regimen: RegimenId | undefined;
  format: 'json' | 'csv';
}

export type CliOptions = TrajectoryOptions | CohortOptions;

/** A plain decimal number: optional sign, digits with an optional fraction, optional exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a plain decimal number (no hex/octal/binary, no Infinity/NaN, no blanks); UsageError otherwise. */
export function parseDecimal(text: string, what: string): number {
  if (!DECIMAL.test(text)) throw new UsageError(`${what} must be a plain decimal number (got '${text}')`);
  const v = Number(text);
  if (!Number.isFinite(v)) throw new UsageError(`${what} must be a finite number (got '${text}')`);
  return v;
}

function parseInteger(text: string, what: string, lo: number, hi: number): number {
  const v = parseDecimal(text, what);
  if (!Number.isInteger(v) || v < lo || v > hi) throw new UsageError(`${what} must be an integer from ${lo} to ${hi} (got '${text}')`);
  return v;
}

/** Parses the command line (pure: no I/O). Throws UsageError with a one-line message on bad input. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  let regimen: RegimenId | undefined;
  let days: number | undefined;
  let stepMinutes: number | undefined;
  let maxSteps: number | undefined;
  let format: 'json' | 'csv' = 'json';
  let cohort: CohortArm | undefined;
  let seed: number | undefined;
  let size: number | undefined;
  const overrides: Partial<Record<ParameterName, number>> = {};
  let setCount = 0;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = (): string => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--regimen': {
        const id = next();
        if (!isRegimenId(id)) throw new UsageError(`unknown regimen '${id}' (known: ${REGIMEN_IDS.join(', ')})`);
        regimen = id;
        break;
      }
      case '--days': {
        const d = parseDecimal(next(), '--days');
        if (d <= 0) throw new UsageError(`--days must be greater than 0 (got ${d})`);
        if (d > MAX_DAYS) throw new UsageError(`--days must be at most ${MAX_DAYS} (got ${d})`);
        days = d;
        break;
      }
      case '--step-min': {
        const s = parseDecimal(next(), '--step-min');
        if (s <= 0) throw new UsageError(`--step-min must be greater than 0 (got ${s})`);
        if (s < STEP_MIN_BOUNDS[0] || s > STEP_MIN_BOUNDS[1]) throw new UsageError(`--step-min must be within ${STEP_MIN_BOUNDS[0]}–${STEP_MIN_BOUNDS[1]} minutes (got ${s})`);
        stepMinutes = s;
        break;
      }
      case '--max-steps':
        maxSteps = parseInteger(next(), '--max-steps', 1000, DEFAULT_MAX_STEPS);
        break;
      case '--format': {
        const f = next();
        if (f !== 'json' && f !== 'csv') throw new UsageError(`--format must be json or csv (got '${f}')`);
        format = f;
        break;
      }
      case '--cohort': {
        const a = next();
        if (a !== 'rr' && a !== 'mrd') throw new UsageError(`--cohort must be rr or mrd (got '${a}')`);
        cohort = a;
        break;
      }
      case '--seed':
        seed = parseInteger(next(), '--seed', 0, 0xffffffff);
        break;
      case '--size':
        size = parseInteger(next(), '--size', 1, COHORT_MAX_SIZE);
        break;
      case '--set': {
        const pair = next();
        const k = pair.indexOf('=');
        if (k <= 0) throw new UsageError(`--set needs name=value (got '${pair}')`);
        const name = pair.slice(0, k).trim();
        if (!isParameterName(name)) throw new UsageError(`unknown parameter '${name}' in --set ${pair}`);
        const v = parseDecimal(pair.slice(k + 1).trim(), `parameter ${name}`);
        if (v < 0) throw new UsageError(`parameter ${name} must not be negative (got ${v})`);
        try {
          overrides[name] = validateParameterValue(name, v, `parameter ${name}`);
        } catch (e) {
          if (e instanceof ModelInputError) throw new UsageError(e.message);
          throw e;
        }
        setCount++;
        break;
      }
      default:
        throw new UsageError(`unknown option '${arg}' (see --help)`);
    }
  }
  if (cohort !== undefined) {
    const stray = [days !== undefined && '--days', stepMinutes !== undefined && '--step-min', maxSteps !== undefined && '--max-steps', setCount > 0 && '--set'].filter(Boolean);
    if (stray.length > 0) throw new UsageError(`${stray.join(', ')} cannot be used with --cohort (patients are sampled; see --help)`);
    return { mode: 'cohort', arm: cohort, seed: seed ?? COHORT_DEFAULT_SEED, size: size ?? COHORT_DEFAULT_SIZE, regimen, format };
  }
  if (seed !== undefined || size !== undefined) throw new UsageError('--seed and --size need --cohort rr|mrd (see --help)');
  if (regimen === undefined) throw new UsageError('missing --regimen ID (see --help)');
  if (days === undefined) throw new UsageError('missing --days N (see --help)');
  return {
    mode: 'trajectory', regimen, days, stepMinutes: stepMinutes ?? DEFAULT_OUTPUT_STEP_MINUTES, maxSteps: maxSteps ?? DEFAULT_MAX_STEPS,
    format, overrides,
  };
}

/**
 * One line naming the input that made the integration fail: overrides outside their plausible range
 * first (with that range), else every override, else the step budget or the span.
 */
export function integrationFailureMessage(e: IntegrationError, opts: TrajectoryOptions): string {
  const entries = Object.entries(opts.overrides) as Array<[ParameterName, number]>;
  const implausible = entries.filter(([name, v]) => v < parameters[name].range[0] || v > parameters[name].range[1]);
  let culprit: string;
  if (implausible.length > 0) {
    culprit = `unstable input --set ${implausible.map(([n, v]) => `${n}=${v} (plausible ${parameters[n].range[0]}–${parameters[n].range[1]} ${parameters[n].unit})`).join(', ')}`;
  } else if (entries.length > 0) {
    culprit = `unstable input --set ${entries.map(([n, v]) => `${n}=${v}`).join(', ')}`;
  } else if (opts.maxSteps < DEFAULT_MAX_STEPS) {
    culprit = `input --max-steps ${opts.maxSteps} is too small for --days ${opts.days}`;
  } else {
    culprit = `input --days ${opts.days} on --regimen ${opts.regimen}`;
  }
  return `integration failed at t = ${e.atDays.toPrecision(4)} days (${e.message.replace(/\s+/g, ' ')}): ${culprit}`;
}

const COLUMNS = ['t', 'C', 'Tp', 'Tm', 'X', 'Bp', 'IL6', 'Q', 'S'] as const;

function columnsOf(tr: Trajectory): Record<(typeof COLUMNS)[number], Float64Array> {
  return { t: tr.t, C: tr.C, Tp: tr.Tp, Tm: tr.Tm, X: tr.X, Bp: tr.Bp, IL6: tr.I, Q: tr.Q, S: tr.S };
}

function toCsv(tr: Trajectory): string {
  const cols = columnsOf(tr);
  const lines: string[] = [COLUMNS.join(',')];
  for (let i = 0; i < tr.length; i++) lines.push(COLUMNS.map((c) => String(cols[c][i])).join(','));
  return `${lines.join('\n')}\n`;
}

function toJson(tr: Trajectory): string {
  const cols = columnsOf(tr);
  const out: Record<string, unknown> = {};
  for (const c of COLUMNS) out[c] = Array.from(cols[c]);
  out['parameters'] = { ...tr.parameters };
  out['metrics'] = metrics(tr);
  return `${JSON.stringify(out)}\n`;
}

/** The cohort as the JSON shape of MODEL.md §12. */
export function cohortJson(r: CohortResult): Record<string, unknown> {
  return {
    arm: r.arm,
    seed: r.seed,
    patients: r.patients.map((p) => (r.arm === 'rr'
      ? { x0: p.x0, pbBlasts0: p.pbBlasts0, t0: p.t0, kBm: p.kBm, treg: p.treg, X28: p.X28, X70: p.X70 }
      : { x0: p.x0, pbBlasts0: p.pbBlasts0, t0: p.t0, kBm: p.kBm, treg: p.treg, X28: p.X28 })),
    summary: { responders28: r.summary.responders28, responders70: r.summary.responders70, mrdNegative28: r.summary.mrdNegative28 },
  };
}

function cohortCsv(r: CohortResult): string {
  const rr = r.arm === 'rr';
  const header = rr ? ['x0', 'pbBlasts0', 't0', 'kBm', 'treg', 'X28', 'X70', 'response28', 'response70'] : ['x0', 'pbBlasts0', 't0', 'kBm', 'treg', 'X28', 'response28'];
  const lines = [header.join(',')];
  for (const p of r.patients) {
    const row = rr
      ? [p.x0, p.pbBlasts0, p.t0, p.kBm, p.treg, p.X28, p.X70, p.response28, p.response70]
      : [p.x0, p.pbBlasts0, p.t0, p.kBm, p.treg, p.X28, p.response28];
    lines.push(row.map(String).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the command line; returns the exit code (0 ok, 2 bad input, 1 internal error). */
export function runCli(argv: readonly string[], io: CliIo): number {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`model: ${e.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    io.stdout(HELP);
    return 0;
  }
  try {
    if (opts.mode === 'cohort') {
      const r = runCohort({ arm: opts.arm, seed: opts.seed, size: opts.size, regimen: opts.regimen });
      io.stdout(opts.format === 'csv' ? cohortCsv(r) : `${JSON.stringify(cohortJson(r))}\n`);
      return 0;
    }
    const tr = simulate({ regimen: opts.regimen, days: opts.days, parameters: opts.overrides, outputStepMinutes: opts.stepMinutes, maxSteps: opts.maxSteps });
    io.stdout(opts.format === 'csv' ? toCsv(tr) : toJson(tr));
    return 0;
  } catch (e) {
    if (e instanceof ModelInputError) {
      io.stderr(`model: ${e.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    if (e instanceof IntegrationError && opts.mode === 'trajectory') {
      io.stderr(`model: ${integrationFailureMessage(e, opts)}\n`);
      return 2;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  // piping into e.g. `head` closes stdout early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    process.exitCode = runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
  } catch (e) {
    process.stderr.write(`model: internal error: ${e instanceof Error ? e.message.replace(/\s+/g, ' ') : String(e)}\n`);
    process.exitCode = 1;
  }
}
