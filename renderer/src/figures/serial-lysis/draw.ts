// Per-frame canvas drawing of the serial-lysis micro-world from the model's typed arrays. Each look (kind ×
// state, T cell × kill count) is pre-rendered once into a sprite at the current scale; a frame blits sprites
// at whole device pixels and strokes a few batched paths (synapse bridges, the highlighted T cell).
// Nothing is allocated in the frame loop.
import { AGENT_KIND, CELL_STATE, T_STATE } from '../../model';
import {
  ANTENNA_COUNT,
  ANTENNA_DIRECTIONS,
  BLEB_DIRECTIONS,
  BYSTANDER_RADIUS_UM,
  DEBRIS_PATTERNS,
  DEBRIS_SPECKS,
  ESCAPE_RADIUS_UM,
  TARGET_RADIUS_UM,
  TRAIL_STEPS,
  T_RADIUS_UM,
  blend,
  dyingLook,
  dyingStage,
  killLabel,
  killLabelText,
  worldScale,
  wrapDelta,
} from './geometry';
import type { LysisRunner } from './runner';

/** Colours (resolved CSS values of the theme tokens) and the projector's stroke scale. */
export interface LysisPalette {
  background: string;
  tcell: string;
  /** Text colour of kill counters on a T cell. */
  tcellText: string;
  target: string;
  escape: string;
  bystander: string;
  synapse: string;
  outline: string;
  debris: string;
  track: string;
  strokeScale: number;
}

export interface LysisView {
  /** Canvas size in CSS pixels (the canvas is square, like the well). */
  cssWidth: number;
  dpr: number;
}

export interface DrawOptions {
  /** Ring and trail around one T cell. */
  highlightTracked: boolean;
}

/** The part of CanvasRenderingContext2D the drawing uses (lets tests record calls). */
export type LysisCtx = Pick<
  CanvasRenderingContext2D,
  | 'setTransform' | 'fillRect' | 'clearRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'fill' | 'stroke' | 'fillText'
  | 'setLineDash' | 'drawImage' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha' | 'font' | 'textAlign'
  | 'textBaseline' | 'lineCap' | 'imageSmoothingEnabled'
>;

/** A sprite surface: a 2-D context to paint into, then the finished image (an ImageBitmap where possible). */
export interface SpriteSurface {
  ctx: LysisCtx;
  toImage(): CanvasImageSource;
}
export type SpriteFactory = (widthPx: number, heightPx: number) => SpriteSurface | null;

const TAU = Math.PI * 2;
const NO_DASH: number[] = [];
const TRACK_DASH: number[] = [3, 2];

interface Sprite {
  image: CanvasImageSource;
  /** Offset from the cell centre to the sprite's top-left corner [device px]. */
  half: number;
}

/** How a sprite is painted, in µm around a centre at (0, 0) (the sprite context is scaled). */
type Painter = (ctx: LysisCtx, palette: LysisPalette, outlineUm: number) => void;

function disc(ctx: LysisCtx, r: number): void {
  ctx.beginPath();
  ctx.moveTo(r, 0);
  ctx.arc(0, 0, r, 0, TAU);
}

/** Strokes the current path with the cells' outline colour. */
function outline(ctx: LysisCtx, p: LysisPalette, width: number): void {
  ctx.lineWidth = width;
  ctx.strokeStyle = p.outline;
  ctx.stroke();
}

/** A cell body: a disc of radius r filled with `fill`, outlined. */
function body(ctx: LysisCtx, r: number, fill: string, p: LysisPalette, o: number): void {
  disc(ctx, r);
  ctx.fillStyle = fill;
  ctx.fill();
  outline(ctx, p, o);
}

const PAINT = {
  tCell(label: string | null, fontUm: number): Painter {
    return (ctx, p, o) => {
      body(ctx, T_RADIUS_UM, p.tcell, p, o);
      if (label === null) return;
      ctx.font = `700 ${fontUm.toFixed(2)}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = p.tcellText;
      ctx.fillText(label, 0, 0.4);
    };
  },
  target(engaged: boolean): Painter {
    return (ctx, p, o) => {
      body(ctx, TARGET_RADIUS_UM, p.target, p, o);
      if (engaged) {
        // held in a synapse: a ring in the drug's colour instead of free CD19 "antennae"
        disc(ctx, TARGET_RADIUS_UM + 0.8);
        ctx.lineWidth = 1.8 * o;
        ctx.strokeStyle = p.synapse;
        ctx.stroke();
        return;
      }
      ctx.beginPath();
      for (let a = 0; a < ANTENNA_COUNT; a++) {
        const ux = ANTENNA_DIRECTIONS[2 * a]!, uy = ANTENNA_DIRECTIONS[2 * a + 1]!;
        ctx.moveTo(ux * TARGET_RADIUS_UM, uy * TARGET_RADIUS_UM);
        ctx.lineTo(ux * (TARGET_RADIUS_UM + 1.7), uy * (TARGET_RADIUS_UM + 1.7));
      }
      ctx.lineWidth = 1.3 * o;
      ctx.stroke();
    };
  },
  dying(stage: number): Painter {
    return (ctx, p, o) => {
      const look = dyingLook(stage);
      const r = TARGET_RADIUS_UM * look.radiusFactor;
      ctx.beginPath();
      ctx.moveTo(r, 0);
      ctx.arc(0, 0, r, 0, TAU);
      for (let b = 0; b < 4; b++) {
        const bx = BLEB_DIRECTIONS[2 * b]! * (r + look.blebUm * 0.6);
        const by = BLEB_DIRECTIONS[2 * b + 1]! * (r + look.blebUm * 0.6);
        ctx.moveTo(bx + look.blebUm, by);
        ctx.arc(bx, by, look.blebUm, 0, TAU);
      }
      ctx.globalAlpha = look.alpha;
      ctx.fillStyle = p.target;
      ctx.fill();
      outline(ctx, p, 0.8 * o);
      ctx.globalAlpha = 1;
    };
  },
  debris(pattern: number): Painter {
    return (ctx, p) => {
      ctx.beginPath();
      const base = pattern * 9;
      for (let s = 0; s < 3; s++) {
        const sx = DEBRIS_SPECKS[base + 3 * s]!, sy = DEBRIS_SPECKS[base + 3 * s + 1]!, r = DEBRIS_SPECKS[base + 3 * s + 2]!;
        ctx.moveTo(sx + r, sy);
        ctx.arc(sx, sy, r, 0, TAU);
      }
      ctx.globalAlpha = 0.75;
      ctx.fillStyle = p.debris;
      ctx.fill();
      ctx.globalAlpha = 1;
    };
  },
  escape(): Painter {
    // a filled ring: a hole where CD19 would be
    return (ctx, p, o) => {
      ctx.beginPath();
      ctx.moveTo(ESCAPE_RADIUS_UM, 0);
      ctx.arc(0, 0, ESCAPE_RADIUS_UM, 0, TAU);
      ctx.moveTo(ESCAPE_RADIUS_UM * 0.45, 0);
      ctx.arc(0, 0, ESCAPE_RADIUS_UM * 0.45, 0, TAU, true);
      ctx.fillStyle = p.escape;
      ctx.fill('evenodd');
      outline(ctx, p, o);
    };
  },
  bystander(): Painter {
    return (ctx, p, o) => {
      disc(ctx, BYSTANDER_RADIUS_UM);
      ctx.lineWidth = 1.6 * o;
      ctx.strokeStyle = p.bystander;
      ctx.stroke();
    };
  },
};

/** Largest extent of any look from the cell centre [µm] (antennae, blebs, rings). */
const SPRITE_EXTENT_UM = TARGET_RADIUS_UM + 2.6;

/**
 * The pre-rendered looks for one scale, device-pixel ratio and palette. Sprites are built on first use
 * (kill-count sprites as counts appear), so the frame loop only looks them up.
 */
export class LysisSprites {
  readonly k: number;
  private readonly scale: number;
  private readonly palette: LysisPalette;
  private readonly factory: SpriteFactory;
  private readonly outlineUm: number;
  private readonly label: { fontUm: number; visible: boolean };
  /** Lazily built sprites (undefined: not built yet; null: no canvas available). */
  private readonly tByKills: (Sprite | null | undefined)[] = [];
  private readonly dyingSprites: (Sprite | null | undefined)[] = [];
  private readonly debrisSprites: (Sprite | null | undefined)[] = [];
  private freeSprite: Sprite | null | undefined;
  private engagedSprite: Sprite | null | undefined;
  private escapeSprite: Sprite | null | undefined;
  private bystanderSprite: Sprite | null | undefined;

  constructor(scalePxPerUm: number, dpr: number, palette: LysisPalette, factory: SpriteFactory) {
    this.k = scalePxPerUm * dpr;
    this.scale = scalePxPerUm;
    this.palette = palette;
    this.factory = factory;
    // outlines thin out when cells are small on screen (2 000 cells on a narrow canvas)
    this.outlineUm = (Math.min(1, Math.max(0.55, scalePxPerUm * 0.22)) * palette.strokeScale) / scalePxPerUm;
    this.label = killLabel(scalePxPerUm);
  }

  matches(scalePxPerUm: number, dpr: number, palette: LysisPalette): boolean {
    return this.scale === scalePxPerUm && this.k === scalePxPerUm * dpr && this.palette === palette;
  }

  private build(painter: Painter): Sprite | null {
    const half = Math.ceil(SPRITE_EXTENT_UM * this.k) + 1;
    const surface = this.factory(2 * half, 2 * half);
    if (!surface) return null;
    const c = surface.ctx;
    c.setTransform(this.k, 0, 0, this.k, half, half);
    c.lineCap = 'round';
    painter(c, this.palette, this.outlineUm);
    return { image: surface.toImage(), half };
  }

  /** The sprite at `index` of a lazily filled list, painted with `look(index)` the first time it is asked for. */
  private indexed(sprites: (Sprite | null | undefined)[], index: number, look: (index: number) => Painter): Sprite | null {
    let s = sprites[index];
    if (s === undefined) {
      s = this.build(look(index));
      sprites[index] = s;
    }
    return s;
  }
  private readonly tCellLook = (index: number): Painter => PAINT.tCell(index > 0 ? killLabelText(index) : null, this.label.fontUm);

  // Look-ups allocate nothing once a sprite exists (no keys, no closures): they run per cell per frame.
  tCell(kills: number): Sprite | null {
    return this.indexed(this.tByKills, this.label.visible ? Math.min(kills, 100) : 0, this.tCellLook);
  }
  target(engaged: boolean): Sprite | null {
    if (engaged) {
      if (this.engagedSprite === undefined) this.engagedSprite = this.build(PAINT.target(true));
      return this.engagedSprite;
    }
    if (this.freeSprite === undefined) this.freeSprite = this.build(PAINT.target(false));
    return this.freeSprite;
  }
  dying(stage: number): Sprite | null {
    return this.indexed(this.dyingSprites, stage, PAINT.dying);
  }
  debris(pattern: number): Sprite | null {
    return this.indexed(this.debrisSprites, pattern, PAINT.debris);
  }
  escape(): Sprite | null {
    if (this.escapeSprite === undefined) this.escapeSprite = this.build(PAINT.escape());
    return this.escapeSprite;
  }
  bystander(): Sprite | null {
    if (this.bystanderSprite === undefined) this.bystanderSprite = this.build(PAINT.bystander());
    return this.bystanderSprite;
  }
}

function blit(ctx: LysisCtx, sprite: Sprite | null, cxUm: number, cyUm: number, k: number): void {
  if (sprite === null) return;
  ctx.drawImage(sprite.image, Math.round(cxUm * k) - sprite.half, Math.round(cyUm * k) - sprite.half);
}

/**
 * Draws the world at the blend `alpha` between the previous and the current step. Order: debris,
 * bystanders, escape clone, CD19⁺ blasts (free, engaged, dying), T cells, synapse bridges, the highlighted
 * T cell's trail and ring. `sprites` must match the view and palette (see LysisSprites.matches).
 */
export function drawWorld(ctx: LysisCtx, runner: LysisRunner, alpha: number, view: LysisView, palette: LysisPalette, options: DrawOptions, sprites: LysisSprites): void {
  const w = runner.world;
  const W = w.widthUm;
  const H = w.heightUm;
  const scale = worldScale(view.cssWidth, W);
  const k = sprites.k;
  const px = 1 / scale; // one CSS pixel in µm
  const ss = palette.strokeScale;
  const x = w.x, y = w.y, kind = w.kind, state = w.state, timer = w.timer, partner = w.partner, kills = w.killCount;
  const prevX = runner.prevX, prevY = runner.prevY;
  const n = w.count;
  const nT = w.nT;
  const dyingMinutes = w.settings.dyingMinutes;

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.imageSmoothingEnabled = false; // sprites land on whole device pixels: plain blits
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, Math.round(view.cssWidth * view.dpr), Math.round((view.cssWidth * H * view.dpr) / W));

  // 1. debris, bystanders, escape clone (CD19⁻ cells are never engaged, so never die)
  for (let i = nT; i < n; i++) {
    if (state[i] === CELL_STATE.DEAD) blit(ctx, sprites.debris(i % DEBRIS_PATTERNS), x[i]!, y[i]!, k);
  }
  const bystander = sprites.bystander();
  const escape = sprites.escape();
  for (let i = nT; i < n; i++) {
    const kd = kind[i];
    if (kd === AGENT_KIND.BYSTANDER) blit(ctx, bystander, blend(prevX[i]!, x[i]!, alpha, W), blend(prevY[i]!, y[i]!, alpha, H), k);
    else if (kd === AGENT_KIND.ESCAPE) blit(ctx, escape, blend(prevX[i]!, x[i]!, alpha, W), blend(prevY[i]!, y[i]!, alpha, H), k);
  }

  // 2. CD19⁺ blasts: free (with CD19 "antennae"), engaged (ringed), dying (shrinking, blebbing, fading)
  const free = sprites.target(false);
  const engaged = sprites.target(true);
  for (let i = nT; i < n; i++) {
    if (kind[i] !== AGENT_KIND.CD19) continue;
    const s = state[i];
    if (s === CELL_STATE.ALIVE) blit(ctx, free, blend(prevX[i]!, x[i]!, alpha, W), blend(prevY[i]!, y[i]!, alpha, H), k);
    else if (s === CELL_STATE.ENGAGED) blit(ctx, engaged, x[i]!, y[i]!, k);
    else if (s === CELL_STATE.DYING) blit(ctx, sprites.dying(dyingStage(timer[i]!, dyingMinutes)), x[i]!, y[i]!, k);
  }

  // 3. T cells, each with its kill counter (when legible)
  for (let i = 0; i < nT; i++) {
    blit(ctx, sprites.tCell(kills[i]!), blend(prevX[i]!, x[i]!, alpha, W), blend(prevY[i]!, y[i]!, alpha, H), k);
  }

  // 4. synapses: a drug "bridge" across each T cell–blast contact (one batched path)
  ctx.setTransform(k, 0, 0, k, 0, 0);
  ctx.setLineDash(NO_DASH);
  ctx.beginPath();
  let bridges = 0;
  for (let i = 0; i < nT; i++) {
    if (state[i] !== T_STATE.SYNAPSE) continue;
    const j = partner[i]!;
    if (j < 0) continue;
    const tx = x[i]!, ty = y[i]!;
    const dx = wrapDelta(tx, x[j]!, W), dy = wrapDelta(ty, y[j]!, H);
    const d = Math.sqrt(dx * dx + dy * dy);
    const ux = d > 0 ? dx / d : 1, uy = d > 0 ? dy / d : 0;
    ctx.moveTo(tx + ux * (T_RADIUS_UM - 2), ty + uy * (T_RADIUS_UM - 2));
    ctx.lineTo(tx + ux * (T_RADIUS_UM + 2.5), ty + uy * (T_RADIUS_UM + 2.5));
    bridges++;
  }
  if (bridges > 0) {
    ctx.lineWidth = 3.6 * ss * Math.max(1, px * 0.9);
    ctx.lineCap = 'butt';
    ctx.strokeStyle = palette.synapse;
    ctx.stroke();
  }

  // 5. the highlighted T cell: its path over the last TRAIL_STEPS steps and a dashed ring
  const tracked = runner.trackedIndex;
  if (options.highlightTracked && tracked >= 0) {
    const track = runner.trackXY;
    const last = runner.stepsDone;
    const first = last > TRAIL_STEPS ? last - TRAIL_STEPS : 0;
    ctx.beginPath();
    let lx = track[2 * first]!, ly = track[2 * first + 1]!;
    ctx.moveTo(lx, ly);
    for (let s = first + 1; s <= last; s++) {
      const sx = track[2 * s]!, sy = track[2 * s + 1]!;
      if (Math.abs(sx - lx) > W / 2 || Math.abs(sy - ly) > H / 2) ctx.moveTo(sx, sy);
      else ctx.lineTo(sx, sy);
      lx = sx;
      ly = sy;
    }
    ctx.lineCap = 'round';
    ctx.globalAlpha = 0.6;
    ctx.lineWidth = 2 * ss * px;
    ctx.strokeStyle = palette.track;
    ctx.stroke();
    ctx.globalAlpha = 1;
    const cx = blend(prevX[tracked]!, x[tracked]!, alpha, W), cy = blend(prevY[tracked]!, y[tracked]!, alpha, H);
    ctx.beginPath();
    ctx.moveTo(cx + T_RADIUS_UM + 3.5, cy);
    ctx.arc(cx, cy, T_RADIUS_UM + 3.5, 0, TAU);
    ctx.setLineDash(TRACK_DASH);
    ctx.lineWidth = 2.2 * ss * px;
    ctx.stroke();
    ctx.setLineDash(NO_DASH);
  }
}
