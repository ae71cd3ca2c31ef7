// The atlas shell as a reader meets it: it loads, every lesson opens from the sidebar with its table of
// contents and references, headings are linkable, the keyboard help works and unknown pages recover.
import { test, expect, lessons, openAtlas, openLessonFromSidebar } from './support/atlas';

test('the atlas loads with the lessons listed in order', async ({ page }) => {
  await openAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const links = page.getByRole('navigation', { name: 'Lessons' }).locator('[data-lesson-link]');
  await expect(links).toHaveCount(lessons.length);
  for (const [i, lesson] of [...lessons].sort((a, b) => a.order - b.order).entries()) {
    await expect(links.nth(i)).toContainText(lesson.title);
  }
});

test('every lesson in the manifest opens from the sidebar with contents and references', async ({ page }) => {
  await openAtlas(page);
  for (const lesson of lessons) {
    await openLessonFromSidebar(page, lesson);
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}$`));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const heading of lesson.headings.filter((h) => h.depth === 2)) {
      await expect(toc.getByRole('link', { name: heading.text })).toBeVisible();
      await expect(page.locator(`[id="${heading.id}"]`)).toHaveCount(1);
    }
    await expect(page.getByRole('heading', { name: 'References', level: 2 })).toBeVisible();
    await expect(page.locator('.bibliography li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(lesson.title) }).first()).toHaveAttribute('aria-current', 'page');
  }
});

test('a table-of-contents link and a citation take the reader to the right place', async ({ page }) => {
  const lesson = lessons[0]!;
  await openAtlas(page, `#/lesson/${lesson.slug}`);
  const heading = lesson.headings.find((h) => h.depth === 2)!;
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: heading.text }).click();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}/${heading.id}$`));
  await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${heading.id}"]`)).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: heading.text })).toHaveAttribute('aria-current', 'location');

  const cite = page.locator('.lesson-body sup.cite a').nth(3);
  const key = await cite.getAttribute('data-cite');
  await cite.click();
  await expect(page.locator(`[id="ref-${key}"]`)).toBeInViewport();
  await page.locator(`[id="ref-${key}"]`).getByRole('button', { name: /Back to where reference/ }).click();
  await expect(cite).toBeInViewport();
  await expect(cite).toBeFocused();
});

test('a deep link to a heading opens the lesson at that heading', async ({ page }) => {
  const lesson = lessons[0]!;
  const heading = lesson.headings.filter((h) => h.depth === 2).at(-1)!;
  await openAtlas(page, `#/lesson/${lesson.slug}/${heading.id}`);
  await expect(page.locator(`[id="${heading.id}"]`)).toBeInViewport();
});

test('keyboard: "?" shows the shortcuts, "]" and "[" move between lessons, "/" focuses search', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1, name: lessons[0]!.title })).toBeVisible();
  if (lessons.length > 1) {
    await page.keyboard.press(']');
    await expect(page.getByRole('heading', { level: 1, name: lessons[1]!.title })).toBeVisible();
    await page.keyboard.press('[');
    await expect(page.getByRole('heading', { level: 1, name: lessons[0]!.title })).toBeVisible();
  }
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: /search/i })).toBeFocused();
});

test('the skip link moves focus to the content', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('an unknown address shows a readable page with a way back', async ({ page }) => {
  await openAtlas(page, '#/lesson/no-such-lesson');
  await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the contents' }).click();
  await expect(page).toHaveURL(/#\/$/);
});

test('the pre-rendered lesson is readable before the app loads, and focus given to it is kept when the app mounts', async ({ page }) => {
  // Hold the app's JavaScript back so the reader meets the pre-rendered page first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const lesson = lessons[0]!;
  await page.goto(`index.html#/lesson/${lesson.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  const term = page.locator('.lesson-body button.term').first();
  const termId = (await term.getAttribute('data-term'))!;
  await term.focus();
  await expect(page.getByRole('tooltip')).toBeVisible(); // definitions work in CSS alone
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator(`.lesson-body button.term[data-term="${termId}"]`).first()).toBeFocused();
});

/** Sum of layout shifts on the page so far (elements that moved after they were drawn). */
async function layoutShift(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no shift recorded at all
      }),
  );
}

test('home offers a start to a new reader and the way back in after a lesson, without the page jumping as it loads', async ({ page }) => {
  await openAtlas(page);
  const first = lessons[0]!;
  const second = lessons[1]!;
  await expect(page.getByRole('link', { name: `Start with “${first.title}”` })).toBeVisible();
  await page.goto('about:blank'); // a fresh load each time, not a change of route inside the page
  await openAtlas(page, `#/lesson/${second.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
  await page.waitForTimeout(600); // let the app record that the lesson was opened
  expect(await layoutShift(page), 'the pre-rendered lesson does not move when the app mounts').toBeLessThan(0.001);
  await page.goto('about:blank');
  await openAtlas(page);
  const resume = page.getByRole('link', { name: `Continue “${second.title}”` });
  await expect(resume).toBeVisible();
  expect(await layoutShift(page), 'the lesson cards do not move when saved progress arrives').toBeLessThan(0.001);
  await resume.click();
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
});

test('every lesson’s objectives read as text: no raw subscript or superscript markup (lesson 5 shows Cₛₛ, not C_ss)', async ({ page }) => {
  for (const lesson of lessons) {
    await openAtlas(page, `#/lesson/${lesson.slug}`);
    const objectives = page.getByRole('region', { name: /objectives/i }).or(page.locator('.objectives')).first();
    await expect(objectives).toBeVisible();
    const text = await objectives.innerText();
    expect(text, lesson.slug).not.toMatch(/[A-Za-z]_[A-Za-z0-9{]|\^[0-9{]|\$/);
    if (lesson.slug === 'kinetics-and-dosing') expect(text).toContain('Cₛₛ = R / CL');
  }
});
