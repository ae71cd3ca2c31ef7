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

/** Starts collecting the page's long tasks (main thread busy > 50 ms). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __longTaskObserver?: PerformanceObserver };
    w.__longTasks = [];
    w.__longTaskObserver?.disconnect();
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    });
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  // let the frame after the result be painted and any pending observer callback arrive
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
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

test('a regimen change moves the response rate, with no long task on the page while the cohort runs', async ({ page }) => {
  const figure = await openFigure(page);
  const root = figure.locator('[data-figure="virtual-trial"]');
  const mrd = figure.locator('[data-value="mrd"]');
  await settled(figure, 'rr|label-rr|1|200');
  await expect(mrd).not.toHaveText('…');
  const rate = figure.locator('[data-value="day28"]');
  await expect(rate).toHaveText('30 %');

  // Only CSS locators from here: Playwright's role queries run on the page's thread and would be counted
  // as the page's long tasks.
  await figure.locator('input[value="flat-5"]').check();
  await expect(root).toHaveAttribute('data-status', 'running');
  await expect(figure.locator('.vt-progress progress')).toBeVisible();
  await settled(figure, 'rr|flat-5|1|200');
  await expect(rate).toHaveText('15.5 %');
  await figure.locator('input[value="flat-15"]').check();
  await settled(figure, 'rr|flat-15|1|200');
  await expect(rate).toHaveText('33.5 %');

  // Long tasks while cohorts run: a new trial (both arms) and a regimen change, watched with the Long Tasks
  // API. The page's own work per task is ~10 ms; on a machine shared with other jobs a task can still be
  // stretched past 50 ms by waiting for a core, so up to three rounds are watched — work of the page's own
  // that took > 50 ms would show in every one of them.
  const rounds: number[][] = [];
  for (let round = 0; round < 3; round++) {
    const seed = round + 2;
    const [from, to] = round % 2 === 0 ? ['flat-15', 'flat-5'] : ['flat-5', 'flat-15'];
    await watchLongTasks(page);
    await figure.locator('.vt-trial button').click();
    await settled(figure, `rr|${from}|${seed}|200`);
    await expect(mrd).not.toHaveText('…', { timeout: 15_000 });
    await figure.locator(`input[value="${to}"]`).check();
    await settled(figure, `rr|${to}|${seed}|200`);
    rounds.push(await longTasks(page));
    if (Math.max(0, ...rounds.at(-1)!) <= 50) break;
  }
  expect(rounds.some((tasks) => Math.max(0, ...tasks) <= 50), `long tasks (ms) in every round: ${JSON.stringify(rounds)}`).toBe(true);

  // back to a cohort already run: from the cache, without the "Simulating" overlay
  const last = rounds.length + 1;
  const back = rounds.length % 2 === 1 ? 'flat-15' : 'flat-5';
  await figure.locator(`input[value="${back}"]`).check();
  await expect(root).toHaveAttribute('data-cohort', `rr|${back}|${last}|200`);
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
