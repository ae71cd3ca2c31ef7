// Decides, WITHOUT triggering a download, whether the Electron binary is present: reads
// node_modules/electron/path.txt and checks dist/… (honouring ELECTRON_OVERRIDE_DIST_PATH), like electron/index.js.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The executable's path inside Electron's dist folder, as electron/install.js would write to path.txt. */
export function platformExecutablePath(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** Where the electron package is installed (never `require('electron')`: that downloads the binary). */
function locateElectronPackage(fromDir) {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, electronDir?: string, platform?: NodeJS.Platform }} [options]
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  const electronDir = options.electronDir ?? locateElectronPackage(repoRoot);
  if (!electronDir || !existsSync(join(electronDir, 'package.json'))) {
    return { missing: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, recorded || platformExecutablePath(options.platform));
    return existsSync(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH points to ${override}, but ${candidate} does not exist` };
  }
  if (!recorded) {
    return {
      missing:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is absent; electron fetches it ' +
        'from GitHub releases on first use, which this machine cannot reach)',
    };
  }
  const candidate = join(electronDir, 'dist', recorded);
  return existsSync(candidate)
    ? { path: candidate }
    : { missing: `node_modules/electron/path.txt names ${recorded}, but ${candidate} does not exist` };
}

// `node build/scripts/electron-binary.mjs` prints the binary's path, or the reason it is missing (exit 1).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findElectronBinary();
  if ('path' in found) console.log(found.path);
  else {
    console.log(`Electron binary missing: ${found.missing}`);
    process.exitCode = 1;
  }
}
