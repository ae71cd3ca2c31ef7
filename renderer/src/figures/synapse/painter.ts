// The synapse drawing's painter: writes a Scene (scene.ts) onto the SVG elements through refs, touching only
// attributes whose value changed — what runs on every animation frame.
import { CALLOUTS, LABELLED_RECEPTORS, type CalloutId, type CircleState, type Placement, type Scene } from './scene';

export const f1 = (v: number): string => (Math.round(v * 10) / 10).toString();
export const f2 = (v: number): string => (Math.round(v * 100) / 100).toString();

function setIfChanged(el: Element | null | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function place(el: Element | null | undefined, pl: Placement, rotate = true): void {
  setIfChanged(el, 'transform', rotate ? `translate(${f1(pl.x)} ${f1(pl.y)}) rotate(${f1(pl.angleDeg)})` : `translate(${f1(pl.x)} ${f1(pl.y)})`);
  setIfChanged(el, 'opacity', f2(pl.opacity));
}

function circle(el: Element | null | undefined, c: CircleState): void {
  setIfChanged(el, 'cx', f1(c.x));
  setIfChanged(el, 'cy', f1(c.y));
  setIfChanged(el, 'r', f1(Math.max(0, c.r)));
  setIfChanged(el, 'opacity', f2(c.opacity));
}

export interface DrawingRefs {
  tCell: SVGGElement | null;
  tOutline: SVGPathElement | null;
  tLabel: SVGTextElement | null;
  blastOutline: SVGPathElement | null;
  nucleus: SVGCircleElement | null;
  fragments: (SVGCircleElement | null)[];
  bodies: (SVGCircleElement | null)[];
  receptors: (SVGGElement | null)[];
  receptorLabels: (SVGTextElement | null)[];
  bites: (SVGGElement | null)[];
  granules: (SVGCircleElement | null)[];
  granzymes: (SVGCircleElement | null)[];
  pores: (SVGGElement | null)[];
  caspases: (SVGGElement | null)[];
  markers: (SVGGElement | null)[];
  markerLabels: (SVGTextElement | null)[];
  cytokines: (SVGGElement | null)[];
  cytokineLegend: SVGGElement | null;
  adhesion: (SVGGElement | null)[];
  callouts: Partial<Record<CalloutId, SVGGElement | null>>;
  leaders: Partial<Record<CalloutId, SVGPathElement | null>>;
}

export function emptyRefs(): DrawingRefs {
  return {
    tCell: null,
    tOutline: null,
    tLabel: null,
    blastOutline: null,
    nucleus: null,
    fragments: [],
    bodies: [],
    receptors: [],
    receptorLabels: [],
    bites: [],
    granules: [],
    granzymes: [],
    pores: [],
    caspases: [],
    markers: [],
    markerLabels: [],
    cytokines: [],
    cytokineLegend: null,
    adhesion: [],
    callouts: {},
    leaders: {},
  };
}

export function applyScene(refs: DrawingRefs, scene: Scene): void {
  setIfChanged(refs.tOutline, 'd', scene.tCell.outline);
  setIfChanged(refs.tCell, 'transform', `translate(${f1(scene.tCell.x)} ${f1(scene.tCell.y)})`);
  setIfChanged(refs.blastOutline, 'd', scene.blast.outline);
  circle(refs.nucleus, scene.blast.nucleus);
  scene.blast.nucleusFragments.forEach((c, i) => circle(refs.fragments[i], c));
  scene.blast.bodies.forEach((c, i) => circle(refs.bodies[i], c));
  scene.receptors.forEach((pl, i) => place(refs.receptors[i], pl));
  const labelFor = (index: number, el: SVGTextElement | null | undefined, dx: number, dy: number): void => {
    const pl = scene.receptors[index];
    if (!pl || !el) return;
    const a = (pl.angleDeg * Math.PI) / 180;
    setIfChanged(el, 'x', f1(pl.x + Math.cos(a) * 14 + dx));
    setIfChanged(el, 'y', f1(pl.y + Math.sin(a) * 14 + dy));
  };
  labelFor(LABELLED_RECEPTORS.blastCd19, refs.receptorLabels[0], 0, 5);
  labelFor(LABELLED_RECEPTORS.tCd3, refs.receptorLabels[1], -2, 4);
  setIfChanged(refs.receptorLabels[0], 'opacity', f2(scene.receptorLabelOpacity.cd19));
  setIfChanged(refs.receptorLabels[1], 'opacity', f2(scene.receptorLabelOpacity.cd3));
  scene.bites.forEach((pl, i) => place(refs.bites[i], pl));
  scene.granules.forEach((pl, i) => circle(refs.granules[i], { x: pl.x, y: pl.y, r: 5, opacity: pl.opacity }));
  scene.granzymes.forEach((pl, i) => circle(refs.granzymes[i], { x: pl.x, y: pl.y, r: 2.8, opacity: pl.opacity }));
  scene.pores.forEach((pl, i) => place(refs.pores[i], pl));
  scene.caspases.forEach((pl, i) => place(refs.caspases[i], pl));
  scene.markers.forEach((pl, i) => place(refs.markers[i], pl));
  scene.markerLabels.forEach((pl, i) => place(refs.markerLabels[i], pl, false));
  scene.cytokines.forEach((pl, i) => place(refs.cytokines[i], pl, false));
  setIfChanged(refs.cytokineLegend, 'opacity', f2(scene.cytokineLegendOpacity));
  scene.adhesion.forEach((pair, i) => {
    const el = refs.adhesion[i];
    if (!el) return;
    const midX = (pair.t.x + pair.blast.x) / 2;
    const midY = (pair.t.y + pair.blast.y) / 2;
    setIfChanged(el, 'opacity', f2(pair.opacity));
    const lines = el.querySelectorAll('path');
    setIfChanged(lines[0], 'd', `M${f1(pair.t.x)} ${f1(pair.t.y)} L${f1(midX - 2)} ${f1(midY)}`);
    setIfChanged(lines[1], 'd', `M${f1(pair.blast.x)} ${f1(pair.blast.y)} L${f1(midX + 2)} ${f1(midY)}`);
  });
  for (const c of CALLOUTS) {
    setIfChanged(refs.callouts[c.id], 'opacity', f2(scene.callouts[c.id]));
    const target = scene.leaderTargets[c.id];
    setIfChanged(refs.leaders[c.id], 'd', `M${f1(c.from.x)} ${f1(c.from.y)} L${f1(target.x)} ${f1(target.y)}`);
  }
}

