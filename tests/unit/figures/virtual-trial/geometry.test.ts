// Pure layout of the virtual-trial waterfall: sorting, one bar per patient standing on the log axis's floor,
// the 5 % and 0.01 % lines, the responders' bracket, roving-focus moves, colour bins and the statistics
// (which must agree with the model's own cohort summary).
import { describe, expect, it } from 'vitest';
import { CR_LIKE_MAX_BLASTS, runCohort, type CohortPatient } from '../../../../renderer/src/model';
import {
  BLAST_FLOOR,
  COLOUR_SCHEMES,
  WATERFALL,
  blastScale,
  formatShare,
  innerHeight,
  innerWidth,
  median,
  movedFocus,
  patientsBySlot,
  responderBracket,
  sortOrder,
  thresholdLines,
  trialStats,
  waterfallBars,
} from '../../../../renderer/src/figures/virtual-trial/geometry';

function patient(x0: number, X28: number, X70: number | null, treg = 5): CohortPatient {
  const label = (x: number) => (x < 1e-4 ? 'MRD-negative-like' : x <= 0.05 ? 'CR-like' : 'no response');
  return { x0, pbBlasts0: 2000 * x0, t0: 1000, kBm: 0.036, treg, X28, X70, response28: label(X28), response70: X70 === null ? null : label(X70) } as CohortPatient;
}

const small = [patient(0.7, 0.3, 0.2), patient(0.4, 1e-9, 1e-12, 3), patient(0.9, 0.6, 0.9, 12), patient(0.6, 0.04, 1e-3), patient(0.5, 0.3, 0.01)];

describe('the waterfall layout', () => {
  it('sorts patients from the highest marrow blasts to the lowest, ties in sampling order', () => {
    expect(sortOrder(small, 28)).toEqual([2, 0, 4, 3, 1]);
    expect(sortOrder(small, 70)).toEqual([2, 0, 4, 3, 1]);
    expect(sortOrder([patient(0.5, 0.1, null), patient(0.5, 0.1, null)], 28)).toEqual([0, 1]);
  });

  it('maps 100 % to the top and the 10⁻⁶ floor to the bottom of a log axis, clamping deeper values', () => {
    const y = blastScale();
    expect(y(1)).toBeCloseTo(0);
    expect(y(BLAST_FLOOR)).toBeCloseTo(innerHeight());
    expect(y(1e-20)).toBeCloseTo(innerHeight());
    expect(y(0.01) - y(0.1)).toBeCloseTo(innerHeight() / 6);
  });

  it('gives every patient one bar in its slot, standing on the floor, taller for more blasts', () => {
    const bars = waterfallBars(small, 28, 'treg');
    expect(bars.map((b) => b.patient)).toEqual([1, 2, 3, 4, 5]);
    expect(bars.map((b) => b.slot)).toEqual([1, 4, 0, 3, 2]);
    const w = innerWidth() / small.length;
    for (const b of bars) {
      expect(b.slotX).toBeCloseTo(b.slot * w);
      expect(b.x).toBeGreaterThanOrEqual(b.slotX);
      expect(b.x + b.width).toBeLessThanOrEqual(b.slotX + b.slotWidth + 1e-9);
      expect(b.y + b.height).toBeCloseTo(innerHeight());
    }
    // patient 2 is below the floor: a 1-pixel sliver
    expect(bars[1]!.height).toBe(1);
    expect(bars[2]!.height).toBeGreaterThan(bars[0]!.height);
    expect(bars.map((b) => b.below)).toEqual([false, true, false, true, false]);
    expect(patientsBySlot(bars)).toEqual([3, 1, 5, 4, 2]);
  });

  it('draws 200 bars across the plot without overlap', () => {
    const many = Array.from({ length: 200 }, (_, i) => patient(0.5, 10 ** (-(i % 9)), null));
    const bars = waterfallBars(many, 28, 'burden');
    const bySlot = patientsBySlot(bars).map((p) => bars[p - 1]!);
    for (let i = 1; i < bySlot.length; i++) expect(bySlot[i]!.x).toBeGreaterThanOrEqual(bySlot[i - 1]!.x + bySlot[i - 1]!.width - 1e-9);
    expect(bySlot.at(-1)!.slotX + bySlot.at(-1)!.slotWidth).toBeCloseTo(innerWidth());
  });

  it('puts the 5 % line above the 0.01 % line, inside the plot', () => {
    const [cr, mrd] = thresholdLines();
    expect(cr!.y).toBeCloseTo(blastScale()(CR_LIKE_MAX_BLASTS));
    expect(cr!.y).toBeLessThan(mrd!.y);
    expect(mrd!.y).toBeLessThan(innerHeight());
    expect(WATERFALL.margin.right).toBeGreaterThan(60);
  });

  it('brackets the bars at or below the 5 % line, which are the rightmost ones', () => {
    const bars = waterfallBars(small, 28, 'treg');
    const bracket = responderBracket(bars, 28)!;
    expect(bracket.count).toBe(2);
    expect(bracket.x0).toBeCloseTo(3 * (innerWidth() / 5));
    expect(bracket.x1).toBeCloseTo(innerWidth());
    expect(bracket.label).toBe('2 at or below 5 % at day 28');
    expect(responderBracket(waterfallBars([patient(0.9, 0.8, 0.9)], 28, 'treg'), 28)).toBeNull();
  });
});

describe('roving focus over the bars', () => {
  const bySlot = [3, 1, 5, 4, 2];
  it('moves one bar with the arrows, ten with Page Up/Down, to the ends with Home/End', () => {
    expect(movedFocus(bySlot, 1, 'ArrowRight')).toBe(5);
    expect(movedFocus(bySlot, 1, 'ArrowLeft')).toBe(3);
    expect(movedFocus(bySlot, 3, 'ArrowLeft')).toBe(3);
    expect(movedFocus(bySlot, 2, 'ArrowRight')).toBe(2);
    expect(movedFocus(bySlot, 1, 'ArrowDown')).toBe(5);
    expect(movedFocus(bySlot, 5, 'PageDown')).toBe(2);
    expect(movedFocus(bySlot, 5, 'PageUp')).toBe(3);
    expect(movedFocus(bySlot, 4, 'Home')).toBe(3);
    expect(movedFocus(bySlot, 4, 'End')).toBe(2);
  });
  it('lands on the first bar when nothing is focused, and ignores other keys', () => {
    expect(movedFocus(bySlot, 0, 'ArrowRight')).toBe(3);
    expect(movedFocus(bySlot, 0, 'ArrowLeft')).toBe(3);
    expect(movedFocus(bySlot, 0, 'End')).toBe(2);
    expect(movedFocus(bySlot, 1, 'a')).toBeNull();
    expect(movedFocus([], 0, 'Home')).toBeNull();
  });
});

describe('colour bins', () => {
  it('bins Tregs at 5 % and the 8.5 % cut-off, burden at 50 % and 80 %', () => {
    const treg = COLOUR_SCHEMES.treg;
    expect([4.9, 5, 8.49, 8.5, 30].map((t) => treg.binOf(patient(0.5, 0.1, null, t)))).toEqual([0, 1, 1, 2, 2]);
    const burden = COLOUR_SCHEMES.burden;
    expect([0.05, 0.5, 0.51, 0.8, 0.81].map((x) => burden.binOf(patient(x, 0.1, null)))).toEqual([0, 0, 1, 1, 2]);
  });
  it('uses the theme palette through CSS variables and labels every bin', () => {
    for (const scheme of Object.values(COLOUR_SCHEMES)) {
      expect(scheme.bins).toHaveLength(3);
      for (const bin of scheme.bins) expect(bin.color).toMatch(/^var\(--series-[a-z0-9]+\)$/);
      expect(new Set(scheme.bins.map((b) => b.color)).size).toBe(3);
    }
  });
});

describe('trial statistics', () => {
  const cohort = runCohort({ arm: 'rr', seed: 1 });
  it('agree with the model’s own summary of the cohort (VP-1, VP-2 at seed 1)', () => {
    const d28 = trialStats(cohort, 28);
    const d70 = trialStats(cohort, 70);
    expect(d28.share).toBe(cohort.summary.responders28);
    expect(d70.share).toBe(cohort.summary.responders70);
    expect(d28.share28).toBe(0.3);
    expect(d70.share70).toBe(0.485);
    expect(d28.mrdNegative28 / 200).toBe(cohort.summary.mrdNegative28);
    // and the waterfall's bracket counts the same patients
    expect(responderBracket(waterfallBars(cohort.patients, 28, 'treg'), 28)!.count).toBe(d28.responders);
    expect(responderBracket(waterfallBars(cohort.patients, 70, 'treg'), 70)!.count).toBe(d70.responders);
  });
  it('show the Treg difference of VP-4: non-responders’ median above responders’', () => {
    const s = trialStats(cohort, 70);
    expect(s.medianTregNonResponders!).toBeGreaterThan(7);
    expect(s.medianTregNonResponders!).toBeGreaterThan(s.medianTregResponders!);
  });
  it('computes medians and writes shares as readers do', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(formatShare(0.3)).toBe('30 %');
    expect(formatShare(0.485)).toBe('48.5 %');
    expect(formatShare(1 / 3)).toBe('33.3 %');
  });
});
