// Pure geometry of the serial-lysis canvas: cell sizes, world → screen scale, in-between positions on the
// periodic well, apoptosis stages, debris and bleb offsets, kill-counter labels. No DOM.

/** Drawn radii [µm]. The model's contact distance is 10 µm, so a T cell touching a blast looks touching. */
export const T_RADIUS_UM = 4.5;
export const TARGET_RADIUS_UM = 5.5;
export const BYSTANDER_RADIUS_UM = 5;
export const ESCAPE_RADIUS_UM = 5.5;
/** Kill counters are drawn only when their text would be at least this many CSS pixels tall. */
export const MIN_LABEL_PX = 6.5;
/** Apoptosis is drawn in this many stages (one batched path each). */
export const DYING_STAGES = 3;
/** Length of the highlighted T cell's trail [steps of 0.5 min] (15 min: ~150 µm of crawling). */
export const TRAIL_STEPS = 30;

/** CSS pixels per µm when a world of widthUm fills cssWidth. */
export function worldScale(cssWidth: number, widthUm: number): number {
  return widthUm > 0 ? cssWidth / widthUm : 1;
}

/** Kill-counter font size [µm of world] and whether it is large enough on screen to draw. */
export function killLabel(scalePxPerUm: number): { fontUm: number; visible: boolean } {
  const fontUm = T_RADIUS_UM * 1.6;
  return { fontUm, visible: fontUm * scalePxPerUm >= MIN_LABEL_PX };
}

/**
 * Position between the previous and the current step on a periodic axis of length `span`; when the
 * cell wrapped around the edge (a jump of more than half the span) it is drawn where it is now.
 */
export function blend(prev: number, cur: number, alpha: number, span: number): number {
  const d = cur - prev;
  if (d > span / 2 || d < -span / 2) return cur;
  return prev + d * alpha;
}

/** Shortest displacement from a to b on a periodic axis of length `span`. */
export function wrapDelta(a: number, b: number, span: number): number {
  let d = b - a;
  if (d > span / 2) d -= span;
  else if (d < -span / 2) d += span;
  return d;
}

/** Apoptosis stage 0…DYING_STAGES−1 from the minutes left of the dying phase. */
export function dyingStage(minutesLeft: number, dyingMinutes: number): number {
  const progress = dyingMinutes > 0 ? 1 - minutesLeft / dyingMinutes : 1;
  const stage = Math.floor(progress * DYING_STAGES);
  return stage < 0 ? 0 : stage >= DYING_STAGES ? DYING_STAGES - 1 : stage;
}

/** How a dying cell of a stage is drawn: radius factor, opacity, and bleb size [µm]. */
export function dyingLook(stage: number): { radiusFactor: number; alpha: number; blebUm: number } {
  const p = (stage + 0.5) / DYING_STAGES;
  return { radiusFactor: 1 - 0.5 * p, alpha: 1 - 0.6 * p, blebUm: 1.1 + 0.8 * p };
}

/** Unit vectors of the six CD19 "antennae" drawn on a free CD19⁺ blast (every 60°, starting at 30°). */
export const ANTENNA_COUNT = 6;
export const ANTENNA_DIRECTIONS: Float64Array = Float64Array.from(
  Array.from({ length: ANTENNA_COUNT }, (_, a) => {
    const angle = Math.PI / 6 + (a * Math.PI) / 3;
    return [Math.cos(angle), Math.sin(angle)];
  }).flat(),
);

/** Unit vectors of the four apoptotic blebs around a dying cell (fixed, so frames are reproducible). */
export const BLEB_DIRECTIONS: Float64Array = Float64Array.from([0.94, 0.34, -0.5, 0.87, -0.77, -0.64, 0.26, -0.97]);

/** Debris specks of a dead cell: 8 patterns × 3 specks × (dx, dy, r) [µm], chosen by cell index. */
export const DEBRIS_PATTERNS = 8;
export const DEBRIS_SPECKS: Float64Array = (() => {
  const out = new Float64Array(DEBRIS_PATTERNS * 3 * 3);
  // a fixed low-discrepancy layout: golden-angle spiral offsets, no randomness
  for (let p = 0; p < DEBRIS_PATTERNS; p++) {
    for (let s = 0; s < 3; s++) {
      const k = p * 3 + s;
      const angle = k * 2.399963;
      const dist = 1.2 + ((k * 7) % 5) * 0.45;
      out[3 * k] = Math.cos(angle) * dist;
      out[3 * k + 1] = Math.sin(angle) * dist;
      out[3 * k + 2] = 0.9 + ((k * 3) % 4) * 0.2;
    }
  }
  return out;
})();

/** Pre-built kill-counter strings, so the frame loop allocates none ("99+" beyond 99). */
export const KILL_LABELS: readonly string[] = Array.from({ length: 101 }, (_, k) => (k > 99 ? '99+' : String(k)));

export function killLabelText(kills: number): string {
  return KILL_LABELS[kills > 100 ? 100 : kills]!;
}

/** Relative luminance of a #rgb / #rrggbb colour (null for other syntaxes). */
export function relativeLuminance(color: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black or white, whichever reads better on `background` (WCAG contrast ratio). */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(background);
  if (l === null) return '#000000';
  const onBlack = (l + 0.05) / 0.05;
  const onWhite = 1.05 / (l + 0.05);
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}
