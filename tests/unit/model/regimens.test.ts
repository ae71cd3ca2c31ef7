// Regimens of MODEL.md §6: label caps with BSA, cycles of 28 days on and 14 off, the step only in
// cycle 1 for label-rr and weight-lt-45, and the label's ≤ 7-day / > 7-day interruption rule.

import { describe, expect, it } from 'vitest';
import {
  buildSchedule, customRegimen, INTERRUPTION_NEW_CYCLE_AFTER_DAYS, ModelInputError, rateAt, REGIMEN_IDS, regimens,
  simulate, type RateSchedule,
} from '../../../renderer/src/model/index';

function pieces(s: RateSchedule): Array<[number, number]> {
  return Array.from(s.startsDays, (t, i) => [t, s.ratesUgPerDay[i]!]);
}

describe('named regimens', () => {
  it('has exactly the ids of MODEL.md §6', () => {
    expect([...REGIMEN_IDS]).toEqual(['label-rr', 'weight-lt-45', 'mrd', 'flat-15', 'nhl-step', 'flat-60', 'flat-5', 'no-step']);
    expect(Object.keys(regimens).sort()).toEqual([...REGIMEN_IDS].sort());
  });

  it('label-rr: 9 µg/day days 1–7, 28 µg/day days 8–28, 14 days off, cycle 2 at 28 µg/day from its day 1', () => {
    const s = buildSchedule('label-rr', 1.88, 126);
    expect(pieces(s)).toEqual([[0, 9], [7, 28], [28, 0], [42, 28], [70, 0], [84, 28], [112, 0]]);
    expect(s.cycleStartsDays).toEqual([0, 42, 84]);
    expect(s.cycleInfusionEndsDays).toEqual([28, 70, 112]);
  });

  it('no-step is label-rr without its 9 µg/day week; flat-5 is 5 µg/m²/day from day 1 (no cap)', () => {
    expect(pieces(buildSchedule('no-step', 1.88, 84))).toEqual([[0, 28], [28, 0], [42, 28], [70, 0]]);
    expect(pieces(buildSchedule('flat-5', 2.4, 42))).toEqual([[0, 12], [28, 0]]);
    expect(regimens['flat-5'].cycle1[0]!.capUgPerDay).toBeUndefined();
  });

  it('label-rr uses flat µg/day: the BSA does not change it', () => {
    expect(pieces(buildSchedule('label-rr', 0.9, 42))).toEqual(pieces(buildSchedule('label-rr', 2.4, 42)));
  });

  it('weight-lt-45 converts µg/m²/day with the BSA and caps at 9 and 28 µg/day', () => {
    const small = buildSchedule('weight-lt-45', 0.8, 84);
    expect(pieces(small)).toEqual([[0, 5 * 0.8], [7, 15 * 0.8], [28, 0], [42, 15 * 0.8], [70, 0]]);
    const large = buildSchedule('weight-lt-45', 2.2, 84);
    expect(pieces(large)).toEqual([[0, 9], [7, 28], [28, 0], [42, 28], [70, 0]]);
  });

  it('step dosing only in cycle 1 for label-rr and weight-lt-45; nhl-step repeats unchanged', () => {
    expect(rateAt(buildSchedule('label-rr', 1.88, 84), 43)).toBe(28);
    expect(rateAt(buildSchedule('weight-lt-45', 1.0, 84), 43)).toBe(15);
    const nhl = buildSchedule('nhl-step', 1.5, 84);
    expect([rateAt(nhl, 43), rateAt(nhl, 50), rateAt(nhl, 57)]).toEqual([5 * 1.5, 15 * 1.5, 60 * 1.5]);
  });

  it('mrd, flat-15, flat-60, flat-5 and no-step repeat 28 infusion days every 42 days', () => {
    for (const [id, rate] of [['mrd', 28], ['flat-15', 15 * 1.7], ['flat-60', 60 * 1.7], ['flat-5', 5 * 1.7], ['no-step', 28]] as const) {
      expect(pieces(buildSchedule(id, 1.7, 84))).toEqual([[0, rate], [28, 0], [42, rate], [70, 0]]);
    }
  });
});

describe('interruptions (label rule)', () => {
  it(`an interruption of ≤ ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days continues the same cycle to 28 infusion days in total`, () => {
    const s = buildSchedule('label-rr', 1.88, 84, [{ startDay: 10, durationDays: 7 }]);
    // 3 days at 28 before, 18 after: 7 + 3 + 18 = 28 infusion days; then 14 days off
    expect(pieces(s)).toEqual([[0, 9], [7, 28], [10, 0], [17, 28], [35, 0], [49, 28], [77, 0]]);
    expect(s.cycleStartsDays).toEqual([0, 49]);
  });

  it('an interruption of > 7 days starts a new cycle when the infusion resumes (at the later-cycle dose)', () => {
    const s = buildSchedule('label-rr', 1.88, 84, [{ startDay: 3, durationDays: 8 }]);
    expect(pieces(s)).toEqual([[0, 9], [3, 0], [11, 28], [39, 0], [53, 28], [81, 0]]);
    expect(s.cycleStartsDays).toEqual([0, 11, 53]);
  });

  it('an interruption during a step keeps the remaining step days (cycle days pause)', () => {
    const s = buildSchedule('weight-lt-45', 1.0, 40, [{ startDay: 2, durationDays: 1.5 }]);
    expect(pieces(s)).toEqual([[0, 5], [2, 0], [3.5, 5], [8.5, 15], [29.5, 0]]);
  });

  it('an interruption that starts in a treatment-free period changes nothing', () => {
    expect(pieces(buildSchedule('mrd', 1.88, 84, [{ startDay: 30, durationDays: 3 }]))).toEqual(pieces(buildSchedule('mrd', 1.88, 84)));
  });

  it('simulate() stops the infusion during the interruption and resumes it afterwards', () => {
    const tr = simulate({ regimen: 'mrd', days: 20, interruptions: [{ startDay: 5, durationDays: 2 }] });
    expect(tr.at(6.9).C).toBeLessThan(1e-3);
    expect(tr.at(6.9).rateUgPerDay).toBe(0);
    expect(tr.at(8).C).toBeGreaterThan(600);
  });
});

describe('custom regimens', () => {
  it('mix µg/day and µg/m²/day segments, with gaps and optional caps', () => {
    const reg = customRegimen({
      segments: [
        { startDay: 0, endDay: 4, rate: 10, unit: 'ug/m2/day', capUgPerDay: 15 },
        { startDay: 6, endDay: 28, rate: 20, unit: 'ug/day' },
      ],
    });
    expect(pieces(buildSchedule(reg, 2, 50))).toEqual([[0, 15], [4, 0], [6, 20], [28, 0], [42, 15], [46, 0], [48, 20]]);
  });

  it('overlapping or unordered segments are rejected, naming the segment', () => {
    const overlap = () => customRegimen({ segments: [{ startDay: 0, endDay: 8, rate: 9, unit: 'ug/day' }, { startDay: 7, endDay: 28, rate: 28, unit: 'ug/day' }] });
    expect(overlap).toThrow(ModelInputError);
    expect(overlap).toThrow(/regimen\.segments\[1\]\.startDay.*overlaps/);
    const unordered = () => customRegimen({ segments: [{ startDay: 7, endDay: 28, rate: 28, unit: 'ug/day' }, { startDay: 0, endDay: 7, rate: 9, unit: 'ug/day' }] });
    expect(unordered).toThrow(/regimen\.segments\[1\]\.startDay.*unordered/);
    expect(() => customRegimen({ segments: [{ startDay: 3, endDay: 3, rate: 9, unit: 'ug/day' }] })).toThrow(/segments\[0\]\.endDay/);
    expect(() => customRegimen({ segments: [{ startDay: 0, endDay: 30, rate: 9, unit: 'ug/day' }] })).toThrow(/segments\[0\]\.endDay/);
    expect(() => customRegimen({ segments: [{ startDay: 0, endDay: 3, rate: -1, unit: 'ug/day' }] })).toThrow(/segments\[0\]\.rate/);
    expect(() => customRegimen({ segments: [] })).toThrow(/regimen\.segments/);
  });

  it('overlapping or unordered interruptions are rejected, naming the interruption', () => {
    expect(() => buildSchedule('mrd', 1.88, 40, [{ startDay: 5, durationDays: 3 }, { startDay: 6, durationDays: 1 }])).toThrow(/interruptions\[1\]\.startDay/);
    expect(() => buildSchedule('mrd', 1.88, 40, [{ startDay: 9, durationDays: 1 }, { startDay: 2, durationDays: 1 }])).toThrow(/interruptions\[1\]\.startDay/);
    expect(() => buildSchedule('mrd', 1.88, 40, [{ startDay: 5, durationDays: 0 }])).toThrow(/interruptions\[0\]\.durationDays/);
  });

  it('unknown regimen ids are rejected', () => {
    expect(() => buildSchedule('label-xx' as never, 1.88, 10)).toThrow(/regimen: unknown regimen 'label-xx'/);
  });
});
