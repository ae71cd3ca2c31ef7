// The management case as a resident works it by keyboard alone: each step is answered from the radio
// group, checked, explained, and the case ends in a summary comparing the choices with the label's.
import { test, expect, lessons, openAtlas } from './support/atlas';

const lesson = lessons.find((l) => l.slug === 'cns-toxicity-and-crs');

test.skip(!lesson, 'the CNS toxicity lesson is not published');

test('a management case can be worked through to its summary by keyboard', async ({ page }) => {
  await openAtlas(page, `#/lesson/${lesson!.slug}`);
  await expect(page.locator('.figure-loading')).toHaveCount(0);
  const mc = page.locator('section.mc').first();
  await mc.scrollIntoViewIfNeeded();
  await expect(mc.getByText(/Teaching case/)).toBeVisible();
  for (let step = 0; step < 12; step++) {
    const check = mc.getByRole('button', { name: 'Check answer' });
    if (!(await check.count())) break;
    const first = mc.getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(check).toBeEnabled();
    await check.focus();
    await page.keyboard.press('Enter');
    const feedback = mc.getByRole('region', { name: 'Feedback' });
    await expect(feedback).not.toHaveAttribute('data-state', 'empty');
    expect((await feedback.textContent())!.length).toBeGreaterThan(40);
    const next = mc.getByRole('button', { name: /Next step|See the outcome/ });
    if (!(await next.count())) break;
    await next.focus();
    await page.keyboard.press('Enter');
  }
  await expect(mc.getByText(/Case finished/)).toBeVisible();
  await expect(mc.locator('table.mc-summary')).toBeVisible();
  await mc.getByRole('button', { name: /Restart/ }).focus();
  await page.keyboard.press('Enter');
  await expect(mc.getByText(/Progress: 0 of/)).toBeVisible();
});
