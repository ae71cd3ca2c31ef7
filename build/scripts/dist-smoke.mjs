// Offline smoke test of the packaging config: runs electron-builder (linux dir target) against a stand-in
// Electron folder via -c.electronDist, then checks the written app.asar holds only out/** and package.json.
// Usage: npm run build && node build/scripts/dist-smoke.mjs [--allow-missing-renderer]
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const allowMissingRenderer = process.argv.includes('--allow-missing-renderer');
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '✔' : '✘'} ${message}`);
  if (!ok) failures.push(message);
};

/** Reads an asar archive's header (format: pickled UInt32 sizes, then the JSON header) without extra packages. */
export function readAsar(archivePath) {
  const archive = readFileSync(archivePath);
  const headerPickleSize = archive.readUInt32LE(4);
  const jsonLength = archive.readUInt32LE(12);
  const header = JSON.parse(archive.subarray(16, 16 + jsonLength).toString('utf8'));
  const dataStart = 8 + headerPickleSize;
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const entryPath = `${prefix}/${name}`;
      if (entry.files) walk(entry, entryPath);
      else files.push({ path: entryPath, entry });
    }
  };
  walk(header, '');
  const read = (entryPath) => {
    const found = files.find((file) => file.path === entryPath);
    if (!found || found.entry.unpacked) return undefined;
    const start = dataStart + Number(found.entry.offset);
    return archive.subarray(start, start + found.entry.size);
  };
  return { files: files.map((file) => file.path), read };
}

function checkConfig() {
  const config = parse(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8'));
  const installedElectron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  check(config.appId === 'org.biteatlas.app', `appId is ${config.appId}`);
  check(config.productName === 'BiTE Atlas', `productName is ${config.productName}`);
  check(config.electronVersion === installedElectron, `electronVersion ${config.electronVersion} matches installed electron ${installedElectron}`);
  check(config.asar === true, 'asar packing is on');
  check(JSON.stringify(config.files.filter((f) => !f.startsWith('!'))) === JSON.stringify(['out/**/*', 'package.json']), 'files: only out/** and package.json');
  for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) check(existsSync(join(root, icon)), `icon ${icon} exists`);
  check(existsSync(join(root, config.afterPack)), `afterPack hook ${config.afterPack} exists`);
  check(config.linux.target.includes('AppImage') && config.linux.target.includes('deb'), 'Linux targets: AppImage and deb');
  check(config.win.target.includes('nsis') && config.mac.target.includes('dmg'), 'Windows NSIS and macOS dmg targets');
}

/**
 * A folder shaped like an unpacked Electron for Linux; its "binary" is a shell script. (No default_app.asar:
 * electron-builder hashes every .asar under resources/ for asar integrity and an empty one breaks that.)
 */
function makeStandInElectron(directory) {
  mkdirSync(join(directory, 'resources'), { recursive: true });
  writeFileSync(join(directory, 'electron'), '#!/bin/sh\necho "stand-in Electron for the dist smoke test" >&2\nexit 1\n');
  chmodSync(join(directory, 'electron'), 0o755);
  writeFileSync(join(directory, 'version'), 'v45.5.0');
  writeFileSync(join(directory, 'LICENSE'), 'stand-in');
}

function main() {
  console.log('Packaging smoke test (offline: stand-in Electron, linux "dir" target)');
  checkConfig();
  for (const built of ['out/main/index.js', 'out/preload/index.cjs']) check(existsSync(join(root, built)), `${built} is built`);
  const rendererBuilt = existsSync(join(root, 'out/renderer/index.html'));
  if (!rendererBuilt && allowMissingRenderer) console.log('… out/renderer/index.html is not built (allowed by --allow-missing-renderer)');
  else check(rendererBuilt, 'out/renderer/index.html is built');
  if (failures.length > 0) return finish();

  const scratch = mkdtempSync(join(tmpdir(), 'atlas-dist-smoke-'));
  try {
    const standIn = join(scratch, 'electron-dist');
    const output = join(scratch, 'dist');
    makeStandInElectron(standIn);
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--config', 'build/electron-builder.yml',
        '--linux', 'dir',
        '--publish', 'never',
        `-c.electronDist=${standIn}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ATLAS_DIST_SMOKE: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    const log = `${result.stdout}\n${result.stderr}`;
    const asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar');
    check(result.status === 0, `electron-builder finished (exit ${result.status})`);
    check(existsSync(asarPath), `electron-builder wrote ${asarPath.replace(scratch, '<tmp>')}`);
    if (failures.length > 0) console.log(log.split('\n').slice(-25).join('\n'));
    if (!existsSync(asarPath)) return finish();
    check(/after-pack: smoke test/.test(log), 'the afterPack hook ran (fuses are flipped there in real builds)');
    check(existsSync(join(output, 'linux-unpacked', 'bite-atlas')), 'the executable is named bite-atlas');

    const asar = readAsar(asarPath);
    const stray = asar.files.filter((file) => file !== '/package.json' && !file.startsWith('/out/'));
    check(stray.length === 0, `app.asar holds only out/** and package.json (${asar.files.length} files${stray.length ? `; stray: ${stray.slice(0, 5).join(', ')}` : ''})`);
    for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', ...(rendererBuilt ? ['/out/renderer/index.html'] : [])]) {
      check(asar.files.includes(required), `app.asar contains ${required}`);
    }
    check(!asar.files.some((file) => file.includes('node_modules')), 'app.asar has no node_modules');
    const packedPackage = JSON.parse(asar.read('/package.json')?.toString('utf8') ?? '{}');
    check(packedPackage.main === 'out/main/index.js', `packed package.json main is ${packedPackage.main}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return finish();
}

function finish() {
  console.log(failures.length === 0 ? 'dist smoke test passed' : `dist smoke test FAILED (${failures.length})`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
