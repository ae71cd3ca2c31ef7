// Every figure in every lesson, used as a reader would by keyboard: the description and data table
// open, time controls play, pause, step and scrub (the description follows the model state), and every
// other control of the figure responds to the keyboard — with no console error anywhere.
import type { Locator, Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

async function descriptionOf(figure: Locator): Promise<string> {
  return (await figure.locator('.ff-description p').textContent()) ?? '';
}

/** Presses a keyboard key on a control after focusing it, as a keyboard user would. */
async function pressOn(page: Page, control: Locator, key: string): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press(key);
}

for (const lesson of lessons) {
  test(`lesson "${lesson.title}": every figure works by keyboard`, async ({ page }) => {
    await openAtlas(page, `#/lesson/${lesson.slug}`);
    await expect(page.locator('.lesson-body .loading')).toHaveCount(0);
    await expect(page.locator('.figure-loading')).toHaveCount(0);
    const figures = page.locator('.lesson-body figure.ff');
    const expected = { 'what-a-bite-is': 1, 'immune-synapse': 1, 'serial-lysis': 1, 'cns-toxicity-and-crs': 1, 'kinetics-and-dosing': 1 }[lesson.slug];
    if (expected !== undefined) expect(await figures.count(), 'figures in the lesson').toBeGreaterThanOrEqual(expected);
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      const title = await figure.locator('.ff-title').textContent();

      // Description and data table, opened by keyboard.
      const describe = figure.getByRole('button', { name: 'Describe' });
      await pressOn(page, describe, 'Enter');
      await expect(describe).toHaveAttribute('aria-expanded', 'true');
      const before = await descriptionOf(figure);
      expect(before.length, `${title}: description`).toBeGreaterThan(20);
      const tableButton = figure.getByRole('button', { name: 'Data table' });
      if (await tableButton.count()) {
        await pressOn(page, tableButton, 'Space');
        await expect(figure.locator('.ff-table')).toBeVisible();
        expect(await figure.locator('.ff-table tbody tr').count(), `${title}: table rows`).toBeGreaterThan(0);
      }

      // Time controls: play, pause, step, landmarks, scrub, reset.
      const controls = figure.getByRole('group', { name: /^Time controls/ });
      if (await controls.count()) {
        const play = controls.getByRole('button', { name: 'Play' });
        await pressOn(page, play, 'Enter');
        await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
        await page.waitForTimeout(700);
        await pressOn(page, controls.getByRole('button', { name: 'Pause' }), 'Enter');
        await expect(controls.getByRole('button', { name: 'Play' })).toBeVisible();
        const slider = controls.getByRole('slider', { name: 'Time' });
        const afterPlay = Number(await slider.inputValue());
        expect(afterPlay, `${title}: time advanced while playing`).toBeGreaterThan(0);

        await pressOn(page, controls.getByRole('button', { name: 'Step forward' }), 'Enter');
        expect(Number(await slider.inputValue())).toBeGreaterThan(afterPlay);
        await pressOn(page, controls.getByRole('button', { name: 'Step back' }), 'Enter');
        const next = controls.getByRole('button', { name: 'Next landmark' });
        if (await next.isEnabled()) await pressOn(page, next, 'Enter');

        // Scrubbing changes what the figure shows (a looping figure may end where it starts, so look at
        // the end and at a point before it).
        await pressOn(page, slider, 'End');
        const atEnd = await descriptionOf(figure);
        await pressOn(page, slider, 'PageDown');
        await expect
          .poll(async () => new Set([before, atEnd, await descriptionOf(figure)]).size, { message: `${title}: description follows the scrubbed time` })
          .toBeGreaterThan(1);
        await pressOn(page, slider, 'Home');
        await pressOn(page, slider, 'ArrowRight');
        await pressOn(page, controls.getByRole('button', { name: 'Reset to the start' }), 'Enter');
        expect(Number(await slider.inputValue())).toBe(Number(await slider.getAttribute('min')));
      }

      // Every other control in the figure answers the keyboard.
      const others = figure.locator('.ff-controls, .ff-visual').locator('input, select, button').filter({ hasNot: page.locator('[data-skip-e2e]') });
      const n = await others.count();
      for (let k = 0; k < n; k++) {
        const control = others.nth(k);
        if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
        if ((await control.locator('xpath=ancestor::*[@role="group" and starts-with(@aria-label, "Time controls")]').count()) > 0) continue;
        const tag = await control.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type ?? ''}`);
        if (tag.startsWith('SELECT')) await pressOn(page, control, 'ArrowDown');
        else if (tag === 'INPUT:range' || tag === 'INPUT:radio') await pressOn(page, control, 'ArrowRight');
        else if (tag === 'INPUT:checkbox') await pressOn(page, control, 'Space');
        else if (tag.startsWith('BUTTON') || tag === 'INPUT:button') await pressOn(page, control, 'Enter');
      }
      await expect(figure).toBeVisible();
    }
  });
}

test('the trials table sorts by keyboard and says how it is sorted', async ({ page }) => {
  const lesson = lessons.find((l) => l.slug === 'clinical-evidence');
  test.skip(!lesson, 'the clinical evidence lesson is not published');
  await openAtlas(page, `#/lesson/${lesson!.slug}`);
  await expect(page.locator('.figure-loading')).toHaveCount(0);
  const table = page.locator('figure.trials');
  await table.scrollIntoViewIfNeeded();
  const patients = table.getByRole('button', { name: /Patients/ });
  await patients.focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /Patients/ })).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr').first().getAttribute('data-trial');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /Patients/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await table.locator('tbody tr').first().getAttribute('data-trial')).not.toBe(first);
  await expect(table.getByRole('status')).toContainText('number of patients, descending');
  await table.getByRole('button', { name: /Trial/ }).focus();
  await page.keyboard.press('Space');
  await expect(table.getByRole('columnheader', { name: /Trial/ })).toHaveAttribute('aria-sort', 'ascending');
});

// Issue 10: the trials table was cut mid-word at 1280×800 (704 px of table in a 675 px box, the rest hidden with no
// sign of it). It now fits the lesson column at the usual window sizes and text sizes; where it cannot, it says so
// and shades the edge it scrolls past.
interface TrialsView {
  name: string;
  width: number;
  height: number;
  textSize?: string;
}

/** Opens lesson 6 at the trials table, in a window of the view's size and (through Settings) its text size. */
async function openTrials(page: Page, view: TrialsView): Promise<Locator> {
  await page.setViewportSize({ width: view.width, height: view.height });
  if (view.textSize) {
    await openAtlas(page, '#/settings');
    await page.getByRole('radio', { name: view.textSize, exact: true }).check();
  }
  await openAtlas(page, '#/lesson/clinical-evidence');
  await expect(page.locator('.figure-loading')).toHaveCount(0);
  const figure = page.locator('figure.trials');
  await figure.scrollIntoViewIfNeeded();
  return figure;
}

/** Opacity of the shade drawn on one edge of the table's frame (a pseudo-element). */
async function edgeShade(figure: Locator, edge: 'left' | 'right'): Promise<number> {
  return figure.locator('.trials-frame').evaluate((el, e) => Number(getComputedStyle(el, e === 'left' ? '::before' : '::after').opacity), edge);
}

for (const view of [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '900×800', width: 900, height: 800 },
  { name: '1280×800 at 150 % text', width: 1280, height: 800, textSize: '150%' },
] satisfies TrialsView[]) {
  test(`the trials table fits the lesson column at ${view.name}: every column whole, no word cut`, async ({ page }) => {
    const figure = await openTrials(page, view);
    const region = figure.getByRole('region', { name: /Trials table/ });
    const size = await region.evaluate((el) => ({ box: el.clientWidth, table: el.scrollWidth }));
    expect(size.table, `table ${size.table} px in a ${size.box} px box`).toBeLessThanOrEqual(size.box);
    const cut = await figure.locator('th, td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => (c.textContent ?? '').slice(0, 40)));
    expect(cut, 'cells whose text is wider than the cell').toEqual([]);
    await expect(figure.getByText(/scroll (it|the table) sideways/i)).toBeHidden();
    expect(await edgeShade(figure, 'right')).toBe(0);
  });
}

test('where the trials table cannot fit (900×800 at 150 % text) it says so, shades the edge it scrolls past, scrolls by keyboard and stays axe-clean', async ({ page }) => {
  const figure = await openTrials(page, { name: '900×800 at 150 % text', width: 900, height: 800, textSize: '150%' });
  const region = figure.getByRole('region', { name: /Trials table/ });
  const hint = figure.getByText(/scroll (it|the table) sideways/i);
  await expect(hint).toBeVisible();
  await expect(region).toHaveAccessibleDescription(/scroll (it|the table) sideways/i);
  const size = await region.evaluate((el) => ({ box: el.clientWidth, table: el.scrollWidth }));
  expect(size.table).toBeGreaterThan(size.box);
  await expect.poll(() => edgeShade(figure, 'right'), { message: 'shade on the right edge while more lies to the right' }).toBeGreaterThan(0.9);
  expect(await edgeShade(figure, 'left')).toBe(0);

  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), { message: 'ArrowRight scrolls the table' }).toBeGreaterThan(0);
  await expect.poll(() => edgeShade(figure, 'left'), { message: 'shade on the left edge once scrolled' }).toBeGreaterThan(0.9);
  await expect
    .poll(
      async () => {
        await page.keyboard.press('ArrowRight');
        return region.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1);
      },
      { message: 'the arrow keys reach the far right', timeout: 15_000 },
    )
    .toBe(true);
  await expect.poll(() => edgeShade(figure, 'right'), { message: 'no shade on the right at the end' }).toBe(0);

  expect(await axeViolations(page, 'trials table', { include: 'figure.trials' })).toEqual([]);
});

/** Pairs of visible labels, among the SVG text nodes matched, whose boxes overlap (a label drawn over another). */
async function overlappingLabels(labels: Locator): Promise<string[]> {
  return labels.evaluateAll((nodes) => {
    const boxes = nodes.flatMap((node) => {
      let opacity = 1;
      for (let e: Element | null = node; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const text = (node.textContent ?? '').trim();
      const r = node.getBoundingClientRect();
      return text && opacity > 0.05 && r.width > 0 && getComputedStyle(node).visibility !== 'hidden' ? [{ text, r }] : [];
    });
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) pairs.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
      }
    }
    return pairs;
  });
}

test('no figure draws one label over another, in any lesson', async ({ page }) => {
  for (const lesson of lessons) {
    await openAtlas(page, `#/lesson/${lesson.slug}`);
    await expect(page.locator('.figure-loading')).toHaveCount(0);
    const charts = page.locator('.lesson-body figure svg');
    for (let i = 0; i < (await charts.count()); i++) {
      expect(await overlappingLabels(charts.nth(i).locator('text')), `${lesson.slug}, drawing ${i + 1}`).toEqual([]);
    }
  }
});

test('the activation-burst charts never draw one label over another, at either burden with every regimen', async ({ page }) => {
  await openAtlas(page, '#/lesson/cns-toxicity-and-crs');
  const figure = page.locator('figure.ff', { hasText: 'The activation burst' }).first();
  await figure.scrollIntoViewIfNeeded();
  for (const box of await figure.getByRole('checkbox').all()) await box.check();
  const charts = [figure.locator('svg.cy-svg').first(), figure.locator('svg.cy-dots')];
  for (const burden of [/^Low/, /^High/]) {
    await figure.getByRole('radio', { name: burden }).check();
    for (const chart of charts) expect(await overlappingLabels(chart.locator('text')), `${burden}`).toEqual([]);
  }
});
