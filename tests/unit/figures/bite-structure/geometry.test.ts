// Tests of the BiTE-structure figure's pure layout: areas proportional to mass, the molecules' make-up,
// no overlapping shapes or labels in any linker pose, the flex animation maths and label-in-name.
import { polygonArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { BITE_LINKER_MASS_KDA, FLEX_AMPLITUDE_DEG, FLEX_POSES, FLEX_POSE_SEQUENCE, IG_DOMAIN_MASS_KDA, IGG_MASS_KDA, areaForMassUnits2, buildBiteStructureLayout, convexPolygonsOverlap, domainSizeForMass, flexAngleAtPhase, flexAngleForStep, flexPhaseForAngle, labelBox, massForAreaKDa, moleculeAreaUnits2, partMassKDa, placedDomain, planParts, rectPolygon, rotatePoint, roundedBoxPolygon, roundedRectAreaUnits2, roundedRectPath, swingTransform, visibleTextOfFocus, type Point } from '../../../../renderer/src/figures/bite-structure/geometry';
import { BLINATUMOMAB_MASS_KDA } from '../../../../renderer/src/model';
import { PART_ORDER, PARTS } from '../../../../renderer/src/figures/bite-structure/parts';

const layout = buildBiteStructureLayout();
const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / expected;

describe('area is proportional to mass', () => {
  it('draws every domain with the area of a 12.5-kDa domain (measured on the outline, within 1 %)', () => {
    expect(layout.domains.length).toBeGreaterThan(0);
    for (const domain of layout.domains) {
      const measured = Math.abs(polygonArea(roundedBoxPolygon(domain, 32) as Array<[number, number]>));
      expect(relativeError(measured, areaForMassUnits2(domain.massKDa))).toBeLessThan(0.01);
      expect(domain.massKDa).toBe(IG_DOMAIN_MASS_KDA);
    }
  });

  it('sizes a domain for any mass so that its area matches the scale', () => {
    for (const massKDa of [5, 12.5, 25, 50]) {
      const size = domainSizeForMass(massKDa);
      expect(relativeError(roundedRectAreaUnits2(size), areaForMassUnits2(massKDa))).toBeLessThan(1e-9);
      expect(massForAreaKDa(roundedRectAreaUnits2(size))).toBeCloseTo(massKDa, 6);
    }
  });

  it('gives the whole IgG the area of 150 kDa and blinatumomab the area of 54.1 kDa (within 1 %)', () => {
    expect(relativeError(massForAreaKDa(moleculeAreaUnits2(layout, 'igg')), IGG_MASS_KDA)).toBeLessThan(0.01);
    expect(relativeError(massForAreaKDa(moleculeAreaUnits2(layout, 'blinatumomab')), BLINATUMOMAB_MASS_KDA)).toBeLessThan(0.01);
  });

  it('makes blinatumomab look about a third of an IgG: area ratio ≈ 55/150', () => {
    const ratio = moleculeAreaUnits2(layout, 'blinatumomab') / moleculeAreaUnits2(layout, 'igg');
    expect(relativeError(ratio, BLINATUMOMAB_MASS_KDA / IGG_MASS_KDA)).toBeLessThan(0.01);
    expect(relativeError(ratio, 55 / 150)).toBeLessThan(0.03);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(0.4);
  });

  it('spreads the linker share of the mass evenly along the linker bands', () => {
    const widths = new Set(layout.linkers.map((l) => l.widthUnits.toFixed(6)));
    expect(widths.size).toBe(1);
    const linkerMass = layout.linkers.reduce((s, l) => s + l.massKDa, 0);
    expect(linkerMass).toBeCloseTo(BITE_LINKER_MASS_KDA, 9);
    expect(BITE_LINKER_MASS_KDA).toBeCloseTo(BLINATUMOMAB_MASS_KDA - 4 * IG_DOMAIN_MASS_KDA, 9);
  });

  it('adds up the parts: scFvs plus the central linker make blinatumomab; two Fabs plus the Fc make the IgG', () => {
    const bite = (partMassKDa(layout, 'cd19-scfv') ?? 0) + (partMassKDa(layout, 'central-linker') ?? 0) + (partMassKDa(layout, 'cd3-scfv') ?? 0);
    expect(bite).toBeCloseTo(BLINATUMOMAB_MASS_KDA, 6);
    const igg = 2 * (partMassKDa(layout, 'igg-fab') ?? 0) + (partMassKDa(layout, 'igg-fc') ?? 0);
    expect(igg).toBeCloseTo(IGG_MASS_KDA, 6);
    const chains = 2 * (partMassKDa(layout, 'igg-heavy-chain') ?? 0) + 2 * (partMassKDa(layout, 'igg-light-chain') ?? 0);
    expect(chains).toBeCloseTo(IGG_MASS_KDA, 6);
    expect(partMassKDa(layout, 'bite-no-fc')).toBeNull();
  });
});

describe('what the molecules are made of', () => {
  it('draws blinatumomab as two anti-CD19 and two anti-CD3 domains and no Fc', () => {
    const bite = layout.domains.filter((d) => d.molecule === 'blinatumomab');
    expect(bite.map((d) => `${d.kind}:${d.label}`).sort()).toEqual(['cd19:VH', 'cd19:VL', 'cd3:VH', 'cd3:VL']);
    expect(bite.some((d) => d.kind === 'fc')).toBe(false);
  });

  it('draws the IgG as four heavy-chain Fab domains, four light-chain domains and a four-domain Fc', () => {
    const igg = layout.domains.filter((d) => d.molecule === 'igg');
    const count = (kind: string): number => igg.filter((d) => d.kind === kind).length;
    expect([count('heavy'), count('light'), count('fc')]).toEqual([4, 4, 4]);
    expect(igg.filter((d) => d.kind === 'fc').map((d) => d.label).sort()).toEqual(['CH2', 'CH2', 'CH3', 'CH3']);
  });

  it('puts the anti-CD19 end towards the B cell (top) and the anti-CD3 end towards the T cell (bottom)', () => {
    const cy = (id: string): number => layout.domains.find((d) => d.id === id)?.cy ?? NaN;
    expect(cy('cd19-vl')).toBeLessThan(cy('cd3-vl'));
    const b = layout.labels.find((l) => l.id === 'cd19-scfv-label');
    const t = layout.labels.find((l) => l.id === 'cd3-scfv-label');
    expect(b?.lines.join(' ')).toMatch(/CD19.*B cell/);
    expect(t?.lines.join(' ')).toMatch(/CD3.*T cell/);
    expect(b && b.y < cy('cd19-vl')).toBe(true);
    expect(t && t.y > cy('cd3-vl')).toBe(true);
  });

  it('starts the chain (N) beside the anti-CD19 VL and ends it (C) beside the anti-CD3 VL', () => {
    const near = (letter: 'N' | 'C'): string => {
      const t = layout.termini.find((m) => m.letter === letter);
      if (!t) throw new Error(`no ${letter} terminus`);
      const bite = layout.domains.filter((d) => d.molecule === 'blinatumomab');
      return bite.reduce((best, d) => (Math.hypot(d.cx - t.x, d.cy - t.y) < Math.hypot(best.cx - t.x, best.cy - t.y) ? d : best)).id;
    };
    expect(near('N')).toBe('cd19-vl');
    expect(near('C')).toBe('cd3-vl');
  });
});

describe('nothing collides, whatever the linker pose', () => {
  const poses = FLEX_POSES.map((p) => p.angleDeg);

  it.each(poses)('keeps all domains apart with the anti-CD3 scFv swung %s°', (angleDeg) => {
    const polys = layout.domains.map((d) => ({ id: d.id, poly: roundedBoxPolygon(placedDomain(d, layout.pivot, angleDeg), 8) }));
    for (let i = 0; i < polys.length; i++) {
      for (let j = i + 1; j < polys.length; j++) {
        expect(convexPolygonsOverlap(polys[i].poly, polys[j].poly), `${polys[i].id} × ${polys[j].id}`).toBe(false);
      }
    }
  });

  it.each(poses)('keeps labels off other parts’ domains and off each other at %s°, inside the view', (angleDeg) => {
    const labels = [...layout.labels, layout.scaleKey.caption].map((l) => ({ l, box: labelBox(l, layout.pivot, angleDeg) }));
    for (const { l, box } of labels) {
      expect(box.x, l.id).toBeGreaterThanOrEqual(0);
      expect(box.y, l.id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, l.id).toBeLessThanOrEqual(layout.viewBox.width);
      expect(box.y + box.height, l.id).toBeLessThanOrEqual(layout.viewBox.height);
      for (const d of layout.domains) {
        if (d.partId === l.partId) continue;
        expect(convexPolygonsOverlap(rectPolygon(box), roundedBoxPolygon(placedDomain(d, layout.pivot, angleDeg), 8)), `${l.id} × ${d.id}`).toBe(false);
      }
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        if (labels[i].l.partId !== null && labels[i].l.partId === labels[j].l.partId) continue;
        expect(convexPolygonsOverlap(rectPolygon(labels[i].box), rectPolygon(labels[j].box)), `${labels[i].l.id} × ${labels[j].l.id}`).toBe(false);
      }
    }
  });
});

describe('linker flexibility animation', () => {
  it('swings smoothly within ±40° and resumes from the angle it paused at', () => {
    const angles = Array.from({ length: 200 }, (_, i) => flexAngleAtPhase((i / 200) * 2 * Math.PI));
    expect(Math.max(...angles)).toBeCloseTo(FLEX_AMPLITUDE_DEG, 1);
    expect(Math.min(...angles)).toBeCloseTo(-FLEX_AMPLITUDE_DEG, 1);
    for (const angle of [-40, -12.5, 0, 23]) expect(flexAngleAtPhase(flexPhaseForAngle(angle))).toBeCloseTo(angle, 9);
  });

  it('steps through three fixed poses (rest, up, down) for reduced motion', () => {
    const stepped = Array.from({ length: FLEX_POSE_SEQUENCE.length }, (_, i) => flexAngleForStep(i));
    expect(new Set(stepped)).toEqual(new Set([0, -FLEX_AMPLITUDE_DEG, FLEX_AMPLITUDE_DEG]));
    expect(flexAngleForStep(FLEX_POSE_SEQUENCE.length)).toBe(flexAngleForStep(0));
  });

  it('rotates about the central linker pivot', () => {
    expect(swingTransform(layout.pivot, -40)).toBe(`rotate(-40.00 ${layout.pivot[0].toFixed(2)} ${layout.pivot[1].toFixed(2)})`);
    const p: Point = [layout.pivot[0] + 10, layout.pivot[1]];
    const turned = rotatePoint(p, layout.pivot, 90);
    expect(turned[0]).toBeCloseTo(layout.pivot[0], 9);
    expect(turned[1]).toBeCloseTo(layout.pivot[1] + 10, 9);
    const swinging = new Set(layout.domains.filter((d) => d.layer === 'swing').map((d) => d.id));
    expect(swinging).toEqual(new Set(['cd3-vh', 'cd3-vl']));
  });
});

describe('paths and accessible names', () => {
  it('builds closed rounded-rectangle paths', () => {
    const d = roundedRectPath(domainSizeForMass(IG_DOMAIN_MASS_KDA));
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('gives every part a focus target whose name contains the text it shows (WCAG 2.5.3)', () => {
    const tokens = (s: string): string[] =>
      s
        .replace(/\([^()]*\)/g, ' ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    const plans = planParts(layout, PART_ORDER);
    for (const id of PART_ORDER) {
      const plan = plans.get(id);
      expect(plan, id).toBeDefined();
      const shown = tokens(visibleTextOfFocus(plan?.focus ?? { domains: [], linkers: [], labels: [], leaders: [], termini: [], noFc: false }));
      const name = tokens(PARTS[id].name).join(' ');
      expect(shown.length, `${id} shows something`).toBeGreaterThan(0);
      expect(` ${name} `.includes(` ${shown.join(' ')} `), `${id}: "${shown.join(' ')}" in "${name}"`).toBe(true);
    }
  });
});
