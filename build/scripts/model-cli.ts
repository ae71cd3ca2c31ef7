// Command line of the shared kinetics model (MODEL.md §10): prints a trajectory as JSON or CSV.
// Usage: npm run --silent model -- --regimen label-rr --days 42 [--set name=value …] [--step-min 15] [--format json|csv]

import {
  isParameterName, metrics, MODEL_DISCLAIMER, ModelInputError, PARAMETER_NAMES, REGIMEN_IDS, isRegimenId,
  simulate, type ParameterName, type Trajectory,
} from '../../renderer/src/model/index';

const HELP = `BiTE Atlas kinetics model — prints a simulated trajectory (${MODEL_DISCLAIMER})

Usage:
  npm run --silent model -- --regimen ID --days N [--set name=value ...] [--step-min M] [--format json|csv]

Options:
  --regimen ID        one of: ${REGIMEN_IDS.join(', ')}
  --days N            simulated days (> 0); cycles are 28 days on, 14 off
  --set name=value    override a parameter (repeatable), e.g. --set treg=12 --set x0=0.8
  --step-min M        output grid step in minutes (> 0, default 15); regimen change points are always included
  --format json|csv   output format (default json)
  --help              show this help

Output: t (days), C (pg/mL), Tp, Tm (cells/µL), X (marrow blast fraction), Bp (CD19⁺ cells/µL),
IL6 (pg/mL), Q, S on the uniform grid plus every regimen change point; JSON adds "parameters" and
"metrics". Bad input exits with code 2 and one line on stderr.

Parameters: ${PARAMETER_NAMES.join(', ')}
`;

class UsageError extends Error {}

interface CliOptions {
  regimen: string;
  days: number;
  stepMinutes: number;
  format: 'json' | 'csv';
  overrides: Partial<Record<ParameterName, number>>;
}

function parseNumber(text: string, what: string): number {
  const v = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(v)) throw new UsageError(`${what} must be a finite number (got '${text}')`);
  return v;
}

function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  let regimen: string | undefined;
  let days: number | undefined;
  let stepMinutes = 15;
  let format: 'json' | 'csv' = 'json';
  const overrides: Partial<Record<ParameterName, number>> = {};
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
        const d = parseNumber(next(), '--days');
        if (d <= 0) throw new UsageError(`--days must be greater than 0 (got ${d})`);
        days = d;
        break;
      }
      case '--step-min': {
        const s = parseNumber(next(), '--step-min');
        if (s <= 0) throw new UsageError(`--step-min must be greater than 0 (got ${s})`);
        stepMinutes = s;
        break;
      }
      case '--format': {
        const f = next();
        if (f !== 'json' && f !== 'csv') throw new UsageError(`--format must be json or csv (got '${f}')`);
        format = f;
        break;
      }
      case '--set': {
        const pair = next();
        const k = pair.indexOf('=');
        if (k <= 0) throw new UsageError(`--set needs name=value (got '${pair}')`);
        const name = pair.slice(0, k).trim();
        if (!isParameterName(name)) throw new UsageError(`unknown parameter '${name}' in --set ${pair}`);
        const v = parseNumber(pair.slice(k + 1), `parameter ${name}`);
        if (v < 0) throw new UsageError(`parameter ${name} must not be negative (got ${v})`);
        overrides[name] = v;
        break;
      }
      default:
        throw new UsageError(`unknown option '${arg}' (see --help)`);
    }
  }
  if (regimen === undefined) throw new UsageError('missing --regimen ID (see --help)');
  if (days === undefined) throw new UsageError('missing --days N (see --help)');
  return { regimen, days, stepMinutes, format, overrides };
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

function main(argv: readonly string[]): number {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`model: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  let tr: Trajectory;
  try {
    tr = simulate({ regimen: opts.regimen as never, days: opts.days, parameters: opts.overrides, outputStepMinutes: opts.stepMinutes });
  } catch (e) {
    if (e instanceof ModelInputError) {
      process.stderr.write(`model: ${e.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
  process.stdout.write(opts.format === 'csv' ? toCsv(tr) : toJson(tr));
  return 0;
}

// piping into e.g. `head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`model: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
