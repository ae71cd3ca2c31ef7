// User stories for the app icon set: the committed PNG/ICO/ICNS files are exactly what icon.svg renders
// to, each PNG has the size its name says, and the ICO/ICNS carry the sizes each platform needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES_PX, renderIconSet } from '../../../../build/scripts/make-icons';

const iconsDir = join(process.cwd(), 'build', 'icons');
const rendered = renderIconSet(readFileSync(join(iconsDir, 'icon.svg')));

function pngSize(png: Buffer): { widthPx: number; heightPx: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { widthPx: png.readUInt32BE(16), heightPx: png.readUInt32BE(20) };
}

describe('the committed icon set', () => {
  it('is up to date with icon.svg (run `npx tsx build/scripts/make-icons.ts` after editing it)', () => {
    for (const [name, data] of rendered.files) {
      expect(readFileSync(join(iconsDir, name)).equals(data), name).toBe(true);
    }
  });

  it('has one square PNG per size, named by its size', () => {
    for (const sizePx of ICON_SIZES_PX) {
      expect(pngSize(readFileSync(join(iconsDir, 'png', `${sizePx}x${sizePx}.png`)))).toEqual({ widthPx: sizePx, heightPx: sizePx });
    }
  });

  it('has a Windows .ico from 16 to 256 px', () => {
    const ico = readFileSync(join(iconsDir, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => ico[6 + 16 * index] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('has a macOS .icns including the 512 and 1024 px (retina) images', () => {
    const icns = readFileSync(join(iconsDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.subarray(offset, offset + 4).toString('latin1'));
    }
    expect(types).toEqual(expect.arrayContaining(['ic09', 'ic10', 'ic07', 'ic08']));
  });
});
