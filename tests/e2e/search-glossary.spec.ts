// Search and glossary as a reader uses them: results as you type, Enter opens the hit at its heading,
// and a glossary term (or a live model number) explains itself on keyboard focus and hides it with Escape.
import type { Locator } from '@playwright/test';
import { test, expect, glossary, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

/** Whether an element is wholly visible: inside the window and inside every ancestor that clips or scrolls it. */
async function wholeInView(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < -1 || r.bottom > window.innerHeight + 1) return false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowY === 'visible') continue;
      const box = a.getBoundingClientRect();
      const top = box.top + a.clientTop;
      if (r.top < top - 1 || r.bottom > top + a.clientHeight + 1) return false;
    }
    return true;
  });
}

test('search finds a glossary term and Enter opens it in the glossary', async ({ page }) => {
  const entry = glossary.find((g) => g.id === 'perforin') ?? glossary[0]!;
  await openAtlas(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /search/i });
  await box.pressSequentially(entry.term.split(/[ (]/)[0]!.toLowerCase(), { delay: 20 });
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText(entry.term);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/glossary/${entry.id}$`));
  await expect(page.locator(`#term-${entry.id}`)).toBeFocused();
  await expect(page.locator(`#term-${entry.id}`)).toContainText(entry.definition.slice(0, 40));
});

test('search finds a lesson phrase and Enter opens the lesson at that heading', async ({ page }) => {
  const lesson = lessons[0]!;
  const heading = lesson.headings.filter((h) => h.depth === 2)[1] ?? lesson.headings[0]!;
  await openAtlas(page);
  await page.getByRole('combobox', { name: /search/i }).fill(heading.text);
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText(heading.text);
  await page.getByRole('combobox', { name: /search/i }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}/${heading.id}$`));
  await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();
});

test('search with arrow keys selects a later result, and says when nothing matches', async ({ page }) => {
  await openAtlas(page);
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill('cd19');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.fill('zzqxv');
  await expect(page.getByText('No matches for “zzqxv”.')).toBeVisible();
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('a glossary term in a lesson shows its definition on keyboard focus', async ({ page }) => {
  const lesson = lessons.find((l) => l.termIds.length > 0)!;
  await openAtlas(page, `#/lesson/${lesson.slug}`);
  const term = page.locator('.lesson-body button.term').first();
  const id = (await term.getAttribute('data-term'))!;
  const entry = glossary.find((g) => g.id === id)!;
  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(entry.definition.slice(0, 40));
  await expect(term).toHaveAccessibleDescription(new RegExp(entry.definition.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(tip, 'Enter shows it again').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('a live model number in a lesson explains itself on keyboard focus', async ({ page }) => {
  await openAtlas(page, '#/lesson/kinetics-and-dosing');
  const value = page.locator('.lesson-body button.model-value').first();
  await value.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Computed by the atlas model.');
  await expect(tip).toContainText('not for dosing decisions');
  await expect(value).toHaveAccessibleDescription(/Computed by the atlas model/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('definitions and model explanations stay inside the window, even beside a word at the end of a line', async ({ page }) => {
  await openAtlas(page, '#/lesson/kinetics-and-dosing');
  const triggers = page.locator('.lesson-body button.model-value, .lesson-body button.term');
  const count = await triggers.count();
  expect(count).toBeGreaterThan(5);
  const viewport = page.viewportSize()!;
  for (let i = 0; i < count; i++) {
    const trigger = triggers.nth(i);
    await trigger.focus();
    const tip = page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeVisible();
    // Focus scrolls the word into view (smoothly, unless motion is reduced): judge the tip once it has arrived.
    await expect(trigger).toBeInViewport({ ratio: 1 });
    await expect
      .poll(async () => {
        const box = (await tip.boundingBox())!;
        return { left: box.x >= 0, right: box.x + box.width <= viewport.width, bottom: box.y + box.height <= viewport.height };
      }, { message: `tip ${i} inside the window` })
      .toEqual({ left: true, right: true, bottom: true });
  }
});

test('a link to a glossary term that does not exist says so, and still lists every term', async ({ page }) => {
  await openAtlas(page, '#/glossary/no-such-term');
  await expect(page.getByRole('status').filter({ hasText: 'The glossary has no entry “no-such-term”' })).toBeVisible();
  await expect(page.locator('.glossary-entry')).toHaveCount(glossary.length);
  await openAtlas(page, `#/glossary/${glossary[0]!.id}`);
  await expect(page.getByText('The glossary has no entry')).toHaveCount(0);
});

// Issue 10: found while trying the atlas as a new user would, at a common laptop size.
test.describe('search at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the highlighted result stays in view as the arrow keys move it, and the results list is axe-clean', async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('cell');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.nth(7)).toBeAttached();
    const count = await options.count();
    for (let i = 1; i < count; i++) {
      await box.press('ArrowDown');
      await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expect.poll(() => wholeInView(options.nth(i)), { message: `option ${i + 1} of ${count} in view (moving down)` }).toBe(true);
    }
    for (let i = count - 2; i >= 0; i--) {
      await box.press('ArrowUp');
      await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expect.poll(() => wholeInView(options.nth(i)), { message: `option ${i + 1} of ${count} in view (moving up)` }).toBe(true);
    }
    expect(await axeViolations(page, 'search results', { include: '.search', impacts: 'all' })).toEqual([]);
  });

  test('more than 8 results: "Show all N results" by keyboard, with the count announced', async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('cell');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    const more = options.filter({ hasText: /^Show all \d+ results$/ });
    await expect(more).toHaveCount(1);
    const total = Number(/\d+/.exec((await more.textContent())!)![0]);
    expect(total).toBeGreaterThan(8);
    await expect(options).toHaveCount(9);
    const status = page.locator('.search [role="status"]').filter({ hasText: /results/ });
    await expect(status).toHaveText(`${total} results, 8 shown; the last option shows all.`);
    for (let i = 0; i < 8; i++) await box.press('ArrowDown');
    await expect(more).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(options).toHaveCount(total);
    await expect(status).toHaveText(`${total} results, all shown.`);
    // The highlight moves to the first result that was hidden, in view; Enter opens it.
    await expect(options.nth(8)).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => wholeInView(options.nth(8))).toBe(true);
    await box.press('ArrowDown');
    await expect(options.nth(9)).toHaveAttribute('aria-selected', 'true');
    const kind = await options.nth(9).getAttribute('data-kind');
    await box.press('Enter');
    await expect(page).toHaveURL(kind === 'glossary' ? /#\/glossary\/[\w-]+$/ : /#\/lesson\/[\w-]+/);
    await expect(box).toHaveValue('');
  });

  test('a common word ("cell") shows lesson sections among the first results; a term shows its glossary entry first', async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('cell');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.nth(7)).toBeAttached();
    const kinds = await options.evaluateAll((nodes) => nodes.slice(0, 8).map((n) => n.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'lesson').length, `kinds of the first 8: ${kinds.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'glossary').length, `kinds of the first 8: ${kinds.join(', ')}`).toBeGreaterThanOrEqual(1);
    for (const [query, id] of [['perforin', 'perforin'], ['CRS', 'cytokine-release-syndrome'], ['cd19', 'cd19'], ['half-life', 'half-life']] as const) {
      const entry = glossary.find((g) => g.id === id)!;
      await box.fill(query);
      await expect(options.first(), query).toHaveAttribute('data-kind', 'glossary');
      await expect(options.first(), query).toContainText(entry.term);
    }
  });
});
