// Tests of the regimen landmarks: derived from the model's schedule (dose steps, infusion ends, cycle
// starts, interruptions) for each regimen, with labels a student can read.
import { describe, expect, it } from 'vitest';
import { buildSchedule, regimens, segmentRateUgPerDay } from '../../../../renderer/src/model';
import { chartLandmarkLabels, landmarksIn, regimenLandmarks } from '../../../../renderer/src/figures/pkpd-explorer/landmarks';

const DAYS = 84;

describe('regimenLandmarks', () => {
  it('finds the label-rr dose step, both infusion ends and the start of cycle 2 where the regimen puts them', () => {
    const reg = regimens['label-rr'];
    const cycleLength = reg.infusionDaysPerCycle + reg.offDaysPerCycle;
    const marks = regimenLandmarks(buildSchedule('label-rr', 1.88, DAYS));
    expect(marks.map((l) => [l.kind, l.tDays])).toEqual([
      ['start', 0],
      ['dose-step', reg.cycle1[1]!.startDay],
      ['end-of-infusion', reg.infusionDaysPerCycle],
      ['cycle-start', cycleLength],
      ['end-of-infusion', cycleLength + reg.infusionDaysPerCycle],
    ]);
    const step = marks.find((l) => l.kind === 'dose-step')!;
    expect(step.label).toBe(`Dose step ${reg.cycle1[0]!.rate} → ${reg.cycle1[1]!.rate} µg/day`);
    expect(step.shortLabel).toBe(`${reg.cycle1[0]!.rate}→${reg.cycle1[1]!.rate}`);
    expect(marks.find((l) => l.kind === 'cycle-start')!.shortLabel).toBe('C2');
    expect(marks.find((l) => l.kind === 'cycle-start')!.label).toContain('Cycle 2 starts');
    expect(marks.filter((l) => l.kind === 'end-of-infusion').map((l) => l.cycle)).toEqual([1, 2]);
  });

  it('gives the MRD regimen no dose step, and nhl-step two steps in every cycle', () => {
    expect(regimenLandmarks(buildSchedule('mrd', 1.88, DAYS)).some((l) => l.kind === 'dose-step')).toBe(false);
    const nhl = regimenLandmarks(buildSchedule('nhl-step', 1.88, DAYS)).filter((l) => l.kind === 'dose-step');
    expect(nhl.map((l) => l.cycle)).toEqual([1, 1, 2, 2]);
  });

  it('writes doses in µg/day converted with the BSA (µg/m²/day regimens)', () => {
    const bsa = 1.2;
    const reg = regimens['weight-lt-45'];
    const marks = regimenLandmarks(buildSchedule('weight-lt-45', bsa, DAYS));
    const lo = segmentRateUgPerDay(reg.cycle1[0]!, bsa);
    const hi = segmentRateUgPerDay(reg.cycle1[1]!, bsa);
    expect(marks[0]!.label).toBe(`Start of infusion (${Number(lo.toFixed(1))} µg/day)`);
    expect(marks.find((l) => l.kind === 'dose-step')!.label).toBe(`Dose step ${Number(lo.toFixed(1))} → ${Number(hi.toFixed(1))} µg/day`);
  });

  it('marks an interruption and the restart of the same cycle', () => {
    const marks = regimenLandmarks(buildSchedule('mrd', 1.88, DAYS, [{ startDay: 10, durationDays: 3 }]));
    expect(marks.find((l) => l.kind === 'interruption')?.tDays).toBe(10);
    expect(marks.find((l) => l.kind === 'resumed')?.tDays).toBe(13);
    // ≤ 7 days: the same cycle continues, so its infusion ends 3 days later than planned
    expect(marks.find((l) => l.kind === 'end-of-infusion')?.tDays).toBe(regimens.mrd.infusionDaysPerCycle + 3);
  });

  it('thins the chart labels so they never overlap; the rules stay', () => {
    const marks = regimenLandmarks(buildSchedule('nhl-step', 1.88, DAYS));
    const narrow = chartLandmarkLabels(marks, [0, DAYS], 370);
    expect(narrow.map((l) => l.tDays)).toEqual(marks.filter((l) => l.kind !== 'start').map((l) => l.tDays));
    const shown = narrow.filter((l) => l.label !== '');
    expect(shown.length).toBeLessThan(narrow.length);
    const x = (t: number) => (t / DAYS) * 370;
    for (let i = 1; i < shown.length; i++) {
      const gap = x(shown[i]!.tDays) - x(shown[i - 1]!.tDays);
      expect(gap).toBeGreaterThan(((shown[i]!.label.length + shown[i - 1]!.label.length) * 6.5) / 2);
    }
    // with room, every label is shown
    expect(chartLandmarkLabels(marks, [0, 42], 2000).every((l) => l.label !== '')).toBe(true);
  });

  it('keeps only the landmarks inside a view window', () => {
    const marks = regimenLandmarks(buildSchedule('label-rr', 1.88, DAYS));
    expect(landmarksIn(marks, [0, 3]).map((l) => l.kind)).toEqual(['start']);
    expect(landmarksIn(marks, [0, 42]).map((l) => l.tDays)).toEqual(marks.filter((l) => l.tDays <= 42).map((l) => l.tDays));
  });
});
