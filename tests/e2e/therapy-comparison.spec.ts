// Lesson 7's comparison of blinatumomab, CAR T cells and inotuzumab as a reader uses it: by keyboard alone the
// "Compare by" radio group changes what the three cards answer, the chart and its warning stay in view, and the
// figure has no serious accessibility problem in the light, dark and projector themes.
import { test, expect, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

const lesson = lessons.find((l) => l.slug === 'after-the-review');

test.skip(!lesson, 'the "After the review" lesson is not published');

test('the therapy comparison is operated by keyboard: arrow keys move between the questions', async ({ page }) => {
  await openAtlas(page, `#/lesson/${lesson!.slug}`);
  const fig = page.locator('figure#fig-therapy-comparison');
  await fig.scrollIntoViewIfNeeded();
  const first = fig.getByRole('radio', { name: 'What it aims at' });
  await first.focus();
  await expect(first).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(fig.getByRole('radio', { name: 'What it needs' })).toBeChecked();
  await expect(fig.locator('.tc-question')).toHaveText('What it needs');
  await expect(fig.locator('.tc-card[data-therapy="car-t"]')).toContainText('off the shelf');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(fig.getByRole('radio', { name: 'Remission in relapsed or refractory ALL' })).toBeChecked();
  await expect(fig.locator('.tc-card[data-therapy="inotuzumab"]')).toContainText('80.7 %');
  await expect(fig.locator('.tc-caveat')).toContainText('not which treatment is better');
  await fig.getByRole('button', { name: 'Data table' }).focus();
  await page.keyboard.press('Enter');
  await expect(fig.getByRole('table')).toBeVisible();
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`the therapy comparison has no serious or critical axe violations in the ${theme} theme`, async ({ page }) => {
    await openAtlas(page, '#/settings');
    await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
    await page.goto(`index.html#/lesson/${lesson!.slug}`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    const fig = page.locator('figure#fig-therapy-comparison');
    await fig.scrollIntoViewIfNeeded();
    await fig.getByRole('radio', { name: 'Remission in relapsed or refractory ALL' }).check();
    expect(await axeViolations(page, 'therapy comparison', { include: '#fig-therapy-comparison' })).toEqual([]);
  });
}
