// Pure layout of the BiTE-structure figure: blinatumomab beside an IgG drawn to one scale (area ∝ mass),
// as plain data plus SVG path strings built with d3 (scale, path, line); no DOM, no React, no clock.
import { BLINATUMOMAB_MASS_KDA } from '../../model';
import { curveLinear, line, path as d3Path, scaleLinear } from 'd3';
import type { PartId } from './parts';

// ── Masses ──────────────────────────────────────────────────────────────────────────────────────────
/**
 * Teaching approximation: every immunoglobulin domain (VH, VL, CH1, CL, CH2, CH3) is taken as 12.5 kDa,
 * so an IgG of 12 domains is 150 kDa. Real domains differ by a few kDa and the IgG also carries glycans
 * and a hinge; the approximation is good enough to compare sizes by eye.
 */
export const IG_DOMAIN_MASS_KDA = 12.5;
/** IgG: 2 heavy chains (VH, CH1, CH2, CH3) + 2 light chains (VL, CL) = 12 domains × 12.5 kDa. */
export const IGG_MASS_KDA = 12 * IG_DOMAIN_MASS_KDA;
/**
 * What blinatumomab weighs beyond its four Ig domains (54.1 − 4 × 12.5 = 4.1 kDa): the glycine–serine
 * linkers plus the real domains being slightly heavier than 12.5 kDa. It is drawn as the linker bands.
 */
export const BITE_LINKER_MASS_KDA = BLINATUMOMAB_MASS_KDA - 4 * IG_DOMAIN_MASS_KDA;

// ── Scale: area ∝ mass ─────────────────────────────────────────────────────────────────────────────
/** Drawn area (square viewBox units) of one 12.5-kDa domain. */
export const DOMAIN_AREA_UNITS2 = 2600;
const massToAreaScale = scaleLinear().domain([0, IG_DOMAIN_MASS_KDA]).range([0, DOMAIN_AREA_UNITS2]);

/** Drawn area (viewBox units²) for a mass in kDa; the one scale both molecules share. */
export function areaForMassUnits2(massKDa: number): number {
  return massToAreaScale(massKDa);
}

/** Mass in kDa that a drawn area (viewBox units²) stands for. */
export function massForAreaKDa(areaUnits2: number): number {
  return massToAreaScale.invert(areaUnits2);
}

// ── Domain shape: a rounded rectangle whose area is the domain's mass ───────────────────────────────
/** Height ÷ width of a drawn domain (domains stand upright, like the usual Ig cartoon). */
export const DOMAIN_ASPECT = 1.36;
/** Corner radius ÷ width. */
export const DOMAIN_CORNER_FRACTION = 0.4;
/** Gap between paired domains (VH beside VL, CH2 beside CH2 …), viewBox units. */
export const DOMAIN_GAP_UNITS = 4;

export interface Size {
  widthUnits: number;
  heightUnits: number;
  cornerRadiusUnits: number;
}

/** Area of a rounded rectangle (rectangle minus the four corner cut-outs). */
export function roundedRectAreaUnits2(size: Size): number {
  const r = size.cornerRadiusUnits;
  return size.widthUnits * size.heightUnits - (4 - Math.PI) * r * r;
}

/** Width, height and corner radius of a domain drawn for a mass (area = areaForMassUnits2(mass)). */
export function domainSizeForMass(massKDa: number): Size {
  const area = areaForMassUnits2(massKDa);
  const c = DOMAIN_CORNER_FRACTION;
  const widthUnits = Math.sqrt(area / (DOMAIN_ASPECT - (4 - Math.PI) * c * c));
  return { widthUnits, heightUnits: widthUnits * DOMAIN_ASPECT, cornerRadiusUnits: widthUnits * c };
}

/** SVG path of a rounded rectangle centred on the origin (place it with a transform). */
export function roundedRectPath(size: Size): string {
  const w = size.widthUnits / 2;
  const h = size.heightUnits / 2;
  const r = Math.min(size.cornerRadiusUnits, w, h);
  const p = d3Path();
  p.moveTo(-w + r, -h);
  p.lineTo(w - r, -h);
  p.arcTo(w, -h, w, -h + r, r);
  p.lineTo(w, h - r);
  p.arcTo(w, h, w - r, h, r);
  p.lineTo(-w + r, h);
  p.arcTo(-w, h, -w, h - r, r);
  p.lineTo(-w, -h + r);
  p.arcTo(-w, -h, -w + r, -h, r);
  p.closePath();
  return p.toString();
}

// ── Small geometry helpers ──────────────────────────────────────────────────────────────────────────
export type Point = readonly [x: number, y: number];

/** Rotate a point about a pivot; positive degrees turn clockwise on screen (SVG's y points down). */
export function rotatePoint(point: Point, pivot: Point, angleDeg: number): Point {
  const a = (angleDeg * Math.PI) / 180;
  const dx = point[0] - pivot[0];
  const dy = point[1] - pivot[1];
  return [pivot[0] + dx * Math.cos(a) - dy * Math.sin(a), pivot[1] + dx * Math.sin(a) + dy * Math.cos(a)];
}

function cubicBezierPoints(p0: Point, p1: Point, p2: Point, p3: Point, samples: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    out.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
  }
  return out;
}

/** Length of a polyline, viewBox units. */
export function polylineLengthUnits(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  }
  return total;
}

const polylinePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1])
  .curve(curveLinear);

/** SVG path through a polyline. */
export function polylineToPath(points: readonly Point[]): string {
  return polylinePath(points as Point[]) ?? '';
}

/** An oriented box: centre, size and rotation (degrees, clockwise). Domains and focus rings use it. */
export interface OrientedBox extends Size {
  cx: number;
  cy: number;
  rotationDeg: number;
}

/** The four corners of an oriented box (rounded corners lie inside them). */
export function boxCorners(box: OrientedBox): Point[] {
  const w = box.widthUnits / 2;
  const h = box.heightUnits / 2;
  const centre: Point = [box.cx, box.cy];
  return (
    [
      [-w, -h],
      [w, -h],
      [w, h],
      [-w, h],
    ] as Point[]
  ).map((c) => rotatePoint([box.cx + c[0], box.cy + c[1]], centre, box.rotationDeg));
}

/** Polygon outlining a rounded oriented box, sampled along its corner arcs (for areas and tests). */
export function roundedBoxPolygon(box: OrientedBox, segmentsPerCorner = 16): Point[] {
  const w = box.widthUnits / 2;
  const h = box.heightUnits / 2;
  const r = Math.min(box.cornerRadiusUnits, w, h);
  const corners: Array<[number, number, number]> = [
    [w - r, -h + r, -90],
    [w - r, h - r, 0],
    [-w + r, h - r, 90],
    [-w + r, -h + r, 180],
  ];
  const out: Point[] = [];
  for (const [cx, cy, startDeg] of corners) {
    for (let i = 0; i <= segmentsPerCorner; i++) {
      const a = ((startDeg + (90 * i) / segmentsPerCorner) * Math.PI) / 180;
      out.push(rotatePoint([box.cx + cx + r * Math.cos(a), box.cy + cy + r * Math.sin(a)], [box.cx, box.cy], box.rotationDeg));
    }
  }
  return out;
}

/** The interval a polygon covers on the axis (nx, ny) (unnormalised: lengths scaled alike). */
function projection(poly: readonly Point[], nx: number, ny: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of poly) {
    const d = v[0] * nx + v[1] * ny;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return [min, max];
}

/** True when two convex polygons overlap (separating-axis test); touching counts as apart. */
export function convexPolygonsOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i];
      const q = poly[(i + 1) % poly.length];
      const nx = q[1] - p[1];
      const ny = p[0] - q[0];
      const [minA, maxA] = projection(a, nx, ny);
      const [minB, maxB] = projection(b, nx, ny);
      if (maxA <= minB || maxB <= minA) return false;
    }
  }
  return true;
}

/** Rough width of a line of label text (generous: system sans-serif fonts average 0.5–0.6 em per character). */
export function estimateTextWidthUnits(text: string, fontUnits: number): number {
  return text.length * fontUnits * 0.62;
}

// ── Layout data ─────────────────────────────────────────────────────────────────────────────────────
export type MoleculeId = 'blinatumomab' | 'igg';
/** Colour/pattern family of a domain: anti-CD19, anti-CD3, IgG heavy or light chain (Fab), IgG Fc. */
export type DomainKind = 'cd19' | 'cd3' | 'heavy' | 'light' | 'fc';
/** Static parts stay put; swing parts belong to the anti-CD3 scFv, which the linker animation rotates. */
export type Layer = 'static' | 'swing';

export interface DomainShape extends OrientedBox {
  id: string;
  /** Text drawn inside the domain: VL, VH, CH1, CL, CH2, CH3. */
  label: string;
  molecule: MoleculeId;
  kind: DomainKind;
  partId: PartId;
  layer: Layer;
  massKDa: number;
}

export interface LinkerShape {
  id: string;
  partId: PartId;
  layer: Layer;
  points: Point[];
  lengthUnits: number;
  /** Band width chosen so that length × width = area of this linker's share of the linker mass. */
  widthUnits: number;
  massKDa: number;
}

export interface TextLabel {
  id: string;
  /** The part this label names (null: plain caption such as a molecule title). */
  partId: PartId | null;
  lines: string[];
  /** Anchor of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontUnits: number;
  bold?: boolean;
  /** Only the first line bold (a heading line). */
  boldFirstLine?: boolean;
  layer: Layer;
  /** Labels inside the swinging group are turned back so their text stays upright. */
  counterRotate: boolean;
}

export interface LeaderLine {
  id: string;
  partId: PartId | null;
  points: Point[];
  layer: Layer;
  /** Drawn dashed (brackets and leaders are solid; the "absent Fc" box is dashed). */
  dashed?: boolean;
}

export interface TerminusMarker {
  partId: PartId;
  letter: 'N' | 'C';
  x: number;
  y: number;
  radiusUnits: number;
  /** Short stub from the marker to the domain it starts or ends. */
  stub: Point[];
  layer: Layer;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BiteStructureLayout {
  viewBox: { width: number; height: number };
  fontUnits: number;
  lineHeightUnits: number;
  domains: DomainShape[];
  linkers: LinkerShape[];
  labels: TextLabel[];
  leaders: LeaderLine[];
  termini: TerminusMarker[];
  /** Dashed box on the blinatumomab side saying it has no Fc. */
  noFcBox: Rect;
  /** The point of the central linker the anti-CD3 scFv swings about. */
  pivot: Point;
  /** Scale key: one domain drawn at the common scale, with its caption lines. */
  scaleKey: { box: OrientedBox; caption: TextLabel };
  /** Outline boxes around multi-domain parts (each Fab arm, the Fc) for their focus rings. */
  groupBoxes: Partial<Record<PartId, OrientedBox[]>>;
}

// ── Text metrics shared by layout and render ──
export const FONT_UNITS = 15;
export const TITLE_FONT_UNITS = 17;
export const LINE_HEIGHT_UNITS = 18;
export const VIEWBOX_WIDTH = 800;
export const VIEWBOX_HEIGHT = 500;
/** The anti-CD3 scFv swings this far either side of rest in the linker-flexibility animation. */
export const FLEX_AMPLITUDE_DEG = 40;

/** Axis-aligned box of a label once its anchor is placed (and turned with the swing, if any). */
export function labelBox(label: TextLabel, pivot: Point = [0, 0], swingDeg = 0): Rect {
  const anchor: Point = label.layer === 'swing' ? rotatePoint([label.x, label.y], pivot, swingDeg) : [label.x, label.y];
  const width = Math.max(...label.lines.map((l) => estimateTextWidthUnits(l, label.fontUnits)));
  const left = label.anchor === 'start' ? anchor[0] : label.anchor === 'middle' ? anchor[0] - width / 2 : anchor[0] - width;
  const top = anchor[1] - label.fontUnits * 0.8;
  const height = label.fontUnits * 0.8 + (label.lines.length - 1) * LINE_HEIGHT_UNITS + label.fontUnits * 0.25;
  return { x: left, y: top, width, height };
}

/** A domain as placed after the swing (swing-layer domains turn about the pivot). */
export function placedDomain(domain: DomainShape, pivot: Point, swingDeg: number): OrientedBox {
  if (domain.layer === 'static' || swingDeg === 0) return domain;
  const [cx, cy] = rotatePoint([domain.cx, domain.cy], pivot, swingDeg);
  return { ...domain, cx, cy, rotationDeg: domain.rotationDeg + swingDeg };
}

function rectPolygon(r: Rect): Point[] {
  return [
    [r.x, r.y],
    [r.x + r.width, r.y],
    [r.x + r.width, r.y + r.height],
    [r.x, r.y + r.height],
  ];
}

export { rectPolygon };

/**
 * Build the whole figure layout. Blinatumomab (left): anti-CD19 scFv (VL–linker–VH) high on the left,
 * a short central linker, the anti-CD3 scFv (VH–linker–VL) lower right; IgG (right): a Y of two Fab arms,
 * hinge and Fc. Every domain is the same 12.5-kDa shape, so the two molecules are drawn to one scale.
 */
export function buildBiteStructureLayout(): BiteStructureLayout {
  const size = domainSizeForMass(IG_DOMAIN_MASS_KDA);
  const w = size.widthUnits;
  const h = size.heightUnits;
  const gap = DOMAIN_GAP_UNITS;
  const font = FONT_UNITS;
  const lh = LINE_HEIGHT_UNITS;

  const domains: DomainShape[] = [];
  const labels: TextLabel[] = [];
  const leaders: LeaderLine[] = [];
  const termini: TerminusMarker[] = [];

  const addDomain = (d: Omit<DomainShape, keyof Size | 'massKDa' | 'molecule'> & { molecule?: MoleculeId }): DomainShape => {
    const shape: DomainShape = { molecule: 'blinatumomab', ...d, ...size, massKDa: IG_DOMAIN_MASS_KDA };
    domains.push(shape);
    return shape;
  };

  // ── Blinatumomab ──
  const pivot: Point = [204, 206];
  const pivotGap = 14; // pivot → facing edge of each scFv
  const pairDy = 18; // each scFv sits this far above (CD19) / below (CD3) the pivot
  const vh19 = addDomain({ id: 'cd19-vh', label: 'VH', kind: 'cd19', partId: 'cd19-vh', layer: 'static', cx: pivot[0] - pivotGap - w / 2, cy: pivot[1] - pairDy, rotationDeg: 0 });
  const vl19 = addDomain({ id: 'cd19-vl', label: 'VL', kind: 'cd19', partId: 'cd19-vl', layer: 'static', cx: vh19.cx - w - gap, cy: vh19.cy, rotationDeg: 0 });
  const vh3 = addDomain({ id: 'cd3-vh', label: 'VH', kind: 'cd3', partId: 'cd3-vh', layer: 'swing', cx: pivot[0] + pivotGap + w / 2, cy: pivot[1] + pairDy, rotationDeg: 0 });
  const vl3 = addDomain({ id: 'cd3-vl', label: 'VL', kind: 'cd3', partId: 'cd3-vl', layer: 'swing', cx: vh3.cx + w + gap, cy: vh3.cy, rotationDeg: 0 });

  // Linkers as sampled curves; widths set afterwards so their total area carries BITE_LINKER_MASS_KDA.
  const bottom19 = vh19.cy + h / 2;
  const top3 = vh3.cy - h / 2;
  const loop19 = cubicBezierPoints([vl19.cx, bottom19], [vl19.cx, bottom19 + 26], [vh19.cx - w / 4, bottom19 + 26], [vh19.cx - w / 4, bottom19], 24);
  const centralUpper = cubicBezierPoints([vh19.cx + w / 2, vh19.cy + h / 4], [vh19.cx + w / 2 + 9, vh19.cy + h / 4], [pivot[0] - 6, pivot[1] - 4], pivot, 12);
  const centralLower = cubicBezierPoints(pivot, [pivot[0] + 6, pivot[1] + 4], [vh3.cx - w / 2 - 9, vh3.cy - h / 4], [vh3.cx - w / 2, vh3.cy - h / 4], 12);
  const loop3 = cubicBezierPoints([vh3.cx + w / 4, top3], [vh3.cx + w / 4, top3 - 26], [vl3.cx, top3 - 26], [vl3.cx, top3], 24);
  const rawLinkers: Array<Omit<LinkerShape, 'widthUnits' | 'massKDa'>> = [
    { id: 'cd19-linker', partId: 'cd19-linker', layer: 'static', points: loop19, lengthUnits: polylineLengthUnits(loop19) },
    { id: 'central-linker-upper', partId: 'central-linker', layer: 'static', points: centralUpper, lengthUnits: polylineLengthUnits(centralUpper) },
    { id: 'central-linker-lower', partId: 'central-linker', layer: 'swing', points: centralLower, lengthUnits: polylineLengthUnits(centralLower) },
    { id: 'cd3-linker', partId: 'cd3-linker', layer: 'swing', points: loop3, lengthUnits: polylineLengthUnits(loop3) },
  ];
  const totalLinkerLength = rawLinkers.reduce((s, l) => s + l.lengthUnits, 0);
  const linkerWidth = areaForMassUnits2(BITE_LINKER_MASS_KDA) / totalLinkerLength;
  const linkers: LinkerShape[] = rawLinkers.map((l) => ({
    ...l,
    widthUnits: linkerWidth,
    massKDa: (BITE_LINKER_MASS_KDA * l.lengthUnits) / totalLinkerLength,
  }));

  // Termini: N starts the chain at the anti-CD19 VL; C ends it at the anti-CD3 VL.
  const nPos: Point = [vl19.cx - w / 2 - 18, vl19.cy - h / 4];
  termini.push({ partId: 'bite-n-terminus', letter: 'N', x: nPos[0], y: nPos[1], radiusUnits: 10, stub: [[nPos[0] + 10, nPos[1]], [vl19.cx - w / 2, nPos[1]]], layer: 'static' });
  const cPos: Point = [vl3.cx + w / 2 + 18, vl3.cy + h / 4];
  termini.push({ partId: 'bite-c-terminus', letter: 'C', x: cPos[0], y: cPos[1], radiusUnits: 10, stub: [[vl3.cx + w / 2, cPos[1]], [cPos[0] - 10, cPos[1]]], layer: 'swing' });

  // scFv labels with brackets: anti-CD19 above (it binds the B cell), anti-CD3 below (it binds the T cell).
  const pair19Left = vl19.cx - w / 2;
  const pair19Right = vh19.cx + w / 2;
  const top19 = vh19.cy - h / 2;
  const bracket19Y = top19 - 8;
  leaders.push({ id: 'cd19-scfv-bracket', partId: 'cd19-scfv', layer: 'static', points: [[pair19Left, bracket19Y + 5], [pair19Left, bracket19Y], [pair19Right, bracket19Y], [pair19Right, bracket19Y + 5]] });
  labels.push({ id: 'cd19-scfv-label', partId: 'cd19-scfv', lines: ['anti-CD19 scFv:', 'binds CD19 on', 'the B cell ↑'], x: (pair19Left + pair19Right) / 2, y: bracket19Y - 8 - 2 * lh, anchor: 'middle', fontUnits: font, layer: 'static', counterRotate: false });
  const pair3Left = vh3.cx - w / 2;
  const pair3Right = vl3.cx + w / 2;
  const bottom3 = vh3.cy + h / 2;
  const bracket3Y = bottom3 + 8;
  leaders.push({ id: 'cd3-scfv-bracket', partId: 'cd3-scfv', layer: 'swing', points: [[pair3Left, bracket3Y - 5], [pair3Left, bracket3Y], [pair3Right, bracket3Y], [pair3Right, bracket3Y - 5]] });
  labels.push({ id: 'cd3-scfv-label', partId: 'cd3-scfv', lines: ['anti-CD3 scFv:', 'binds CD3 on', 'the T cell ↓'], x: (pair3Left + pair3Right) / 2 + 34, y: bracket3Y + 44, anchor: 'middle', fontUnits: font, layer: 'swing', counterRotate: true });

  // Linker labels.
  const loop19Point = loop19[5];
  labels.push({ id: 'cd19-linker-label', partId: 'cd19-linker', lines: ['Gly–Ser', 'linker'], x: pair19Left - 8, y: bottom19 + 4, anchor: 'end', fontUnits: font, layer: 'static', counterRotate: false });
  leaders.push({ id: 'cd19-linker-leader', partId: 'cd19-linker', layer: 'static', points: [[pair19Left - 6, bottom19 + 8], [loop19Point[0] - 5, loop19Point[1]]] });
  labels.push({ id: 'central-linker-label', partId: 'central-linker', lines: ['short flexible', 'linker'], x: pivot[0] - 34, y: pivot[1] + 58, anchor: 'end', fontUnits: font, layer: 'static', counterRotate: false });
  leaders.push({ id: 'central-linker-leader', partId: 'central-linker', layer: 'static', points: [[pivot[0] - 30, pivot[1] + 46], [pivot[0] - 4, pivot[1] + 6]] });
  const loop3Top = loop3[Math.floor(loop3.length / 2)];
  labels.push({ id: 'cd3-linker-label', partId: 'cd3-linker', lines: ['Gly–Ser', 'linker'], x: pair3Right + 6, y: top3 - 22, anchor: 'start', fontUnits: font, layer: 'swing', counterRotate: true });
  leaders.push({ id: 'cd3-linker-leader', partId: 'cd3-linker', layer: 'swing', points: [[pair3Right + 4, top3 - 27], [loop3Top[0] + 12, loop3Top[1] - 2]] });

  const noFcBox: Rect = { x: 58, y: 398, width: 250, height: 92 };
  labels.push({ id: 'no-fc-label', partId: 'bite-no-fc', lines: ['No Fc region:', '→ no FcRn recycling', '→ half-life of hours', '→ continuous infusion'], x: noFcBox.x + 12, y: noFcBox.y + 22, anchor: 'start', fontUnits: font, boldFirstLine: true, layer: 'static', counterRotate: false });

  labels.push({ id: 'bite-title', partId: null, lines: ['Blinatumomab (BiTE)'], x: 20, y: 28, anchor: 'start', fontUnits: TITLE_FONT_UNITS, bold: true, layer: 'static', counterRotate: false });
  labels.push({ id: 'bite-subtitle', partId: null, lines: [`${BLINATUMOMAB_MASS_KDA} kDa · one polypeptide chain`], x: 20, y: 48, anchor: 'start', fontUnits: font, layer: 'static', counterRotate: false });

  // ── IgG: a Y of two Fab arms, a hinge and the Fc ──
  const X = 600;
  const hingeY = 214;
  const armAngleDeg = 38;
  const armBaseDx = 37;
  const armBaseOffset = 10; // along the arm, base point → CH1/CL
  const hingeLength = 20; // hinge point → top of CH2
  const colOffset = w / 2 + gap / 2;
  const armLabels: Array<[string, string, DomainKind, number]> = [
    // [id suffix, label, kind, row (0 = constant, 1 = variable)] × column sign (+1 inner heavy, −1 outer light)
    ['ch1', 'CH1', 'heavy', 0],
    ['vh', 'VH', 'heavy', 1],
    ['cl', 'CL', 'light', 0],
    ['vl', 'VL', 'light', 1],
  ];
  const hingeTops: Point[] = [];
  const groupBoxes: Partial<Record<PartId, OrientedBox[]>> = { 'igg-fab': [], 'igg-fc': [] };
  for (const side of [-1, 1] as const) {
    const t = (armAngleDeg * Math.PI) / 180;
    const dir: Point = [side * Math.sin(t), -Math.cos(t)]; // up and outward
    const inward: Point = [-side * Math.cos(t), -Math.sin(t)]; // towards the other arm
    const base: Point = [X + side * armBaseDx, hingeY];
    for (const [suffix, label, kind, row] of armLabels) {
      const along = armBaseOffset + h / 2 + row * (h + gap);
      const across = (kind === 'heavy' ? 1 : -1) * colOffset;
      addDomain({
        id: `igg-${side < 0 ? 'left' : 'right'}-${suffix}`,
        label,
        molecule: 'igg',
        kind,
        partId: 'igg-fab',
        layer: 'static',
        cx: base[0] + dir[0] * along + inward[0] * across,
        cy: base[1] + dir[1] * along + inward[1] * across,
        rotationDeg: side * armAngleDeg,
      });
    }
    hingeTops.push([base[0] + dir[0] * armBaseOffset + inward[0] * colOffset, base[1] + dir[1] * armBaseOffset + inward[1] * colOffset]);
    const armMid = armBaseOffset + h + gap / 2;
    groupBoxes['igg-fab']?.push({ cx: base[0] + dir[0] * armMid, cy: base[1] + dir[1] * armMid, widthUnits: 2 * w + gap, heightUnits: 2 * h + gap, cornerRadiusUnits: size.cornerRadiusUnits, rotationDeg: side * armAngleDeg });
  }
  const fcTop = hingeY + hingeLength;
  for (const side of [-1, 1] as const) {
    const name = side < 0 ? 'left' : 'right';
    addDomain({ id: `igg-${name}-ch2`, label: 'CH2', molecule: 'igg', kind: 'fc', partId: 'igg-fc', layer: 'static', cx: X + side * colOffset, cy: fcTop + h / 2, rotationDeg: 0 });
    addDomain({ id: `igg-${name}-ch3`, label: 'CH3', molecule: 'igg', kind: 'fc', partId: 'igg-fc', layer: 'static', cx: X + side * colOffset, cy: fcTop + h + gap + h / 2, rotationDeg: 0 });
  }
  groupBoxes['igg-fc']?.push({ cx: X, cy: fcTop + h + gap / 2, widthUnits: 2 * w + gap, heightUnits: 2 * h + gap, cornerRadiusUnits: size.cornerRadiusUnits, rotationDeg: 0 });
  // Hinge: each heavy chain runs from its CH1 down to its CH2; two disulfide bonds join them.
  hingeTops.forEach((top, i) => {
    const side = i === 0 ? -1 : 1;
    leaders.push({ id: `igg-hinge-${side < 0 ? 'left' : 'right'}`, partId: 'igg-hinge', layer: 'static', points: [top, [X + side * colOffset, hingeY - 2], [X + side * colOffset, fcTop]] });
  });
  for (const dy of [2, 10]) {
    leaders.push({ id: `igg-disulfide-${dy}`, partId: 'igg-hinge', layer: 'static', points: [[X - colOffset, hingeY + dy], [X + colOffset, hingeY + dy]] });
  }
  labels.push({ id: 'igg-hinge-label', partId: 'igg-hinge', lines: ['hinge'], x: X, y: hingeY - 84, anchor: 'middle', fontUnits: font, layer: 'static', counterRotate: false });
  leaders.push({ id: 'igg-hinge-leader', partId: 'igg-hinge', layer: 'static', points: [[X, hingeY - 78], [X, hingeY - 22]] });

  // "Fab arm" beside each arm's constant light-chain domain, on the outside.
  for (const side of [-1, 1] as const) {
    const cl = domains.find((d) => d.id === `igg-${side < 0 ? 'left' : 'right'}-cl`) as DomainShape;
    labels.push({ id: `igg-fab-label-${side < 0 ? 'left' : 'right'}`, partId: 'igg-fab', lines: ['Fab arm'], x: cl.cx + side * 0.9 * w, y: cl.cy + h / 2 + 12, anchor: side < 0 ? 'end' : 'start', fontUnits: font, layer: 'static', counterRotate: false });
  }

  const fcBottom = fcTop + 2 * h + gap;
  const fcRight = X + colOffset + w / 2;
  leaders.push({ id: 'igg-fc-bracket', partId: 'igg-fc', layer: 'static', points: [[fcRight + 6, fcTop + 16], [fcRight + 12, fcTop + 16], [fcRight + 12, fcBottom], [fcRight + 6, fcBottom]] });
  labels.push({ id: 'igg-fc-label', partId: 'igg-fc', lines: ['Fc', '(CH2 + CH3)', 'binds FcRn'], x: fcRight + 20, y: (fcTop + 16 + fcBottom) / 2 - 12, anchor: 'start', fontUnits: font, layer: 'static', counterRotate: false });

  const leftCh3 = domains.find((d) => d.id === 'igg-left-ch3') as DomainShape;
  labels.push({ id: 'igg-heavy-label', partId: 'igg-heavy-chain', lines: ['heavy chain', '(× 2)'], x: leftCh3.cx - w / 2 - 20, y: leftCh3.cy - 4, anchor: 'end', fontUnits: font, layer: 'static', counterRotate: false });
  leaders.push({ id: 'igg-heavy-leader', partId: 'igg-heavy-chain', layer: 'static', points: [[leftCh3.cx - w / 2 - 17, leftCh3.cy - 8], [leftCh3.cx - w / 2, leftCh3.cy - 8]] });
  const leftVl = domains.find((d) => d.id === 'igg-left-vl') as DomainShape;
  labels.push({ id: 'igg-light-label', partId: 'igg-light-chain', lines: ['light chain', '(× 2)'], x: leftVl.cx - 22, y: leftVl.cy - 48, anchor: 'end', fontUnits: font, layer: 'static', counterRotate: false });
  leaders.push({ id: 'igg-light-leader', partId: 'igg-light-chain', layer: 'static', points: [[leftVl.cx - 20, leftVl.cy - 42], [leftVl.cx - 12, leftVl.cy - 26]] });

  labels.push({ id: 'igg-title', partId: null, lines: ['IgG antibody'], x: X - 190, y: 28, anchor: 'start', fontUnits: TITLE_FONT_UNITS, bold: true, layer: 'static', counterRotate: false });
  labels.push({ id: 'igg-subtitle', partId: null, lines: [`${IGG_MASS_KDA} kDa · 2 heavy + 2 light chains`], x: X - 190, y: 48, anchor: 'start', fontUnits: font, layer: 'static', counterRotate: false });

  // ── Scale key ──
  const keyBox: OrientedBox = { ...size, cx: 404, cy: 444, rotationDeg: 0 };
  const ratio = BLINATUMOMAB_MASS_KDA / IGG_MASS_KDA;
  const caption: TextLabel = {
    id: 'scale-caption',
    partId: null,
    lines: [
      'Scale: area ∝ mass.',
      `This shape = one Ig domain ≈ ${IG_DOMAIN_MASS_KDA} kDa`,
      '(a teaching approximation).',
      `${BLINATUMOMAB_MASS_KDA} ÷ ${IGG_MASS_KDA} kDa = ${ratio.toFixed(2)}: about a third.`,
    ],
    x: keyBox.cx + w / 2 + 14,
    y: keyBox.cy - 22,
    anchor: 'start',
    fontUnits: font,
    layer: 'static',
    counterRotate: false,
  };

  return {
    viewBox: { width: VIEWBOX_WIDTH, height: VIEWBOX_HEIGHT },
    fontUnits: font,
    lineHeightUnits: lh,
    domains,
    linkers,
    labels,
    leaders,
    termini,
    noFcBox,
    pivot,
    scaleKey: { box: keyBox, caption },
    groupBoxes,
  };
}

// ── Derived quantities ──────────────────────────────────────────────────────────────────────────────
/** Total drawn area of one molecule (domains + linker bands), viewBox units². */
export function moleculeAreaUnits2(layout: BiteStructureLayout, molecule: MoleculeId): number {
  const domainArea = layout.domains.filter((d) => d.molecule === molecule).reduce((s, d) => s + roundedRectAreaUnits2(d), 0);
  const linkerArea = molecule === 'blinatumomab' ? layout.linkers.reduce((s, l) => s + l.lengthUnits * l.widthUnits, 0) : 0;
  return domainArea + linkerArea;
}

/** Approximate mass (kDa) of one part as drawn; null for parts without mass (termini, hinge, absent Fc). */
export function partMassKDa(layout: BiteStructureLayout, partId: PartId): number | null {
  const domainMass = (ids: string[]): number => layout.domains.filter((d) => ids.includes(d.id)).reduce((s, d) => s + d.massKDa, 0);
  const linkerMass = (pid: PartId): number => layout.linkers.filter((l) => l.partId === pid).reduce((s, l) => s + l.massKDa, 0);
  switch (partId) {
    case 'cd19-vl':
    case 'cd19-vh':
    case 'cd3-vh':
    case 'cd3-vl':
      return domainMass([partId]);
    case 'cd19-linker':
    case 'central-linker':
    case 'cd3-linker':
      return linkerMass(partId);
    case 'cd19-scfv':
      return domainMass(['cd19-vl', 'cd19-vh']) + linkerMass('cd19-linker');
    case 'cd3-scfv':
      return domainMass(['cd3-vh', 'cd3-vl']) + linkerMass('cd3-linker');
    case 'igg-fab':
      return domainMass(['igg-left-vh', 'igg-left-ch1', 'igg-left-vl', 'igg-left-cl']);
    case 'igg-fc':
      return domainMass(['igg-left-ch2', 'igg-left-ch3', 'igg-right-ch2', 'igg-right-ch3']);
    case 'igg-heavy-chain':
      return domainMass(['igg-left-vh', 'igg-left-ch1', 'igg-left-ch2', 'igg-left-ch3']);
    case 'igg-light-chain':
      return domainMass(['igg-left-vl', 'igg-left-cl']);
    case 'bite-n-terminus':
    case 'bite-c-terminus':
    case 'bite-no-fc':
    case 'igg-hinge':
      return null;
  }
}

/** Domain ids a part lights up when selected (its own shapes and, for chains and scFvs, their members). */
export function highlightedShapeIds(layout: BiteStructureLayout, partId: PartId): Set<string> {
  const ids = new Set<string>();
  for (const d of layout.domains) if (d.partId === partId) ids.add(d.id);
  for (const l of layout.linkers) if (l.partId === partId) ids.add(l.id);
  const add = (...more: string[]): void => more.forEach((m) => ids.add(m));
  if (partId === 'cd19-scfv') add('cd19-vl', 'cd19-linker', 'cd19-vh');
  if (partId === 'cd3-scfv') add('cd3-vh', 'cd3-linker', 'cd3-vl');
  if (partId === 'igg-heavy-chain') for (const d of layout.domains) if (d.molecule === 'igg' && (d.kind === 'heavy' || d.kind === 'fc')) ids.add(d.id);
  if (partId === 'igg-light-chain') for (const d of layout.domains) if (d.kind === 'light') ids.add(d.id);
  return ids;
}

// ── Linker-flexibility animation (pure) ────────────────────────────────────────────────────────────
/** Seconds for one full swing cycle (rest → up → rest → down → rest). */
export const FLEX_PERIOD_SECONDS = 3.2;

/** Swing angle (degrees) at a phase in radians: a smooth ±FLEX_AMPLITUDE_DEG oscillation. */
export function flexAngleAtPhase(phaseRadians: number): number {
  return FLEX_AMPLITUDE_DEG * Math.sin(phaseRadians);
}

/** Phase (radians) at which the oscillation passes through an angle, so playback resumes smoothly. */
export function flexPhaseForAngle(angleDeg: number): number {
  const s = Math.max(-1, Math.min(1, angleDeg / FLEX_AMPLITUDE_DEG));
  return Math.asin(s);
}

/** The three fixed poses stepped through under reduced motion. */
export const FLEX_POSES = [
  { id: 'rest', angleDeg: 0 },
  { id: 'up', angleDeg: -FLEX_AMPLITUDE_DEG },
  { id: 'down', angleDeg: FLEX_AMPLITUDE_DEG },
] as const;
/** Pose order when stepping (rest → up → rest → down → …), indices into FLEX_POSES. */
export const FLEX_POSE_SEQUENCE = [0, 1, 0, 2] as const;
/** Seconds between poses when stepping under reduced motion. */
export const FLEX_STEP_SECONDS = 1.2;

/** Angle for step number n of the stepped (reduced-motion) sequence. */
export function flexAngleForStep(step: number): number {
  const n = FLEX_POSE_SEQUENCE.length;
  return FLEX_POSES[FLEX_POSE_SEQUENCE[((step % n) + n) % n]].angleDeg;
}

/** SVG transform for the swinging group (and, negated about each anchor, for its upright labels). */
export function swingTransform(pivot: Point, angleDeg: number): string {
  return `rotate(${angleDeg.toFixed(2)} ${pivot[0].toFixed(2)} ${pivot[1].toFixed(2)})`;
}

// ── Which drawables each part's focus target holds ─────────────────────────────────────────────────
export interface Drawables {
  domains: DomainShape[];
  linkers: LinkerShape[];
  labels: TextLabel[];
  leaders: LeaderLine[];
  termini: TerminusMarker[];
  noFc: boolean;
}

export interface PartPlan {
  /** Layer whose group holds the focusable element (where the part's first label is). */
  focusLayer: Layer;
  /** Drawn inside the focusable element: its visible text must appear in the accessible name. */
  focus: Drawables;
  /** Drawn outside it (other layer, or multi-domain shapes whose own labels would muddle the name). */
  extras: Record<Layer, Drawables>;
  /** Outline boxes for the focus ring beyond the focus drawables' own rings. */
  ringBoxes: OrientedBox[];
}

function emptyDrawables(): Drawables {
  return { domains: [], linkers: [], labels: [], leaders: [], termini: [], noFc: false };
}

/** Parts made of several labelled domains: those domains are drawn outside the focusable element. */
const GROUP_PARTS: ReadonlySet<PartId> = new Set<PartId>(['igg-fab', 'igg-fc']);

/** Decide, for every part, what its focusable element draws and what is drawn beside it. */
export function planParts(layout: BiteStructureLayout, order: readonly PartId[]): Map<PartId, PartPlan> {
  const plans = new Map<PartId, PartPlan>();
  const plan = (id: PartId): PartPlan => {
    let p = plans.get(id);
    if (!p) {
      p = { focusLayer: 'static', focus: emptyDrawables(), extras: { static: emptyDrawables(), swing: emptyDrawables() }, ringBoxes: layout.groupBoxes[id] ?? [] };
      plans.set(id, p);
    }
    return p;
  };
  const seenLabel = new Set<PartId>();
  for (const l of layout.labels) {
    if (!l.partId) continue;
    const p = plan(l.partId);
    if (!seenLabel.has(l.partId)) {
      seenLabel.add(l.partId);
      p.focusLayer = l.layer;
      p.focus.labels.push(l);
    } else {
      p.extras[l.layer].labels.push(l); // e.g. the second "Fab arm" label
    }
  }
  for (const id of order) {
    const p = plan(id);
    if (seenLabel.has(id)) continue;
    const first = layout.domains.find((d) => d.partId === id) ?? layout.linkers.find((k) => k.partId === id) ?? layout.termini.find((t) => t.partId === id);
    p.focusLayer = first ? first.layer : 'static';
  }
  const place = (id: PartId, layer: Layer, forceExtra = false): Drawables => {
    const p = plan(id);
    return !forceExtra && p.focusLayer === layer ? p.focus : p.extras[layer];
  };
  for (const d of layout.domains) place(d.partId, d.layer, GROUP_PARTS.has(d.partId)).domains.push(d);
  for (const k of layout.linkers) place(k.partId, k.layer).linkers.push(k);
  for (const ld of layout.leaders) if (ld.partId) place(ld.partId, ld.layer).leaders.push(ld);
  for (const t of layout.termini) place(t.partId, t.layer).termini.push(t);
  plan('bite-no-fc').focus.noFc = true;
  return plans;
}

/** The text a focusable part shows, in document order (what WCAG 2.5.3 wants inside its name). */
export function visibleTextOfFocus(drawables: Drawables): string {
  return [...drawables.domains.map((d) => d.label), ...drawables.termini.map((t) => t.letter), ...drawables.labels.flatMap((l) => l.lines)].join(' ');
}
