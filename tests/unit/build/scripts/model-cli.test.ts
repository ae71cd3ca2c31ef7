// The model command line on extreme input (security audit) and its cohort mode (MODEL.md §12):
// pure parsing (parseArgs, parseDecimal), the failure message, and the CLI run as a child process.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cohortJson, integrationFailureMessage, parseArgs, parseDecimal, runCli, UsageError, type TrajectoryOptions,
} from '../../../../build/scripts/model-cli';
import { IntegrationError, PARAMETER_NAMES, parameters, runCohort } from '../../../../renderer/src/model/index';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function cli(args: string[], timeoutMs = 20_000): { code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'build/scripts/model-cli.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.length > 0);
}

/** Runs the CLI in-process and collects its output. */
function runInProcess(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

describe('parsing numbers: plain decimals only', () => {
  it('accepts plain decimals with an optional exponent', () => {
    expect(parseDecimal('12', 'x')).toBe(12);
    expect(parseDecimal('0.5', 'x')).toBe(0.5);
    expect(parseDecimal('.5', 'x')).toBe(0.5);
    expect(parseDecimal('5e-3', 'x')).toBe(0.005);
    expect(parseDecimal('-2', 'x')).toBe(-2);
  });

  it('rejects hex, octal, binary, Infinity, NaN, blanks and empty text', () => {
    for (const text of ['0x10', '0o17', '0b101', 'Infinity', '-Infinity', 'NaN', '', ' 5', '5 ', '1_000', '1e', '--5', '0x1p3']) {
      expect(() => parseDecimal(text, '--days'), text).toThrow(UsageError);
    }
    expect(() => parseDecimal('1e400', 'x')).toThrow(/must be a finite number/);
  });

  it('--days 0x10 is rejected (Number() would read it as 16)', () => {
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '0x10'])).toThrow(/--days must be a plain decimal number \(got '0x10'\)/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days=0b11'])).toThrow(/plain decimal/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--set', 'treg=0x0c'])).toThrow(/plain decimal/);
  });
});

describe('hard bounds on every input', () => {
  it('every parameter: a value above its hard bound is rejected, the bound itself accepted', () => {
    for (const name of PARAMETER_NAMES) {
      const [, hi] = parameters[name].limits;
      expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--set', `${name}=${hi * 10 + 1}`]), name).toThrow(UsageError);
      const opts = parseArgs(['--regimen', 'mrd', '--days', '5', '--set', `${name}=${hi}`]) as TrajectoryOptions;
      expect(opts.overrides[name], name).toBe(hi);
    }
  });

  it('every parameter with a positive lower bound: a value below it is rejected', () => {
    for (const name of PARAMETER_NAMES) {
      const [lo] = parameters[name].limits;
      if (lo <= 0) continue;
      expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--set', `${name}=${lo / 10}`]), name).toThrow(new RegExp(`parameter ${name}: must be (within its hard bounds|≥ 1)`));
    }
  });

  it('--days, --step-min, --max-steps, --seed and --size have hard bounds', () => {
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '3651'])).toThrow(/--days must be at most 3650/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '1e308'])).toThrow(/--days must be at most 3650/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--step-min', '0.001'])).toThrow(/--step-min must be within/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--step-min', '1e9'])).toThrow(/--step-min must be within/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--max-steps', '1e12'])).toThrow(/--max-steps must be an integer/);
    expect(() => parseArgs(['--cohort', 'rr', '--seed', '-1'])).toThrow(/--seed must be an integer/);
    expect(() => parseArgs(['--cohort', 'rr', '--seed', '1.5'])).toThrow(/--seed must be an integer/);
    expect(() => parseArgs(['--cohort', 'rr', '--size', '0'])).toThrow(/--size must be an integer from 1 to 10000/);
    expect(() => parseArgs(['--cohort', 'rr', '--size', '1e6'])).toThrow(/--size/);
  });

  it('--set bsa=1e308 exits 2 at once with one line naming bsa (it used to hang: NaN step, rejected forever)', () => {
    const started = Date.now();
    const r = cli(['--regimen', 'label-rr', '--days', '42', '--set', 'bsa=1e308'], 15_000);
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^model: parameter bsa: must be within its hard bounds 0\.05–5 m² \(got 1e\+308\)/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('an integration failure is bad input, not an internal error', () => {
  it('exits 2 with one stderr line naming the unstable input (too small a step budget)', () => {
    const r = runInProcess(['--regimen', 'label-rr', '--days', '84', '--max-steps', '1000']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^model: integration failed at t = [\d.]+ days \(.*more than 1000 steps.*\): input --max-steps 1000 is too small for --days 84$/);
    expect(lines[0]).not.toMatch(/internal error/);
  });

  it('names the overrides outside their plausible range as the unstable input (a stiff combination inside the hard bounds)', () => {
    const r = runInProcess(['--regimen', 'label-rr', '--days', '84', '--set', 'kSerial=1000', '--set', 'kB=1', '--set', 'treg=4', '--max-steps', '20000']);
    expect(r.code).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/unstable input --set kSerial=1000 \(plausible 2–20 kills\/T cell\/day\), kB=1 \(plausible 200–5000 cells\/µL\)$/);
    expect(lines[0]).not.toMatch(/treg/);
  });

  it('the message names every override when none is implausible', () => {
    const opts = parseArgs(['--regimen', 'mrd', '--days', '10', '--set', 'treg=12']) as TrajectoryOptions;
    const msg = integrationFailureMessage(new IntegrationError('step size underflow at t = 1.5 days', 1.5), opts);
    expect(msg).toBe('integration failed at t = 1.500 days (step size underflow at t = 1.5 days): unstable input --set treg=12');
  });

  it('as a child process: exit code 2, one line, no "internal error"', () => {
    const r = cli(['--regimen', 'label-rr', '--days', '84', '--max-steps', '1000']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('--cohort (MODEL.md §12)', () => {
  it('prints exactly the JSON shape of §12 for the R/R arm', () => {
    const r = cli(['--cohort', 'rr', '--seed', '3', '--size', '12']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { arm: string; seed: number; patients: Array<Record<string, number>>; summary: Record<string, number | null> };
    expect(Object.keys(out)).toEqual(['arm', 'seed', 'patients', 'summary']);
    expect(out.arm).toBe('rr');
    expect(out.seed).toBe(3);
    expect(out.patients).toHaveLength(12);
    for (const p of out.patients) expect(Object.keys(p)).toEqual(['x0', 'pbBlasts0', 't0', 'kBm', 'treg', 'X28', 'X70']);
    expect(Object.keys(out.summary)).toEqual(['responders28', 'responders70', 'mrdNegative28']);
    // the same numbers as the library
    expect(out).toEqual(cohortJson(runCohort({ arm: 'rr', seed: 3, size: 12 })));
  });

  it('MRD arm: no X70, responders70 null; CSV has a header row and one row per patient', () => {
    const json = JSON.parse(cli(['--cohort', 'mrd', '--size', '5']).stdout) as { seed: number; patients: Array<Record<string, number>>; summary: Record<string, number | null> };
    expect(json.seed).toBe(1);
    for (const p of json.patients) expect(Object.keys(p)).toEqual(['x0', 'pbBlasts0', 't0', 'kBm', 'treg', 'X28']);
    expect(json.summary['responders70']).toBeNull();
    const csv = cli(['--cohort', 'mrd', '--size', '5', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('x0,pbBlasts0,t0,kBm,treg,X28,response28');
    expect(csv).toHaveLength(6);
  });

  it('--regimen overrides the arm\'s regimen (flat-5 clears fewer R/R patients than label-rr)', () => {
    const label = runInProcess(['--cohort', 'rr', '--size', '40']);
    const flat5 = runInProcess(['--cohort', 'rr', '--size', '40', '--regimen', 'flat-5']);
    const a = JSON.parse(label.stdout) as { summary: { responders28: number }; patients: Array<{ x0: number }> };
    const b = JSON.parse(flat5.stdout) as { summary: { responders28: number }; patients: Array<{ x0: number }> };
    expect(b.patients.map((p) => p.x0)).toEqual(a.patients.map((p) => p.x0)); // same patients
    expect(b.summary.responders28).toBeLessThan(a.summary.responders28);
  });

  it('rejects trajectory options with --cohort and cohort options without it', () => {
    expect(() => parseArgs(['--cohort', 'rr', '--days', '5'])).toThrow(/--days cannot be used with --cohort/);
    expect(() => parseArgs(['--cohort', 'rr', '--set', 'treg=3'])).toThrow(/--set cannot be used with --cohort/);
    expect(() => parseArgs(['--cohort', 'all'])).toThrow(/--cohort must be rr or mrd/);
    expect(() => parseArgs(['--regimen', 'mrd', '--days', '5', '--seed', '3'])).toThrow(/--seed and --size need --cohort/);
  });
});
