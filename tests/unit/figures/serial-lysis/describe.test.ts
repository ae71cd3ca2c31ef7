// Tests of the serial-lysis figure's words and numbers: the state summary, the generated description and the
// data table, read from a real micro-world as a reader would meet them at different times and settings.
import { describe, expect, it } from 'vitest';
import { describeSerialLysis, formatPct, killedPct, lysisTable, summarizeWorld, TABLE_MAX_KILL_ROWS, type DescribeInput } from '../../../../renderer/src/figures/serial-lysis/describe';
import { LysisRunner } from '../../../../renderer/src/figures/serial-lysis/runner';
import { DEFAULT_SETTINGS, worldOptions, type LysisFigureSettings } from '../../../../renderer/src/figures/serial-lysis/scenario';
import { valueAt } from '../../../../renderer/src/figures/common/chart-geometry';
import { historySeries, hourTicks } from '../../../../renderer/src/figures/serial-lysis/survival-chart';

function stateAt(patch: Partial<LysisFigureSettings>, minutes: number) {
  const settings = { ...DEFAULT_SETTINGS, cells: 200, ...patch };
  const runner = new LysisRunner(worldOptions(settings));
  runner.seekMinutes(minutes);
  return { settings, runner, summary: summarizeWorld(runner.world, runner.trackedIndex) };
}

function input(s: ReturnType<typeof stateAt>, extra: Partial<DescribeInput> = {}): DescribeInput {
  return {
    settings: s.settings,
    summary: s.summary,
    concentrationPgPerMl: 100,
    ek: 0.83,
    fT: 0.89,
    predictedKilledPct: 45,
    highlight: true,
    tCellFoldDay21: 2.4,
    expansionRegimen: 'mrd',
    ...extra,
  };
}

describe('summarizeWorld', () => {
  it('counts every cell once, by kind and state, and the kills per T cell', () => {
    const { runner, summary: s } = stateAt({ escapePct: 20 }, 9 * 60);
    const w = runner.world;
    const sum = (c: typeof s.targets) => c.free + c.engaged + c.dying + c.dead;
    expect(sum(s.targets)).toBe(w.nTargets);
    expect(sum(s.escape)).toBe(w.nEscape);
    expect(sum(s.bystanders)).toBe(w.nBystanders);
    expect(s.tCells.searching + s.tCells.inSynapse + s.tCells.rearming).toBe(w.nT);
    expect(s.tCells.inSynapse).toBe(s.targets.engaged);
    expect(s.kills.histogram.reduce((a, b) => a + b, 0)).toBe(w.nT);
    expect(s.kills.total).toBe(s.targets.dying + s.targets.dead);
    expect(s.kills.mean).toBeCloseTo(s.kills.total / w.nT, 12);
    expect(s.escape.dead + s.escape.dying + s.bystanders.dead + s.bystanders.dying).toBe(0);
    expect(killedPct(s)).toBeCloseTo((100 * s.kills.total) / w.nTargets, 9);
  });
});

describe('describeSerialLysis', () => {
  it('at the start says what is in the well and that nobody has killed yet', () => {
    const text = describeSerialLysis(input(stateAt({}, 0), { predictedKilledPct: 0 }));
    expect(text).toMatch(/^At the start at 100 pg\/mL \(killing engagement Ek 83 %\), E:T 1:5, Treg 5 %/);
    expect(text).toContain('0 % of the');
    expect(text).toContain('No T cell has killed yet');
  });

  it('after 9 h reports % killed against the model, the range and mean of kills, and the highlighted cell', () => {
    const s = stateAt({}, 9 * 60);
    const text = describeSerialLysis(input(s));
    expect(text).toContain('After 9 h 00 min');
    expect(text).toContain(`${Math.round(killedPct(s.summary))} % of the ${s.summary.targets.total} CD19⁺ blasts killed`);
    expect(text).toContain('predicts 45 % for this well');
    expect(text).toContain(`made ${s.summary.kills.min}–${s.summary.kills.max} kills each (mean ${s.summary.kills.mean.toFixed(1)})`);
    expect(text).toContain(`The highlighted T cell has made ${s.summary.tracked!.kills}`);
    expect(text).toContain('2.4 × baseline by day 21');
  });

  it('tells that the CD19⁻ escape clone is untouched, and when it is all that is left', () => {
    const early = stateAt({ escapePct: 10 }, 60);
    expect(describeSerialLysis(input(early))).toMatch(/The \d+ escape-clone cells \(CD19⁻\) and the \d+ CD19⁻ bystanders are untouched\./);
    const late = stateAt({ escapePct: 10 }, 40 * 60);
    expect(late.summary.targets.free + late.summary.targets.engaged).toBe(0);
    expect(describeSerialLysis(input(late))).toContain('the surviving leukaemic cells are all the CD19⁻ clone');
  });

  it('tells the time the clock shows, when given', () => {
    const s = stateAt({}, 100.2);
    expect(describeSerialLysis(input(s))).toMatch(/^After 1 h 41 min/); // the world is at its next 0.5-min step
    expect(describeSerialLysis(input(s, { minutes: 100.2 }))).toMatch(/^After 1 h 40 min/);
  });

  it('names the regimen day in patient mode', () => {
    const s = stateAt({ drugMode: 'regimen', treatmentDay: 8 }, 120);
    expect(describeSerialLysis(input(s, { concentrationPgPerMl: 430.4, ek: 0.956 }))).toContain('in a patient from day 8 of label-rr (drug now 430 pg/mL, killing engagement Ek 96 %)');
  });

  it('formats percentages without false precision', () => {
    expect(formatPct(41.4)).toBe('41 %');
    expect(formatPct(0.04)).toBe('< 0.1 %');
    expect(formatPct(0.5)).toBe('0.5 %');
    expect(formatPct(99.6)).toBe('99.6 %');
    expect(formatPct(100)).toBe('100 %');
  });
});

describe('lysisTable', () => {
  it('has a row per kind and one per kill count, with numbers that add up', () => {
    const { runner, summary } = stateAt({ escapePct: 10 }, 9 * 60);
    const t = lysisTable(summary);
    expect(t.columns).toEqual(['Cells', 'Number', 'Alive, free', 'In a synapse', 'Dying', 'Dead (debris)']);
    const byName = new Map(t.rows.map((r) => [String(r[0]), r]));
    expect(byName.get('T cells')?.[1]).toBe(runner.world.nT);
    const blasts = byName.get('CD19⁺ blasts (targets)')!;
    expect((blasts[2] as number) + (blasts[3] as number) + (blasts[4] as number) + (blasts[5] as number)).toBe(blasts[1]);
    expect(byName.get('CD19⁻ escape clone')?.[5]).toBe(0);
    const killRows = t.rows.filter((r) => String(r[0]).startsWith('T cells with'));
    expect(killRows.reduce((a, r) => a + (r[1] as number), 0)).toBe(runner.world.nT);
    expect(killRows.every((r) => (r[1] as number) > 0)).toBe(true); // no rows for kill counts nobody has
    expect(t.caption).toContain('9 h 00 min');
    expect(lysisTable(summary, 539.6).caption).toContain('after 9 h 00 min');
  });

  it('pools long kill tails into one row and leaves out an absent escape clone', () => {
    const { summary } = stateAt({ etId: '1-10' }, 30 * 60);
    expect(summary.kills.max).toBeGreaterThan(TABLE_MAX_KILL_ROWS - 1);
    const t = lysisTable(summary);
    expect(t.rows.some((r) => r[0] === `T cells with ${TABLE_MAX_KILL_ROWS} or more kills`)).toBe(true);
    expect(t.rows.some((r) => r[0] === 'CD19⁻ escape clone')).toBe(false);
    expect(t.rows.filter((r) => String(r[0]).startsWith('T cells with')).reduce((a, r) => a + (r[1] as number), 0)).toBe(summary.tCells.total);
  });
});

describe('survival chart data', () => {
  it('spans 0–48 h with 12-hour ticks (in days, the chart’s unit)', () => {
    expect(hourTicks().map((t) => t * 24)).toEqual([0, 12, 24, 36, 48]);
  });

  it('turns the world’s history up to the current step into % of the initial targets, reusing its buffers', () => {
    const history = Uint16Array.from([200, 200, 150, 100, 50]);
    const h = historySeries(history, 4, 200, 2);
    expect(h.count).toBe(3); // steps 0, 2 and 4
    expect(Array.from(h.values.subarray(0, 3))).toEqual([100, 75, 25]);
    expect(h.t[2]).toBeCloseTo((4 * 0.5) / 1440, 12);
    expect(historySeries(history, 4, 0).count).toBe(0);
    const again = historySeries(history, 2, 200, 2, h);
    expect(again).toBe(h);
    expect(again.count).toBe(2);
    expect(valueAt([0, 60, 120], [100, 50, 0], 90)).toBe(25);
    expect(valueAt([0, 60], [100, 50], 500)).toBe(50);
  });
});
