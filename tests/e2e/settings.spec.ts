// Settings as a reader changes them, by keyboard: theme and text size apply at once and persist over
// a reload (IndexedDB in the web edition); reduced motion follows the choice.
import { test, expect, openAtlas } from './support/atlas';

test('theme and text size switch and persist over a reload', async ({ page }) => {
  await openAtlas(page, '#/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: '125%' }).check();
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await expect.poll(fontSize).toBeCloseTo(20, 0);
  await page.getByRole('radio', { name: 'Reduce motion' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(fontSize).toBeCloseTo(20, 0);
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
});

test('settings are operable by keyboard alone, and "t" cycles the theme', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press(',');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  await page.getByRole('radio', { name: 'Follow the system' }).first().focus();
  await page.keyboard.press('ArrowDown'); // → Light
  await page.keyboard.press('ArrowDown'); // → Dark
  await page.keyboard.press('ArrowDown'); // → Projector
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  // On a radio button "t" belongs to the radio group: the theme stays.
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.getByRole('heading', { name: 'Settings', level: 1 }).focus();
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
