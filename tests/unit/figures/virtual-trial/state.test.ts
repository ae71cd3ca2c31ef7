// The virtual-trial figure's state as a reader changes it: regimen, new trial, day, colour, focused patient —
// a pure reducer that ignores what it cannot hold, and link fields that write only what differs.
import { describe, expect, it } from 'vitest';
import { VT_COHORT_SIZE, VT_DEFAULTS, VT_MAX_SEED, nextSeed, reduceVirtualTrial, virtualTrialKind, type VirtualTrialState } from '../../../../renderer/src/figures/virtual-trial/state';

const link = (s: VirtualTrialState) => virtualTrialKind.encode(s).map(([k, v]) => `${k}:${v}`).join(',');
const fields = (text: string) => new Map(text.split(',').map((p) => p.split(':') as [string, string]));

describe('virtual-trial state', () => {
  it('starts on label-rr, trial 1, day 28, coloured by Tregs, no patient focused', () => {
    expect(VT_DEFAULTS).toEqual({ regimen: 'label-rr', seed: 1, colourBy: 'treg', day: 28, patient: 0 });
    expect(link(VT_DEFAULTS)).toBe('');
  });

  it('changes regimen, day and colour, and returns the same object when nothing changes', () => {
    const a = reduceVirtualTrial(VT_DEFAULTS, { type: 'regimen', regimen: 'flat-5' });
    expect(a.regimen).toBe('flat-5');
    expect(reduceVirtualTrial(a, { type: 'regimen', regimen: 'flat-5' })).toBe(a);
    const b = reduceVirtualTrial(a, { type: 'day', day: 70 });
    const c = reduceVirtualTrial(b, { type: 'colour', by: 'burden' });
    expect(c).toEqual({ regimen: 'flat-5', seed: 1, colourBy: 'burden', day: 70, patient: 0 });
    expect(reduceVirtualTrial(c, { type: 'reset' })).toEqual(VT_DEFAULTS);
  });

  it('ignores a regimen, day or colour it does not offer', () => {
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'regimen', regimen: 'flat-60' as never })).toBe(VT_DEFAULTS);
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'day', day: 42 as never })).toBe(VT_DEFAULTS);
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'colour', by: 'age' as never })).toBe(VT_DEFAULTS);
  });

  it('"New trial" takes the next seed and wraps around after the last', () => {
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'new-trial' }).seed).toBe(2);
    expect(nextSeed(VT_MAX_SEED)).toBe(1);
    expect(reduceVirtualTrial({ ...VT_DEFAULTS, seed: VT_MAX_SEED }, { type: 'new-trial' }).seed).toBe(1);
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'seed', seed: 0 })).toBe(VT_DEFAULTS);
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'seed', seed: 2.5 })).toBe(VT_DEFAULTS);
    expect(reduceVirtualTrial(VT_DEFAULTS, { type: 'seed', seed: 77 }).seed).toBe(77);
  });

  it('keeps the focused patient across regimens and trials (patient n is the n-th one drawn), within 0–200', () => {
    const focused = reduceVirtualTrial(VT_DEFAULTS, { type: 'focus', patient: 17 });
    expect(reduceVirtualTrial(focused, { type: 'regimen', regimen: 'flat-15' }).patient).toBe(17);
    expect(reduceVirtualTrial(focused, { type: 'new-trial' }).patient).toBe(17);
    expect(reduceVirtualTrial(focused, { type: 'focus', patient: VT_COHORT_SIZE + 1 })).toBe(focused);
    expect(reduceVirtualTrial(focused, { type: 'focus', patient: -1 })).toBe(focused);
    expect(reduceVirtualTrial(focused, { type: 'focus', patient: 0 }).patient).toBe(0);
  });

  it('writes a short readable link and reads it back', () => {
    const s: VirtualTrialState = { regimen: 'flat-15', seed: 42, colourBy: 'burden', day: 70, patient: 17 };
    expect(link(s)).toBe('regimen:flat-15,trial:42,colour:burden,day:70,patient:17');
    expect(virtualTrialKind.decode(fields(link(s)))).toEqual(s);
    expect(virtualTrialKind.summary!(s)).toBe('virtual trial 42 on flat-15, marrow blasts at day 70, bars coloured by burden, patient 17 focused');
  });

  it('refuses a link it cannot hold, naming the setting', () => {
    expect(() => virtualTrialKind.decode(fields('day:42'))).toThrow(/day shown/);
    expect(() => virtualTrialKind.decode(fields('trial:0'))).toThrow(/trial \(seed\)/);
    expect(() => virtualTrialKind.decode(fields('patient:201'))).toThrow(/focused patient/);
    expect(() => virtualTrialKind.decode(fields('regimen:flat-60'))).toThrow(/regimen/);
  });

  it('takes its starting state from lesson attributes', () => {
    expect(virtualTrialKind.fromProps!({ regimen: 'flat-5', trial: '3', day: '70' })).toEqual({ ...VT_DEFAULTS, regimen: 'flat-5', seed: 3, day: 70 });
  });
});
