// Canvas plumbing of the serial-lysis micro-world: sprite surfaces (ImageBitmaps where OffscreenCanvas
// exists) and the theme's colours resolved for the canvas, which cannot read CSS variables itself.
import type { LysisPalette, SpriteFactory } from './draw';
import { readableTextOn } from './geometry';

function cssVar(style: CSSStyleDeclaration, name: string): string {
  return style.getPropertyValue(name).trim();
}

/**
 * Sprites are small offscreen canvases turned into ImageBitmaps (drawing a canvas source would snapshot it
 * on every drawImage call); a plain canvas where OffscreenCanvas is missing.
 */
export const createSprite: SpriteFactory = (widthPx, heightPx) => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(widthPx, heightPx);
    const ctx = canvas.getContext('2d');
    return ctx ? { ctx, toImage: () => canvas.transferToImageBitmap() } : null;
  }
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  return ctx ? { ctx, toImage: () => canvas } : null;
};

/** Resolves the theme tokens the canvas needs (canvas cannot read var() itself). */
export function readPalette(el: Element): LysisPalette {
  const style = getComputedStyle(el);
  const tcell = cssVar(style, '--series-tcell');
  return {
    background: cssVar(style, '--figure-bg'),
    tcell,
    tcellText: readableTextOn(tcell),
    target: cssVar(style, '--series-bcell'),
    escape: cssVar(style, '--series-blast'),
    bystander: cssVar(style, '--series-neutral'),
    synapse: cssVar(style, '--series-drug'),
    outline: cssVar(style, '--dom-outline') || cssVar(style, '--fg'),
    debris: cssVar(style, '--muted'),
    track: cssVar(style, '--fg'),
    strokeScale: Number.parseFloat(cssVar(style, '--stroke-scale')) || 1,
  };
}

