// Tests of the BiTE-structure figure's text alternatives: the generated description (default, with a part
// selected, while the linker moves) and the data-table rows.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  describeBiteStructure,
  describePose,
  partsTable,
  ratioInWords,
} from '../../../../renderer/src/figures/bite-structure/describe';
import { IG_DOMAIN_MASS_KDA, IGG_MASS_KDA, buildBiteStructureLayout } from '../../../../renderer/src/figures/bite-structure/geometry';
import { BLINATUMOMAB_MASS_KDA } from '../../../../renderer/src/model';
import { PART_ORDER, PARTS } from '../../../../renderer/src/figures/bite-structure/parts';

const layout = buildBiteStructureLayout();

describe('the description a screen reader hears', () => {
  it('by default names both molecules, their masses, the ratio, the domain order and the missing Fc', () => {
    const text = describeBiteStructure(layout, DEFAULT_VIEW_STATE);
    const ratio = (BLINATUMOMAB_MASS_KDA / IGG_MASS_KDA).toFixed(2);
    expect(text).toContain(`Blinatumomab (${BLINATUMOMAB_MASS_KDA} kDa)`);
    expect(text).toContain(`IgG antibody (${IGG_MASS_KDA} kDa)`);
    expect(text).toContain(`${ratio} of an IgG, about a third`);
    expect(text).toMatch(/anti-CD19 VL, glycine–serine linker, anti-CD19 VH.*short flexible linker.*anti-CD3 VH, glycine–serine linker, anti-CD3 VL/);
    expect(text).toMatch(/N-terminus.*C-terminus/);
    expect(text).toMatch(/anti-CD19 end binds CD19 on the B cell; the anti-CD3 end binds CD3 on the T cell/);
    expect(text).toMatch(/no Fc, so FcRn cannot recycle it and its half-life is hours/);
    expect(text).toContain('at rest (0°)');
    expect(text).toMatch(/No part selected\.$/);
  });

  it('leads with the selected part, its molecule, mass and role', () => {
    const text = describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, selectedPartId: 'cd19-vl' });
    expect(text.startsWith(`Selected: ${PARTS['cd19-vl'].name} (Blinatumomab, about ${IG_DOMAIN_MASS_KDA.toFixed(1)} kDa).`)).toBe(true);
    expect(text).toContain(PARTS['cd19-vl'].about);
    expect(text).not.toContain('No part selected');

    const fc = describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, selectedPartId: 'igg-fc' });
    expect(fc).toMatch(/^Selected: IgG Fc \(CH2 \+ CH3\), binds FcRn \(IgG, about 50\.0 kDa\)/);
    const termini = describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, selectedPartId: 'bite-n-terminus' });
    expect(termini).toContain('no mass of its own');
  });

  it('says which pose the anti-CD3 scFv is in, and how the animation moves', () => {
    expect(describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, swingDeg: -40 })).toContain('swung 40° upwards');
    expect(describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, swingDeg: 23.4 })).toContain('swung 23° downwards');
    expect(describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, flexPlaying: true })).toContain('swings up to 40° either way');
    const stepping = describeBiteStructure(layout, { ...DEFAULT_VIEW_STATE, flexPlaying: true, reducedMotion: true, swingDeg: 40 });
    expect(stepping).toContain('stepping every 1.2 s');
    expect(stepping).toContain('current pose: anti-CD3 scFv swung 40° downwards');
    expect(describePose(0.2)).toBe('at rest (0°)');
  });

  it('puts ratios into words a teacher would use', () => {
    expect(ratioInWords(54.1 / 150)).toBe('about a third');
    expect(ratioInWords(0.5)).toBe('about half');
    expect(ratioInWords(0.26)).toBe('about a quarter');
  });
});

describe('the data table', () => {
  const table = partsTable(layout);

  it('has one row per labelled part, then both whole molecules', () => {
    expect(table.columns).toEqual(['Part', 'Molecule', 'Domains', 'Approx. mass (kDa)']);
    expect(table.rows).toHaveLength(PART_ORDER.length + 2);
    expect(table.rows.slice(0, PART_ORDER.length).map((r) => r[0])).toEqual(PART_ORDER.map((id) => PARTS[id].name));
    expect(table.rows.at(-2)).toEqual(['Whole blinatumomab', 'Blinatumomab', '4 domains + linkers', BLINATUMOMAB_MASS_KDA]);
    expect(table.rows.at(-1)?.[3]).toBe(IGG_MASS_KDA);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it('lists domain masses from the 12.5-kDa approximation and says so in the caption', () => {
    const row = (id: (typeof PART_ORDER)[number]): (string | number)[] | undefined => table.rows.find((r) => r[0] === PARTS[id].name);
    expect(row('cd3-vh')?.[3]).toBe(IG_DOMAIN_MASS_KDA);
    expect(row('igg-fab')?.[3]).toBe(4 * IG_DOMAIN_MASS_KDA);
    expect(row('igg-hinge')?.[3]).toBe('—');
    expect(table.caption).toContain(`${IG_DOMAIN_MASS_KDA} kDa`);
    expect(table.caption).toMatch(/teaching approximation/);
  });
});
