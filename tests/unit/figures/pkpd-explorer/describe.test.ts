// Tests of the explorer's text alternatives: the description at the cursor follows the model state, the
// data table holds the five quantities at every landmark, and the readouts present metrics() faithfully.
import { describe, expect, it } from 'vitest';
import { formatDayTime } from '../../../../renderer/src/ui/clock';
import { describeExplorer, explorerReadouts, landmarkTable, TABLE_COLUMNS } from '../../../../renderer/src/figures/pkpd-explorer/describe';
import { formatDrugLevel, formatSignificant } from '../../../../renderer/src/figures/pkpd-explorer/format';
import { DEFAULT_INPUTS, PRESETS, runMetrics, runScenario } from '../../../../renderer/src/figures/pkpd-explorer/scenario';
import { EC90_LEUKAEMIA_PG_PER_ML, MODEL_DISCLAIMER } from '../../../../renderer/src/model';

const rr = runScenario('label-rr', DEFAULT_INPUTS);
const rrMetrics = runMetrics(rr);

function describeAt(tDays: number, run = rr, m = rrMetrics): string {
  return describeExplorer({ regimenId: run.regimenId, point: run.trajectory.at(tDays), metrics: m, inputs: run.inputs, t0: run.trajectory.parameters.t0 });
}

describe('describeExplorer', () => {
  it('reads the model state at the cursor: time, regimen, rate, drug against the EC90 and the blood markers', () => {
    const t = 8.25;
    const p = rr.trajectory.at(t);
    const text = describeAt(t);
    expect(text.startsWith('Day 8, 06:00 on label-rr (infusing 28 µg/day): ')).toBe(true);
    expect(p.C).toBeGreaterThan(EC90_LEUKAEMIA_PG_PER_ML);
    expect(text).toContain(`drug ${formatSignificant(p.C, 3)} pg/mL (above the ${EC90_LEUKAEMIA_PG_PER_ML} pg/mL EC90)`);
    expect(text).toContain(`blood T cells ${formatSignificant(p.Tp / 1000, 2)}× baseline`);
    expect(text).toContain(`CD19⁺ cells ${formatSignificant(p.Bp, 2)} /µL`);
    expect(text).toContain(`IL-6 ${formatSignificant(p.I, 2)} pg/mL`);
    expect(text).toContain(MODEL_DISCLAIMER);
  });

  it('places the first week below the EC90 and says when no drug is running', () => {
    expect(describeAt(3)).toContain('below the 470 pg/mL EC90');
    expect(describeAt(35)).toContain('(no infusion)');
  });

  it('says the IL-6 burst is still coming before its peak and reports the peak after it', () => {
    const peak = rrMetrics.il6PeakByCycle[0]!;
    const peakText = `${formatSignificant(peak.peakPgPerMl, 3)} pg/mL`;
    expect(describeAt(peak.peakDay / 2)).toContain(`IL-6 still rising to its cycle-1 peak of ${peakText}`);
    expect(describeAt(2)).toContain(`cycle-1 IL-6 peak ${peakText} at 3.1 h`);
    const second = rrMetrics.il6PeakByCycle[1]!;
    expect(describeAt(50)).toContain(`cycle-2 IL-6 peak ${formatSignificant(second.peakPgPerMl, 3)} pg/mL`);
    expect(describeAt(50)).toContain(`(cycle 1: ${peakText})`);
  });

  it('describes the patient and the end-of-cycle-1 response', () => {
    const mrd = runScenario('mrd', PRESETS.find((p) => p.id === 'mrd')!.inputs);
    const text = describeAt(1, mrd, runMetrics(mrd));
    expect(text).toContain('Patient: marrow blasts 0.1 %, blood blasts 0 × 10⁹/L, Treg 4 % of CD4⁺');
    expect(text).toContain('MRD-negative-like');
  });
});

describe('landmarkTable', () => {
  it('gives the five charted quantities at the start, every landmark and the end of the run', () => {
    const table = landmarkTable((t) => rr.trajectory.at(t), rr.landmarks, rr.trajectory.days, 'label-rr');
    expect(table.columns).toEqual([...TABLE_COLUMNS]);
    expect(table.rows).toHaveLength(rr.landmarks.length + 1);
    expect(table.rows.map((r) => r[0])).toEqual([...rr.landmarks.map((l) => l.label), 'End of the run']);
    const step = rr.landmarks.find((l) => l.kind === 'dose-step')!;
    const row = table.rows[rr.landmarks.indexOf(step)]!;
    const p = rr.trajectory.at(step.tDays);
    expect(row[1]).toBe(formatDayTime(step.tDays));
    expect(row.slice(2)).toEqual([formatDrugLevel(p.C), String(Math.round(p.Tp)), String(Math.round(p.Tm)), formatSignificant(p.Bp, 2), formatSignificant(p.X * 100, 2), formatSignificant(p.I, 2)]);
    expect(table.caption).toContain('not for dosing decisions');
    // once the drug has washed out (the start of cycle 2, before the new infusion acts) it reads "< 0.01"
    const c2 = table.rows[rr.landmarks.findIndex((l) => l.kind === 'cycle-start')]!;
    expect(c2[2]).toBe('< 0.01');
  });
});

describe('explorerReadouts', () => {
  it('lists Css of each dose level once, against the EC90, with its t90', () => {
    const items = explorerReadouts(rrMetrics, rr.trajectory.parameters);
    const css = items.filter((i) => i.id.startsWith('css-'));
    const levels = [...new Set(rrMetrics.doseLevels.map((l) => l.rateUgPerDay))];
    expect(css.map((i) => i.term)).toEqual(levels.map((r) => `Css at ${r} µg/day`));
    expect(css[0]!.value).toContain('below the EC90');
    expect(css[1]!.value).toContain('above the EC90');
    expect(css[0]!.value).toContain(`${formatSignificant(rrMetrics.doseLevels[0]!.cssPgPerMl, 3)} pg/mL`);
  });

  it('covers the nadir, the step dip, B-cell depletion, IL-6 per cycle, marrow, response and both indices', () => {
    const items = explorerReadouts(rrMetrics, rr.trajectory.parameters);
    const ids = items.map((i) => i.id);
    for (const id of ['t-nadir', 'b-depletion', 'il6-1', 'il6-2', 'marrow-28', 'response', 'crs', 'cns', 'pre-phase']) expect(ids).toContain(id);
    expect(ids.some((id) => id.startsWith('t-dip-'))).toBe(true);
    expect(items.find((i) => i.id === 'response')!.value).toBe(rrMetrics.responseEndOfCycle1);
    expect(items.find((i) => i.id === 'crs')!.value).toBe(rrMetrics.crsIndex!.label);
    expect(items.find((i) => i.id === 'crs')!.term).toContain('illustrative');
    expect(items.find((i) => i.id === 'cns')!.term).toContain('illustrative');
  });

  it('flags the EU label\'s pre-phase rule from 50 % marrow blasts (the default relapsed patient sits on it), not below', () => {
    const high = runScenario('label-rr', PRESETS.find((p) => p.id === 'high-burden')!.inputs);
    const below = runScenario('label-rr', { ...DEFAULT_INPUTS, marrowBlastsPct: 40 });
    const pre = (run: typeof rr) => explorerReadouts(runMetrics(run), run.trajectory.parameters).find((i) => i.id === 'pre-phase')!.value;
    expect(pre(high)).toContain('met: dexamethasone pre-phase');
    expect(pre(rr)).toContain('met: dexamethasone pre-phase');
    expect(pre(below)).toBe('not met');
  });
});
