// The desktop app saves a lesson's handout as PDF: the handout view's "Save as PDF…" goes through the main process
// (webContents.printToPDF of that window, A4), the save dialog (answered here from the main process, as a lecturer
// would choose a file) and an atomic write; the file is a PDF with a sane page count. Skipped, with the reason
// printed, without the Electron binary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../build/scripts/electron-binary.mjs';

const binary = findElectronBinary();
const skipReason = 'missing' in binary ? `Electron handout suite skipped: ${binary.missing}` : '';
if (skipReason && process.env.TEST_WORKER_INDEX === undefined) console.log(skipReason);

/** Pages of a PDF that Chromium wrote (every page object is written out, uncompressed, as /Type /Page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe('a handout saved as PDF by the desktop app', () => {
  test.skip('missing' in binary, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let dir: string;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-handout-'));
    const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: binary.path,
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), 'out/main/index.js'],
      cwd: process.cwd(),
      env: { ...process.env, ATLAS_USER_DATA_DIR: join(dir, 'user-data'), ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('lesson 4: the save dialog is offered, the chosen file is an A4 PDF of about a dozen pages', async () => {
    test.setTimeout(60_000);
    const target = join(dir, 'lesson-4-handout.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      const asked: unknown[] = [];
      (globalThis as { askedToSave?: unknown[] }).askedToSave = asked;
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        asked.push(args.at(-1));
        return { canceled: false, filePath };
      }) as typeof dialog.showSaveDialog;
    }, target);
    await page.evaluate(() => {
      window.location.hash = '#/handout/cns-toxicity-and-crs';
    });
    await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'saved as a PDF' })).toBeVisible({ timeout: 30_000 });
    const asked = await app.evaluate(() => (globalThis as { askedToSave?: { defaultPath: string }[] }).askedToSave ?? []);
    expect(asked[0]?.defaultPath).toMatch(/bite-atlas-lesson-4-cns-toxicity-and-crs\.pdf$/);
    const pdf = readFileSync(target);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    test.info().annotations.push({ type: 'pages', description: `lesson 4 handout: ${pages} pages` });
    // Headless Chromium prints this handout on 13 pages; the desktop build's fonts may move it a page or two.
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(17);
  });
});
