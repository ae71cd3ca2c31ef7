// axe-core on every screen in every theme: no serious or critical accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, lessons, openAtlas } from './support/atlas';

const screens = [
  { name: 'home', hash: '#/' },
  ...lessons.map((l) => ({ name: `lesson ${l.slug}`, hash: `#/lesson/${l.slug}` })),
  { name: 'glossary', hash: '#/glossary' },
  { name: 'references', hash: '#/references' },
  { name: 'settings', hash: '#/settings' },
];

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`no serious or critical axe violations in the ${theme} theme`, async ({ page }) => {
    await openAtlas(page, '#/settings');
    await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const screen of screens) {
      await page.goto(`index.html${screen.hash}`);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('.figure-loading')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${screen.name}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    const dialog = await new AxeBuilder({ page }).analyze();
    expect(dialog.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
