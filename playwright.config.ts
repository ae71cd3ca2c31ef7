// Playwright: the renderer end to end in Debian's Chromium (never a downloaded browser) against the
// built renderer served on 127.0.0.1, plus the `_electron` suite that runs where the binary exists.
import { defineConfig } from '@playwright/test';
import { findBrowser, OFFLINE_BROWSER_FLAGS } from './build/scripts/find-browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4319);
const executablePath = findBrowser() ?? undefined;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  // Two workers on the two-core machines the suite runs on: 9.0 → 5.6 min with every test passing (spec files
  // run in parallel; the tests within a file stay in order, except in the two longest files, a11y and deep-links,
  // whose tests are independent and are spread over both workers so neither file is left running alone at the end).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1360, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', ...OFFLINE_BROWSER_FLAGS],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'renderer', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
  webServer: {
    command: `node build/scripts/static-server.mjs out/renderer ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
  },
});
