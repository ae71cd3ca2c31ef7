// The model command line (MODEL.md §10), run as a child process: JSON/CSV output, times in days,
// change points on the grid, --set overrides, --help, and exit code 2 with one stderr line on bad input.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARAMETER_NAMES, simulate } from '../../../renderer/src/model/index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = 'build/scripts/model-cli.ts';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CliJson {
  t: number[]; C: number[]; Tp: number[]; Tm: number[]; X: number[]; Bp: number[]; IL6: number[]; Q: number[]; S: number[];
  parameters: Record<string, number>;
  metrics: { marrowBlastsDay28: number; crsIndex: { grade: number } };
}

describe('model CLI', () => {
  it('prints JSON with exactly the keys of §10, times in days, on the 15-min grid plus change points', () => {
    const r = cli('--regimen', 'label-rr', '--days', '42');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as CliJson;
    expect(Object.keys(out)).toEqual(['t', 'C', 'Tp', 'Tm', 'X', 'Bp', 'IL6', 'Q', 'S', 'parameters', 'metrics']);
    expect(out.t[0]).toBe(0);
    expect(out.t[1]).toBeCloseTo(15 / 1440, 15);
    expect(out.t[out.t.length - 1]).toBe(42);
    expect(out.t).toContain(7);
    expect(out.t).toContain(28);
    expect(Object.keys(out.parameters).sort()).toEqual([...PARAMETER_NAMES].sort());
    // the same numbers as the library
    const tr = simulate({ regimen: 'label-rr', days: 42 });
    expect(out.t.length).toBe(tr.length);
    for (const i of [0, 100, 700, tr.length - 1]) {
      expect(out.C[i]).toBe(tr.C[i]);
      expect(out.IL6[i]).toBe(tr.I[i]);
      expect(out.Tp[i]).toBe(tr.Tp[i]);
    }
  });

  it('applies --set overrides and --step-min, and prints CSV with a header row', () => {
    const r = cli('--regimen', 'label-rr', '--days', '28', '--set', 'treg=12', '--set', 'x0=0.8', '--step-min', '60', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('t,C,Tp,Tm,X,Bp,IL6,Q,S');
    expect(lines).toHaveLength(1 + 28 * 24 + 1);
    const last = lines[lines.length - 1]!.split(',').map(Number);
    expect(last[0]).toBe(28);
    const tr = simulate({ regimen: 'label-rr', days: 28, parameters: { treg: 12, x0: 0.8 }, outputStepMinutes: 60 });
    expect(last[4]).toBe(tr.X[tr.length - 1]);
    expect(last[4]).toBeGreaterThan(0.05); // treg 12 %: no response
  });

  it('--help prints usage and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--regimen ID --days N/);
    expect(r.stdout).toMatch(/not for dosing/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['unknown parameter', ['--regimen', 'mrd', '--days', '5', '--set', 'kSerail=3'], /unknown parameter 'kSerail'/],
    ['unknown regimen', ['--regimen', 'flat-30', '--days', '5'], /unknown regimen 'flat-30'/],
    ['negative value', ['--regimen', 'mrd', '--days', '5', '--set', 'treg=-2'], /treg must not be negative/],
    ['non-finite value', ['--regimen', 'mrd', '--days', '5', '--set', 'kIl6=NaN'], /kIl6 must be a plain decimal number/],
    ['infinite value', ['--regimen', 'mrd', '--days', '5', '--set', 'kIl6=1e400'], /kIl6 must be a finite number/],
    ['days ≤ 0', ['--regimen', 'mrd', '--days', '0'], /--days must be greater than 0/],
    ['step ≤ 0', ['--regimen', 'mrd', '--days', '5', '--step-min', '-15'], /--step-min must be greater than 0/],
    ['missing days', ['--regimen', 'mrd'], /missing --days/],
    ['out-of-domain value', ['--regimen', 'mrd', '--days', '5', '--set', 'x0=3'], /x0/],
  ];
  for (const [what, args, message] of bad) {
    it(`bad input (${what}) → exit code 2 and one line on stderr naming the problem`, () => {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l.length > 0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    });
  }

  it('is wired as `npm run --silent model --`', () => {
    const r = spawnSync('npm', ['run', '--silent', 'model', '--', '--regimen', 'mrd', '--days', '1', '--step-min', '360', '--format', 'csv'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1 + 5);
  });
});
