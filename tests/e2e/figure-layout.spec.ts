// Figures as a reader meets them on a laptop and on a projector: each figure's inputs, Play and main drawing fit
// one 1280×800 window; chart type follows the text-size setting and the projector theme; and chart labels never
// sit on the data (cursor readouts, threshold labels).
import type { Locator, Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';

const slugOf = (order: number) => lessons.find((l) => l.order === order)!.slug;

const FIGURES: { lesson: number; id: string; drawing: string }[] = [
  { lesson: 1, id: 'fig-bite-structure', drawing: '.bs-svg' },
  { lesson: 2, id: 'fig-synapse', drawing: '.syn-svg' },
  { lesson: 3, id: 'fig-serial-lysis', drawing: 'canvas.sl-canvas' },
  { lesson: 4, id: 'fig-cytokine', drawing: '.cy-chart[data-quantity="il6"] svg' },
  { lesson: 5, id: 'fig-pkpd-explorer', drawing: '[data-chart="drug"] svg' },
  { lesson: 6, id: 'fig-virtual-trial', drawing: '.vt-svg' },
];

async function showFigure(page: Page, lesson: number, id: string): Promise<Locator> {
  await openAtlas(page, `#/lesson/${slugOf(lesson)}`);
  const fig = page.locator(`#${id}`);
  await expect(fig).toBeVisible();
  await expect(page.locator('.figure-loading')).toHaveCount(0);
  // the reader brings the figure's title to the top of the window, just under the header
  await fig.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - (document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0) - 4 }));
  return fig;
}

test.describe('at 1280×800 each figure’s inputs, Play and main drawing fit one window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const f of FIGURES) {
    test(f.id, async ({ page }) => {
      const fig = await showFigure(page, f.lesson, f.id);
      const bottom = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().bottom);
      const top = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().top);
      expect(await top(fig)).toBeGreaterThanOrEqual(0);
      const play = fig.getByRole('button', { name: 'Play' });
      if (await play.count()) expect(await bottom(play.first())).toBeLessThanOrEqual(800);
      expect(await bottom(fig.locator(f.drawing).first()), 'main drawing').toBeLessThanOrEqual(800);
      // every input of the figure (the advanced panel closed)
      const inputs = fig.locator('.ff-controls :is(input, select, button, summary)');
      for (let i = 0; i < (await inputs.count()); i++) {
        const el = inputs.nth(i);
        if (!(await el.isVisible())) continue;
        expect(await bottom(el), `input ${i + 1} of ${f.id}`).toBeLessThanOrEqual(800);
      }
    });
  }
});

/** The type size of a chart's tick labels, px. */
async function chartTypePx(page: Page): Promise<number> {
  return page.locator('[data-chart="drug"] .ts-grid text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

async function setting(page: Page, name: RegExp): Promise<void> {
  await openAtlas(page, '#/settings');
  await page.getByRole('radio', { name }).check();
}

test('chart type follows the text-size setting and the projector theme', async ({ page }) => {
  await showFigure(page, 5, 'fig-pkpd-explorer');
  const normal = await chartTypePx(page);
  expect(normal).toBeGreaterThanOrEqual(11);
  await setting(page, /^150/);
  await showFigure(page, 5, 'fig-pkpd-explorer');
  expect(await chartTypePx(page)).toBeCloseTo(normal * 1.5, 0);
  await setting(page, /^100/);
  await setting(page, /^Projector/);
  await showFigure(page, 5, 'fig-pkpd-explorer');
  expect(await chartTypePx(page)).toBeGreaterThanOrEqual(normal * 1.2);
  // the survival chart beside the micro-world too (it was drawn at 9.5–10 px whatever the setting)
  await showFigure(page, 3, 'fig-serial-lysis');
  expect(await page.locator('#fig-serial-lysis .ts-grid text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(normal * 1.2);
});

/** Labels (cursor readouts and threshold labels) whose box a drawn curve passes through. */
async function labelsOnCurves(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const paths = [...svg.querySelectorAll<SVGPathElement>('.ts-series path')].filter((p) => (p.getAttribute('d') ?? '') !== '');
    const labels = [...svg.querySelectorAll<SVGTextElement>('.ts-cursor text, .ts-thresholds text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const out: string[] = [];
    for (const label of labels) {
      const box = label.getBBox();
      const m = label.getCTM()!;
      for (const path of paths) {
        const inv = path.getCTM()!.inverse().multiply(m);
        let hit = false;
        for (let i = 0; i <= 6 && !hit; i++) {
          for (let j = 1; j <= 3 && !hit; j++) {
            const p = new DOMPoint(box.x + (box.width * i) / 6, box.y + (box.height * j) / 4).matrixTransform(inv);
            hit = path.isPointInStroke(p);
          }
        }
        if (hit) out.push(`${label.textContent} on ${path.dataset.series}`);
      }
    }
    return out;
  });
}

test('explorer labels never sit on the data: readouts at the start, at the dose step and after it; the EC90 label', async ({ page }) => {
  const fig = await showFigure(page, 5, 'fig-pkpd-explorer');
  for (const step of ['start', 'Next landmark', 'Step forward']) {
    if (step !== 'start') await fig.getByRole('button', { name: step }).click();
    for (const chart of ['drug', 'tcells', 'marrow', 'bcells', 'il6']) {
      expect(await labelsOnCurves(fig.locator(`[data-chart="${chart}"] svg.ts-chart`)), `${chart} at ${step}`).toEqual([]);
    }
  }
});

test('the survival chart’s readouts at the start are not drawn on the curves', async ({ page }) => {
  const fig = await showFigure(page, 3, 'fig-serial-lysis');
  expect(await labelsOnCurves(fig.locator('.sl-chart svg.ts-chart'))).toEqual([]);
});
