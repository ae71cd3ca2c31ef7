// `npm start`: builds the atlas if the build is missing or older than its sources, then opens the
// desktop app; where the Electron binary is absent, serves the built renderer on 127.0.0.1 and opens
// it in an installed Chromium/Chrome app window, or prints the URL when no browser or display exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';
import { findBrowser, OFFLINE_BROWSER_FLAGS } from './find-browser.mjs';
import { serveOnPreferredPort } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const WEB_PORT = Number(process.env.ATLAS_PORT ?? 47419); // fixed, so the browser keeps the same origin (and saved settings)

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'generated') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function ensureBuilt() {
  const built = join(root, 'out', 'renderer', 'index.html');
  const sources = Math.max(...['renderer', 'electron', 'content', 'package.json', 'electron.vite.config.ts'].map((p) => newestMtime(join(root, p))));
  if (existsSync(built) && existsSync(join(root, 'out', 'main', 'index.js')) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the atlas (first start, or sources changed)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function openInBrowser(reason) {
  const { server, url, note } = await serveOnPreferredPort(join(root, 'out', 'renderer'), WEB_PORT);
  if (note) console.warn(note);
  const browser = findBrowser();
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!browser || !hasDisplay()) {
    const why = !browser ? 'no Chromium or Chrome is installed' : 'there is no display';
    console.log(`${reason}; ${why}, so the atlas is served at ${url} — open that address in a browser (Ctrl+C to stop).`);
    return;
  }
  console.log(`${reason}; opening the atlas in ${browser} as an app window at ${url} (close the window or press Ctrl+C to stop).`);
  const profile = join(homedir(), '.config', 'bite-atlas', 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--window-size=1360,900', ...OFFLINE_BROWSER_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', stop);
}

ensureBuilt();
const electron = findElectronBinary();
if ('path' in electron && hasDisplay()) {
  const args = [join(root, 'out', 'main', 'index.js')];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox'); // Chromium refuses to run as root otherwise
  const child = spawn(electron.path, args, { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const reason = 'path' in electron ? 'Electron is installed but there is no display' : `Desktop app unavailable — ${electron.missing}`;
  await openInBrowser(reason);
}
