// `npm test`: every check and test, in order — compile lessons, typecheck, lint, build, unit tests
// (Vitest), end-to-end tests (Playwright) — then one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser } from './find-browser.mjs';
import { playwrightCounts, vitestCounts } from './test-counts.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? '✔' : '✘'} ${label} (${seconds} s)`);
  return result.status === 0;
}

/** A free TCP port on 127.0.0.1 for the end-to-end server (so a run never collides with another). */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const gates = [];
gates.push(['lessons', run('Compile lessons', 'npm', ['run', '--silent', 'lessons'])]);
gates.push(['typecheck', run('Type-check', 'npm', ['run', '--silent', 'typecheck'])]);
gates.push(['lint', run('Lint', 'npm', ['run', '--silent', 'lint'])]);
gates.push(['build', run('Build (electron-vite: main, preload, renderer; pre-rendered lessons)', 'npm', ['run', '--silent', 'build'])]);

const vitestFile = join(results, 'vitest.json');
// a report left by an earlier run must not stand in for a run that wrote none
rmSync(vitestFile, { force: true });
run('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
const unit = vitestCounts(vitest);

let e2e = { passed: 0, failed: 0, skipped: 0 };
if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  console.log('✘ End-to-end tests not run: the renderer build is missing.');
  e2e.failed += 1;
} else if (!findBrowser()) {
  console.log('✘ End-to-end tests not run: no Chromium found. Install it with "npm run setup:browser" (Debian: apt-get install chromium).');
  e2e.failed += 1;
} else {
  const pwFile = join(results, 'playwright.json');
  rmSync(pwFile, { force: true });
  const port = process.env.E2E_PORT ?? String(await freePort());
  run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile, E2E_PORT: port });
  const report = readJson(pwFile);
  e2e = report ? playwrightCounts(report) : { passed: 0, failed: 1, skipped: 0 };
}

const gateFailures = gates.filter(([, ok]) => !ok).map(([name]) => name);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + gateFailures.length;
const skipped = unit.skipped + e2e.skipped;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped${gateFailures.length ? ` · failed checks: ${gateFailures.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
