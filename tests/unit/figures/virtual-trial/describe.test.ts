// The text alternatives of the virtual trial: the description says the share responding against the trials,
// the median Tregs of responders and non-responders, the MRD arm against BLAST and the focused patient — all
// computed from the cohort; the data table lists every patient.
import { describe, expect, it } from 'vitest';
import { runCohort } from '../../../../renderer/src/model';
import { TABLE_COLUMNS, describeVirtualTrial, patientInWords, virtualTrialTable } from '../../../../renderer/src/figures/virtual-trial/describe';
import { VT_DEFAULTS } from '../../../../renderer/src/figures/virtual-trial/state';

const rr = runCohort({ arm: 'rr', seed: 1 });
const mrd = runCohort({ arm: 'mrd', seed: 1 });

describe('describeVirtualTrial', () => {
  it('says how many respond at day 28 and what Topp 2015 saw in cycle 1', () => {
    const text = describeVirtualTrial({ state: VT_DEFAULTS, rr, mrd, patient: 0 });
    expect(text).toMatch(/^Virtual trial 1: 200 virtual relapsed adults on label-rr \(9 µg\/day for a week, then 28 µg\/day \(the label\)\)/);
    expect(text).toContain('At day 28, the end of cycle 1, 60 of 200 (30 %) have marrow blasts at or below 5 % (CR-like)');
    expect(text).toContain('in Topp 2015 about 34 % reached CR/CRh in cycle 1 (43 % × 79 %)');
    expect(text).toMatch(/Median Tregs: 4\.7 % in responders, 6\.9 % in non-responders/);
    expect(text).toContain('74.5 % are MRD-negative-like (below 0.01 %) at day 28; BLAST reported 78 %');
    expect(text).toContain('Focus the waterfall and use the arrow keys');
    expect(text.endsWith('Illustrative model output, not for dosing decisions.')).toBe(true);
  });

  it('at day 70 counts responders at day 28 or 70 against Topp 2015 and TOWER', () => {
    const text = describeVirtualTrial({ state: { ...VT_DEFAULTS, day: 70 }, rr, mrd, patient: 0 });
    expect(text).toContain('By day 70, the end of cycle 2, 97 of 200 (48.5 %) were CR-like at day 28 or day 70; Topp 2015 reported 43 % CR/CRh within two cycles, TOWER 44 % CR/CRh/CRi.');
    expect(text).toMatch(/bars coloured by Tregs/);
  });

  it('names the focused patient with inputs and outcome', () => {
    const p = rr.patients[16]!;
    const text = describeVirtualTrial({ state: { ...VT_DEFAULTS, patient: 17, colourBy: 'burden' }, rr, mrd, patient: 17 });
    expect(text).toContain(`Focused: ${patientInWords(p, 17)}`);
    expect(text).toContain('bars coloured by burden at the start');
    expect(patientInWords(p, 17)).toMatch(/^Patient 17: marrow blasts [\d.]+ % at the start, blood blasts [\d.]+ × 10⁹\/L, Tregs [\d.]+ % of CD4⁺, T cells \d+ \/µL, marrow killing rate kBm [\d.]+ \/day; marrow blasts at day 28 .* at day 70 /);
  });

  it('says when the trial or the MRD arm is still running', () => {
    expect(describeVirtualTrial({ state: VT_DEFAULTS, rr: null, mrd: null, patient: 0 })).toMatch(/being simulated/);
    expect(describeVirtualTrial({ state: VT_DEFAULTS, rr, mrd: null, patient: 0 })).toMatch(/MRD arm of the trial is still being simulated/);
  });
});

describe('virtualTrialTable', () => {
  it('lists every patient with inputs and outcomes, in patient order', () => {
    const table = virtualTrialTable(rr);
    expect(table.columns).toEqual(TABLE_COLUMNS);
    expect(table.rows).toHaveLength(200);
    expect(table.rows.map((r) => r[0])).toEqual(Array.from({ length: 200 }, (_, i) => String(i + 1)));
    const first = rr.patients[0]!;
    expect(table.rows[0]![8]).toBe(first.response28);
    expect(Number(table.rows[0]![1])).toBeCloseTo(first.x0 * 100, 0);
    expect(table.caption).toMatch(/Virtual trial 1, Label, relapsed\/refractory/);
  });
});

describe('marrow blasts in words', () => {
  it('writes tiny fractions as "< 10⁻⁸ %" instead of meaningless digits', async () => {
    const { formatBlasts, formatBlastsCell } = await import('../../../../renderer/src/figures/virtual-trial/describe');
    expect(formatBlasts(0.021)).toBe('2.1 %');
    expect(formatBlasts(3.4e-7)).toBe('3.4 × 10⁻⁵ %');
    expect(formatBlasts(5.8e-26)).toBe('< 10⁻⁸ %');
    expect(formatBlastsCell(0.021)).toBe('2.1');
    expect(formatBlastsCell(1e-30)).toBe('< 10⁻⁸');
  });
});
