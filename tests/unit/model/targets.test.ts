// The calibration targets as data (renderer/src/model/targets.ts): every id of MODEL.md §8 and §12 exactly
// once, each with a statement, tolerance and sources that exist in content/references, the cohort ones
// marked slow; results are plain strings; the shared runs cache simulations; numbers format readably.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS, CalibrationRuns, TARGET_GROUPS, findTarget, formatSignificant } from '../../../renderer/src/model/index';
import { CONTRACT_COHORT_TARGET_IDS, CONTRACT_TARGET_IDS } from './contract';

const root = resolve(import.meta.dirname, '../../..');
const referenceKeys = new Set(
  (parse(readFileSync(resolve(root, 'content/references/references.yaml'), 'utf8')) as { key: string }[]).map((r) => r.key),
);

describe('calibration targets as data', () => {
  it('hold every id of MODEL.md §8 exactly once, in the contract’s order, then VP-1 … VP-4', () => {
    const ids = CALIBRATION_TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...CONTRACT_TARGET_IDS, ...CONTRACT_COHORT_TARGET_IDS]);
  });

  it('mark exactly the cohort targets slow', () => {
    expect(CALIBRATION_TARGETS.filter((t) => t.slow).map((t) => t.id)).toEqual([...CONTRACT_COHORT_TARGET_IDS]);
  });

  it('give each target a group named by its id, a statement, a tolerance, source tags and known citation keys', () => {
    for (const t of CALIBRATION_TARGETS) {
      expect(t.id.startsWith(`${t.group}-`), t.id).toBe(true);
      expect(TARGET_GROUPS[t.group], t.id).toBeTruthy();
      expect(t.statement.length, t.id).toBeGreaterThan(10);
      expect(t.tolerance.length, t.id).toBeGreaterThan(0);
      expect(t.tags.length, t.id).toBeGreaterThan(0);
      for (const tag of t.tags) expect(['S', 'L', 'P', 'M', 'D'], t.id).toContain(tag);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const key of t.sources) expect(referenceKeys.has(key), `${t.id}: ${key}`).toBe(true);
    }
  });

  it('finds a target by id', () => {
    expect(findTarget('CNS-6')?.statement).toMatch(/no-step/);
    expect(findTarget('XX-1')).toBeUndefined();
  });

  it('compute without shared runs too, giving a plain, readable result', () => {
    const result = findTarget('PK-1')!.compute();
    expect(result).toEqual({ value: '673 pg/mL', pass: true });
    expect(JSON.parse(JSON.stringify(findTarget('CK-5')!.compute()))).toEqual({ value: '0.21 (107 → 22.4 pg/mL)', pass: true });
  });

  it('share simulations: the same call returns the same run; parameter order does not matter', () => {
    const runs = new CalibrationRuns();
    const a = runs.run('mrd', 28, { x0: 0.001, treg: 4 });
    expect(runs.run('mrd', 28, { treg: 4, x0: 0.001 })).toBe(a);
    expect(runs.run('mrd', 28, { treg: 5, x0: 0.001 })).not.toBe(a);
  });

  it('advance a cohort arm in slices, with the same result as running it at once', () => {
    const sliced = new CalibrationRuns();
    const progress = [];
    while (!sliced.hasCohort('mrd')) progress.push(sliced.cohortStep('mrd', 64));
    expect(progress.map((p) => p.done)).toEqual([64, 128, 192, 200]);
    expect(sliced.cohortStep('mrd', 10)).toEqual({ done: 200, total: 200 });
    expect(sliced.cohort('mrd')).toEqual(new CalibrationRuns().cohort('mrd'));
  });
});

describe('formatSignificant', () => {
  it('keeps three significant digits and their zeros, and writes tiny numbers with a power of ten', () => {
    expect(formatSignificant(673.24)).toBe('673');
    expect(formatSignificant(3.1134)).toBe('3.11');
    expect(formatSignificant(0.4)).toBe('0.400');
    expect(formatSignificant(0.4, 2)).toBe('0.40');
    expect(formatSignificant(90.04)).toBe('90.0');
    expect(formatSignificant(12345)).toBe('12345');
    expect(formatSignificant(0.0313)).toBe('0.0313');
    expect(formatSignificant(2.07e-7, 2)).toBe('2.1·10⁻⁷');
    expect(formatSignificant(2.7e-9, 2)).toBe('2.7·10⁻⁹');
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(Number.NaN)).toBe('NaN');
  });
});
