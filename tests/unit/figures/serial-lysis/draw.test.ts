// Tests of the serial-lysis canvas layer: geometry helpers, and a frame drawn into a recording context —
// one sprite per visible cell, the right look for each kind and state, sprites built once and reused.
import { describe, expect, it } from 'vitest';
import { AGENT_KIND, CELL_STATE, T_STATE } from '../../../../renderer/src/model';
import { LysisSprites, drawWorld, type LysisCtx, type LysisPalette, type SpriteFactory } from '../../../../renderer/src/figures/serial-lysis/draw';
import {
  DYING_STAGES,
  MIN_LABEL_PX,
  blend,
  dyingLook,
  dyingStage,
  killLabel,
  killLabelText,
  readableTextOn,
  relativeLuminance,
  worldScale,
  wrapDelta,
} from '../../../../renderer/src/figures/serial-lysis/geometry';
import { LysisRunner } from '../../../../renderer/src/figures/serial-lysis/runner';
import { DEFAULT_SETTINGS, worldOptions } from '../../../../renderer/src/figures/serial-lysis/scenario';

describe('geometry', () => {
  it('blends positions between steps, except across the periodic edge', () => {
    expect(blend(10, 20, 0.25, 300)).toBe(12.5);
    expect(blend(295, 3, 0.5, 300)).toBe(3);
    expect(wrapDelta(295, 3, 300)).toBe(8);
    expect(wrapDelta(3, 295, 300)).toBe(-8);
  });

  it('walks a dying cell through its stages, smaller and fainter each time', () => {
    expect(dyingStage(30, 30)).toBe(0);
    expect(dyingStage(0.01, 30)).toBe(DYING_STAGES - 1);
    expect(dyingStage(-5, 30)).toBe(DYING_STAGES - 1);
    const looks = Array.from({ length: DYING_STAGES }, (_, s) => dyingLook(s));
    for (let s = 1; s < looks.length; s++) {
      expect(looks[s]!.radiusFactor).toBeLessThan(looks[s - 1]!.radiusFactor);
      expect(looks[s]!.alpha).toBeLessThan(looks[s - 1]!.alpha);
    }
  });

  it('draws kill counters only when they are legible, from pre-built strings', () => {
    const small = killLabel(0.5);
    const big = killLabel(2);
    expect(small.visible).toBe(false);
    expect(big.visible).toBe(true);
    expect(big.fontUm * 2).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(killLabelText(3)).toBe('3');
    expect(killLabelText(3)).toBe(killLabelText(3));
    expect(killLabelText(250)).toBe('99+');
  });

  it('picks black or white text by contrast on the theme’s T-cell colour', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('rgb(0 0 0)')).toBeNull();
    expect(readableTextOn('#009e73')).toBe('#000000'); // light theme green
    expect(readableTextOn('#007a59')).toBe('#ffffff'); // projector's deeper green
    expect(worldScale(600, 300)).toBe(2);
  });
});

/** A context that records what was drawn. */
function recordingCtx(): LysisCtx & { images: unknown[]; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const images: unknown[] = [];
  const count = (name: string) => () => calls.set(name, (calls.get(name) ?? 0) + 1);
  return {
    images,
    calls,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineCap: 'butt',
    imageSmoothingEnabled: true,
    setTransform: count('setTransform'),
    fillRect: count('fillRect'),
    clearRect: count('clearRect'),
    beginPath: count('beginPath'),
    moveTo: count('moveTo'),
    lineTo: count('lineTo'),
    arc: count('arc'),
    fill: count('fill'),
    stroke: count('stroke'),
    fillText: count('fillText'),
    setLineDash: count('setLineDash'),
    drawImage: ((image: unknown) => {
      images.push(image);
      count('drawImage')();
    }) as LysisCtx['drawImage'],
  } as LysisCtx & { images: unknown[]; calls: Map<string, number> };
}

const PALETTE: LysisPalette = {
  background: '#fff', tcell: '#009e73', tcellText: '#000', target: '#e69f00', escape: '#cc79a7', bystander: '#6b6f76',
  synapse: '#0072b2', outline: '#1d1f24', debris: '#555b66', track: '#1d1f24', strokeScale: 1,
};

/** Sprite factory whose "images" say which look they are (the painter's fill colour and text). */
function labelledFactory(): { factory: SpriteFactory; made: number } {
  const state = { made: 0, factory: null as unknown as SpriteFactory };
  state.factory = () => {
    state.made++;
    const ctx = recordingCtx();
    const texts: string[] = [];
    ctx.fillText = ((t: string) => texts.push(t)) as LysisCtx['fillText'];
    const fills: string[] = [];
    const strokes: string[] = [];
    ctx.fill = (() => fills.push(String(ctx.fillStyle))) as LysisCtx['fill'];
    ctx.stroke = (() => strokes.push(String(ctx.strokeStyle))) as LysisCtx['stroke'];
    return { ctx, toImage: () => ({ fills, strokes, texts }) as unknown as CanvasImageSource };
  };
  return state as { factory: SpriteFactory; made: number };
}

type Look = { fills: string[]; strokes: string[]; texts: string[] };

describe('drawWorld — one frame of the micro-world', () => {
  const options = worldOptions({ ...DEFAULT_SETTINGS, cells: 200, escapePct: 20 });

  function frameAt(minutes: number, cssWidth: number, highlightTracked = true) {
    const runner = new LysisRunner(options);
    const alpha = runner.seekMinutes(minutes);
    const f = labelledFactory();
    const view = { cssWidth, dpr: 2 };
    const sprites = new LysisSprites(worldScale(cssWidth, runner.world.widthUm), view.dpr, PALETTE, f.factory);
    const ctx = recordingCtx();
    drawWorld(ctx, runner, alpha, view, PALETTE, { highlightTracked }, sprites);
    return { runner, ctx, sprites, f, view, alpha };
  }

  it('blits one sprite per cell (debris for the dead), kinds told apart by look', () => {
    const { runner, ctx } = frameAt(6 * 60, 480);
    const w = runner.world;
    expect(ctx.images).toHaveLength(w.count);
    const looks = ctx.images as Look[];
    const tLooks = looks.filter((l) => l.fills.includes(PALETTE.tcell));
    expect(tLooks).toHaveLength(w.nT);
    expect(looks.filter((l) => l.fills.includes(PALETTE.escape))).toHaveLength(w.nEscape);
    expect(looks.filter((l) => l.fills.length === 0 && l.strokes.includes(PALETTE.bystander))).toHaveLength(w.nBystanders);
    let dead = 0;
    let engaged = 0;
    for (let i = 0; i < w.count; i++) {
      if (w.state[i] === CELL_STATE.DEAD) dead++;
      if (w.kind[i] === AGENT_KIND.CD19 && w.state[i] === CELL_STATE.ENGAGED) engaged++;
    }
    expect(dead).toBeGreaterThan(0);
    expect(looks.filter((l) => l.fills.includes(PALETTE.debris))).toHaveLength(dead);
    // engaged blasts wear the drug-coloured ring
    expect(looks.filter((l) => l.fills.includes(PALETTE.target) && l.strokes.includes(PALETTE.synapse))).toHaveLength(engaged);
  });

  it('writes each T cell’s kills on it once it has killed, when the canvas is large enough', () => {
    const { runner, ctx } = frameAt(9 * 60, 480);
    const w = runner.world;
    const labels = (ctx.images as Look[]).filter((l) => l.fills.includes(PALETTE.tcell)).map((l) => l.texts[0] ?? '');
    const expected = Array.from(w.killCount.slice(0, w.nT), (k) => (k > 0 ? String(k) : ''));
    expect(labels).toEqual(expected);
    expect(expected.some((s) => s !== '')).toBe(true);
  });

  it('leaves the counters off when cells are tiny on screen', () => {
    const { ctx } = frameAt(9 * 60, 60);
    expect((ctx.images as Look[]).every((l) => l.texts.length === 0)).toBe(true);
  });

  it('draws a bridge for every synapse in one batched path', () => {
    const { runner, ctx } = frameAt(9 * 60, 480, false);
    const w = runner.world;
    let synapses = 0;
    for (let i = 0; i < w.nT; i++) if (w.state[i] === T_STATE.SYNAPSE) synapses++;
    expect(synapses).toBeGreaterThan(0);
    expect(ctx.calls.get('lineTo')).toBe(synapses);
    expect(ctx.calls.get('stroke')).toBe(1);
  });

  it('rings the highlighted T cell and traces its last 15 minutes', () => {
    const { ctx } = frameAt(9 * 60, 480, true);
    const { ctx: plain } = frameAt(9 * 60, 480, false);
    expect(ctx.calls.get('arc')).toBe(1);
    expect(plain.calls.get('arc')).toBeUndefined();
    expect((ctx.calls.get('lineTo') ?? 0) + (ctx.calls.get('moveTo') ?? 0)).toBe((plain.calls.get('lineTo') ?? 0) + (plain.calls.get('moveTo') ?? 0) + 31 + 1);
  });

  it('builds each look once and reuses it on later frames', () => {
    const { runner, ctx, sprites, f, view } = frameAt(3 * 60, 480);
    const made = f.made;
    for (let m = 181; m < 200; m++) drawWorld(ctx, runner, runner.seekMinutes(m), view, PALETTE, { highlightTracked: false }, sprites);
    expect(f.made - made).toBeLessThanOrEqual(3); // only kill counts seen for the first time
    expect(sprites.matches(worldScale(480, runner.world.widthUm), 2, PALETTE)).toBe(true);
    expect(sprites.matches(worldScale(480, runner.world.widthUm), 1, PALETTE)).toBe(false);
  });

  it('places sprites at whole device pixels around each cell', () => {
    const { runner, sprites } = frameAt(0, 480);
    const positions: [number, number][] = [];
    const ctx = recordingCtx();
    ctx.drawImage = ((_img: unknown, dx: number, dy: number) => positions.push([dx, dy])) as LysisCtx['drawImage'];
    drawWorld(ctx, runner, 1, { cssWidth: 480, dpr: 2 }, PALETTE, { highlightTracked: false }, sprites);
    for (const [dx, dy] of positions) {
      expect(Number.isInteger(dx)).toBe(true);
      expect(Number.isInteger(dy)).toBe(true);
    }
  });
});
