// User stories for finding the Electron binary without downloading it: present, never downloaded,
// recorded but deleted, and redirected through ELECTRON_OVERRIDE_DIST_PATH — on real temp folders.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, platformExecutablePath } from '../../../../build/scripts/electron-binary.mjs';

let base: string;
let electronDir: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'atlas-electron-binary-'));
  electronDir = join(base, 'node_modules', 'electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('looking for the Electron binary', () => {
  it('reports it missing, with the reason, when it was never downloaded', () => {
    const found = findElectronBinary({ env: {}, electronDir });
    expect(found).toEqual({ missing: expect.stringContaining('never downloaded') });
  });

  it('finds it where path.txt says, inside dist/', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    await mkdir(join(electronDir, 'dist'));
    await writeFile(join(electronDir, 'dist', 'electron'), '');
    expect(findElectronBinary({ env: {}, electronDir })).toEqual({ path: join(electronDir, 'dist', 'electron') });
  });

  it('reports it missing when path.txt names a file that was deleted', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    expect(findElectronBinary({ env: {}, electronDir })).toEqual({ missing: expect.stringContaining('does not exist') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, even without path.txt', async () => {
    const override = join(base, 'my-electron');
    await mkdir(override);
    await writeFile(join(override, platformExecutablePath('linux')), '');
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: override }, electronDir, platform: 'linux' })).toEqual({
      path: join(override, 'electron'),
    });
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(base, 'nowhere') }, electronDir, platform: 'linux' })).toEqual({
      missing: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    });
  });

  it('reports a missing electron package', () => {
    expect(findElectronBinary({ env: {}, electronDir: join(base, 'absent') })).toEqual({ missing: expect.stringContaining('not installed') });
  });

  it('uses the executable names electron/install.js writes', () => {
    expect(platformExecutablePath('linux')).toBe('electron');
    expect(platformExecutablePath('win32')).toBe('electron.exe');
    expect(platformExecutablePath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('answers for this repository without starting a download (no dist/ or path.txt appears)', () => {
    const installed = join(process.cwd(), 'node_modules', 'electron');
    const before = [existsSync(join(installed, 'dist')), existsSync(join(installed, 'path.txt'))];
    const found = findElectronBinary();
    if ('path' in found) expect(existsSync(found.path)).toBe(true);
    else expect(found.missing.length).toBeGreaterThan(10);
    expect([existsSync(join(installed, 'dist')), existsSync(join(installed, 'path.txt'))]).toEqual(before);
  });
});
