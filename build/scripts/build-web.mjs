// `npm run build:web`: the web edition — the same renderer build as the desktop app, copied to
// dist/web, which works from any static file server (relative paths, hash routes, IndexedDB storage).
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) process.exit(result.status ?? 1);
const target = join(root, 'dist', 'web');
rmSync(target, { recursive: true, force: true });
cpSync(join(root, 'out', 'renderer'), target, { recursive: true });
console.log(`web edition written to ${target} — serve it with any static file server, e.g. "python3 -m http.server -d dist/web"`);
