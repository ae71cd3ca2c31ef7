// Bad input to simulate() → ModelInputError whose message names the field: unknown parameter,
// negative or non-finite value, bad regimen segments, days ≤ 0, output step ≤ 0.

import { describe, expect, it } from 'vitest';
import { MAX_DAYS, ModelInputError, simulate, type SimulationInput } from '../../../renderer/src/model/index';

function errorOf(input: unknown): ModelInputError {
  try {
    simulate(input as SimulationInput);
  } catch (e) {
    if (e instanceof ModelInputError) return e;
    throw e;
  }
  throw new Error('simulate() accepted bad input');
}

describe('simulate() rejects bad input with a ModelInputError naming the field', () => {
  it('unknown parameter', () => {
    const e = errorOf({ regimen: 'mrd', days: 5, parameters: { kSerail: 10 } });
    expect(e.field).toBe('parameters.kSerail');
    expect(e.message).toMatch(/kSerail.*unknown parameter/);
  });

  it('negative parameter value', () => {
    const e = errorOf({ regimen: 'mrd', days: 5, parameters: { treg: -3 } });
    expect(e.field).toBe('parameters.treg');
    expect(e.message).toMatch(/negative/);
  });

  it('non-finite parameter values (NaN, Infinity, strings)', () => {
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { t0: Number.NaN } }).field).toBe('parameters.t0');
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { kIl6: Infinity } }).field).toBe('parameters.kIl6');
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { bsa: '1.8' } }).field).toBe('parameters.bsa');
  });

  it('values outside a parameter\'s domain (zero volume, a fraction above 1)', () => {
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { vPerM2: 0 } }).field).toBe('parameters.vPerM2');
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { x0: 1.5 } }).field).toBe('parameters.x0');
  });

  it('overlapping and unordered regimen segments', () => {
    const overlap = errorOf({
      regimen: { segments: [{ startDay: 0, endDay: 10, rate: 9, unit: 'ug/day' }, { startDay: 7, endDay: 28, rate: 28, unit: 'ug/day' }] },
      days: 30,
    });
    expect(overlap.field).toBe('regimen.segments[1].startDay');
    const unordered = errorOf({
      regimen: { segments: [{ startDay: 7, endDay: 28, rate: 28, unit: 'ug/day' }, { startDay: 0, endDay: 7, rate: 9, unit: 'ug/day' }] },
      days: 30,
    });
    expect(unordered.message).toMatch(/unordered/);
  });

  it('unknown regimen id and malformed segment units', () => {
    expect(errorOf({ regimen: 'flat-30', days: 5 }).field).toBe('regimen');
    expect(errorOf({ regimen: { segments: [{ startDay: 0, endDay: 7, rate: 9, unit: 'mg/day' }] }, days: 5 }).field).toBe('regimen.segments[0].unit');
  });

  it('physically absurd values outside a parameter\'s hard bounds (e.g. BSA 1e308 m²)', () => {
    const e = errorOf({ regimen: 'mrd', days: 5, parameters: { bsa: 1e308 } });
    expect(e.field).toBe('parameters.bsa');
    expect(e.message).toMatch(/hard bounds/);
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { kIl6: 1e9 } }).field).toBe('parameters.kIl6');
    expect(errorOf({ regimen: 'mrd', days: 5, parameters: { t0: 1e6 } }).field).toBe('parameters.t0');
  });

  it('days beyond the hard bound and a step budget outside 1 000 … 5 000 000', () => {
    expect(MAX_DAYS).toBe(3650);
    expect(errorOf({ regimen: 'mrd', days: MAX_DAYS + 1 }).field).toBe('days');
    expect(errorOf({ regimen: 'mrd', days: 5, maxSteps: 10 }).field).toBe('maxSteps');
    expect(errorOf({ regimen: 'mrd', days: 5, maxSteps: 1e9 }).field).toBe('maxSteps');
    expect(errorOf({ regimen: 'mrd', days: 5, maxSteps: 2000.5 }).field).toBe('maxSteps');
  });

  it('days ≤ 0 or not finite', () => {
    expect(errorOf({ regimen: 'mrd', days: 0 }).field).toBe('days');
    expect(errorOf({ regimen: 'mrd', days: -2 }).field).toBe('days');
    expect(errorOf({ regimen: 'mrd', days: Infinity }).field).toBe('days');
  });

  it('output step ≤ 0 or not finite', () => {
    expect(errorOf({ regimen: 'mrd', days: 5, outputStepMinutes: 0 }).field).toBe('outputStepMinutes');
    expect(errorOf({ regimen: 'mrd', days: 5, outputStepMinutes: -15 }).field).toBe('outputStepMinutes');
    expect(errorOf({ regimen: 'mrd', days: 5, outputStepMinutes: Number.NaN }).field).toBe('outputStepMinutes');
  });

  it('bad clinical inputs and interruptions', () => {
    expect(errorOf({ regimen: 'mrd', days: 5, clinical: { marrowBlastsPct: 120 } }).field).toBe('clinical.marrowBlastsPct');
    expect(errorOf({ regimen: 'mrd', days: 5, interruptions: [{ startDay: -1, durationDays: 2 }] }).field).toBe('interruptions[0].startDay');
  });
});
