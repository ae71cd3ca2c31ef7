// The trials' response rates the virtual trial is compared with come from the trial rows of
// content/quiz/trials.yaml (compiled), with citation keys that exist — so they cannot drift apart.
import { describe, expect, it } from 'vitest';
import { referencesByKey, trials } from '../../../../renderer/src/data/content';
import { TRIAL_COMPARATORS, comparator, comparesFor, trialsNote } from '../../../../renderer/src/figures/virtual-trial/trials';

describe('trial comparators', () => {
  it('quote the trials table word for word and cite known references', () => {
    for (const c of TRIAL_COMPARATORS) {
      const row = trials.find((t) => t.id === c.trialId);
      expect(row, c.id).toBeDefined();
      for (const words of c.evidence) expect(row!.efficacy, c.id).toContain(words);
      for (const key of c.refs) {
        expect(referencesByKey.has(key), key).toBe(true);
        expect(row!.refs).toContain(key);
      }
    }
  });
  it('are Topp 2015 43 % (≈ 34 % in cycle 1), TOWER 44 % and BLAST 78 %', () => {
    expect(comparator('topp').sharePct).toBe(43);
    expect(comparator('topp-cycle1').sharePct).toBe(34);
    expect(comparator('tower').sharePct).toBe(44);
    expect(comparator('blast').sharePct).toBe(78);
    expect(comparesFor(28)).toBe('day28');
    expect(comparesFor(70)).toBe('day70');
    expect(trialsNote()).toMatch(/^Topp 2015: CR\/CRh within two cycles, 81 of 189; 79 % of them in cycle 1, so about 34 % after cycle 1\./);
  });
});
