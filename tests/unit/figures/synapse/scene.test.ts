// The synapse drawing's geometry as a viewer sees it: cells never overlap except across the synapse, the
// drawn drug follows the model's levels, each stage shows its own events, and the bystander is never touched.
import { describe, expect, it } from 'vitest';
import {
  BLAST,
  BLAST_FACE_X,
  BYSTANDER,
  CALLOUTS,
  COUNTS,
  KEYFRAME_PHASE,
  MAGNIFICATION,
  MAGNIFIER,
  NEXT_BLAST,
  T_FACE_X,
  T_RADIUS,
  VIEW,
  blastSpec,
  bridgeCount,
  cellOutlinePath,
  drawnProgress,
  magnify,
  sceneAt,
  surfacePoint,
  tCellCentre,
  type Placement,
  type SceneInput,
} from '../../../../renderer/src/figures/synapse/scene';

const FULL: Omit<SceneInput, 'progress'> = { freeLevel: 1, boundLevel: 1, cytokineDots: 12 };

function at(progress: number, levels: Omit<SceneInput, 'progress'> = FULL) {
  return sceneAt({ progress, ...levels });
}

function visible(items: readonly Placement[]): Placement[] {
  return items.filter((p) => p.opacity > 0.01);
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

const samples = Array.from({ length: 141 }, (_, i) => i * 0.05);

describe('cell outlines', () => {
  it('draws a closed smooth outline and presses a contact face flat', () => {
    const d = cellOutlinePath({ cx: 100, cy: 100, r: 50 });
    expect(d.startsWith('M')).toBe(true);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.slice(-2)).toEqual(numbers.slice(0, 2)); // ends where it starts: a closed outline
    const flat = { cx: 100, cy: 100, r: 50, plane: { x: 130, side: 'right' as const } };
    for (const deg of [-20, 0, 20]) {
      const s = surfacePoint(flat, (deg * Math.PI) / 180);
      expect(s.x).toBeCloseTo(130, 9);
      expect(s.nx).toBe(1);
    }
    const round = surfacePoint(flat, Math.PI / 2);
    expect(round).toMatchObject({ x: expect.closeTo(100, 9), y: expect.closeTo(150, 9) });
  });

  it('blebs and shrinks the blast only once it is dying', () => {
    expect(blastSpec(4.5).blebAmount).toBe(0);
    expect(blastSpec(5.9).blebAmount).toBeGreaterThan(0.9);
    expect(blastSpec(5.9).r).toBe(BLAST.r);
    expect(blastSpec(7).r).toBeLessThan(BLAST.r * 0.8);
  });
});

describe('where the T cell goes', () => {
  it('never overlaps another cell except where it is pressed against the blast in the synapse', () => {
    for (const p of samples) {
      const c = tCellCentre(p);
      if (p >= 2 && p < 6.2) continue;
      expect(distance(c, BLAST)).toBeGreaterThanOrEqual(BLAST.r + T_RADIUS - 0.5);
      expect(distance(c, BYSTANDER)).toBeGreaterThanOrEqual(BYSTANDER.r + T_RADIUS - 0.5);
      expect(distance(c, NEXT_BLAST)).toBeGreaterThanOrEqual(NEXT_BLAST.r + T_RADIUS - 0.5);
    }
  });

  it('touches the blast and drifts past it before the drug, touches the bystander, then holds a synapse', () => {
    const touchesBlast = samples.filter((p) => p < 1).some((p) => distance(tCellCentre(p), BLAST) < BLAST.r + T_RADIUS + 3);
    expect(touchesBlast).toBe(true);
    expect(distance(tCellCentre(1), BLAST)).toBeGreaterThan(BLAST.r + T_RADIUS + 5);
    expect(distance(tCellCentre(1.45), BYSTANDER)).toBeLessThan(BYSTANDER.r + T_RADIUS + 3);
    const inSynapse = [3, 4, 5, 5.9].map(tCellCentre);
    for (const c of inSynapse) expect(c).toEqual(inSynapse[0]);
    expect(inSynapse[0]!.x + T_RADIUS).toBeGreaterThan(T_FACE_X); // the circle is pressed flat at the face
    expect(BLAST_FACE_X - T_FACE_X).toBeGreaterThan(20); // a cleft the bridges span
    expect(distance(tCellCentre(7), NEXT_BLAST)).toBeLessThan(NEXT_BLAST.r + T_RADIUS + 20); // on to the next blast
  });
});

describe('the drawn drug follows the model', () => {
  it('shows no drug before it arrives and more free molecules as the concentration rises', () => {
    const none = at(0.5, { freeLevel: 0, boundLevel: 0, cytokineDots: 0 });
    expect(visible(none.bites)).toHaveLength(0);
    const half = at(1.5, { freeLevel: 0.5, boundLevel: 0.5, cytokineDots: 0 });
    const most = at(1.5, { freeLevel: 1, boundLevel: 1, cytokineDots: 0 });
    const free = (s: ReturnType<typeof at>) => visible(s.bites.slice(0, COUNTS.freeBites)).length;
    expect(free(half)).toBe(COUNTS.freeBites / 2);
    expect(free(most)).toBe(COUNTS.freeBites);
    expect(visible(half.bites).length).toBeLessThan(visible(most.bites).length);
  });

  it('binds CD19 on the blasts, never the bystander, at any stage', () => {
    for (const p of samples) {
      for (const b of visible(at(p).bites)) expect(distance(b, BYSTANDER)).toBeGreaterThan(BYSTANDER.r + 4);
    }
  });

  it('builds fewer bridges at a lower CD19-bound level, at least one once drug is on the blast', () => {
    expect(bridgeCount(0)).toBe(0);
    expect(bridgeCount(0.3)).toBe(2);
    expect(bridgeCount(1)).toBe(4);
  });

  it('leaves the bridging molecules on the blast when the T cell lets go (the CD3 arm releases first)', () => {
    const bridgeStart = COUNTS.freeBites + COUNTS.ringBites;
    const during = at(4.5).bites.slice(bridgeStart, bridgeStart + COUNTS.bridgeBites);
    const after = at(6.9).bites.slice(bridgeStart, bridgeStart + COUNTS.bridgeBites);
    const t = tCellCentre(6.9);
    for (let i = 0; i < during.length; i++) {
      expect(after[i]!.opacity).toBe(during[i]!.opacity);
      expect(distance(after[i]!, BLAST)).toBeLessThan(BLAST.r);
      expect(distance(after[i]!, t)).toBeGreaterThan(T_RADIUS + 40);
    }
  });
});

describe('each stage shows its own events', () => {
  it('seals the synapse with adhesion only while the cells are engaged', () => {
    expect(at(1.5).adhesion.every((a) => a.opacity === 0)).toBe(true);
    expect(at(3.5).adhesion.every((a) => a.opacity === 1)).toBe(true);
    expect(at(6.8).adhesion.every((a) => a.opacity === 0)).toBe(true);
  });

  it('shows activation markers and cytokines from stage 4, as many dots as the model’s IL-6 allows', () => {
    expect(visible(at(2.9).markers)).toHaveLength(0);
    expect(visible(at(2.9).cytokines)).toHaveLength(0);
    expect(visible(at(3.6).markers)).toHaveLength(3);
    const many = visible(at(5.5, { ...FULL, cytokineDots: 20 }).cytokines).length;
    const few = visible(at(5.5, { ...FULL, cytokineDots: 3 }).cytokines).length;
    expect(few).toBe(3);
    expect(many).toBeGreaterThan(few);
    expect(visible(at(6.9, { ...FULL, cytokineDots: 0 }).cytokines)).toHaveLength(0);
  });

  it('opens perforin pores and passes granzyme in stage 5, then switches on caspases in stage 6', () => {
    expect(visible(at(3.9).pores)).toHaveLength(0);
    expect(visible(at(3.9).granzymes)).toHaveLength(0);
    expect(visible(at(4.6).pores)).toHaveLength(3);
    expect(visible(at(4.6).granzymes).length).toBeGreaterThan(3);
    expect(visible(at(4.9).caspases)).toHaveLength(0);
    expect(visible(at(5.8).caspases)).toHaveLength(COUNTS.caspases);
  });

  it('breaks the blast into apoptotic bodies and nuclear fragments after the kill', () => {
    const alive = at(5);
    expect(alive.blast.bodies.every((b) => b.opacity === 0)).toBe(true);
    expect(alive.blast.nucleus.opacity).toBe(1);
    const dead = at(6.9);
    expect(dead.blast.bodies.every((b) => b.opacity === 1)).toBe(true);
    expect(dead.blast.nucleus.opacity).toBe(0);
    expect(dead.blast.nucleusFragments.every((f) => f.opacity === 1)).toBe(true);
  });

  it('shows each callout in its own stage only, inside the drawing', () => {
    for (const c of CALLOUTS) {
      const stage = Math.floor(c.showFrom);
      expect(at(stage + 0.6).callouts[c.id]).toBeGreaterThan(0.9);
      expect(at(stage === 0 ? 6.5 : stage - 0.5).callouts[c.id]).toBe(0);
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(VIEW.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y + 20 * (c.lines.length - 1)).toBeLessThan(VIEW.height);
    }
  });
});

describe('reduced motion and the magnifier', () => {
  it('draws one still frame per stage under reduced motion', () => {
    for (let stage = 0; stage < 7; stage++) {
      const frames = [stage, stage + 0.3, stage + 0.9].map((p) => drawnProgress(p, true));
      expect(new Set(frames).size).toBe(1);
      expect(frames[0]).toBe(stage + KEYFRAME_PHASE[stage]!);
      expect(drawnProgress(stage + 0.3, false)).toBe(stage + 0.3);
    }
  });

  it('enlarges the cleft around its centre', () => {
    expect(magnify(MAGNIFIER.source)).toEqual(MAGNIFIER.centre);
    const edge = magnify({ x: MAGNIFIER.source.x + MAGNIFIER.sourceRadius, y: MAGNIFIER.source.y });
    expect(distance(edge, MAGNIFIER.centre)).toBeCloseTo(MAGNIFIER.radius, 9);
    expect(MAGNIFICATION).toBeGreaterThan(2);
    // the magnifier sits clear of the blast and its bound drug
    expect(distance(MAGNIFIER.centre, BLAST)).toBeGreaterThan(MAGNIFIER.radius + BLAST.r + 25);
    expect(MAGNIFIER.centre.y + MAGNIFIER.radius).toBeLessThan(VIEW.height);
  });
});
