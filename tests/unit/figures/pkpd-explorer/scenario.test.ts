// Tests of the explorer's scenario layer: clinical inputs reach the model through fromClinical, presets are
// the MODEL.md §8 scenarios, log sliders reach every value they show, and ranges come from the schedule.
import { describe, expect, it } from 'vitest';
import { buildSchedule, defaultParameterValues, fromClinical, regimens, resolveParameters } from '../../../../renderer/src/model';
import {
  DEFAULT_INPUTS,
  DEFAULT_REGIMEN,
  EXPLORER_DAYS,
  INPUT_SPECS,
  INPUT_SPEC_BY_KEY,
  PRESETS,
  REGIMEN_CHOICES,
  clampInput,
  matchingPreset,
  parseRegimen,
  positionOfValue,
  rangeDomain,
  runMetrics,
  runScenario,
  simulationInput,
  sliderPositions,
  valueAtPosition,
} from '../../../../renderer/src/figures/pkpd-explorer/scenario';

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

describe('clinical inputs → model parameters', () => {
  it('maps every clinical input through the model’s fromClinical over two cycles', () => {
    const inputs = { marrowBlastsPct: 12, peripheralBlastsGPerL: 3.5, tregPct: 9, tCellsPerUl: 1400, bsaM2: 1.5 };
    const input = simulationInput('flat-15', inputs);
    expect(input.regimen).toBe('flat-15');
    expect(input.days).toBe(EXPLORER_DAYS);
    expect(input.parameters).toEqual(fromClinical(inputs));
    expect(input.parameters).toMatchObject({ x0: inputs.marrowBlastsPct / 100, pbBlasts0: inputs.peripheralBlastsGPerL * 1000, treg: 9, t0: 1400, bsa: 1.5 });
  });

  it('uses the model’s own defaults for the R/R default patient', () => {
    const resolved = resolveParameters(simulationInput(DEFAULT_REGIMEN, DEFAULT_INPUTS).parameters);
    const defaults = defaultParameterValues();
    for (const name of ['x0', 'pbBlasts0', 'treg', 't0', 'bsa'] as const) expect(resolved[name]).toBe(defaults[name]);
  });

  it('offers the MODEL.md §8 scenarios as presets, each on its usual regimen', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['rr', 'mrd', 'high-burden']);
    expect(fromClinical(preset('mrd').inputs)).toMatchObject({ x0: 0.001, pbBlasts0: 0, treg: 4 });
    expect(preset('mrd').regimen).toBe('mrd');
    expect(fromClinical(preset('high-burden').inputs)).toMatchObject({ x0: 0.8 });
    expect(preset('rr').inputs).toEqual(DEFAULT_INPUTS);
  });

  it('recognises when the scenario equals a preset, and stops when an input moves', () => {
    expect(matchingPreset('label-rr', DEFAULT_INPUTS)).toBe('rr');
    expect(matchingPreset('mrd', preset('mrd').inputs)).toBe('mrd');
    expect(matchingPreset('flat-60', DEFAULT_INPUTS)).toBeNull();
    expect(matchingPreset('label-rr', { ...DEFAULT_INPUTS, tregPct: 6 })).toBeNull();
  });

  it('clamps typed values into each input’s range and replaces nonsense with the default', () => {
    expect(clampInput('marrowBlastsPct', 140)).toBe(100);
    expect(clampInput('marrowBlastsPct', 0)).toBe(0);
    expect(clampInput('bsaM2', 0.1)).toBe(INPUT_SPEC_BY_KEY.bsaM2.min);
    expect(clampInput('tCellsPerUl', Number.NaN)).toBe(DEFAULT_INPUTS.tCellsPerUl);
  });

  it('lists the eight regimens of MODEL.md §6 by their names and falls back to label-rr', () => {
    expect(REGIMEN_CHOICES.map((c) => c.id)).toEqual(['label-rr', 'weight-lt-45', 'mrd', 'flat-15', 'nhl-step', 'flat-60', 'flat-5', 'no-step']);
    for (const c of REGIMEN_CHOICES) expect(c.name).toBe(regimens[c.id].name);
    expect(parseRegimen('flat-60')).toBe('flat-60');
    expect(parseRegimen('nonsense')).toBe('label-rr');
  });
});

describe('sliders', () => {
  it('every log-slider position maps to a distinct value that maps back to it (arrow keys never stick)', () => {
    const spec = INPUT_SPEC_BY_KEY.marrowBlastsPct;
    let previous = -Infinity;
    for (let p = 0; p <= sliderPositions(spec); p++) {
      const v = valueAtPosition(spec, p);
      expect(positionOfValue(spec, v)).toBe(p);
      expect(v).toBeGreaterThan(previous);
      previous = v;
    }
    expect(valueAtPosition(spec, 0)).toBe(spec.min);
    expect(valueAtPosition(spec, sliderPositions(spec))).toBe(spec.max);
  });

  it('puts the preset values exactly on the log slider (0.1 % and 50 % are reachable by dragging)', () => {
    const spec = INPUT_SPEC_BY_KEY.marrowBlastsPct;
    for (const pct of [0.1, 50, 1, 5]) expect(valueAtPosition(spec, positionOfValue(spec, pct))).toBe(pct);
  });

  it('linear sliders step without binary noise and stay inside their range', () => {
    for (const spec of INPUT_SPECS.filter((s) => s.scale === 'linear')) {
      const n = sliderPositions(spec);
      expect(valueAtPosition(spec, n)).toBe(spec.max);
      expect(valueAtPosition(spec, -5)).toBe(spec.min);
      const mid = valueAtPosition(spec, Math.floor(n / 3));
      expect(String(mid).length).toBeLessThan(9);
      expect(positionOfValue(spec, mid)).toBe(Math.floor(n / 3));
    }
  });
});

describe('view ranges and runs', () => {
  it('derives the cycle-1 window from the schedule’s second cycle start, not a typed 42', () => {
    const reg = regimens['label-rr'];
    const schedule = buildSchedule('label-rr', 1.88, EXPLORER_DAYS);
    expect(rangeDomain('cycle-1', schedule)).toEqual([0, reg.infusionDaysPerCycle + reg.offDaysPerCycle]);
    expect(rangeDomain('two-cycles', schedule)).toEqual([0, EXPLORER_DAYS]);
    expect(rangeDomain('first-3-days', schedule)).toEqual([0, 3]);
    const shifted = buildSchedule('label-rr', 1.88, EXPLORER_DAYS, [{ startDay: 10, durationDays: 9 }]);
    expect(rangeDomain('cycle-1', shifted)[1]).toBe(shifted.cycleStartsDays[1]);
  });

  it('runs a scenario into a two-cycle trajectory with its landmarks and metrics', () => {
    const run = runScenario('label-rr', DEFAULT_INPUTS);
    expect(run.trajectory.days).toBe(EXPLORER_DAYS);
    expect(run.landmarks.map((l) => l.kind)).toContain('dose-step');
    const m = runMetrics(run);
    expect(m.il6PeakByCycle).toHaveLength(2);
    expect(m.doseLevels[0]!.rateUgPerDay).toBe(regimens['label-rr'].cycle1[0]!.rate);
  });
});
