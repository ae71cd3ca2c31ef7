// electron-builder afterPack hook: flips the packaged Electron binary's fuses to the hardened release
// settings (before signing) and reads them back to prove it. Skipped only for the offline dist smoke test.
'use strict';

const path = require('node:path');

/** The hardened fuse settings of every release build, by @electron/fuses option name. */
const RELEASE_FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
});

/** electron-builder's Arch enum values that produce Apple-silicon binaries (arm64, universal). */
const APPLE_SILICON_ARCHES = new Set([3, 4]);

/** Where electron-builder put the renamed Electron executable (same rule as its own addElectronFuses). */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const extension = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[electronPlatformName];
  if (extension === undefined) throw new Error(`after-pack: unknown platform ${electronPlatformName}`);
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${extension}`);
}

/** Turns RELEASE_FUSES into the @electron/fuses config object (numeric option keys). */
function fuseConfig(fuses, context) {
  const config = {
    version: fuses.FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && APPLE_SILICON_ARCHES.has(context.arch),
  };
  for (const [name, enabled] of Object.entries(RELEASE_FUSES)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`after-pack: @electron/fuses has no fuse named ${name}`);
    config[index] = enabled;
  }
  return config;
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  if (process.env.ATLAS_DIST_SMOKE === '1') {
    console.log(`after-pack: smoke test with a stand-in Electron, fuses not flipped (would flip ${binary})`);
    return;
  }
  const fuses = await import('@electron/fuses');
  await fuses.flipFuses(binary, fuseConfig(fuses, context));

  const wire = await fuses.getCurrentFuseWire(binary);
  for (const [name, enabled] of Object.entries(RELEASE_FUSES)) {
    const expected = enabled ? fuses.FuseState.ENABLE : fuses.FuseState.DISABLE;
    if (wire[fuses.FuseV1Options[name]] !== expected) {
      throw new Error(`after-pack: fuse ${name} is not ${enabled ? 'enabled' : 'disabled'} in ${binary}`);
    }
  }
  console.log(`after-pack: hardened Electron fuses flipped and verified in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.RELEASE_FUSES = RELEASE_FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
