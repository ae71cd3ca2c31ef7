// axe-core on every screen in every theme: no serious or critical accessibility violation. One screen per
// test, so each stays well inside its time limit on a busy two-core machine.
import type { Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

// Every test opens its own page: they run on both workers (the file is one of the two longest).
test.describe.configure({ mode: 'parallel' });

const screens: { name: string; hash: string; pending?: string }[] = [
  { name: 'home', hash: '#/' },
  ...lessons.map((l) => ({ name: `lesson ${l.slug}`, hash: `#/lesson/${l.slug}` })),
  { name: 'glossary', hash: '#/glossary' },
  { name: 'references', hash: '#/references' },
  // the Model page once its targets show their results (pass marks included)
  { name: 'model', hash: '#/model', pending: 'tr[data-result="pending"]' },
  { name: 'model (a parameter row marked)', hash: '#/model/param-kBm', pending: 'tr[data-result="pending"]' },
  { name: 'settings', hash: '#/settings' },
];

async function useTheme(page: Page, theme: string): Promise<void> {
  await openAtlas(page, '#/settings');
  await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of ['light', 'dark', 'projector'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const screen of screens) {
      test(`no serious or critical axe violations: ${screen.name}`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(`index.html${screen.hash}`);
        await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
        await expect(page.locator('.loading')).toHaveCount(0);
        await expect(page.locator('.figure-loading')).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (screen.pending) await expect(page.locator(screen.pending)).toHaveCount(0, { timeout: 15_000 });
        expect(await axeViolations(page, screen.name)).toEqual([]);
      });
    }

    test('no serious or critical axe violations: the keyboard-shortcut dialog', async ({ page }) => {
      await useTheme(page, theme);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await axeViolations(page, 'shortcut dialog')).toEqual([]);
    });
  });
}
