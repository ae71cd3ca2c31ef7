// Tests of the serial-lysis figure's scenario layer: the reader's settings become a world with exactly the
// cells asked for, and the population model's prediction for the same well behaves like the model's killing term.
import { describe, expect, it } from 'vitest';
import { createLysisWorld, killingEngagement, metrics, parameters, resolveParameters, simulate, tregBrake } from '../../../../renderer/src/model';
import {
  CELL_COUNT_OPTIONS,
  CONCENTRATION_STEPS_PG_PER_ML,
  DEFAULT_SETTINGS,
  ET_OPTIONS,
  MRD_SCENARIO,
  cellComposition,
  concentrationFunction,
  etOption,
  expansionInput,
  fixedConcentration,
  formatPgPerMl,
  formatWellTime,
  predictWell,
  regimenDose,
  searchLimitTargets,
  worldOptions,
  type LysisFigureSettings,
} from '../../../../renderer/src/figures/serial-lysis/scenario';
import { LysisRunner } from '../../../../renderer/src/figures/serial-lysis/runner';

const settings = (patch: Partial<LysisFigureSettings> = {}): LysisFigureSettings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('choosing cells: the world holds exactly the cells the reader picked', () => {
  it.each(CELL_COUNT_OPTIONS.flatMap((cells) => ET_OPTIONS.map((et) => [cells, et.id] as const)))('%i cells at E:T %s', (cells, etId) => {
    const world = createLysisWorld(worldOptions(settings({ cells, etId, escapePct: 10 })));
    expect(world.count).toBe(cells);
    const leukaemic = world.nTargets + world.nEscape;
    const wanted = etOption(etId).targetsPerTCell;
    expect(Math.abs(leukaemic / world.nT - wanted) / wanted).toBeLessThan(0.05);
    expect(world.nEscape).toBe(Math.round(leukaemic * 0.1));
    // bystanders are a fifth of the non-T cells
    expect(world.nBystanders / (leukaemic + world.nBystanders)).toBeCloseTo(0.2, 1);
  });

  it('puts an escape clone of the chosen share among the leukaemic cells, never among the T cells', () => {
    const c = cellComposition(500, 5, 0.3);
    expect(c.nEscape + c.nTargets).toBe(c.leukaemic);
    expect(c.nEscape).toBe(Math.round(0.3 * c.leukaemic));
    expect(c.total).toBe(500);
  });

  it('rejects an unknown E:T ratio by name', () => {
    expect(() => etOption('3:7')).toThrow(/3:7/);
  });
});

describe('drug level: a fixed in-vitro level or time in label-rr', () => {
  it('offers a log ladder from 0 to 1 000 pg/mL that includes the EC50 and 100 pg/mL', () => {
    expect(CONCENTRATION_STEPS_PG_PER_ML[0]).toBe(0);
    expect(CONCENTRATION_STEPS_PG_PER_ML.at(-1)).toBe(1000);
    expect(CONCENTRATION_STEPS_PG_PER_ML).toContain(parameters.ec50Kill.value);
    expect(fixedConcentration(DEFAULT_SETTINGS)).toBe(100);
    expect(fixedConcentration({ concentrationIndex: 99 })).toBe(1000);
  });

  it('follows the model PK in a patient: day 1 starts from zero, day 8 rises from the 9 µg/day level towards the 28 µg/day level', () => {
    const day1 = concentrationFunction(settings({ drugMode: 'regimen', treatmentDay: 1 }));
    expect(day1(0)).toBe(0);
    expect(day1(24 * 60)).toBeGreaterThan(0.9 * regimenDose(1).cssPgPerMl);
    const day8 = concentrationFunction(settings({ drugMode: 'regimen', treatmentDay: 8 }));
    expect(day8(0)).toBeCloseTo(regimenDose(7).cssPgPerMl, -1);
    expect(day8(24 * 60)).toBeGreaterThan(0.9 * regimenDose(8).cssPgPerMl);
    expect(regimenDose(1).rateUgPerDay).toBe(9);
    expect(regimenDose(8).rateUgPerDay).toBe(28);
    expect(regimenDose(8).cssPgPerMl / regimenDose(1).cssPgPerMl).toBeCloseTo(28 / 9, 5);
  });

  it('gives the world a regimen in patient mode and a constant level in vitro', () => {
    const inPatient = worldOptions(settings({ drugMode: 'regimen', treatmentDay: 8 }));
    expect(inPatient.regimen).toBe('label-rr');
    expect(inPatient.startDay).toBe(7);
    expect(inPatient.concentrationPgPerMl).toBeUndefined();
    expect(worldOptions(settings()).concentrationPgPerMl).toBe(100);
  });
});

describe('the population model’s prediction for the well', () => {
  const base = { nT: 100, nTargets: 500, areaUm2: 600 * 180, tregPct: 5, concentration: () => 100 };

  it('kills kSerial·Ek·fT targets per T cell per day while targets are plentiful', () => {
    const pred = predictWell(base);
    const p = resolveParameters({ treg: 5 });
    const perDay = p.kSerial * killingEngagement(100, p) * tregBrake(p);
    const i = pred.minutes.indexOf(120);
    const killedIn2h = (500 * (100 - pred.survivingPct[i]!)) / 100;
    expect(killedIn2h / (100 * perDay * (120 / 1440))).toBeGreaterThan(0.97);
    expect(killedIn2h / (100 * perDay * (120 / 1440))).toBeLessThanOrEqual(1);
  });

  it('slows with more Tregs, stops without drug and never goes below zero', () => {
    const at = (pred: ReturnType<typeof predictWell>, min: number): number => pred.survivingPct[pred.minutes.indexOf(min)]!;
    expect(at(predictWell({ ...base, tregPct: 12 }), 600)).toBeGreaterThan(at(predictWell(base), 600));
    expect(at(predictWell({ ...base, concentration: () => 0 }), 2880)).toBe(100);
    const all = predictWell({ ...base, nT: 500 });
    expect(Math.min(...all.survivingPct)).toBeGreaterThanOrEqual(0);
    expect(all.survivingPct.at(-1)).toBeLessThan(0.01);
  });

  it('derives the search limit from the crawling speed and contact distance, independent of Ek', () => {
    const p = resolveParameters();
    const k = searchLimitTargets(108_000, p, 1, { contactDistanceUm: 10, tSpeedUmPerMin: 10 });
    expect(k).toBeCloseTo((108_000 * 10) / (1440 * 200), 9);
    expect(searchLimitTargets(2 * 108_000, p, 1)).toBeCloseTo(2 * k, 9);
  });

  it('agrees with the animation it is drawn against: E:T 1:5, 100 pg/mL, within 10 points of survival at 4, 9 and 12 h', () => {
    const s = settings();
    const runner = new LysisRunner(worldOptions(s));
    const w = runner.world;
    const pred = predictWell({ nT: w.nT, nTargets: w.nTargets, areaUm2: w.widthUm * w.heightUm, tregPct: s.tregPct, concentration: concentrationFunction(s) });
    for (const hours of [4, 9, 12]) {
      runner.seekMinutes(hours * 60);
      const agentPct = (100 * runner.targetsAlive[runner.stepsDone]!) / w.nTargets;
      const modelPct = pred.survivingPct[pred.minutes.indexOf(hours * 60)]!;
      expect(Math.abs(agentPct - modelPct)).toBeLessThan(10);
    }
  });
});

describe('T-cell expansion over days', () => {
  it('uses the MRD scenario of MODEL.md §8 with the reader’s Treg, on mrd in vitro and label-rr in patient mode', () => {
    const inVitro = expansionInput(7, 'fixed');
    expect(inVitro.regimen).toBe('mrd');
    expect(inVitro.parameters).toEqual({ ...MRD_SCENARIO, treg: 7 });
    expect(expansionInput(7, 'regimen').regimen).toBe('label-rr');
  });

  it('expands less at Treg 12 % than at 4 % (the brake works on expansion too)', () => {
    const fold = (treg: number): number => metrics(simulate(expansionInput(treg, 'fixed'))).tCellFoldDay21!;
    expect(fold(4)).toBeGreaterThan(2);
    expect(fold(12)).toBeLessThan(fold(4));
  });
});

describe('formatting for people', () => {
  it('writes the well’s clock in hours and minutes and drug levels with a unit', () => {
    expect(formatWellTime(0)).toBe('0 h 00 min');
    expect(formatWellTime(545)).toBe('9 h 05 min');
    expect(formatWellTime(2880)).toBe('48 h 00 min');
    expect(formatPgPerMl(100)).toBe('100 pg/mL');
    expect(formatPgPerMl(1000)).toBe('1 000 pg/mL');
    expect(formatPgPerMl(2)).toBe('2 pg/mL');
    expect(formatPgPerMl(215.3)).toBe('215 pg/mL');
  });
});
