// Renders build/icons/icon.svg to the app icon set electron-builder uses: png/NxN.png (Linux),
// icon.png, icon.ico (Windows) and icon.icns (macOS). Run `npx tsx build/scripts/make-icons.ts`; commit the outputs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

export const ICON_SIZES_PX = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');

export interface IconSet {
  /** One PNG per size, keyed by its file name relative to build/icons (e.g. "png/16x16.png"). */
  files: Map<string, Buffer>;
}

export function renderPng(svg: Buffer | string, sizePx: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: sizePx }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** Renders every output in memory (pure apart from CPU): PNGs at each size, .ico and .icns. */
export function renderIconSet(svg: Buffer | string): IconSet {
  const files = new Map<string, Buffer>();
  for (const sizePx of ICON_SIZES_PX) files.set(`png/${sizePx}x${sizePx}.png`, renderPng(svg, sizePx));
  const largest = files.get('png/1024x1024.png');
  if (!largest) throw new Error('the 1024 px rendering is missing');
  files.set('icon.png', files.get('png/512x512.png') ?? largest);
  // PNG=false + forWinExe: BMP below 64 px (old Windows shell dialogs), PNG from 64 px up.
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the 1024 px icon');
  files.set('icon.ico', ico);
  files.set('icon.icns', icns);
  return { files };
}

export async function writeIconSet(directory = iconsDir): Promise<string[]> {
  const svg = await readFile(join(directory, 'icon.svg'));
  const { files } = renderIconSet(svg);
  await mkdir(join(directory, 'png'), { recursive: true });
  for (const [name, data] of files) await writeFile(join(directory, name), data);
  return [...files.keys()];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeIconSet();
  console.log(`Wrote ${written.length} icon files to build/icons: ${written.join(', ')}`);
}
