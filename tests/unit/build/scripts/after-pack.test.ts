// User stories for the release hardening hook: after electron-builder packs the app, the Electron binary's
// fuses are flipped to the hardened settings and read back — tried on a stand-in binary with a real fuse wire.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}
type AfterPack = ((context: PackContext) => Promise<void>) & {
  RELEASE_FUSES: Record<string, boolean>;
  electronBinaryPath(context: PackContext): string;
};

const afterPack = createRequire(import.meta.url)('../../../../build/scripts/after-pack.cjs') as AfterPack;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's default fuse wire, in @electron/fuses option order ('1' enabled, '0' disabled). */
const DEFAULT_WIRE = '101100011';
const FUSE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
  'WasmTrapHandlers',
];

let appOutDir: string;
const linuxContext = (): PackContext => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { executableName: 'bite-atlas', appInfo: { productFilename: 'BiTE Atlas' } },
});

async function readWire(binary: string): Promise<Record<string, boolean>> {
  const bytes = await readFile(binary);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return Object.fromEntries(FUSE_ORDER.map((name, index) => [name, bytes[start + index] === 0x31]));
}

beforeEach(async () => {
  appOutDir = await mkdtemp(join(tmpdir(), 'atlas-after-pack-'));
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  await writeFile(join(appOutDir, 'bite-atlas'), Buffer.concat([Buffer.alloc(4096, 0x90), wire, Buffer.alloc(4096, 0x90)]));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.stubEnv('ATLAS_DIST_SMOKE', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(appOutDir, { recursive: true, force: true });
});

describe('a packed release build', () => {
  it('gets the hardened fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar-only with integrity', async () => {
    expect((await readWire(join(appOutDir, 'bite-atlas'))).RunAsNode).toBe(true);
    await afterPack(linuxContext());
    const wire = await readWire(join(appOutDir, 'bite-atlas'));
    expect(wire).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(wire).toMatchObject(afterPack.RELEASE_FUSES);
    // Fuses the hook does not manage keep Electron's defaults.
    expect(wire.WasmTrapHandlers).toBe(true);
  });

  it('fails loudly when the binary has no fuse wire, instead of shipping it unhardened', async () => {
    await writeFile(join(appOutDir, 'bite-atlas'), 'not electron');
    await expect(afterPack(linuxContext())).rejects.toThrow(/sentinel/i);
  });

  it('only skips flipping for the offline smoke test with a stand-in Electron', async () => {
    vi.stubEnv('ATLAS_DIST_SMOKE', '1');
    await afterPack(linuxContext());
    expect((await readWire(join(appOutDir, 'bite-atlas'))).RunAsNode).toBe(true);
  });
});

describe('finding the packed Electron binary', () => {
  it('follows electron-builder naming on each platform', () => {
    expect(afterPack.electronBinaryPath(linuxContext())).toBe(join(appOutDir, 'bite-atlas'));
    expect(afterPack.electronBinaryPath({ ...linuxContext(), electronPlatformName: 'win32' })).toBe(join(appOutDir, 'BiTE Atlas.exe'));
    expect(afterPack.electronBinaryPath({ ...linuxContext(), electronPlatformName: 'darwin' })).toBe(join(appOutDir, 'BiTE Atlas.app'));
  });
});
