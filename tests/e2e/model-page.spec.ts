// The Model page as a reader uses it: opened from the sidebar, every calibration target computed live and
// marked pass (the cohort ones when asked, by keyboard), parameter links that bring their row into view,
// sources that open at their reference, and figures that never load the page's code or data.
import { test, expect, openAtlas } from './support/atlas';

const TARGET_COUNT = 43; // MODEL.md §8 (39) and §12 (VP-1 … VP-4)

test('the sidebar opens the Model page; every calibration target is computed live and passes', async ({ page }) => {
  await openAtlas(page);
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await sidebar.getByRole('link', { name: 'The model' }).click();
  await expect(page).toHaveURL(/#\/model$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The model' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'The model' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Illustrative — not for dosing decisions.').first()).toBeVisible();

  const rows = page.locator('tr[data-target]');
  await expect(rows).toHaveCount(TARGET_COUNT);
  // the MODEL.md §8 targets run on their own once the page is open
  await expect(page.locator('tr[data-result="pending"]')).toHaveCount(0, { timeout: 15_000 });
  const summary = page.locator('.model-targets-summary');
  await expect(summary).toContainText('39 pass, 0 fail');
  const fastMs = Number(await summary.getAttribute('data-fast-ms'));
  console.log(`model page: the 39 MODEL.md §8 targets took ${fastMs} ms in the browser`);
  expect(fastMs).toBeGreaterThan(0);

  // the cohort ones on request (keyboard)
  await expect(page.locator('tr[data-result="not-run"]')).toHaveCount(4);
  await page.getByRole('button', { name: /virtual-cohort targets/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-result="not-run"]')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('tr[data-result="pass"]')).toHaveCount(TARGET_COUNT);
  await expect(page.locator('tr[data-result="fail"]')).toHaveCount(0);
  await expect(summary).toContainText(`${TARGET_COUNT} pass, 0 fail`);
  console.log(`model page: ${await summary.textContent()}`);
  for (const id of ['PK-1', 'RSP-1', 'CNS-6', 'VP-3']) await expect(page.locator(`tr[data-target="${id}"]`)).toContainText('pass');
});

test('a parameter link brings its row into view and marks it; a deep link opens at the row', async ({ page }) => {
  await openAtlas(page, '#/model');
  await expect(page.locator('.model-equations[data-ready="true"]')).toBeVisible();
  // from the marrow equation's parameter list to the kBm row
  await page.locator('#eq-dX').getByRole('link', { name: 'kBm' }).click();
  await expect(page).toHaveURL(/#\/model\/param-kBm$/);
  const row = page.locator('#param-kBm');
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('data-current', 'true');
  await expect(row.getByRole('rowheader')).toHaveText('kBm');

  // the address the PK/PD explorer will link to
  await page.goto('about:blank');
  await openAtlas(page, '#/model/param-kQRec');
  await expect(page.locator('#param-kQRec')).toBeInViewport();
  await expect(page.locator('#param-kQRec')).toHaveAttribute('data-current', 'true');

  // a target a parameter was tuned to
  await page.locator('#param-kQRec').getByRole('link', { name: 'CK-8' }).click();
  await expect(page).toHaveURL(/#\/model\/target-CK-8$/);
  await expect(page.locator('#target-CK-8')).toBeInViewport();
});

test('a source on the Model page opens the reference list at that reference', async ({ page }) => {
  await openAtlas(page, '#/model/param-kSerial');
  await page.locator('#param-kSerial').getByRole('link', { name: 'Halle 2016' }).click();
  await expect(page).toHaveURL(/#\/references\/halle2016$/);
  const entry = page.locator('#ref-halle2016');
  await expect(entry).toBeInViewport();
  await expect(entry).toBeFocused();
  await expect(entry).toHaveAttribute('data-current', 'true');
});

test('figures never load the Model page’s code, targets or equations', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openAtlas(page, '#/lesson/kinetics-and-dosing');
  await expect(page.locator('.figure-loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('figure').first()).toBeVisible();
  expect(requested.filter((url) => /ModelPage|model-page-data|model-equations/.test(url))).toEqual([]);
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: 'The model' }).click();
  await expect(page.locator('.model-equations[data-ready="true"]')).toBeVisible();
  for (const chunk of [/ModelPage-[^/]*\.js$/, /model-page-data-[^/]*\.js$/, /model-equations-[^/]*\.js$/]) {
    expect(requested.some((url) => chunk.test(url)), String(chunk)).toBe(true);
  }
});
