// Short reference forms shown in lessons, figures and questions read as "Author Year", never as raw keys or
// as "(first author unconfirmed)".
import { describe, expect, it } from 'vitest';
import { references } from '../../../renderer/src/data/content';
import { citeLabel, shortReference } from '../../../renderer/src/data/reference-labels';

describe('reference labels', () => {
  it('names a paper by its first author and year', () => {
    expect(citeLabel('hoffmann2005')).toBe('Hoffmann 2005');
    expect(shortReference('ribera2015')).toBe('Ribera JM 2015, OncoTargets and Therapy');
  });

  it('uses the journal or document when the first author is not confirmed', () => {
    expect(citeLabel('asco2013')).toBe('Journal of Clinical Oncology 2013');
    expect(shortReference('bloodadv2018')).toBe('Exposure-adjusted adverse events comparing blinatumomab with chemotherapy in advanced acute lymphoblastic leukemia — Blood Advances 2018');
  });

  it('names a label by its company', () => {
    expect(citeLabel('label-us')).toBe('Amgen 2014');
    expect(citeLabel('fda2015')).toBe('Przepiorka 2015');
  });

  it('gives every reference a readable label', () => {
    for (const ref of references) {
      for (const text of [citeLabel(ref.key)!, shortReference(ref.key)]) {
        expect(text, ref.key).not.toMatch(/unconfirmed|\[|\]/);
        expect(text, ref.key).not.toBe(ref.key);
        expect(text, ref.key).toMatch(/\d{4}|atlas model/);
      }
    }
  });

  it('returns null (label) or the key (tooltip) for an unknown key', () => {
    expect(citeLabel('nobody1999')).toBeNull();
    expect(shortReference('nobody1999')).toBe('nobody1999');
  });
});
