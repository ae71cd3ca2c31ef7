// The virtual trial in lesson 6, in the built atlas as a reader uses it: the cohort runs in a Web Worker with
// progress, a regimen change moves the response rate without one long task (> 50 ms) on the page's thread,
// the waterfall is operable by keyboard, and a patient opens in the PK/PD explorer with that patient's
// marrow blasts in its description. The fixture fails any test that logs a console error.
import type { Locator, Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';

const LESSON = 'clinical-evidence';

async function openFigure(page: Page): Promise<Locator> {
  test.skip(!lessons.some((l) => l.slug === LESSON), 'the clinical evidence lesson is not published');
  await openAtlas(page, `#/lesson/${LESSON}`);
  const figure = page.locator('#fig-virtual-trial');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('[data-figure="virtual-trial"]')).toBeVisible();
  return figure;
}

async function settled(figure: Locator, key: string): Promise<void> {
  const root = figure.locator('[data-figure="virtual-trial"]');
  await expect(root).toHaveAttribute('data-cohort', key);
  await expect(root).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
}

test('the virtual trial runs in a Web Worker, shows progress, then 200 patients against the trials', async ({ page }) => {
  const figure = await openFigure(page);
  const root = figure.locator('[data-figure="virtual-trial"]');
  await settled(figure, 'rr|label-rr|1|200');
  await expect(root).toHaveAttribute('data-backend', 'worker');
  await expect(figure.getByRole('option')).toHaveCount(200);
  await expect(figure.locator('[data-value="day28"]')).toHaveText('30 %');
  await expect(figure.locator('[data-value="mrd"]')).toHaveText('74.5 %');
  await expect(figure.getByText('Illustrative — not for dosing decisions')).toBeVisible();
  // the trials' figures beside it, with their citations
  const compare = figure.locator('.vt-compare');
  for (const key of ['topp2015', 'kantarjian2017', 'gokbuget2018']) await expect(compare.locator(`[data-reference-key="${key}"]`).first()).toBeVisible();
  await expect(compare).toContainText('≈ 34 %');
  await expect(compare).toContainText('78 %');
});

// The main thread's longest task while a cohort runs (≤ 50 ms) is a budget of `npm run bench` (bench-virtual-trial, read
// from a Chromium trace), not of this test: on a loaded machine a task can wait for a core, and a timed test then fails
// for the machine, not the code. Here: cohorts run in the Web Worker, and each run, new trial or cached, lands.
test('a regimen change moves the response rate; new trials and regimen changes run in the Web Worker', async ({ page }) => {
  const figure = await openFigure(page);
  const root = figure.locator('[data-figure="virtual-trial"]');
  const mrd = figure.locator('[data-value="mrd"]');
  await settled(figure, 'rr|label-rr|1|200');
  await expect(mrd).not.toHaveText('…');
  const rate = figure.locator('[data-value="day28"]');
  await expect(rate).toHaveText('30 %');

  await figure.locator('input[value="flat-5"]').check();
  await expect(root).toHaveAttribute('data-status', 'running');
  await expect(figure.locator('.vt-progress progress')).toBeVisible();
  await settled(figure, 'rr|flat-5|1|200');
  await expect(rate).toHaveText('15.5 %');
  await figure.locator('input[value="flat-15"]').check();
  await settled(figure, 'rr|flat-15|1|200');
  await expect(rate).toHaveText('33.5 %');

  // A new trial (both arms) and a regimen change, twice: every cohort runs in the worker and lands as asked.
  for (let round = 0; round < 2; round++) {
    const seed = round + 2;
    const [from, to] = round % 2 === 0 ? ['flat-15', 'flat-5'] : ['flat-5', 'flat-15'];
    await figure.locator('.vt-trial button').click();
    await settled(figure, `rr|${from}|${seed}|200`);
    await expect(mrd).not.toHaveText('…', { timeout: 15_000 });
    await figure.locator(`input[value="${to}"]`).check();
    await settled(figure, `rr|${to}|${seed}|200`);
    await expect(root).toHaveAttribute('data-backend', 'worker');
  }

  // back to a cohort already run (flat 5 with seed 3, in the second round): from the cache, without the "Simulating" overlay
  await figure.locator('input[value="flat-5"]').check();
  await expect(root).toHaveAttribute('data-cohort', 'rr|flat-5|3|200');
  await expect(root).toHaveAttribute('data-status', 'done', { timeout: 1_000 });
  await expect(figure.locator('.vt-overlay')).toHaveCount(0);
});

test('the waterfall works by keyboard: one tab stop, arrow keys with a visible focus ring, Enter opens the explorer', async ({ page }) => {
  const figure = await openFigure(page);
  await settled(figure, 'rr|label-rr|1|200');
  const stop = figure.locator('[role="option"][tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await stop.focus();
  await expect(figure.locator('.vt-selected--focus')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'option');
  const second = await figure.getByRole('option').nth(2).getAttribute('data-patient');
  await expect(focused).toHaveAttribute('data-patient', second!);
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  const last = await figure.getByRole('option').last().getAttribute('data-patient');
  await expect(page.locator(':focus')).toHaveAttribute('data-patient', last!);
  await page.keyboard.press('Home');
  const first = await figure.getByRole('option').first().getAttribute('data-patient');
  await expect(page.locator(':focus')).toHaveAttribute('data-patient', first!);
  await expect(figure.locator('.vt-card')).toContainText(`Patient ${first}`);
  await figure.getByRole('button', { name: 'Describe' }).click();
  await expect(figure.locator('.ff-description')).toContainText(`Focused: Patient ${first}:`);
  await page.locator(`[data-patient="${first}"][role="option"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lesson\/kinetics-and-dosing\/fig-pkpd-explorer\?v=1&fig\.pkpd-explorer=/);
});

/** The explorer writes marrow blasts with 2 significant digits (formatSignificant). */
function twoDigits(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toPrecision(2)));
}

test('clicking a patient opens the PK/PD explorer with that patient’s marrow blasts in its description', async ({ page }) => {
  const figure = await openFigure(page);
  await figure.getByRole('radio', { name: 'Flat 15' }).check();
  await settled(figure, 'rr|flat-15|1|200');
  const bar = figure.getByRole('option').nth(120);
  await bar.hover();
  const patient = await bar.getAttribute('data-patient');
  const link = figure.getByRole('link', { name: `Open patient ${patient} in the PK/PD explorer` });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const marrow = Number(/marrow:([\d.]+)/.exec(href)![1]);
  await bar.click();
  await expect(page).toHaveURL(/#\/lesson\/kinetics-and-dosing\/fig-pkpd-explorer\?v=1&fig\.pkpd-explorer=regimen:flat-15,marrow:/);
  const explorer = page.locator('#fig-pkpd-explorer');
  await expect(explorer).toBeVisible();
  await expect(explorer).toBeInViewport();
  await explorer.getByRole('button', { name: 'Describe' }).click();
  await expect(explorer.locator('.ff-description')).toContainText(`Patient: marrow blasts ${twoDigits(marrow)} %`);
  await expect(explorer.locator('.ff-description')).toContainText('on flat-15');
  // Back returns to the lesson with the virtual trial
  await page.goBack();
  await expect(page).toHaveURL(/#\/lesson\/clinical-evidence/);
});
