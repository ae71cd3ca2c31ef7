// User story: a lecturer on the dark theme opens a lesson's handout from its header and prints it. In print media
// every lesson's handout is light, shows no control, never cuts a figure across A4 pages, prints each figure's
// description, data table, scenario and state link, the check-yourself answers, the references and the disclaimer.
//
// How "never cut" is checked: Chromium writes a PDF (page.pdf() works headless) but nothing here can read where a
// figure landed in it (no PDF parser; no network for one). Chromium's multi-column layout paginates with the same
// block-fragmentation engine as printing, honouring the print stylesheet's break-inside rules, so the handout is
// laid into columns of exactly an A4 page's printable box (180 × 267 mm): a figure cut by a page break spans two
// columns. The real PDF's page count must match the columns' count (±1), so the simulation is the printout's.
import type { Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

const MM = 96 / 25.4;
/** A4 minus the handout's 15 mm @page margins, in CSS px. */
const PAGE_WIDTH_PX = 180 * MM;
const PAGE_HEIGHT_PX = 267 * MM;
const COLUMN_GAP_PX = 40;
/** What a page break may never cut (as HandoutView's UNBREAKABLE_SELECTOR): figure blocks, not tables of data. */
const UNBREAKABLE_SELECTOR = '.ff-print-unit, .handout-figure--unframed:not(:has(table))';

interface LessonFacts {
  figures: { id: string; component: string }[];
  checkIds: string[];
  citeOrder: string[];
  steps: { title: string; figures: string[]; script?: { figure: string; fields: Record<string, string> } }[];
}

async function useDarkTheme(page: Page): Promise<void> {
  await openAtlas(page, '#/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Opens the lesson and its handout from the header link by keyboard; waits until every figure is drawn. */
async function openHandout(page: Page, slug: string): Promise<void> {
  await page.goto(`index.html#/lesson/${slug}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const link = page.getByRole('link', { name: 'Handout (PDF)' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/handout/${slug}`));
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
}

/** Relative luminance (0 black … 1 white) of a computed CSS colour. */
function luminanceOf(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The handout laid into A4-sized columns: figures cut across columns and the number of pages. */
async function paginate(page: Page): Promise<{ pages: number; units: number; cut: string[]; tooTall: string[] }> {
  return page.evaluate(
    ({ width, height, gap, selector }) => {
      const handout = document.querySelector<HTMLElement>('.handout')!;
      const units = [...handout.querySelectorAll<HTMLElement>(selector)];
      const name = (el: HTMLElement) => el.closest<HTMLElement>('[data-figure-id]')?.dataset.figureId ?? el.className;
      // Heights measured whole (at the page's width), before the columns cut anything.
      Object.assign(handout.style, { width: `${width}px`, padding: '0', margin: '0' });
      const tooTall = units.filter((unit) => unit.getBoundingClientRect().height > height).map((unit) => `${name(unit)}: ${Math.round(unit.getBoundingClientRect().height)} px`);
      Object.assign(handout.style, { width: `${width}px`, height: `${height}px`, columnWidth: `${width}px`, columnGap: `${gap}px`, columnFill: 'auto', padding: '0', margin: '0' });
      const left = handout.getBoundingClientRect().left;
      const cut: string[] = [];
      for (const unit of units) {
        const rects = [...unit.getClientRects()];
        const columns = new Set(rects.map((r) => Math.floor((r.left - left + 1) / (width + gap))));
        const box = unit.getBoundingClientRect();
        if (columns.size > 1 || box.width > width + 1) cut.push(`${name(unit)}: over ${columns.size} pages`);
      }
      const pages = Math.round((handout.scrollWidth + gap) / (width + gap));
      handout.removeAttribute('style');
      return { pages, units: units.length, cut, tooTall };
    },
    { width: PAGE_WIDTH_PX, height: PAGE_HEIGHT_PX, gap: COLUMN_GAP_PX, selector: UNBREAKABLE_SELECTOR },
  );
}

/** Pages of a PDF that Chromium wrote (every page object is written out, uncompressed, as /Type /Page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe('handouts in print media', () => {
  for (const lesson of lessons) {
    test(`lesson ${lesson.order} (${lesson.slug}): light, no controls, figures whole, texts and answers printed`, async ({ page }) => {
      test.setTimeout(60_000);
      const facts = lesson as unknown as LessonFacts;
      await useDarkTheme(page);
      await openHandout(page, lesson.slug);
      await page.emulateMedia({ media: 'print' });

      // Light whatever the screen theme; the shell (header, sidebar, toolbar) is not printed.
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      const colours = await page.evaluate(() => ({
        body: getComputedStyle(document.body).backgroundColor,
        sheet: getComputedStyle(document.querySelector('.handout')!).backgroundColor,
        text: getComputedStyle(document.querySelector('.handout p')!).color,
      }));
      expect(luminanceOf(colours.body), `page background ${colours.body}`).toBeGreaterThan(0.9);
      expect(luminanceOf(colours.sheet), `sheet background ${colours.sheet}`).toBeGreaterThan(0.9);
      expect(luminanceOf(colours.text), `text colour ${colours.text}`).toBeLessThan(0.1);
      for (const chrome of ['.app-header', '.sidebar', '.handout-toolbar', '.app-footer']) await expect(page.locator(chrome)).toBeHidden();

      // No control on paper: nothing to press, tick, slide or type into; buttons that carry words read as text.
      const controls = await page.evaluate(() => {
        const visible = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? (el as HTMLElement).offsetParent !== null;
        const shown = [...document.querySelectorAll('.handout :is(input, select, textarea, progress, [role="slider"], .ff-controls, .time-controls, .ff-toggles, .copy-link, button.button, .heading-anchor)')].filter(visible);
        const boxedButtons = [...document.querySelectorAll<HTMLElement>('.handout button')].filter(visible).filter((b) => {
          const cs = getComputedStyle(b);
          return cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0 || (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent');
        });
        return { shown: shown.map((el) => el.outerHTML.slice(0, 80)), boxedButtons: boxedButtons.map((b) => b.outerHTML.slice(0, 80)) };
      });
      expect(controls.shown, 'controls printed').toEqual([]);
      expect(controls.boxedButtons, 'buttons printed as buttons').toEqual([]);

      // Every figure: drawn, with its description, data table (where it has one), scenario and state link as text.
      const figures = page.locator('.handout-figure');
      await expect(figures).toHaveCount(facts.figures.length);
      for (const figure of facts.figures) {
        const block = page.locator(`.handout-figure[data-figure-id="${figure.id}"]`);
        await expect(block.locator('.handout-figure-state')).toContainText('Scenario:');
        // A figure its presentation step scripts links to that step; every other one to the lesson.
        const scripted = facts.steps.findIndex((s) => s.script?.figure === figure.id) + 1;
        await expect(block.locator('.handout-link')).toContainText(scripted ? `#/present/${lesson.slug}/${scripted}?v=1&fig.` : `#/lesson/${lesson.slug}/${figure.id}?v=1&fig.`);
        const frame = block.locator('figure.ff');
        if ((await frame.count()) > 0) {
          await expect(frame.locator('.ff-description')).toBeVisible();
          await expect(frame.locator('.ff-description')).not.toBeEmpty();
          if ((await frame.locator('.ff-table').count()) > 0) await expect(frame.locator('.ff-table')).toBeVisible();
          await expect(frame.locator('.ff-visual')).toBeVisible();
        }
      }

      // Questions without inputs, the answers at the end, the references and the disclaimer.
      await expect(page.locator('.handout-check')).toHaveCount(facts.checkIds.length);
      await expect(page.locator('.handout-answers li')).toHaveCount(facts.checkIds.length);
      await expect(page.locator('.handout .bibliography li')).toHaveCount(facts.citeOrder.length);
      await expect(page.locator('.handout-label').first()).toContainText('Illustrative — not for dosing decisions.');
      await expect(page.locator('.handout-label').last()).toContainText('Illustrative — not for dosing decisions.');

      // Never a figure across a page break; the real PDF has as many pages as the A4 columns.
      const layout = await paginate(page);
      expect(layout.units).toBe(facts.figures.filter((f) => f.component !== 'TrialsTable').length);
      expect(layout.tooTall, 'figures taller than an A4 page').toEqual([]);
      expect(layout.cut, 'figures cut by a page break').toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdfPageCount(pdf);
      test.info().annotations.push({ type: 'pages', description: `${lesson.slug}: PDF ${pages} pages, A4 columns ${layout.pages}` });
      expect(pages, `PDF pages vs A4 columns (${layout.pages})`).toBeGreaterThanOrEqual(layout.pages - 1);
      expect(pages).toBeLessThanOrEqual(layout.pages + 1);
      expect(pages).toBeLessThanOrEqual(30);
    });
  }
});

test('the handout prints the figures in the states the reader left them, paused', async ({ page }) => {
  await openAtlas(page, '#/lesson/cns-toxicity-and-crs');
  const figure = page.locator('#fig-cytokine');
  await figure.getByRole('radio', { name: /^Low/ }).check();
  await figure.getByRole('button', { name: /^play/i }).first().click();
  await page.waitForTimeout(300);
  await page.getByRole('link', { name: 'Handout (PDF)' }).click();
  await expect(page).toHaveURL(/#\/handout\/cns-toxicity-and-crs\?v=1&fig\.cytokine=/);
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
  const state = page.locator('.handout-figure[data-figure-id="fig-cytokine"] .handout-figure-state');
  await expect(state).toContainText('Scenario: low burden');
  await expect(state).toContainText('paused at day');
  await expect(state.locator('.handout-link')).toContainText('burden:low');
  await expect(state.locator('.handout-link')).not.toContainText('play:1');
  await expect(page.locator('#fig-cytokine .ff-description')).toContainText(/low burden/i);
  // Back to the lesson keeps the reader's theme; the handout's light theme was for the handout only.
  await page.getByRole('link', { name: '← Back to the lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: lessons.find((l) => l.slug === 'cns-toxicity-and-crs')!.title })).toBeVisible();
});

test('a figure its presentation step scripts is printed at that step’s state, named in its caption, with a link that reopens it', async ({ page }) => {
  const slug = 'cns-toxicity-and-crs';
  const facts = lessons.find((l) => l.slug === slug) as unknown as LessonFacts;
  const n = facts.steps.findIndex((s) => s.script?.figure === 'fig-cytokine') + 1;
  // The presentation's own description of the step's state (high burden, flat 15 µg/m²/day, paused at 24 h).
  await openAtlas(page, `#/lesson/${slug}/fig-cytokine?v=1&fig.cytokine=show:flat-15,t:1`);
  const reference = (await page.locator('#fig-cytokine .ff-description p').textContent()) ?? '';
  expect(reference).toMatch(/high burden/i);
  expect(reference).toContain('day 1');

  await openAtlas(page, `#/handout/${slug}`);
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
  const figure = page.locator('.handout-figure[data-figure-id="fig-cytokine"]');
  await expect(figure.locator('.ff-description p')).toHaveText(reference);
  // Its (unprinted) controls hold the same state.
  await expect(figure.locator('input[type="radio"][value="high"]')).toBeChecked();
  await expect(figure.locator('input[type="checkbox"][value="flat-15"]')).toBeChecked();
  await expect(figure.locator('input[type="checkbox"]:checked')).toHaveCount(1);
  const state = figure.locator('.handout-figure-state');
  await expect(state).toContainText('Scenario: high burden; flat 15 µg/m²/day drawn; paused at day 1, 00:00.');
  await expect(state).toContainText(`Presentation: step ${n} of ${facts.steps.length}, “${facts.steps[n - 1]!.title}”.`);
  const link = (await state.locator('.handout-link').textContent()) ?? '';
  expect(link).toMatch(new RegExp(`#/present/${slug}/${n}\\?v=1&fig\\.cytokine=show:flat-15,t:1$`));
  // The handout's address stays plain: the step's state is the handout's own, not a state the reader set.
  await expect(page).toHaveURL(new RegExp(`#/handout/${slug}$`));
  // A figure in an unscripted step keeps its lesson attributes and a link to the lesson.
  await expect(page.locator('.handout-figure[data-figure-id="fig-management-case"] .handout-link')).toContainText(`#/lesson/${slug}/fig-management-case?v=1&fig.`);
  await expect(page.locator('.handout-figure[data-figure-id="fig-management-case"] .handout-figure-step')).toHaveCount(0);

  // The printed link, opened, is the presentation at that step in exactly that state.
  await page.goto(link);
  await expect(page.locator('.presentation')).toHaveAttribute('data-step', String(n));
  await expect.poll(async () => (await page.locator('#fig-cytokine .ff-description p').textContent()) ?? '').toBe(reference);
  await expect(page.locator('#fig-cytokine').getByRole('button', { name: 'Play' })).toBeVisible();
});

test('"Print or save as PDF" opens the print dialog by keyboard; axe finds nothing serious on the handout', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as Window & { printed?: number }).printed = ((window as Window & { printed?: number }).printed ?? 0) + 1;
    };
  });
  await openAtlas(page, '#/lesson/what-a-bite-is');
  await page.getByRole('link', { name: 'Handout (PDF)' }).click();
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const button = page.getByRole('button', { name: 'Print or save as PDF…' });
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
  await expect(page.getByRole('checkbox', { name: 'Include speaker notes' })).toBeDisabled();
  expect(await axeViolations(page, 'handout')).toEqual([]);
});

test('Ctrl+P on a lesson prints its handout, with the figures as the reader left them', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as Window & { printedAt?: string }).printedAt = window.location.hash;
    };
  });
  await openAtlas(page, '#/lesson/serial-lysis');
  await page.locator('#fig-serial-lysis').waitFor();
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(/#\/handout\/serial-lysis/);
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => (window as Window & { printedAt?: string }).printedAt)).toMatch(/^#\/handout\/serial-lysis/);
});

test('a handout address with a bad lesson or a bad figure state says so', async ({ page }) => {
  await openAtlas(page, '#/handout/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeVisible();
  await page.goto('about:blank');
  await openAtlas(page, '#/handout/cns-toxicity-and-crs?v=1&fig.cytokine=burden:huge');
  await expect(page.getByText(/This link could not be opened: figure “cytokine”/)).toBeVisible();
  await expect(page.locator('.handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 20_000 });
});
