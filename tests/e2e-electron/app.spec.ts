// End-to-end checks of the real desktop app through Playwright's `_electron`: the window opens on
// app://atlas, window.atlas is there, navigation away and window.open are blocked. Skipped (with the reason printed) without the Electron binary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../build/scripts/electron-binary.mjs';

const binary = findElectronBinary();
const skipReason = 'missing' in binary ? `Electron end-to-end suite skipped: ${binary.missing}` : '';
// Print once: from the runner process that collects the tests, not again from each worker.
if (skipReason && process.env.TEST_WORKER_INDEX === undefined) console.log(skipReason);

const API_FUNCTIONS = [
  'appInfo',
  'getSettings',
  'setSettings',
  'getProgress',
  'updateLessonProgress',
  'getReviews',
  'appendReviews',
  'importReviews',
  'onReviewsChanged',
  'openExternal',
  'saveTextFile',
  'saveHandoutPdf',
  'onSettingsChanged',
  'onOpenLink',
];

test.describe('the desktop atlas', () => {
  test.skip('missing' in binary, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    userData = mkdtempSync(join(tmpdir(), 'atlas-e2e-electron-'));
    const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: binary.path,
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), 'out/main/index.js'],
      cwd: process.cwd(),
      env: { ...process.env, ATLAS_USER_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one window on app://atlas/index.html', async () => {
    expect(page.url()).toBe('app://atlas/index.html');
    expect(app.windows()).toHaveLength(1);
    await expect(page.locator('body')).not.toBeEmpty();
    const visible = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false);
    expect(visible).toBe(true);
  });

  test('offers window.atlas with the API functions and no Node in the page', async () => {
    const shape = await page.evaluate(() => {
      const atlas = (window as unknown as { atlas?: Record<string, unknown> }).atlas;
      return {
        edition: atlas?.edition,
        functions: Object.keys(atlas ?? {}).filter((key) => typeof atlas?.[key] === 'function'),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        hasIpcRenderer: Object.keys(atlas ?? {}).includes('ipcRenderer'),
      };
    });
    expect(shape.edition).toBe('desktop');
    expect(shape.functions.sort()).toEqual([...API_FUNCTIONS].sort());
    expect(shape).toMatchObject({ hasRequire: false, hasProcess: false, hasIpcRenderer: false });
    const info = await page.evaluate(() => (window as unknown as { atlas: { appInfo(): Promise<{ edition: string }> } }).atlas.appInfo());
    expect(info.edition).toBe('desktop');
  });

  test('cannot be navigated away from app://atlas', async () => {
    for (const target of ['https://example.com/', 'file:///etc/hosts']) {
      await page.evaluate((url) => {
        window.location.href = url;
      }, target);
      await page.waitForTimeout(500);
      expect(page.url(), target).toMatch(/^app:\/\/atlas\//);
    }
    expect(await page.evaluate(() => window.location.origin)).toBe('app://atlas');
  });

  test('denies window.open: no new window appears', async () => {
    const opened = await page.evaluate(() => [
      window.open('https://example.com/') === null,
      window.open('app://atlas/index.html') === null,
    ]);
    expect(opened).toEqual([true, true]);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
  });

  test('answers web permission queries with "denied"', async () => {
    const state = await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state);
    expect(state).toBe('denied');
  });

  test('presents a lesson from a step link, in its scripted state, and F takes the window to full screen and back', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/present/cns-toxicity-and-crs/3';
    });
    await expect(page.locator('.presentation')).toHaveAttribute('data-step', '3');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/present/cns-toxicity-and-crs/3?v=1&fig.cytokine=show:flat-15,t:1');
    await page.locator('.present-stage').focus();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation')).toHaveCount(0);
  });
});
