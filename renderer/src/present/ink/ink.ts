// Pen and spotlight for presenting, as serializable state with a pure reducer: what the presenter draws or points
// at is a list of actions, so the audience window mirrors it by applying the same actions (or by receiving the
// whole state), and a step change clears it. Points are stored relative to the presentation stage (0–1 on both
// axes), so windows of different sizes draw the same strokes at the same place on the slide.

export const INK_COLORS = ['orange', 'blue', 'green', 'vermillion'] as const;
export type InkColor = (typeof INK_COLORS)[number];
/** Colour-blind-safe pen colours (Okabe–Ito), strong enough on the light projector theme and on the dark one. */
export const INK_HEX: Record<InkColor, string> = { orange: '#e69f00', blue: '#0072b2', green: '#009e73', vermillion: '#d55e00' };

export type InkTool = 'none' | 'pen' | 'spotlight';

/** A point on the stage: x and y from 0 to 1 (left/top to right/bottom), and the pen pressure (0–1; 0.5 for a mouse). */
export type InkPoint = readonly [x: number, y: number, pressure: number];

export interface InkStroke {
  id: string;
  color: InkColor;
  points: readonly InkPoint[];
  /** Still being drawn (the pointer is down). */
  open: boolean;
}

export interface InkState {
  tool: InkTool;
  color: InkColor;
  strokes: readonly InkStroke[];
  /** Where the spotlight is (stage coordinates), or null when the pointer left the stage. */
  spot: readonly [x: number, y: number] | null;
}

export type InkAction =
  | { type: 'tool'; tool: InkTool }
  | { type: 'color'; color: InkColor }
  | { type: 'begin'; id: string; point: InkPoint }
  | { type: 'extend'; id: string; points: readonly InkPoint[] }
  | { type: 'end'; id: string }
  | { type: 'undo' }
  | { type: 'clear' }
  | { type: 'spot'; x: number; y: number }
  | { type: 'spot-off' };

export const INK_DEFAULTS: InkState = { tool: 'none', color: 'orange', strokes: [], spot: null };

/** At most this many strokes and points per stroke are kept (a long lecture cannot grow the state without bound). */
export const MAX_STROKES = 200;
export const MAX_POINTS = 2000;

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
const cleanPoint = (p: InkPoint): InkPoint => [clamp01(p[0]), clamp01(p[1]), clamp01(p[2])];

export function reduceInk(state: InkState, action: InkAction): InkState {
  switch (action.type) {
    case 'tool':
      return state.tool === action.tool ? state : { ...state, tool: action.tool, spot: action.tool === 'spotlight' ? state.spot : null };
    case 'color':
      return INK_COLORS.includes(action.color) ? { ...state, color: action.color } : state;
    case 'begin': {
      if (state.strokes.some((s) => s.id === action.id)) return state;
      const stroke: InkStroke = { id: action.id, color: state.color, points: [cleanPoint(action.point)], open: true };
      return { ...state, strokes: [...state.strokes, stroke].slice(-MAX_STROKES) };
    }
    case 'extend': {
      const index = state.strokes.findIndex((s) => s.id === action.id && s.open);
      if (index < 0 || action.points.length === 0) return state;
      const stroke = state.strokes[index]!;
      const points = [...stroke.points, ...action.points.map(cleanPoint)].slice(0, MAX_POINTS);
      return { ...state, strokes: state.strokes.map((s, k) => (k === index ? { ...stroke, points } : s)) };
    }
    case 'end': {
      const index = state.strokes.findIndex((s) => s.id === action.id && s.open);
      if (index < 0) return state;
      return { ...state, strokes: state.strokes.map((s, k) => (k === index ? { ...s, open: false } : s)) };
    }
    case 'undo':
      return state.strokes.length ? { ...state, strokes: state.strokes.slice(0, -1) } : state;
    case 'clear':
      return state.strokes.length || state.spot ? { ...state, strokes: [], spot: null } : state;
    case 'spot':
      return state.tool === 'spotlight' ? { ...state, spot: [clamp01(action.x), clamp01(action.y)] } : state;
    case 'spot-off':
      return state.spot ? { ...state, spot: null } : state;
  }
}

/** SVG path data of a stroke on a stage of `width` × `height` px (a single point draws a dot). */
export function strokePath(stroke: InkStroke, width: number, height: number): string {
  const pts = stroke.points.map(([x, y]) => [x * width, y * height] as const);
  if (pts.length === 0) return '';
  const [first, ...rest] = pts;
  if (rest.length === 0) return `M${first![0].toFixed(1)},${first![1].toFixed(1)}h0.01`;
  // Quadratic segments through the midpoints: smooth without overshooting the pen.
  let d = `M${first![0].toFixed(1)},${first![1].toFixed(1)}`;
  for (let k = 0; k < rest.length - 1; k += 1) {
    const [x0, y0] = rest[k]!;
    const [x1, y1] = rest[k + 1]!;
    d += `Q${x0.toFixed(1)},${y0.toFixed(1)} ${((x0 + x1) / 2).toFixed(1)},${((y0 + y1) / 2).toFixed(1)}`;
  }
  const last = rest[rest.length - 1]!;
  return `${d}L${last[0].toFixed(1)},${last[1].toFixed(1)}`;
}

/** Stroke width in px for a stage of `height` px: about 0.5 % of the height, thicker with pen pressure. */
export function strokeWidth(stroke: InkStroke, height: number): number {
  const pressures = stroke.points.map((p) => p[2]);
  const mean = pressures.reduce((s, p) => s + p, 0) / Math.max(1, pressures.length);
  return Math.max(2, height * 0.0045 * (0.6 + mean));
}
