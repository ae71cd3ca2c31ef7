// Pure geometry of the synapse drawing: the fixed layout (cells, receptors, labels) and, for a story
// position plus the model's drug, occupancy and IL-6 levels, where every drawn element is and how visible.
import { curveCatmullRomClosed, line } from 'd3';
import { MAX_CYTOKINE_DOTS, STORY_END, stageIndexAt, stagePhaseAt } from './schedule';

export interface Point {
  x: number;
  y: number;
}

export const VIEW = { width: 800, height: 480 } as const;
/** Text size in viewBox units: ≥ 12 px down to the drawing's 600 px minimum width (a 640 px figure). */
export const FONT_UNITS = 16;

// ── Fixed layout ─────────────────────────────────────────────────────────────────────────────────────
export const BLAST = { x: 530, y: 220, r: 88 } as const;
export const BYSTANDER = { x: 232, y: 336, r: 46 } as const;
export const NEXT_BLAST = { x: 105, y: 118, r: 56 } as const;
export const T_RADIUS = 58;
/** Flat faces of the synapse: the T cell's at x = 412, the blast's at x = 452 (the cleft between). */
export const T_FACE_X = 412;
export const BLAST_FACE_X = 452;
const BLAST_FACE_REST_X = BLAST.x - BLAST.r; // 442: the blast's circle edge, where its flattening starts

const T_KEY = {
  start: { x: 300, y: 74 },
  graze: { x: 418, y: 126 },
  driftEnd: { x: 392, y: 296 },
  bystanderTouch: { x: 316, y: 276 },
  approach: { x: 344, y: 220 },
  synapse: { x: 368, y: 220 },
  released: { x: 342, y: 222 },
  next: { x: 212, y: 196 },
} as const;

/** Receptor drawn size: stalk then head, along the outward normal (viewBox units). */
export const RECEPTOR_LENGTH = 10;
/** Face receptors sit at these offsets from the synapse's centre line (y), on both cells. */
const FACE_OFFSETS = [-7, 7, -21, 21] as const;
/** Offsets (y) of the adhesion molecules at the synapse's rim (LFA-1 with ICAM-1). */
export const ADHESION_OFFSETS = [-40, 40] as const;
/** CD19 on the blast away from the contact: angles (degrees; 0 = right, 90 = down). */
const BLAST_RING_DEG = Array.from({ length: 14 }, (_, k) => 210 + (k * 300) / 13);
/** Order in which ring CD19s gain a drug molecule (index into BLAST_RING_DEG); the first is the callout's. */
const BLAST_BIND_ORDER = [4, 9, 1, 12, 6, 10] as const;
const T_RING_DEG = Array.from({ length: 10 }, (_, k) => 40 + (k * 280) / 9);
const NEXT_RING_DEG = Array.from({ length: 10 }, (_, k) => 18 + k * 36);
const NEXT_BIND_ORDER = [1, 6, 3, 8] as const;
const MAX_RING_BOUND = BLAST_BIND_ORDER.length;

const BLEB_DEG = [-100, -55, -15, 30, 75, 120, 235, 275] as const;
const BODY_DEG = [-75, -25, 30, 85, 140] as const;
const BODY_RADII = [15, 12, 17, 13, 14] as const;

const FREE_BITE_HOME: readonly Point[] = [
  { x: 470, y: 40 },
  { x: 552, y: 92 },
  { x: 724, y: 206 },
  { x: 772, y: 258 },
  { x: 606, y: 468 },
  { x: 500, y: 468 },
  { x: 120, y: 458 },
  { x: 162, y: 252 },
  { x: 200, y: 24 },
  { x: 22, y: 238 },
];

/** The magnifier: a circle around the cleft (source) drawn enlarged at the lower right. */
export const MAGNIFIER = {
  source: { x: 432, y: 220 },
  sourceRadius: 46,
  centre: { x: 690, y: 374 },
  radius: 96,
} as const;
export const MAGNIFICATION = MAGNIFIER.radius / MAGNIFIER.sourceRadius;

/** Where a point of the cleft appears in the magnifier. */
export function magnify(p: Point): Point {
  return { x: MAGNIFIER.centre.x + MAGNIFICATION * (p.x - MAGNIFIER.source.x), y: MAGNIFIER.centre.y + MAGNIFICATION * (p.y - MAGNIFIER.source.y) };
}

const GRANULE_REST: readonly Point[] = [
  { x: 29, y: -20 },
  { x: 34, y: -6 },
  { x: 31, y: 8 },
  { x: 22, y: 21 },
  { x: 16, y: -34 },
];
const GRANULE_DOCKED: readonly Point[] = [
  { x: 35, y: -16 },
  { x: 37, y: -5 },
  { x: 37, y: 6 },
  { x: 35, y: 17 },
  { x: 31, y: 27 },
];
/** Granzyme: from the docked granules, through the pores, to these points inside the blast (blast-relative). */
const GRANZYME_END: readonly Point[] = [
  { x: -52, y: -22 },
  { x: -40, y: 8 },
  { x: -58, y: 28 },
  { x: -28, y: -38 },
  { x: -22, y: 26 },
  { x: -46, y: -4 },
];
const PORE_OFFSETS = [-14, 0, 14] as const;
const CASPASE_AT: readonly Point[] = [
  { x: -48, y: 2 },
  { x: -34, y: -30 },
  { x: -30, y: 34 },
  { x: -6, y: -56 },
  { x: 6, y: 58 },
  { x: 44, y: -44 },
  { x: 52, y: 40 },
];

export const CYTOKINES = [
  { id: 'ifng', name: 'IFN-γ', shape: 'circle' },
  { id: 'tnfa', name: 'TNF-α', shape: 'square' },
  { id: 'il2', name: 'IL-2', shape: 'triangle' },
  { id: 'il6', name: 'IL-6', shape: 'diamond' },
  { id: 'il10', name: 'IL-10', shape: 'hexagon' },
] as const;
export type CytokineShape = (typeof CYTOKINES)[number]['shape'];

export const MARKERS = [
  { id: 'cd25', name: 'CD25', angleDeg: 132 },
  { id: 'cd69', name: 'CD69', angleDeg: 180 },
  { id: 'cd2', name: 'CD2', angleDeg: 228 },
] as const;

// ── Small helpers ────────────────────────────────────────────────────────────────────────────────────
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Smooth 0 → 1 as x goes from a to b. */
export function ramp(x: number, a: number, b: number): number {
  const u = clamp01((x - a) / (b - a));
  return u * u * (3 - 2 * u);
}

function lerpPoint(a: Point, b: Point, u: number): Point {
  return { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
}

const DEG = Math.PI / 180;

/** Deterministic pseudo-random number in [0, 1) from an integer (no Math.random: same state ⇒ same pixels). */
export function hash01(n: number): number {
  const s = Math.sin(n * 12.9898 + 78.233) * 43758.5453;
  return s - Math.floor(s);
}

// ── Cell outlines ────────────────────────────────────────────────────────────────────────────────────
export interface CellSpec {
  cx: number;
  cy: number;
  r: number;
  /** A flat contact face: points beyond x = planeX on `side` are pressed onto that line. */
  plane?: { x: number; side: 'left' | 'right' } | undefined;
  /** Bleb height as a fraction of r (0 = smooth). */
  blebAmount?: number;
}

function blebFactor(thetaRad: number, amount: number): number {
  if (amount <= 0) return 1;
  let bump = 0;
  for (const deg of BLEB_DEG) {
    let d = thetaRad - deg * DEG;
    d = Math.atan2(Math.sin(d), Math.cos(d));
    bump += Math.exp(-(d * d) / (2 * 0.1 * 0.1));
  }
  return 1 + 0.13 * amount * Math.min(1, bump);
}

export interface SurfacePoint extends Point {
  /** Outward unit normal. */
  nx: number;
  ny: number;
}

/** Point of a cell's outline in direction theta (radians), with its outward normal. */
export function surfacePoint(cell: CellSpec, thetaRad: number): SurfacePoint {
  const ux = Math.cos(thetaRad);
  const uy = Math.sin(thetaRad);
  let rr = cell.r * blebFactor(thetaRad, cell.blebAmount ?? 0);
  let nx = ux;
  let ny = uy;
  if (cell.plane) {
    const { x: px, side } = cell.plane;
    const reach = cell.cx + rr * ux;
    const beyond = side === 'right' ? reach > px : reach < px;
    if (beyond && Math.abs(ux) > 1e-9) {
      const t = (px - cell.cx) / ux;
      if (t > 0 && t < rr) {
        rr = t;
        nx = side === 'right' ? 1 : -1;
        ny = 0;
      }
    }
  }
  return { x: cell.cx + rr * ux, y: cell.cy + rr * uy, nx, ny };
}

const closedCurve = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveCatmullRomClosed.alpha(0.5));

/** SVG path of a cell's outline (72 samples, smoothed); flat faces stay flat. */
export function cellOutlinePath(cell: CellSpec, samples = 72): string {
  const points: Point[] = [];
  for (let i = 0; i < samples; i++) points.push(surfacePoint(cell, (i / samples) * 2 * Math.PI));
  return closedCurve(points) ?? '';
}

// ── The T cell's path ────────────────────────────────────────────────────────────────────────────────
function pushOut(p: Point, centre: Point, minDistance: number): Point {
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  const d = Math.hypot(dx, dy);
  if (d >= minDistance || d === 0) return p;
  return { x: centre.x + (dx / d) * minDistance, y: centre.y + (dy / d) * minDistance };
}

function avoidCells(p: Point): Point {
  let q = pushOut(p, BLAST, BLAST.r + T_RADIUS + 2);
  q = pushOut(q, BYSTANDER, BYSTANDER.r + T_RADIUS + 2);
  return pushOut(q, NEXT_BLAST, NEXT_BLAST.r + T_RADIUS + 14);
}

/** Centre of the T cell at a story position (0–7). */
export function tCellCentre(progress: number): Point {
  const p = Math.min(STORY_END, Math.max(0, progress));
  const stage = stageIndexAt(p);
  const u = stagePhaseAt(p);
  switch (stage) {
    case 0:
      return avoidCells(u < 0.5 ? lerpPoint(T_KEY.start, T_KEY.graze, ramp(u, 0, 0.5)) : lerpPoint(T_KEY.graze, T_KEY.driftEnd, ramp(u, 0.5, 1)));
    case 1:
      if (u < 0.35) return avoidCells(lerpPoint(T_KEY.driftEnd, T_KEY.bystanderTouch, ramp(u, 0, 0.35)));
      if (u < 0.55) return avoidCells(T_KEY.bystanderTouch);
      return avoidCells(lerpPoint(T_KEY.bystanderTouch, T_KEY.approach, ramp(u, 0.55, 1)));
    case 2:
      return lerpPoint(T_KEY.approach, T_KEY.synapse, ramp(u, 0, 0.4));
    case 3:
    case 4:
    case 5:
      return T_KEY.synapse;
    default:
      if (p >= STORY_END) return T_KEY.next;
      return u < 0.15 ? lerpPoint(T_KEY.synapse, T_KEY.released, ramp(u, 0, 0.15)) : lerpPoint(T_KEY.released, T_KEY.next, ramp(u, 0.15, 0.8));
  }
}

/** Whether the synapse's flat faces are in place (stages 3–6 and the first moments of the release). */
function inSynapse(progress: number): boolean {
  return progress >= 2 && progress < 6.2;
}

/** Blast outline parameters at a story position: flattening at the synapse, blebbing, shrinking. */
export function blastSpec(progress: number): CellSpec {
  const faceX = BLAST_FACE_REST_X + (BLAST_FACE_X - BLAST_FACE_REST_X) * (ramp(progress, 2, 2.4) - ramp(progress, 6, 6.15));
  const r = BLAST.r - 22 * ramp(progress, 6.1, 6.6);
  return {
    cx: BLAST.x,
    cy: BLAST.y,
    r,
    plane: inSynapse(progress) ? { x: faceX, side: 'left' } : undefined,
    blebAmount: ramp(progress, 5.05, 5.7),
  };
}

export function tCellSpec(progress: number): CellSpec {
  const c = tCellCentre(progress);
  return { cx: c.x, cy: c.y, r: T_RADIUS, plane: inSynapse(progress) ? { x: T_FACE_X, side: 'right' } : undefined };
}

// ── Scene ────────────────────────────────────────────────────────────────────────────────────────────
/** A drawn element's placement: translate(x y) rotate(angleDeg), opacity. */
export interface Placement {
  x: number;
  y: number;
  angleDeg: number;
  opacity: number;
}

export interface CircleState {
  x: number;
  y: number;
  r: number;
  opacity: number;
}

export interface SceneInput {
  /** Story position 0–7. */
  progress: number;
  /** Free drug in the drawing, 1 ≈ full-dose steady state (∝ C). */
  freeLevel: number;
  /** CD19-bound drug in the drawing, 1 ≈ full-dose steady state (∝ CD19 occupancy). */
  boundLevel: number;
  /** Cytokine dots to show now (∝ serum IL-6 above baseline). */
  cytokineDots: number;
}

export interface Scene {
  tCell: { x: number; y: number; outline: string };
  blast: { outline: string; nucleus: CircleState; nucleusFragments: CircleState[]; bodies: CircleState[] };
  /** LFA-1–ICAM-1 pairs at the synapse's rim: the two membrane points they join. */
  adhesion: { t: SurfacePoint; blast: SurfacePoint; opacity: number }[];
  /** Receptors: blast CD19 (ring, then face), T-cell CD3 (ring, then face), next blast CD19 (ring). */
  receptors: Placement[];
  /** BiTE molecules: free, bound to blast ring CD19, bridging (blast face CD19), bound to the next blast. */
  bites: Placement[];
  granules: Placement[];
  granzymes: Placement[];
  pores: Placement[];
  caspases: Placement[];
  markers: Placement[];
  markerLabels: Placement[];
  cytokines: Placement[];
  cytokineLegendOpacity: number;
  /** The "CD19" and "CD3" receptor labels (CD3's gives way to the activation markers). */
  receptorLabelOpacity: { cd19: number; cd3: number };
  /** Stage callouts, by id (see CALLOUTS). */
  callouts: Record<CalloutId, number>;
  /** Ends of each callout's leader line that follow the drawing. */
  leaderTargets: Record<CalloutId, Point>;
}

export type CalloutId = 'cd19Arm' | 'bridge' | 'adhesion' | 'perforin' | 'granzyme' | 'bleb' | 'caspase' | 'release' | 'bodies';

export interface Callout {
  id: CalloutId;
  lines: readonly string[];
  /** Text anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where the leader leaves the text. */
  from: Point;
  /** Story range in which it is shown. */
  showFrom: number;
  showTo: number;
}

export const CALLOUTS: readonly Callout[] = [
  { id: 'cd19Arm', lines: ['anti-CD19 arm binds first', '(K_D 1.49 nM)'], x: 794, y: 36, anchor: 'end', from: { x: 604, y: 44 }, showFrom: 1.12, showTo: 2.0 },
  { id: 'bridge', lines: ['bridge: the anti-CD3 arm', 'catches CD3 at contact'], x: 580, y: 350, anchor: 'end', from: { x: 584, y: 346 }, showFrom: 2.15, showTo: 3.0 },
  { id: 'adhesion', lines: ['LFA-1 adhesion', 'seals the synapse'], x: 580, y: 432, anchor: 'end', from: { x: 584, y: 428 }, showFrom: 2.3, showTo: 3.0 },
  { id: 'perforin', lines: ['perforin pores'], x: 580, y: 356, anchor: 'end', from: { x: 584, y: 351 }, showFrom: 4.1, showTo: 5.0 },
  { id: 'granzyme', lines: ['granzyme enters'], x: 580, y: 436, anchor: 'end', from: { x: 584, y: 431 }, showFrom: 4.25, showTo: 5.0 },
  { id: 'bleb', lines: ['membrane blebs'], x: 794, y: 36, anchor: 'end', from: { x: 690, y: 40 }, showFrom: 5.2, showTo: 6.0 },
  { id: 'caspase', lines: ['caspases', 'switched on'], x: 794, y: 88, anchor: 'end', from: { x: 716, y: 84 }, showFrom: 5.12, showTo: 6.0 },
  { id: 'release', lines: ['anti-CD3 arm lets go first;', 'the drug stays on CD19'], x: 580, y: 350, anchor: 'end', from: { x: 584, y: 346 }, showFrom: 6.06, showTo: 7.01 },
  { id: 'bodies', lines: ['apoptotic bodies'], x: 794, y: 36, anchor: 'end', from: { x: 676, y: 40 }, showFrom: 6.3, showTo: 7.01 },
];

function calloutOpacity(c: Callout, progress: number): number {
  const fadeIn = ramp(progress, c.showFrom, c.showFrom + 0.12);
  const fadeOut = c.showTo >= STORY_END ? 0 : ramp(progress, c.showTo - 0.06, c.showTo);
  return Math.max(0, fadeIn - fadeOut);
}

/** Counts of drawn elements, for the render layer. */
export const COUNTS = {
  blastRing: BLAST_RING_DEG.length,
  blastFace: FACE_OFFSETS.length,
  tRing: T_RING_DEG.length,
  tFace: FACE_OFFSETS.length,
  nextRing: NEXT_RING_DEG.length,
  freeBites: FREE_BITE_HOME.length,
  ringBites: MAX_RING_BOUND,
  bridgeBites: FACE_OFFSETS.length,
  nextBites: NEXT_BIND_ORDER.length,
  granules: GRANULE_REST.length,
  granzymes: 2 * GRANZYME_END.length,
  pores: PORE_OFFSETS.length,
  caspases: CASPASE_AT.length,
  nucleusFragments: 4,
  bodies: BODY_DEG.length,
  cytokines: MAX_CYTOKINE_DOTS,
} as const;

/** Receptor kinds in the order Scene.receptors lists them. */
export function receptorKinds(): ('cd19' | 'cd3')[] {
  return [
    ...Array<'cd19'>(COUNTS.blastRing + COUNTS.blastFace).fill('cd19'),
    ...Array<'cd3'>(COUNTS.tRing + COUNTS.tFace).fill('cd3'),
    ...Array<'cd19'>(COUNTS.nextRing).fill('cd19'),
  ];
}

/** Indices into Scene.receptors of the receptors that carry a text label ("CD19", "CD3"). */
export const LABELLED_RECEPTORS = { blastCd19: 7, tCd3: COUNTS.blastRing + COUNTS.blastFace + 5 } as const;

function faceAngleRad(offset: number, depth: number, side: 'left' | 'right'): number {
  return side === 'right' ? Math.atan2(offset, depth) : Math.atan2(offset, -depth);
}

function placeOn(s: SurfacePoint, along: number, opacity: number, extraDeg = 0): Placement {
  return { x: s.x + s.nx * along, y: s.y + s.ny * along, angleDeg: (Math.atan2(s.ny, s.nx) * 180) / Math.PI + extraDeg, opacity };
}

/** How many of n slots show, with the last one fading in by the fractional part. */
function slotOpacity(index: number, count: number): number {
  return clamp01(count - index);
}

/** The whole drawing at one story position and model state. */
export function sceneAt(input: SceneInput): Scene {
  const p = Math.min(STORY_END, Math.max(0, input.progress));
  const blast = blastSpec(p);
  const t = tCellSpec(p);
  const tCentre = { x: t.cx, y: t.cy };

  // Drug on the cells: ring CD19s bind ∝ occupancy; the face CD19s carry the would-be bridges.
  const ringBound = MAX_RING_BOUND * Math.max(0, input.boundLevel);
  const bridges = bridgeCount(input.boundLevel);
  const freeCount = COUNTS.freeBites * clamp01(input.freeLevel);

  const receptors: Placement[] = [];
  const blastFaceDepth = BLAST.x - BLAST_FACE_X;
  const tFaceDepth = T_FACE_X - T_KEY.synapse.x;
  for (const deg of BLAST_RING_DEG) receptors.push(placeOn(surfacePoint(blast, deg * DEG), 0, 1));
  const blastFace = FACE_OFFSETS.map((off) => surfacePoint(blast, faceAngleRad(off, blastFaceDepth, 'left')));
  for (const s of blastFace) receptors.push(placeOn(s, 0, 1));
  for (const deg of T_RING_DEG) receptors.push(placeOn(surfacePoint(t, deg * DEG), 0, 1));
  const tFace = FACE_OFFSETS.map((off) => surfacePoint(t, faceAngleRad(off, tFaceDepth, 'right')));
  for (const s of tFace) receptors.push(placeOn(s, 0, 1));
  const next: CellSpec = { cx: NEXT_BLAST.x, cy: NEXT_BLAST.y, r: NEXT_BLAST.r };
  for (const deg of NEXT_RING_DEG) receptors.push(placeOn(surfacePoint(next, deg * DEG), 0, 1));

  const bites: Placement[] = [];
  // Free molecules drift slowly around fixed homes.
  FREE_BITE_HOME.forEach((home, i) => {
    const wobble = 2 * Math.PI * (p * 0.35 + hash01(i));
    bites.push({
      x: home.x + 9 * Math.sin(wobble),
      y: home.y + 7 * Math.cos(wobble * 1.3),
      angleDeg: 360 * hash01(i + 40) + 40 * Math.sin(wobble),
      opacity: slotOpacity(i, freeCount),
    });
  });
  BLAST_BIND_ORDER.forEach((ringIndex, i) => {
    const s = surfacePoint(blast, BLAST_RING_DEG[ringIndex]! * DEG);
    bites.push(placeOn(s, RECEPTOR_LENGTH + 4, slotOpacity(i, ringBound)));
  });
  // Bridges: bound to face CD19s from stage 2; after the release the CD3 end droops free.
  const droop = ramp(p, 6.0, 6.3);
  const bridgeOrder = [0, 1, 2, 3];
  blastFace.forEach((s, i) => {
    const rank = bridgeOrder.indexOf(i);
    const shown = rank < bridges ? 1 : 0;
    bites.push(placeOn(s, RECEPTOR_LENGTH + 4, shown, (i % 2 === 0 ? -1 : 1) * 24 * droop));
  });
  const nextBound = NEXT_BIND_ORDER.length * Math.max(0, input.boundLevel);
  NEXT_BIND_ORDER.forEach((ringIndex, i) => {
    bites.push(placeOn(surfacePoint(next, NEXT_RING_DEG[ringIndex]! * DEG), RECEPTOR_LENGTH + 4, slotOpacity(i, nextBound)));
  });

  // Granules polarise to the contact (stage 4), empty into the cleft (stage 5), slowly re-form (stage 7).
  const dock = ramp(p, 3.15, 3.8);
  const emptied = ramp(p, 4.05, 4.5) - 0.6 * ramp(p, 6.4, 7);
  const granules = GRANULE_REST.map((rest, i) => {
    const docked = GRANULE_DOCKED[i]!;
    const undock = ramp(p, 6.0, 6.3);
    const local = lerpPoint(lerpPoint(rest, docked, dock), rest, undock);
    return { x: tCentre.x + local.x, y: tCentre.y + local.y, angleDeg: 0, opacity: 1 - 0.75 * emptied };
  });

  // Granzyme: a stream through the pores during stage 5, then molecules spread inside the blast.
  const streamOpacity = ramp(p, 4.1, 4.2) * (1 - ramp(p, 4.9, 5.0));
  const inTransit = GRANZYME_END.map((_, i) => {
    const u = (((p - 4.1) / 0.3 + i / GRANZYME_END.length) % 1 + 1) % 1;
    const lane = BLAST.y + PORE_OFFSETS[i % PORE_OFFSETS.length]!;
    const from = { x: T_FACE_X + 4, y: lane + (i % 2 === 0 ? 5 : -5) };
    const via = { x: BLAST_FACE_X, y: lane };
    const to = { x: BLAST_FACE_X + 26, y: lane + (i % 2 === 0 ? 9 : -9) };
    const at = u < 0.6 ? lerpPoint(from, via, u / 0.6) : lerpPoint(via, to, (u - 0.6) / 0.4);
    return { x: at.x, y: at.y, angleDeg: 0, opacity: streamOpacity * (u > 0.92 ? (1 - u) / 0.08 : 1) };
  });
  const arrived = GRANZYME_END.map((end, i) => {
    const start = 4.25 + 0.11 * i;
    return { x: BLAST.x + end.x, y: BLAST.y + end.y, angleDeg: 0, opacity: ramp(p, start, start + 0.1) * (1 - ramp(p, 6.1, 6.4)) };
  });
  const granzymes = [...inTransit, ...arrived];

  const poreOpacity = ramp(p, 4.02, 4.25) * (1 - ramp(p, 6.1, 6.35));
  const pores = PORE_OFFSETS.map((off) => {
    const s = surfacePoint(blast, faceAngleRad(off, blastFaceDepth, 'left'));
    return placeOn(s, 0, poreOpacity);
  });

  const caspases = CASPASE_AT.map((c, i) => {
    const start = 5.04 + 0.07 * i;
    return { x: BLAST.x + c.x * (blast.r / BLAST.r), y: BLAST.y + c.y * (blast.r / BLAST.r), angleDeg: 30 * i + 90 * p, opacity: ramp(p, start, start + 0.12) * (1 - ramp(p, 6.45, 6.8)) };
  });

  // Nucleus: condenses in stage 6, then breaks into fragments.
  const condense = ramp(p, 5.3, 6.0);
  const breakUp = ramp(p, 5.95, 6.35);
  const nucleusCentre = { x: BLAST.x + 8, y: BLAST.y - 6 };
  const nucleus: CircleState = { x: nucleusCentre.x, y: nucleusCentre.y, r: 46 - 14 * condense, opacity: 1 - breakUp };
  const nucleusFragments = [0, 1, 2, 3].map((k) => {
    const a = (45 + 90 * k) * DEG;
    const spread = 8 + 16 * breakUp;
    return { x: nucleusCentre.x + spread * Math.cos(a), y: nucleusCentre.y + spread * Math.sin(a), r: 13 - 2 * (k % 2), opacity: breakUp };
  });
  const bodies = BODY_DEG.map((deg, k) => {
    const grow = ramp(p, 6.1 + 0.05 * k, 6.6 + 0.05 * k);
    const distance = blast.r - 10 + (BODY_RADII[k]! + 14) * grow;
    return { x: BLAST.x + distance * Math.cos(deg * DEG), y: BLAST.y + distance * Math.sin(deg * DEG), r: BODY_RADII[k]! * (0.5 + 0.5 * grow), opacity: grow };
  });

  // Activation markers on the T cell's outer surface (stage 4 on).
  const markerOpacity = ramp(p, 3.05, 3.35);
  const markers = MARKERS.map((mk) => placeOn(surfacePoint(t, mk.angleDeg * DEG), 0, markerOpacity));
  const markerLabelOpacity = markerOpacity * (1 - ramp(p, 6.0, 6.15));
  const markerLabels = MARKERS.map((mk) => {
    const s = surfacePoint(t, mk.angleDeg * DEG);
    return { x: s.x + s.nx * 40, y: s.y + s.ny * 30 + 5, angleDeg: 0, opacity: markerLabelOpacity };
  });

  // Cytokines: released from the synapse's T cell from stage 4; the most recent `cytokineDots` stay.
  const emitStart = 3.08;
  const emitSpan = 2.7;
  let emitted = 0;
  for (let i = 0; i < MAX_CYTOKINE_DOTS; i++) if (p >= emitStart + (emitSpan * i) / MAX_CYTOKINE_DOTS) emitted = i + 1;
  const keep = Math.min(emitted, Math.max(0, Math.round(input.cytokineDots)));
  const origin = T_KEY.synapse;
  const cytokines = Array.from({ length: MAX_CYTOKINE_DOTS }, (_, i) => {
    const e = emitStart + (emitSpan * i) / MAX_CYTOKINE_DOTS;
    const age = clamp01((p - e) / 1.4);
    const angle = (100 + 160 * hash01(i + 7)) * DEG;
    const distance = T_RADIUS + 12 + (60 + 70 * hash01(i + 91)) * (1 - (1 - age) * (1 - age));
    const visible = i < emitted && i >= emitted - keep ? 1 : 0;
    return {
      x: origin.x + distance * Math.cos(angle),
      y: Math.min(VIEW.height - 12, Math.max(12, origin.y + distance * Math.sin(angle))),
      angleDeg: 0,
      opacity: visible * ramp(p, e, e + 0.05),
    };
  });

  // LFA-1 (T cell) holding ICAM-1 (blast) at the synapse's rim.
  const adhesionShown = adhesionOpacity(p);
  const adhesion = ADHESION_OFFSETS.map((off) => ({
    t: surfacePoint(t, faceAngleRad(off, tFaceDepth, 'right')),
    blast: surfacePoint(blast, faceAngleRad(off, blastFaceDepth, 'left')),
    opacity: adhesionShown,
  }));

  const callouts = Object.fromEntries(CALLOUTS.map((c) => [c.id, calloutOpacity(c, p)])) as Record<CalloutId, number>;
  // The first bridge (always drawn once any is) carries the bridge and release callouts.
  const firstBridge = blastFace[0]!;
  const calloutBite = surfacePoint(blast, BLAST_RING_DEG[BLAST_BIND_ORDER[0]]! * DEG);
  const bleb = surfacePoint(blast, -55 * DEG);
  const leaderTargets: Record<CalloutId, Point> = {
    cd19Arm: { x: calloutBite.x + calloutBite.nx * 16, y: calloutBite.y + calloutBite.ny * 16 },
    bridge: magnify({ x: (T_FACE_X + BLAST_FACE_X) / 2, y: firstBridge.y - 2 }),
    adhesion: magnify({ x: (T_FACE_X + BLAST_FACE_X) / 2, y: BLAST.y + ADHESION_OFFSETS[1] }),
    perforin: magnify({ x: BLAST_FACE_X - 3, y: BLAST.y + PORE_OFFSETS[2] }),
    granzyme: magnify({ x: BLAST_FACE_X - 8, y: BLAST.y + PORE_OFFSETS[2] + 4 }),
    bleb: { x: bleb.x + 4, y: bleb.y - 4 },
    caspase: { x: caspases[5]!.x + 4, y: caspases[5]!.y - 4 },
    release: magnify({ x: firstBridge.x - RECEPTOR_LENGTH - 15, y: firstBridge.y - 6 }),
    bodies: { x: bodies[0]!.x + 3, y: bodies[0]!.y - 5 },
  };

  return {
    tCell: { x: tCentre.x, y: tCentre.y, outline: cellOutlinePath(t) },
    blast: { outline: cellOutlinePath(blast), nucleus, nucleusFragments, bodies },
    adhesion,
    receptors,
    bites,
    granules,
    granzymes,
    pores,
    caspases,
    markers,
    markerLabels,
    cytokines,
    cytokineLegendOpacity: ramp(p, 3.08, 3.3),
    receptorLabelOpacity: { cd19: 1, cd3: 1 - ramp(p, 2.8, 3.05) },
    callouts,
    leaderTargets,
  };
}

/** Opacity of the LFA-1–ICAM-1 pairs at the synapse's rim (stage 3 until the release). */
export function adhesionOpacity(progress: number): number {
  return ramp(progress, 2.25, 2.55) * (1 - ramp(progress, 6.0, 6.12));
}

/** Number of bridges (CD19–BiTE–CD3) the synapse shows at a CD19-bound drug level. */
export function bridgeCount(boundLevel: number): number {
  return boundLevel > 0.02 ? Math.min(4, Math.max(1, Math.round(1 + 3 * boundLevel))) : 0;
}

/** Representative story position of each stage for reduced motion (one still frame per stage). */
export const KEYFRAME_PHASE = [0.5, 0.45, 0.7, 0.75, 0.8, 0.85, 0.62] as const;

/** The story position actually drawn: with reduced motion, the stage's keyframe. */
export function drawnProgress(progress: number, reducedMotion: boolean): number {
  if (!reducedMotion) return progress;
  const stage = stageIndexAt(progress);
  return stage + KEYFRAME_PHASE[stage]!;
}
